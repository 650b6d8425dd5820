package org.sotcourseware.casestudy.ui;

import java.text.DateFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.ChoiceList;
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
            show(r);
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

    private void show(CaseViews.Run r) {
        title = r.title();
        removeAll();
        add(new Breadcrumbs().link("Modules", "modules").link(r.moduleTitle(), "modules/" + r.moduleId())
                .link("Cases", "modules/" + r.moduleId() + "/cases").current(r.title()));

        Div header = new Div();
        header.addClassName("case-header");
        Span eyebrow = new Span("Clinical case");
        eyebrow.addClassName("eyebrow");
        header.add(eyebrow, new H1(r.title()));
        if (!r.objectives().isEmpty()) {
            NativeDetails objectives = new NativeDetails("Learning objectives");
            UnorderedList list = new UnorderedList();
            r.objectives().forEach(o -> list.add(new ListItem(o)));
            objectives.setContent(list);
            objectives.addClassName("case-objectives-box");
            header.add(objectives);
        }
        int k = Math.min(r.stepNumber(), r.idealLength());
        ProgressBar bar = new ProgressBar(0, Math.max(1, r.idealLength()), r.completed() ? r.idealLength() : k);
        bar.addClassName("case-progress");
        Span progress = new Span(r.completed() ? "Case completed · " + r.score() + " points"
                : "Stage " + r.stepNumber() + " · the expert path has " + r.idealLength() + " stages · " + r.score() + " points so far");
        progress.addClassName("case-progress-text");
        header.add(bar, progress);
        add(header);

        Div presentation = card("case-stage case-presentation", "Presentation", r.presentationHtml());
        add(presentation);
        for (CaseViews.VisitedStage s : r.history()) {
            add(visited(s));
        }
        if (r.current() != null) {
            Component current = current(r.current());
            add(current);
            current.getElement().executeJs("setTimeout(() => this.scrollIntoView({behavior: 'smooth', block: 'start'}), 50)");
        }
        if (r.debrief() != null) {
            Component debrief = debrief(r);
            add(debrief);
            debrief.getElement().executeJs("setTimeout(() => this.scrollIntoView({behavior: 'smooth', block: 'start'}), 50)");
        }
        if (!r.otherRuns().isEmpty()) {
            add(otherRuns(r));
        }
    }

    private Div visited(CaseViews.VisitedStage s) {
        Div card = card("case-stage" + (s.deadEnd() ? " case-dead-end" : ""), s.title(), s.contentHtml());
        card.getElement().setAttribute("data-stage", s.stageId());
        if (!s.chosenHtml().isEmpty()) {
            Div decision = new Div();
            decision.addClassName("case-decided");
            if (s.promptHtml() != null) {
                decision.add(div("case-prompt", new Html(s.promptHtml())));
            }
            Div chosen = new Div();
            chosen.addClassName("case-chosen");
            Span label = new Span("Your decision");
            label.addClassName("labelled-label");
            chosen.add(label);
            s.chosenHtml().forEach(h -> chosen.add(div("case-chosen-text", new Html(h))));
            Span points = new Span((s.points() >= 0 ? "+" : "") + s.points() + (Math.abs(s.points()) == 1 ? " point" : " points"));
            points.addClassName("badge");
            points.addClassName(Boolean.TRUE.equals(s.ideal()) ? "badge-success" : "badge-warning");
            chosen.add(points);
            decision.add(chosen);
            Div feedback = new Div();
            feedback.addClassName("feedback-box");
            feedback.addClassName(Boolean.TRUE.equals(s.ideal()) ? "feedback-correct" : "feedback-partial");
            s.feedbackHtml().forEach(h -> feedback.add(div("feedback-text", new Html(h))));
            if (s.commentaryHtml() != null) {
                Div commentary = new Div();
                commentary.addClassName("labelled");
                Span l = new Span("Expert commentary");
                l.addClassName("labelled-label");
                commentary.add(l, new Html(s.commentaryHtml()));
                feedback.add(commentary);
            }
            decision.add(feedback);
            card.add(decision);
        }
        return card;
    }

    private Component current(CaseViews.Current c) {
        Div card = card("case-stage case-current" + (c.deadEnd() ? " case-dead-end" : ""), c.title(), c.contentHtml());
        card.getElement().setAttribute("data-stage", c.stageId());
        if (c.decisionId() != null) {
            Div area = new Div();
            area.addClassName("case-decision-area");
            H3 h = new H3("Your decision");
            h.addClassName("case-decision-title");
            area.add(h);
            if (c.promptHtml() != null) {
                area.add(div("case-prompt", new Html(c.promptHtml())));
            }
            Map<String, String> options = new LinkedHashMap<>();
            c.options().forEach(o -> options.put(o.id(), o.html()));
            Set<String> chosen = new HashSet<>();
            Button decide = new Button(c.multiple() ? "Confirm my choices" : "Confirm my decision");
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            decide.addClassName("case-decide");
            decide.setEnabled(false);
            ChoiceList list = new ChoiceList(options, c.multiple(), Set.of(), false,
                    c.multiple() ? "Select all that apply" : "Choose one", ids -> {
                        chosen.clear();
                        chosen.addAll(ids);
                        decide.setEnabled(!ids.isEmpty());
                    });
            decide.addClickListener(e -> {
                decide.setEnabled(false);
                act(() -> cases.decide(runId, c.stageId(), Set.copyOf(chosen)));
            });
            area.add(list);
            if (c.multiple()) {
                Span help = new Span("Select all that apply.");
                help.addClassName("answer-help");
                area.add(help);
            }
            area.add(new Div(decide));
            card.add(area);
        } else if (!c.end()) {
            Button on = new Button(c.deadEnd() && c.returnTitle() != null ? "Go back to: " + c.returnTitle() : "Continue",
                    e -> act(() -> cases.proceed(runId, c.stageId())));
            on.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            on.addClassName("case-proceed");
            card.add(new Div(on));
        }
        return card;
    }

    private Component debrief(CaseViews.Run r) {
        CaseViews.Debrief d = r.debrief();
        Div card = new Div();
        card.addClassName("case-debrief");
        Span eyebrow = new Span("Debrief");
        eyebrow.addClassName("eyebrow");
        H2 score = new H2(d.score() + " of " + d.maxScore() + " points");
        score.addClassName("case-score");
        card.add(eyebrow, score);
        if (d.bandMessage() != null) {
            card.add(div("case-band", new Html(d.bandMessage())));
        }
        card.add(div("case-debrief-text", new Html(d.contentHtml())));

        Div paths = new Div();
        paths.addClassName("case-paths");
        paths.add(pathList("Your path", d.pathTitles(), "case-path-yours"), pathList("The expert's path", d.idealTitles(), "case-path-ideal"));
        card.add(paths);

        H3 pointsTitle = new H3("Points per decision");
        Div table = new Div();
        table.addClassName("case-points");
        for (CaseViews.DecisionPoints p : d.decisions()) {
            Div row = new Div();
            row.addClassName("case-points-row");
            Span stage = new Span(p.stageTitle());
            stage.addClassName("case-points-stage");
            Span choice = new Span(p.choiceText());
            choice.addClassName("case-points-choice");
            Span pts = new Span(p.points() + " / " + p.bestPoints());
            pts.addClassName("badge");
            pts.addClassName(p.ideal() ? "badge-success" : "badge-warning");
            row.add(stage, choice, pts);
            table.add(row);
        }
        card.add(pointsTitle, table);

        Button again = new Button("Start the case again", e -> {
            runId = cases.startAgain(r.moduleId(), r.caseId());
            getUI().ifPresent(ui -> ui.navigate("modules/" + r.moduleId() + "/cases/" + r.caseId()));
            show(cases.run(runId));
        });
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        again.addClassName("case-again");
        var back = org.sotcourseware.base.ui.Links.to("modules/" + r.moduleId() + "/cases", "Back to the cases");
        Div actions = new Div(again, back);
        actions.addClassName("result-actions");
        card.add(actions);
        return card;
    }

    private static Div pathList(String title, List<String> stages, String cls) {
        Div box = new Div();
        box.addClassName(cls);
        Span t = new Span(title);
        t.addClassName("labelled-label");
        OrderedList list = new OrderedList();
        stages.forEach(s -> list.add(new ListItem(s)));
        box.add(t, list);
        return box;
    }

    private Component otherRuns(CaseViews.Run r) {
        Div box = new Div();
        box.addClassName("side-box");
        box.addClassName("case-other-runs");
        H3 h = new H3("Your other runs of this case");
        box.add(h);
        DateFormat f = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, java.util.Locale.UK);
        for (CaseViews.RunSummary o : r.otherRuns()) {
            String when = f.format(java.util.Date.from(o.startedAt()));
            String text = switch (o.status()) {
                case "COMPLETED" -> "Completed · " + o.score() + " of " + o.maxScore() + " points";
                case "IN_PROGRESS" -> "In progress";
                default -> "Set aside";
            };
            var link = org.sotcourseware.base.ui.Links.to("modules/" + r.moduleId() + "/cases/" + r.caseId() + "?run=" + o.runId(),
                    "Started " + when + " · " + text);
            box.add(new Div(link));
        }
        return box;
    }

    private void act(java.util.function.Supplier<CaseViews.Run> action) {
        try {
            show(action.get());
        } catch (CaseException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            show(cases.run(runId));
        }
    }

    private static Div card(String classes, String heading, String html) {
        Div card = new Div();
        for (String c : classes.split(" ")) {
            card.addClassName(c);
        }
        H2 h = new H2(heading);
        h.addClassName("case-stage-title");
        card.add(h);
        if (!html.isBlank()) {
            card.add(div("case-stage-content", new Html(html)));
        }
        return card;
    }

    private static Div div(String cls, Component c) {
        Div d = new Div(c);
        d.addClassName(cls);
        return d;
    }

    @Override
    public String getPageTitle() {
        return title + " · SOT Courseware";
    }
}
