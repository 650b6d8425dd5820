package org.sotcourseware.casestudy.ui;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.sotcourseware.base.Dates;
import org.sotcourseware.base.ui.ChoiceList;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.base.ui.Focus;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.casestudy.CaseException;
import org.sotcourseware.casestudy.CaseReadModel;

/**
 * A case run on screen: the presentation, the stages reached (they stay readable), the current stage with
 * its decision, feedback and expert commentary after each decision, and the debrief with both paths. Used
 * by the student's case screen (a stored run) and by the authoring preview (a run in memory), through
 * {@link Actions}.
 */
class CaseRunPanel extends Div {

    /** What the panel's buttons do. */
    interface Actions {
        CaseReadModel.Run decide(String stageId, Set<String> chosen);

        CaseReadModel.Run proceed(String stageId);

        CaseReadModel.Run startAgain();

        /** The run as it stands, after an action failed. */
        CaseReadModel.Run reload();

        /** A link back out of a finished case, or null for none. */
        default com.vaadin.flow.component.@org.jspecify.annotations.Nullable Component backLink(CaseReadModel.Run r) {
            return null;
        }
    }

    private final Actions actions;

    CaseRunPanel(Actions actions) {
        this.actions = actions;
        addClassName("case-run-panel");
    }

    void show(CaseReadModel.Run r) {
        show(r, false);
    }

    /** Shows {@code r}; after a step the student took ({@code moveFocus}), focus goes to the new stage's or the debrief's heading. */
    private void show(CaseReadModel.Run r, boolean moveFocus) {
        removeAll();

        Div header = new Div();
        header.addClassName("case-header");
        Span eyebrow = new Span(getTranslation("casestudy.run.eyebrow"));
        eyebrow.addClassName("eyebrow");
        header.add(eyebrow, CaseParts.content(new H1(r.title())));
        if (!r.objectives().isEmpty()) {
            NativeDetails objectives = new NativeDetails(getTranslation("casestudy.run.objectives"));
            UnorderedList list = CaseParts.content(new UnorderedList());
            r.objectives().forEach(o -> list.add(new ListItem(o)));
            objectives.setContent(list);
            objectives.addClassName("case-objectives-box");
            header.add(objectives);
        }
        int k = Math.min(r.stepNumber(), r.idealLength());
        ProgressBar bar = new ProgressBar(0, Math.max(1, r.idealLength()), r.completed() ? r.idealLength() : k);
        bar.addClassName("case-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("casestudy.run.progress-label"));
        Span progress = new Span(r.completed() ? getTranslation("casestudy.run.completed", r.score())
                : getTranslation("casestudy.run.progress", r.stepNumber(), r.idealLength(), r.score()));
        progress.addClassName("case-progress-text");
        header.add(bar, progress);
        add(header);

        Div presentation = card("case-stage case-presentation", getTranslation("casestudy.run.presentation"), r.presentationHtml()); // not UI text: CSS classes
        presentation.getChildren().skip(1).forEach(CaseParts::content);
        add(presentation);
        for (CaseReadModel.VisitedStage s : r.history()) {
            add(visited(s));
        }
        if (r.current() != null) {
            Div current = current(r.current());
            add(current);
            landOn(current, moveFocus);
        }
        if (r.debrief() != null) {
            Div debrief = debrief(r);
            add(debrief);
            landOn(debrief, moveFocus);
        }
        if (!r.otherRuns().isEmpty()) {
            add(otherRuns(r));
        }
    }

    /** Brings a new stage or the debrief into view, and after a step moves focus to its heading (its first heading). */
    private static void landOn(Div part, boolean moveFocus) {
        Component heading = part.getChildren().filter(c -> c instanceof H2).findFirst().orElse(part);
        if (moveFocus) {
            Focus.heading(heading, true);
        } else {
            Focus.scrollTo(part);
        }
    }

    private Div visited(CaseReadModel.VisitedStage s) {
        Div card = CaseParts.content(card("case-stage" + (s.deadEnd() ? " case-dead-end" : ""), s.title(), s.contentHtml())); // not UI text: CSS classes
        card.getElement().setAttribute("data-stage", s.stageId());
        if (!s.chosenHtml().isEmpty()) {
            Div decision = new Div();
            decision.addClassName("case-decided");
            if (s.promptHtml() != null) {
                decision.add(div("case-prompt", new Html(s.promptHtml())));
            }
            Div chosen = new Div();
            chosen.addClassName("case-chosen");
            Span label = ui(new Span(getTranslation("casestudy.run.your-decision")));
            label.addClassName("labelled-label");
            chosen.add(label);
            s.chosenHtml().forEach(h -> chosen.add(div("case-chosen-text", new Html(h))));
            Span points = ui(new Span(getTranslation("casestudy.run.decision-points", s.points() >= 0 ? "+" : "-", Math.abs(s.points()))));
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
                Span l = ui(new Span(getTranslation("casestudy.run.expert-commentary")));
                l.addClassName("labelled-label");
                commentary.add(l, new Html(s.commentaryHtml()));
                feedback.add(commentary);
            }
            decision.add(feedback);
            card.add(decision);
        }
        return card;
    }

    private Div current(CaseReadModel.Current c) {
        Div card = card("case-stage case-current" + (c.deadEnd() ? " case-dead-end" : ""), c.title(), c.contentHtml()); // not UI text: CSS classes
        card.getChildren().forEach(CaseParts::content);
        card.getElement().setAttribute("data-stage", c.stageId());
        if (c.decisionId() != null) {
            Div area = new Div();
            area.addClassName("case-decision-area");
            H3 h = new H3(getTranslation("casestudy.run.your-decision"));
            h.addClassName("case-decision-title");
            area.add(h);
            if (c.promptHtml() != null) {
                area.add(CaseParts.content(div("case-prompt", new Html(c.promptHtml()))));
            }
            Map<String, String> options = new LinkedHashMap<>();
            c.options().forEach(o -> options.put(o.id(), CaseParts.contentHtml(o.html())));
            Set<String> chosen = new HashSet<>();
            Button decide = new Button(getTranslation(c.multiple() ? "casestudy.run.confirm-choices" : "casestudy.run.confirm-decision"));
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            decide.addClassName("case-decide");
            decide.setEnabled(false);
            ChoiceList list = new ChoiceList(options, c.multiple(), Set.of(), false,
                    getTranslation(c.multiple() ? "casestudy.run.choices-multiple" : "casestudy.run.choices-single", c.title()), ids -> {
                        chosen.clear();
                        chosen.addAll(ids);
                        decide.setEnabled(!ids.isEmpty());
                    });
            decide.addClickListener(e -> {
                decide.setEnabled(false);
                act(() -> actions.decide(c.stageId(), Set.copyOf(chosen)));
            });
            area.add(list);
            if (c.multiple()) {
                Span help = new Span(getTranslation("casestudy.run.select-all-help"));
                help.addClassName("answer-help");
                area.add(help);
            }
            area.add(new Div(decide));
            card.add(area);
        } else if (!c.end()) {
            Button on = new Button(c.deadEnd() && c.returnTitle() != null ? getTranslation("casestudy.run.go-back", c.returnTitle())
                    : getTranslation("casestudy.run.continue"),
                    e -> act(() -> actions.proceed(c.stageId())));
            on.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            on.addClassName("case-proceed");
            card.add(new Div(on));
        }
        return card;
    }

    private Div debrief(CaseReadModel.Run r) {
        CaseReadModel.Debrief d = r.debrief();
        Div card = new Div();
        card.addClassName("case-debrief");
        Span eyebrow = new Span(getTranslation("casestudy.debrief.eyebrow"));
        eyebrow.addClassName("eyebrow");
        H2 score = new H2(getTranslation("casestudy.debrief.score", d.score(), d.maxScore()));
        score.addClassName("case-score");
        card.add(eyebrow, score);
        if (d.bandMessage() != null) {
            card.add(CaseParts.content(div("case-band", new Html(d.bandMessage()))));
        }
        card.add(CaseParts.content(div("case-debrief-text", new Html(d.contentHtml()))));

        Div paths = new Div();
        paths.addClassName("case-paths");
        paths.add(pathList(getTranslation("casestudy.debrief.your-path"), d.pathTitles(), "case-path-yours"),
                pathList(getTranslation("casestudy.debrief.expert-path"), d.idealTitles(), "case-path-ideal"));
        card.add(paths);

        H3 pointsTitle = new H3(getTranslation("casestudy.debrief.points-per-decision"));
        Div table = new Div();
        table.addClassName("case-points");
        for (CaseReadModel.DecisionPoints p : d.decisions()) {
            Div row = new Div();
            row.addClassName("case-points-row");
            Span stage = CaseParts.content(new Span(p.stageTitle()));
            stage.addClassName("case-points-stage");
            Span choice = CaseParts.content(new Span(p.choiceText()));
            choice.addClassName("case-points-choice");
            Span pts = new Span(p.points() + " / " + p.bestPoints());
            pts.addClassName("badge");
            pts.addClassName(p.ideal() ? "badge-success" : "badge-warning");
            row.add(stage, choice, pts);
            table.add(row);
        }
        card.add(pointsTitle, table);

        Button again = new Button(getTranslation("casestudy.debrief.start-again"), e -> act(actions::startAgain));
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        again.addClassName("case-again");
        Div buttons = new Div(again);
        Component back = actions.backLink(r);
        if (back != null) {
            buttons.add(back);
        }
        buttons.addClassName("result-actions");
        card.add(buttons);
        return card;
    }

    private static Div pathList(String title, List<String> stages, String cls) {
        Div box = new Div();
        box.addClassName(cls);
        Span t = new Span(title);
        t.addClassName("labelled-label");
        OrderedList list = CaseParts.content(new OrderedList());
        stages.forEach(s -> list.add(new ListItem(s)));
        box.add(t, list);
        return box;
    }

    private Component otherRuns(CaseReadModel.Run r) {
        Div box = new Div();
        box.addClassName("side-box");
        box.addClassName("case-other-runs");
        H3 h = new H3(getTranslation("casestudy.run.other-runs"));
        box.add(h);
        for (CaseReadModel.RunSummary o : r.otherRuns()) {
            String when = Dates.moment(o.startedAt(), ZoneId.systemDefault(), getLocale());
            String text = switch (o.status()) {
                case COMPLETED -> getTranslation("casestudy.run.other-completed", o.score(), o.maxScore());
                case IN_PROGRESS -> getTranslation("casestudy.status.in-progress");
                case ABANDONED -> getTranslation("casestudy.run.other-set-aside");
            };
            var link = Links.to(CaseNavigation.run(r.moduleId(), r.caseId(), o.runId()), getTranslation("casestudy.run.other-run", when, text));
            box.add(new Div(link));
        }
        return box;
    }

    private void act(Supplier<CaseReadModel.Run> action) {
        try {
            show(action.get(), true);
        } catch (CaseException e) {
            Toasts.error(e);
            show(actions.reload());
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

    /** Interface words inside a card of case text: in the reader's language, not the curriculum's. */
    private <T extends Component> T ui(T c) {
        c.getElement().setAttribute("lang", getLocale().getLanguage());
        return c;
    }

    private static Div div(String cls, Component c) {
        Div d = new Div(c);
        d.addClassName(cls);
        return d;
    }

}
