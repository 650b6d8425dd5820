package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.ModuleGate;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.NumericValue;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.content.Quiz;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The student-side defects of issue 17, each as the student met it in the browser: focus after moving between
 * questions and after moving an ordering item, clicks on the palette right after an answer, numbers typed in words
 * or with a percent sign, a finished case reopened, a locked module's quiz, and unknown addresses.
 */
class StudentJourneysE2E extends BrowserTest {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    ModuleGate gate;

    private Quiz startCategoryOneQuiz() {
        openModuleFor("student", "category-one");
        signIn("student", "demo-student");
        page.navigate(url("modules/category-one/quiz"));
        page.locator("vaadin-button.quiz-start").click();
        page.waitForURL(Pattern.compile(".*/quiz/attempt/\\d+$"));
        return catalogue.module("category-one").orElseThrow().quiz();
    }

    private Question current(Quiz quiz) {
        return quiz.question(page.locator(".question-card").getAttribute("data-question")).orElseThrow();
    }

    private void assertOnQuestion(int number, int total) {
        assertThat(page.locator(".question-heading")).containsText("Question " + number + " of " + total);
    }

    private static boolean headingFocused(Locator heading) {
        return Keys.focusIn(heading);
    }

    @Test
    void after_next_or_a_palette_number_focus_is_on_the_new_questions_heading_and_inputs_are_named_after_their_question() {
        Quiz quiz = startCategoryOneQuiz();
        int total = quiz.questions().size();
        assertOnQuestion(1, total);
        Question first = current(quiz);
        Locator group = page.locator(".question-input [role=radiogroup], .question-input [role=group], .question-input [role=list]").first();
        if (group.count() > 0) {
            assertThat(group.getAttribute("aria-label")).startsWith("Question 1: ").isNotEqualTo("Choose one answer");
        }
        assertThat(first).isNotNull();

        page.locator(".question-nav vaadin-button").nth(1).click(); // Next question
        assertOnQuestion(2, total);
        page.waitForCondition(() -> headingFocused(page.locator(".question-heading")));

        page.locator(".question-palette vaadin-button").nth(4).click();
        assertOnQuestion(5, total);
        page.waitForCondition(() -> headingFocused(page.locator(".question-heading")));
        // the next Tab goes on into the question, not back to the top of the page
        page.keyboard().press("Tab");
        assertThat(Keys.focusIn(page.locator(".question-card"))).as("focus after Tab: " + Keys.focused(page)).isTrue();
    }

    @Test
    void a_palette_click_right_after_an_answer_opens_that_question_and_keeps_the_answer() {
        Quiz quiz = startCategoryOneQuiz();
        int total = quiz.questions().size();
        Locator palette = page.locator(".question-palette vaadin-button");
        // the attempt may be under way from another test of this class: count on from where it stands
        int answered = Integer.parseInt(page.locator(".attempt-progress-text").innerText().split(" ")[0]);
        for (int round = 0; round < 5; round++) {
            int here = -1;
            for (int i = 0; i < total - 1 && here < 0; i++) {
                if (palette.nth(i).getAttribute("aria-label").endsWith("not answered")) {
                    here = i;
                }
            }
            assertThat(here).as("an unanswered question").isGreaterThanOrEqualTo(0);
            palette.nth(here).click();
            assertOnQuestion(here + 1, total);
            page.waitForCondition(() -> Keys.focusIn(page.locator(".question-heading"))); // the question is on screen
            Question q = current(quiz);
            answerWithoutWaiting(q);
            // at once, without waiting for the save to come back
            palette.nth(here + 1).click();
            assertOnQuestion(here + 2, total);
            answered++;
            String expected = answered + " of " + total + " answered";
            Locator progress = page.locator(".attempt-progress-text");
            try {
                page.waitForCondition(() -> progress.innerText().equals(expected), new com.microsoft.playwright.Page.WaitForConditionOptions().setTimeout(5000));
            } catch (RuntimeException timedOut) {
                // fall through to the assertion, which names the question type whose answer was lost
            }
            assertThat(progress.innerText()).as("progress after answering question " + (here + 1) + " (" + q.type() + ") and clicking on")
                    .isEqualTo(expected);
            assertThat(palette.nth(here)).hasAttribute("aria-label", "Question " + (here + 1) + ", answered");
        }
    }

    /** One quick answer by mouse or typing, not waiting for the server. */
    private void answerWithoutWaiting(Question q) {
        Locator input = page.locator(".question-input");
        switch (q.type()) {
            case SINGLE, TRUEFALSE, MULTIPLE -> input.locator("label.choice-row").first().click();
            case NUMERIC -> input.locator("input").fill("12");
            case TEXT -> input.locator("input").fill("an answer");
            case ORDER -> input.locator(".order-row").nth(1).locator("vaadin-button.order-up").click();
            case MATCH -> {
                Locator row = input.locator(".match-row").first();
                row.locator("vaadin-select").click();
                page.locator("vaadin-select-item[role=option]:has([data-option])").first().click();
            }
        }
    }

    @Test
    void moving_an_ordering_item_keeps_focus_on_it_and_a_number_in_words_is_explained_beside_the_field() {
        Quiz quiz = startCategoryOneQuiz();
        int total = quiz.questions().size();
        boolean sawOrder = false;
        boolean sawNumeric = false;
        for (int i = 1; i <= total; i++) {
            page.locator(".question-palette vaadin-button").nth(i - 1).click();
            assertOnQuestion(i, total);
            Question q = current(quiz);
            Locator input = page.locator(".question-input");
            if (q.type() == QuestionType.ORDER) {
                sawOrder = true;
                Locator rows = input.locator(".order-row");
                String moved = rows.nth(2).locator("[data-option]").getAttribute("data-option");
                Locator up = rows.nth(2).locator("vaadin-button.order-up");
                assertThat(up.getAttribute("aria-label")).startsWith("Move up: ").contains("now 3 of");
                up.focus();
                page.keyboard().press("Enter");
                assertThat(rows.nth(1).locator("[data-option='" + moved + "']")).hasCount(1);
                page.waitForCondition(() -> Keys.focusIn(rows.nth(1)));
                page.keyboard().press("Enter"); // still on the moved item's arrow: it moves again
                assertThat(rows.nth(0).locator("[data-option='" + moved + "']")).hasCount(1);
                // at the top its up arrow is disabled: focus is on its down arrow instead
                page.waitForCondition(() -> Keys.focusIn(rows.nth(0).locator("vaadin-button.order-down")));
            }
            if (q.type() == QuestionType.NUMERIC) {
                sawNumeric = true;
                Locator field = input.locator("vaadin-text-field");
                field.locator("input").fill("seventy five");
                assertThat(field).hasAttribute("invalid", "");
                assertThat(field.locator("[slot=error-message]")).hasText(NumericValue.NOT_A_NUMBER);
                assertThat(page.locator(".question-palette vaadin-button").nth(i - 1)).hasAttribute("aria-label", Pattern.compile(".*not answered"));
                field.locator("input").fill("75 %");
                assertThat(field).not().hasAttribute("invalid", "");
                assertThat(page.locator(".question-palette vaadin-button").nth(i - 1)).hasAttribute("aria-label", Pattern.compile(".*, answered"));
            }
        }
        assertThat(sawOrder && sawNumeric).as("the Category One quiz has an ordering and a numeric question").isTrue();
    }

    @Test
    void a_finished_case_reopens_on_its_debrief_with_start_again() {
        CaseStudy cs = catalogue.module("foundations").orElseThrow().publishedCases().getFirst();
        signIn("student", "demo-student");
        String address = url("modules/foundations/cases/" + cs.id());
        page.navigate(address);
        if (page.locator(".case-debrief").count() == 0) {
            workCaseIdeally(cs);
        }
        page.navigate(address);
        assertThat(page.locator(".case-debrief")).isVisible();
        Locator again = page.locator("vaadin-button.case-again");
        assertThat(again).hasText("Start again");
        again.click();
        assertThat(page.locator(".case-debrief")).hasCount(0);
        assertThat(page.locator(".case-current")).isVisible();
        // focus went to the new run's first stage
        page.waitForCondition(() -> Keys.focusIn(page.locator(".case-current h2")));
    }

    @Test
    void a_locked_modules_quiz_shows_the_lock_panel_and_no_start_button() {
        testUsers.signIn("student");
        CourseModule locked;
        String reason;
        try {
            locked = catalogue.curriculum().modules().stream().filter(m -> m.publishedQuiz().isPresent())
                    .filter(m -> gate.lockedReason(m.id()).isPresent()).findFirst().orElseThrow();
            reason = gate.lockedReason(locked.id()).orElseThrow();
        } finally {
            testUsers.signOut();
        }
        signIn("student", "demo-student");
        page.navigate(url("modules/" + locked.id() + "/quiz"));
        assertThat(page.locator(".lock-card")).containsText(reason);
        assertThat(page.locator(".lock-card h1")).hasCount(1);
        assertThat(page.locator("vaadin-button.quiz-start")).hasCount(0);
    }

    @Test
    void an_unknown_address_shows_the_friendly_not_found_page_signed_out_and_in_the_same_as_a_staff_page() {
        // signed out: the app's page (Spring's bare "HTTP ERROR 403" before), with the way to sign in
        page.navigate(url("foo/bar"));
        assertThat(page.locator(".status-card h1")).hasText("Page not found");
        assertThat(page.locator(".status-card")).containsText("Sign in");
        assertThat(page.locator("main")).hasCount(1);

        signIn("student", "demo-student");
        Response unknown = page.navigate(url("foo/bar"));
        assertThat(page.locator(".status-card h1")).hasText("Page not found");
        String unknownText = page.locator(".status-card").innerText();
        Response staff = page.navigate(url("admin/users"));
        assertThat(page.locator(".status-card h1")).hasText("Page not found");
        assertThat(page.locator(".status-card").innerText()).as("a staff page looks like no page at all").isEqualTo(unknownText);
        assertThat(staff.status()).isEqualTo(unknown.status());
        Response deep = page.navigate(url("authoring/nothing/here/at/all"));
        assertThat(page.locator(".status-card h1")).hasText("Page not found");
        assertThat(deep.status()).isEqualTo(unknown.status());
    }
}
