package org.sotcourseware.casestudy.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.NotFound;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.casestudy.CaseException;
import org.sotcourseware.casestudy.CaseRunId;
import org.sotcourseware.casestudy.CaseService;
import org.sotcourseware.casestudy.CaseReadModel;
import org.sotcourseware.content.CoursePlace;

/**
 * Working a case: the presentation, the stages reached so far (they stay readable), the current stage
 * with its decision, feedback and expert commentary after each decision, and the debrief at the end.
 * {@code ?run=ID} opens an earlier run for review.
 */
@Route("modules/:moduleId/cases/:caseId")
@PermitAll
class CaseRunView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final Places places;
    private String title = "";
    private CaseRunId runId = new CaseRunId(0);

    public CaseRunView(CaseService cases, Places places) {
        this.cases = cases;
        this.places = places;
        addClassName("page");
        addClassName("case-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get("moduleId").orElse("");
        String caseId = event.getRouteParameters().get(CaseNavigation.CASE_ID).orElse("");
        try {
            CaseReadModel.Run r = cases.open(moduleId, caseId, requestedRun(event));
            runId = r.runId();
            title = r.title();
            removeAll();
            add(new Breadcrumbs().link(getTranslation("casestudy.breadcrumb.modules"), places.of(new CoursePlace.Catalogue()))
                    .link(r.moduleTitle(), places.of(new CoursePlace.ModulePage(r.moduleId())))
                    .link(getTranslation("casestudy.cases"), CaseNavigation.cases(r.moduleId())).current(r.title()));
            CaseRunPanel panel = new CaseRunPanel(new CaseRunPanel.Actions() {
                @Override
                public CaseReadModel.Run decide(String stageId, Set<String> chosen) {
                    return cases.decide(runId, stageId, chosen);
                }

                @Override
                public CaseReadModel.Run proceed(String stageId) {
                    return cases.proceed(runId, stageId);
                }

                @Override
                public CaseReadModel.Run startAgain() {
                    runId = cases.startAgain(moduleId, caseId);
                    getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, CaseNavigation.caseStudy(moduleId, caseId).href()));
                    return cases.run(runId);
                }

                @Override
                public CaseReadModel.Run reload() {
                    return cases.run(runId);
                }

                @Override
                public Component backLink(CaseReadModel.Run run) {
                    return Links.to(CaseNavigation.cases(run.moduleId()), getTranslation("casestudy.debrief.back-to-cases"));
                }
            });
            panel.show(r);
            add(panel);
        } catch (CaseException e) {
            // e.g. the module is locked: say why, plainly
            removeAll();
            Div card = new Div();
            card.addClassName("status-card");
            card.addClassName("lock-card");
            var back = places.link(new CoursePlace.ModulePage(moduleId), getTranslation("casestudy.locked.back-to-module"));
            back.addClassName("button-link");
            card.add(new H2(getTranslation("casestudy.locked.title")), new Paragraph(e.message().in(getLocale())), new Div(back));
            add(card);
        }
    }

    /** The run named by {@code ?run=ID} (an earlier run, for review), or null for the current one. */
    private static @Nullable CaseRunId requestedRun(BeforeEnterEvent event) {
        List<String> run = event.getLocation().getQueryParameters().getParameters().get(CaseNavigation.RUN);
        if (run == null || run.isEmpty()) {
            return null;
        }
        try {
            return new CaseRunId(Long.parseLong(run.getFirst()));
        } catch (NumberFormatException e) {
            throw new NotFound(Message.of("casestudy.error.no-such-case"));
        }
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("casestudy.case") : title) + " · " + getTranslation("shell.product");
    }
}
