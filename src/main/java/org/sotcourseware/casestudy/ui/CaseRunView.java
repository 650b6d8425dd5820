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
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.casestudy.CaseException;
import org.sotcourseware.casestudy.CaseService;
import org.sotcourseware.casestudy.CaseViews;
import org.springframework.security.access.AccessDeniedException;

/**
 * Working a case: the presentation, the stages reached so far (they stay readable), the current stage
 * with its decision, feedback and expert commentary after each decision, and the debrief at the end.
 * {@code ?run=ID} opens an earlier run for review.
 */
@Route("modules/:moduleId/cases/:caseId")
@PermitAll
public class CaseRunView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final org.sotcourseware.content.CatalogueService catalogue;
    private String title = "Case";
    private long runId;

    public CaseRunView(CaseService cases, org.sotcourseware.content.CatalogueService catalogue) {
        this.cases = cases;
        this.catalogue = catalogue;
        addClassName("page");
        addClassName("case-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get("moduleId").orElse("");
        String caseId = event.getRouteParameters().get("caseId").orElse("");
        if (catalogue.module(moduleId).flatMap(m -> m.caseStudy(caseId)).filter(c -> !c.broken()).isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no such case.");
            return;
        }
        try {
            List<String> run = event.getLocation().getQueryParameters().getParameters().get("run");
            runId = run != null && !run.isEmpty() ? Long.parseLong(run.getFirst()) : cases.startOrResume(moduleId, caseId);
            CaseViews.Run r = cases.run(runId);
            if (!r.moduleId().equals(moduleId) || !r.caseId().equals(caseId)) {
                throw new AccessDeniedException("run of another case");
            }
            title = r.title();
            removeAll();
            add(new Breadcrumbs().link("Modules", "modules").link(r.moduleTitle(), "modules/" + r.moduleId())
                    .link("Cases", "modules/" + r.moduleId() + "/cases").current(r.title()));
            CaseRunPanel panel = new CaseRunPanel(new CaseRunPanel.Actions() {
                @Override
                public CaseViews.Run decide(String stageId, Set<String> chosen) {
                    return cases.decide(runId, stageId, chosen);
                }

                @Override
                public CaseViews.Run proceed(String stageId) {
                    return cases.proceed(runId, stageId);
                }

                @Override
                public CaseViews.Run startAgain() {
                    runId = cases.startAgain(moduleId, caseId);
                    getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "modules/" + moduleId + "/cases/" + caseId));
                    return cases.run(runId);
                }

                @Override
                public CaseViews.Run reload() {
                    return cases.run(runId);
                }

                @Override
                public Component backLink(CaseViews.Run run) {
                    return org.sotcourseware.base.ui.Links.to("modules/" + run.moduleId() + "/cases", "Back to the cases");
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
            var back = org.sotcourseware.base.ui.Links.to("modules/" + moduleId, "Back to the module");
            back.addClassName("button-link");
            card.add(new H2("This case is not open yet"), new Paragraph(e.getMessage()), new Div(back));
            add(card);
        } catch (AccessDeniedException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class, "There is no such case.");
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · SOT Courseware";
    }
}
