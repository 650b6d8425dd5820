package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.content.Quiz;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keyboard only: Tab, Shift+Tab, Enter, Space, the arrow keys and typing; no clicks. The student signs in, takes the
 * whole Category One quiz (every question type, ordering and matching included) to a pass, and works a case to its
 * debrief; the instructor edits a lesson and publishes it.
 */
class KeyboardJourneysE2E extends BrowserTest {

    @Autowired
    CatalogueService catalogue;

    private void signInByKeyboard() {
        signInByKeyboard("student", "demo-student");
    }

    private void signInByKeyboard(String username, String password) {
        page.navigate(url("login"));
        Keys.tabTo(page, page.locator("input[name=username]"));
        page.keyboard().type(username);
        Keys.tabTo(page, page.locator("input[name=password]"), 3);
        page.keyboard().type(password);
        page.keyboard().press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
    }

    @Test
    void a_student_takes_the_whole_category_one_quiz_by_keyboard_and_passes() {
        openModuleFor("student", "category-one");
        signInByKeyboard();
        Quiz quiz = catalogue.module("category-one").orElseThrow().quiz();
        page.navigate(url("modules/category-one/quiz"));
        Keys.tabTo(page, page.locator("vaadin-button.quiz-start"));
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/quiz/attempt/\\d+$"));

        int total = quiz.questions().size();
        assertThat(quiz.questions().stream().map(Question::type).distinct()).as("every type").hasSize(QuestionType.values().length);
        for (int i = 1; i <= total; i++) {
            assertThat(page.locator(".question-heading")).containsText("Question " + i + " of " + total);
            Question q = quiz.question(page.locator(".question-card").getAttribute("data-question")).orElseThrow();
            answerByKeyboard(q);
            assertThat(page.locator(".question-palette vaadin-button").nth(i - 1)).hasAttribute("aria-label", Pattern.compile(".*, answered"));
            Locator next = page.locator(".question-nav vaadin-button").nth(1);
            Keys.tabTo(page, next);
            page.keyboard().press("Enter");
            if (i < total) {
                assertThat(page.locator(".question-heading")).containsText("Question " + (i + 1) + " of " + total);
                page.waitForCondition(() -> Keys.focusIn(page.locator(".question-heading")));
            }
        }
        // "Review and submit" opened the confirmation; focus is in the dialog
        assertThat(page.locator("vaadin-dialog.submit-dialog")).containsText("You have answered all " + total + " questions");
        Keys.tabTo(page, page.locator("vaadin-button.confirm-submit"), 10);
        page.keyboard().press("Enter");
        assertThat(page.locator(".result-card")).containsText("Passed");
        assertThat(page.locator(".result-score")).hasText("100%");
    }

    /** The option ids in the order the page shows them (shuffled per attempt or run). */
    private static List<String> optionsShown(Locator within) {
        Object ids = within.locator("label.choice-row [data-option]").evaluateAll("els => els.map(e => e.dataset.option)");
        return ((List<?>) ids).stream().map(String::valueOf).toList();
    }

    private void answerByKeyboard(Question q) {
        Locator input = page.locator(".question-input");
        switch (q.type()) {
            case SINGLE, TRUEFALSE -> {
                Locator radios = input.locator("input[type=radio]");
                List<String> shown = optionsShown(input);
                int target = shown.indexOf(q.correctOptions().getFirst().id());
                Keys.tabTo(page, radios.first());
                page.keyboard().press("Space");
                for (int k = 0; k < target; k++) {
                    page.keyboard().press("ArrowDown");
                }
                assertThat(radios.nth(target)).isChecked();
            }
            case MULTIPLE -> {
                // in the order the page shows them (shuffled), so Tab only goes forward
                List<String> correct = q.correctOptions().stream().map(Question.Option::id).toList();
                for (String id : optionsShown(input).stream().filter(correct::contains).toList()) {
                    Locator box = input.locator("label.choice-row:has([data-option='" + id + "']) input");
                    Keys.tabTo(page, box, 20);
                    page.keyboard().press("Space");
                    assertThat(box).isChecked();
                }
            }
            case NUMERIC -> {
                Keys.tabTo(page, input.locator("input"));
                page.keyboard().type(number(q.correctOptions().getFirst().value()));
            }
            case TEXT -> {
                Keys.tabTo(page, input.locator("input"));
                page.keyboard().type(q.correctOptions().getFirst().text());
            }
            case ORDER -> {
                Locator rows = input.locator(".order-row");
                for (int target = 0; target < q.items().size(); target++) {
                    String itemId = q.items().get(target).id();
                    int at = indexOf(rows, itemId);
                    if (at == target) {
                        continue;
                    }
                    Keys.tabTo(page, rows.nth(at).locator("vaadin-button.order-up"), 30);
                    for (int k = at; k > target; k--) {
                        page.keyboard().press("Enter");
                        int now = k - 1;
                        assertThat(rows.nth(now).locator("[data-option='" + itemId + "']")).hasCount(1);
                        // focus stays on the moved item, so Enter moves it again
                        page.waitForCondition(() -> Keys.focusIn(rows.nth(now)));
                    }
                }
            }
            case MATCH -> {
                for (Question.Pair p : q.pairs()) {
                    Locator select = input.locator(".match-row:has([data-option='" + p.leftId() + "']) vaadin-select");
                    Keys.tabTo(page, select, 20);
                    page.keyboard().press("Enter");
                    Locator wanted = page.locator("vaadin-select-item[focused]:has([data-option='" + p.rightId() + "'])");
                    page.locator("vaadin-select-item[focused]").first().waitFor();
                    for (int k = 0; k < 20 && wanted.count() == 0; k++) {
                        page.keyboard().press("ArrowDown");
                    }
                    assertThat(wanted).hasCount(1);
                    page.keyboard().press("Enter");
                    assertThat(select).containsText(plain(p.right()));
                }
            }
        }
    }

    @Test
    void an_instructor_edits_and_publishes_a_lesson_by_keyboard() {
        String path = "category-one/lessons/01-category-one-model.md";
        String sentence = "This sentence was typed and published with the keyboard alone.";
        signInByKeyboard("instructor", "demo-instructor");
        page.navigate(url("authoring/edit/" + path));
        assertThat(page.locator(".editor-state-badge")).hasText("Published");

        // into the editor, to the end of the text; Escape then Tab leaves it (Tab alone indents)
        Keys.tabTo(page, page.locator(".cm-content"));
        page.keyboard().press("Control+End");
        page.keyboard().type("\n\n" + sentence);
        assertThat(page.locator(".editor-preview")).containsText(sentence);
        page.keyboard().press("Escape");
        Locator publish = page.locator("vaadin-button.editor-publish");
        boolean after = (Boolean) publish.evaluate("(b) => !!(document.querySelector('sot-markdown-editor').compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)");
        if (after) {
            Keys.tabTo(page, publish, 60);
        } else {
            Keys.shiftTabTo(page, publish, 60);
        }
        page.keyboard().press("Enter");
        Keys.tabTo(page, page.locator("vaadin-text-field.publish-message input"), 10);
        page.keyboard().type("Adds a closing sentence, by keyboard");
        Keys.tabTo(page, page.locator("vaadin-button.confirm-publish"), 10);
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Published");
        assertThat(page.locator(".editor-state-badge")).hasText("Published");
    }

    @Test
    void a_student_works_a_case_to_the_debrief_by_keyboard() {
        signInByKeyboard();
        CaseStudy cs = catalogue.module("foundations").orElseThrow().publishedCases().getLast();
        page.navigate(url("modules/foundations/cases/" + cs.id()));
        for (int i = 0; i < 30 && page.locator(".case-debrief").count() == 0; i++) {
            Locator current = page.locator(".case-current");
            CaseStudy.Stage stage = cs.stage(current.getAttribute("data-stage")).orElseThrow();
            int stagesOnPage = page.locator(".case-stage").count();
            if (stage.decision() == null) {
                Keys.tabTo(page, current.locator("vaadin-button.case-proceed"));
                page.keyboard().press("Enter");
            } else {
                List<String> shown = optionsShown(current);
                List<CaseStudy.Option> ideal = stage.decision().options().stream().filter(CaseStudy.Option::ideal).toList();
                if (stage.decision().multiple()) {
                    List<String> idealIds = ideal.stream().map(CaseStudy.Option::id).toList();
                    for (String id : shown.stream().filter(idealIds::contains).toList()) {
                        Keys.tabTo(page, current.locator("label.choice-row:has([data-option='" + id + "']) input"), 30);
                        page.keyboard().press("Space");
                    }
                } else {
                    Keys.tabTo(page, current.locator("input[type=radio]").first());
                    page.keyboard().press("Space");
                    for (int k = 0; k < shown.indexOf(ideal.getFirst().id()); k++) {
                        page.keyboard().press("ArrowDown");
                    }
                }
                Locator decide = current.locator("vaadin-button.case-decide");
                assertThat(decide).not().hasAttribute("disabled", "");
                Keys.tabTo(page, decide, 20);
                page.keyboard().press("Enter");
            }
            page.waitForCondition(() -> page.locator(".case-stage").count() > stagesOnPage || page.locator(".case-debrief").count() > 0);
        }
        assertThat(page.locator(".case-debrief")).isVisible();
        assertThat(page.locator(".case-score")).hasText(cs.maxPoints() + " of " + cs.maxPoints() + " points");
    }
}
