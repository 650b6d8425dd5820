package org.sotcourseware.quiz.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.sotcourseware.base.ui.CurriculumText;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.ui.ChoiceList;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.base.Locales;
import org.sotcourseware.quiz.Answer;
import org.sotcourseware.quiz.NumericAnswer;
import org.sotcourseware.quiz.QuizReadModel;

/** The input for one question, by type. Reports every change as an {@link Answer}; knows nothing of the key. */
final class AnswerInput {

    private AnswerInput() {
    }

    /**
     * The accessible name of a question's input: its number and the start of its prompt, so a screen reader user
     * who tabs into the answer hears which question it answers (not "Choose one answer" on every question).
     */
    static String name(QuizReadModel.PresentedQuestion q) {
        String prompt = org.jsoup.Jsoup.parse(q.promptHtml()).text().strip();
        if (prompt.length() > 140) {
            prompt = prompt.substring(0, 139).strip() + "…";
        }
        Locale locale = Locales.current();
        return prompt.isEmpty() ? QuizParts.t(locale, "quiz.question.name", q.number())
                : QuizParts.t(locale, "quiz.question.name-with-prompt", q.number(), prompt);
    }

    static Component create(QuizReadModel.PresentedQuestion q, @Nullable Answer current, boolean readOnly, Consumer<Answer> onChange) {
        return switch (q.type()) {
            case SINGLE, TRUEFALSE -> single(q, current, readOnly, onChange);
            case MULTIPLE -> multiple(q, current, readOnly, onChange);
            case NUMERIC, TEXT -> typed(q, current, readOnly, onChange);
            case ORDER -> order(q, current, readOnly, onChange);
            case MATCH -> match(q, current, readOnly, onChange);
        };
    }

    private static Map<String, String> html(List<QuizReadModel.Choice> choices) {
        Map<String, String> m = new LinkedHashMap<>();
        choices.forEach(c -> m.put(c.id(), c.html()));
        return m;
    }

    /** Option texts, each in an element that says the curriculum's language. */
    private static Map<String, String> contentHtml(List<QuizReadModel.Choice> choices) {
        Map<String, String> m = new LinkedHashMap<>();
        choices.forEach(c -> m.put(c.id(), "<span lang=\"" + CurriculumText.DEFAULT_LANGUAGE + "\">" + c.html() + "</span>")); // not UI text: HTML markup
        return m;
    }

    /** An option's label; carries the option's id (a hash of its text, not its correctness). */
    private static Component label(String id, String html) {
        return new Html("<span class=\"choice-label\" data-option=\"" + id + "\" lang=\"" + CurriculumText.DEFAULT_LANGUAGE + "\">" + html + "</span>"); // not UI text: HTML markup
    }

    private static Component single(QuizReadModel.PresentedQuestion q, @Nullable Answer current, boolean readOnly, Consumer<Answer> onChange) {
        return choices(q, current, readOnly, false, name(q), onChange);
    }

    private static Component multiple(QuizReadModel.PresentedQuestion q, @Nullable Answer current, boolean readOnly, Consumer<Answer> onChange) {
        Locale locale = Locales.current();
        Div wrap = new Div(choices(q, current, readOnly, true, QuizParts.t(locale, "quiz.answer.multiple-name", name(q)), onChange));
        Span help = new Span(QuizParts.t(locale, "quiz.answer.multiple-help"));
        help.addClassName("answer-help");
        wrap.add(help);
        return wrap;
    }

    private static Component choices(QuizReadModel.PresentedQuestion q, @Nullable Answer current, boolean readOnly, boolean multiple,
                                     String ariaLabel, Consumer<Answer> onChange) {
        Set<String> initial = current instanceof Answer.Choice c ? c.optionIds() : Set.of();
        return new ChoiceList(contentHtml(q.options()), multiple, initial, readOnly, ariaLabel, ids -> onChange.accept(new Answer.Choice(ids)));
    }

    private static Component typed(QuizReadModel.PresentedQuestion q, @Nullable Answer current, boolean readOnly, Consumer<Answer> onChange) {
        Locale locale = Locales.current();
        TextField field = new TextField();
        field.setMaxLength(TextLimits.ANSWER);
        field.addClassName("answer-text");
        field.setPlaceholder(QuizParts.t(locale, q.type() == QuestionType.NUMERIC ? "quiz.answer.placeholder-number" : "quiz.answer.placeholder-text"));
        field.setAriaLabel(name(q));
        if (q.unit() != null) {
            field.setSuffixComponent(new Span(q.unit()));
            field.setHelperText(QuizParts.t(locale, "quiz.answer.unit-help", q.unit()));
        }
        if (current instanceof Answer.Typed t) {
            field.setValue(t.text());
        }
        field.setMaxLength(500);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(600);
        field.setReadOnly(readOnly);
        boolean numeric = q.type() == QuestionType.NUMERIC;
        if (numeric && current instanceof Answer.Typed t) {
            showProblem(field, NumericAnswer.problem(t.text()).map(m -> m.in(locale)).orElse(null));
        }
        String[] sent = {current instanceof Answer.Typed t ? t.text() : ""};
        Consumer<String> typedValue = value -> {
            if (value.equals(sent[0])) {
                return; // the same text again (the change on leaving the field, then the delayed value): saved once
            }
            sent[0] = value;
            String problem = numeric ? NumericAnswer.problem(value).map(m -> m.in(locale)).orElse(null) : null;
            showProblem(field, problem);
            // a number that cannot be read is not kept as an answer: the field says why, and the question counts as unanswered
            onChange.accept(new Answer.Typed(problem == null ? value : ""));
        };
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typedValue.accept(e.getValue());
            }
        });
        // typing and then at once clicking a palette number or Next: the delayed value would reach the server after the
        // click had replaced the question (and be dropped); the field's change event on leaving it comes before the click
        field.getElement().addEventListener("change", e -> typedValue.accept(e.getEventData().get("element.value").asString()))
                .addEventData("element.value");
        return field;
    }

    private static void showProblem(TextField field, @Nullable String problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
    }

    /** Ordering with buttons (works by keyboard and on a phone): the list as the student arranges it. */
    private static Component order(QuizReadModel.PresentedQuestion q, @Nullable Answer current, boolean readOnly, Consumer<Answer> onChange) {
        Locale locale = Locales.current();
        Map<String, String> labels = html(q.items());
        List<String> order = new ArrayList<>(current instanceof Answer.Order o && o.itemIds().size() == labels.size()
                ? o.itemIds() : labels.keySet());
        Div list = new Div();
        list.addClassName("answer-order");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", name(q));
        Runnable[] redraw = new Runnable[1];
        redraw[0] = () -> {
            list.removeAll();
            for (int i = 0; i < order.size(); i++) {
                int index = i;
                Div row = new Div();
                row.addClassName("order-row");
                row.getElement().setAttribute("role", "listitem");
                Span n = new Span(String.valueOf(i + 1));
                n.addClassName("order-number");
                Div text = new Div(label(order.get(i), labels.get(order.get(i))));
                text.addClassName("order-text");
                String item = org.jsoup.Jsoup.parse(labels.get(order.get(i))).text();
                Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
                    Collections.swap(order, index, index - 1);
                    redraw[0].run();
                    keepFocus(list, index - 1, true);
                    onChange.accept(new Answer.Order(order));
                });
                up.setAriaLabel(QuizParts.t(locale, "quiz.answer.order-move-up", item, i + 1, order.size()));
                up.addClassName("order-up");
                up.setEnabled(!readOnly && i > 0);
                Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
                    Collections.swap(order, index, index + 1);
                    redraw[0].run();
                    keepFocus(list, index + 1, false);
                    onChange.accept(new Answer.Order(order));
                });
                down.setAriaLabel(QuizParts.t(locale, "quiz.answer.order-move-down", item, i + 1, order.size()));
                down.addClassName("order-down");
                down.setEnabled(!readOnly && i < order.size() - 1);
                up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
                down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
                Div buttons = new Div(up, down);
                buttons.addClassName("order-buttons");
                row.add(n, text, buttons);
                list.add(row);
            }
        };
        redraw[0].run();
        Div wrap = new Div(list);
        if (!(current instanceof Answer.Order) && !readOnly) {
            Span hint = new Span(QuizParts.t(locale, "quiz.answer.order-help"));
            hint.addClassName("answer-help");
            wrap.addComponentAsFirst(hint);
        }
        return wrap;
    }

    /**
     * After a move the rows are drawn again; focus follows the moved item to its new row, on the same arrow while it
     * can move further that way, else on the other arrow, so the keyboard user can keep pressing.
     */
    private static void keepFocus(Div list, int row, boolean up) {
        list.getElement().executeJs("""
                const row = this.children[$0]; if (!row) return;
                const same = row.querySelector($1), other = row.querySelector($2);
                (same && !same.hasAttribute('disabled') ? same : other)?.focus();""",
                row, up ? ".order-up" : ".order-down", up ? ".order-down" : ".order-up");
    }

    private static Component match(QuizReadModel.PresentedQuestion q, @Nullable Answer current, boolean readOnly, Consumer<Answer> onChange) {
        Locale locale = Locales.current();
        String chooseMatch = QuizParts.t(locale, "quiz.answer.match-choose");
        Map<String, String> rights = html(q.rights());
        Map<String, String> chosen = new LinkedHashMap<>(current instanceof Answer.Match m ? m.pairs() : Map.of());
        Div grid = new Div();
        grid.addClassName("answer-match");
        for (QuizReadModel.Choice left : q.lefts()) {
            Div row = new Div();
            row.addClassName("match-row");
            Div l = new Div(label(left.id(), left.html()));
            l.addClassName("match-left");
            Select<String> select = new Select<>();
            select.setItems(rights.keySet());
            // the empty selection comes through as null
            select.setRenderer(new ComponentRenderer<>(id -> id == null ? new Span(chooseMatch) : label(id, rights.get(id))));
            select.setItemLabelGenerator(id -> id == null ? "" : org.jsoup.Jsoup.parse(rights.get(id)).text());
            select.setPlaceholder(chooseMatch);
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(chooseMatch);
            select.setAriaLabel(QuizParts.t(locale, "quiz.answer.match-for", org.jsoup.Jsoup.parse(left.html()).text()));
            select.addClassName("match-select");
            if (chosen.containsKey(left.id())) {
                select.setValue(chosen.get(left.id()));
            }
            select.setReadOnly(readOnly);
            select.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                if (e.getValue() == null) {
                    chosen.remove(left.id());
                } else {
                    chosen.put(left.id(), e.getValue());
                }
                onChange.accept(new Answer.Match(chosen));
            });
            row.add(l, select);
            grid.add(row);
        }
        return grid;
    }
}
