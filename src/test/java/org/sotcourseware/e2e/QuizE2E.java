package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.Quiz;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo student takes the Category One quiz, fails once, passes the second time and sees both attempts. */
class QuizE2E extends BrowserTest {

    @Autowired
    CatalogueService catalogue;

    @Test
    void the_demo_student_fails_the_category_one_quiz_once_then_passes_and_sees_both_attempts() {
        Quiz quiz = catalogue.module("category-one").orElseThrow().quiz();
        openModuleFor("student", "category-one");
        signIn("student", "demo-student");

        // everything the server sends while the student answers, to prove the key never leaves it (bodies are
        // read after the fact: Playwright's Java client must not be called back from inside its event handlers)
        List<Response> sent = new ArrayList<>();
        page.onResponse((Response r) -> {
            if (r.url().contains("v-r=uidl") || r.url().contains("v-r=init")) {
                sent.add(r);
            }
        });

        // attempt 1: submit without answering
        page.navigate(url("modules/category-one/quiz"));
        page.locator("vaadin-button.quiz-start").click();
        page.waitForURL(Pattern.compile(".*/quiz/attempt/\\d+$"));
        page.locator("vaadin-button.attempt-submit").click();
        assertThat(page.locator("vaadin-dialog.submit-dialog")).containsText(quiz.questions().size() + " questions are not answered yet");
        page.locator("vaadin-button.confirm-submit").click();
        assertThat(page.locator(".result-card")).containsText("Not passed");
        assertThat(page.locator(".result-score")).hasText("0%");

        // attempt 2: answer every question correctly through the real inputs
        page.locator(".result-actions a.button-link").click();
        page.locator("vaadin-button.quiz-start").click();
        page.waitForURL(Pattern.compile(".*/quiz/attempt/\\d+$"));
        sent.clear();
        int total = quiz.questions().size();
        for (int i = 0; i < total; i++) {
            Locator card = page.locator(".question-card");
            String id = card.getAttribute("data-question");
            Question q = quiz.question(id).orElseThrow();
            answerCorrectly(q);
            assertThat(page.locator(".attempt-progress-text")).hasText((i + 1) + " of " + total + " answered");
            if (i < total - 1) {
                page.locator(".question-nav vaadin-button").nth(1).click();
                assertThat(page.locator(".question-card .eyebrow")).containsText("Question " + (i + 2) + " of " + total);
            }
        }
        assertNoAnswerKeyWasSent(quiz, sent);

        page.locator(".question-nav vaadin-button").nth(1).click(); // "Review and submit"
        assertThat(page.locator("vaadin-dialog.submit-dialog")).containsText("You have answered all " + total + " questions");
        page.locator("vaadin-button.confirm-submit").click();
        assertThat(page.locator(".result-card")).containsText("Passed");
        assertThat(page.locator(".review-card:not(:has(.feedback-correct))").evaluateAll("cs => cs.map(c => c.dataset.question)"))
                .as("questions not answered correctly").isEqualTo(List.of());
        assertThat(page.locator(".result-score")).hasText("100%");
        assertThat(page.locator(".review-card .feedback-correct")).hasCount(total);

        page.navigate(url("modules/category-one/quiz"));
        Locator rows = page.locator(".attempt-row");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText("Attempt 2");
        assertThat(rows.nth(0)).containsText("Passed");
        assertThat(rows.nth(1)).containsText("Attempt 1");
        assertThat(rows.nth(1)).containsText("Not passed");
        assertThat(page.locator(".quiz-grade")).containsText("100%");
    }

    /** No feedback text of any option and no explanation reached the browser before submission. */
    private static void assertNoAnswerKeyWasSent(Quiz quiz, List<Response> responses) {
        List<String> sent = new ArrayList<>();
        for (Response r : responses) {
            try {
                sent.add(r.text());
            } catch (RuntimeException ignored) {
                // a body the browser no longer holds
            }
        }
        assertThat(sent).as("captured server responses").hasSizeGreaterThan(quiz.questions().size());
        String all = String.join("\n", sent).toLowerCase(Locale.ROOT);
        for (Question q : quiz.questions()) {
            if (q.explanation() != null) {
                assertThat(all).as("explanation of " + q.id()).doesNotContain(snippet(q.explanation()));
            }
            for (Question.Option o : q.options()) {
                if (o.feedback() != null && o.feedback().length() > 25) {
                    assertThat(all).as("feedback of an option of " + q.id()).doesNotContain(snippet(o.feedback()));
                }
            }
        }
        assertThat(all).doesNotContain("\"correct\"", "correctness");
    }

    private static String snippet(String markdown) {
        String p = plain(markdown).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return p.substring(0, Math.min(24, p.length()));
    }
}
