package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.testsupport.MutableClock;
import org.sotcourseware.testsupport.MutableClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The demo student misses a Foundations question, sees it go into their review, and on the next (simulated) day
 * reviews it on the Review page, after the demo cards due already. Screenshots go to target/e2e-screenshots.
 */
@Import(MutableClockConfig.class)
class ReviewE2E extends BrowserTest {

    static final Path SHOTS = Path.of("target", "e2e-screenshots");

    @Autowired CatalogueService catalogue;
    @Autowired MutableClock clock;

    @Test
    void the_demo_student_misses_a_question_and_reviews_it_the_next_day() throws Exception {
        Files.createDirectories(SHOTS);
        Quiz quiz = catalogue.module("foundations").orElseThrow().publishedQuiz().orElseThrow();
        signIn("student", "demo-student");

        // the dashboard: the demo cards are due today
        assertThat(page.locator(".dashboard-review")).containsText("4 due today");

        // a new attempt: answer the first single-choice question wrongly, leave the rest, submit
        page.navigate(url("modules/foundations/quiz"));
        page.locator("vaadin-button.quiz-start").click();
        page.waitForURL(Pattern.compile(".*/quiz/attempt/\\d+$"));
        String missedId = null;
        for (int i = 0; i < quiz.questions().size() && missedId == null; i++) {
            Question q = quiz.question(page.locator(".question-card").getAttribute("data-question")).orElseThrow();
            if (q.type() == QuestionType.SINGLE || q.type() == QuestionType.TRUEFALSE) {
                String wrong = q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().id();
                page.locator(".question-input label.choice-row:has([data-option='" + wrong + "'])").click();
                assertThat(page.locator(".attempt-progress-text")).containsText("1 of");
                missedId = q.id();
            } else {
                page.locator(".question-nav vaadin-button").nth(1).click();
            }
        }
        assertThat(missedId).as("a single-choice question in the Foundations quiz").isNotNull();
        page.locator("vaadin-button.attempt-submit").click();
        page.locator("vaadin-button.confirm-submit").click();
        assertThat(page.locator(".result-card")).containsText("Not passed");
        // the missed question is in review already; any other can be added
        assertThat(page.locator(".add-to-review vaadin-button[data-question='" + missedId + "']")).containsText("in review");

        // today only the demo cards are due; the missed one comes tomorrow
        page.navigate(url("review"));
        assertThat(page.locator(".review-figures [data-due]")).containsText("4");

        // the next day (the session of yesterday has ended): sign in again
        clock.advance(Duration.ofDays(1));
        page.navigate(url("review"));
        page.waitForURL(u -> u.contains("/login"));
        page.locator("input[name=username]").fill("student");
        page.locator("input[name=password]").fill("demo-student");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("review"));
        assertThat(page.locator(".review-figures [data-due]")).containsText("5");
        boolean reviewedMissed = false;
        for (int i = 0; i < 5; i++) {
            Locator card = page.locator(".review-question");
            String id = card.getAttribute("data-question");
            Question q = quiz.question(id).orElseThrow();
            // nothing of the key is on the page before answering
            assertThat(page.locator(".feedback-box")).hasCount(0);
            if (q.explanation() != null) {
                assertThat(page.content()).doesNotContain(plain(q.explanation()).substring(0, Math.min(24, plain(q.explanation()).length())));
            }
            answerCorrectly(q);
            page.locator("vaadin-button.review-check").click();
            assertThat(page.locator(".feedback-box.feedback-correct")).isVisible();
            assertThat(page.locator("vaadin-button.review-rate.suggested")).hasAttribute("data-rating", "GOOD");
            if (id.equals(missedId)) {
                reviewedMissed = true;
                page.locator(".review-rating").scrollIntoViewIfNeeded();
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("review-desktop.png")));
                shootPhone(q);
            }
            page.locator("vaadin-button.review-rate.suggested").click();
            if (i < 4) {
                assertThat(page.locator(".review-question")).not().hasAttribute("data-question", id);
            }
        }
        assertThat(reviewedMissed).as("the missed question came back the next day").isTrue();
        assertThat(page.locator(".review-done")).containsText("All done for today");
        assertThat(page.locator(".review-status")).containsText("Good: that card comes back in");
        assertThat(page.locator(".review-figures [data-streak]")).containsText("1 day");

        page.navigate(url(""));
        assertThat(page.locator(".dashboard-review")).containsText("0 due today");
        assertThat(page.locator(".dashboard-review")).containsText("1 day streak");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("review-dashboard-desktop.png")));
    }

    /** The same review page on a phone, signed in in a second context with the same account. */
    private void shootPhone(Question q) {
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setDeviceScaleFactor(2))) {
            Page p = phone.newPage();
            p.navigate(url("login"));
            p.locator("input[name=username]").fill("student");
            p.locator("input[name=password]").fill("demo-student");
            p.locator("vaadin-login-form vaadin-button").first().click();
            p.waitForURL(u -> !u.contains("/login"));
            p.navigate(url("review"));
            assertThat(p.locator(".review-question")).hasAttribute("data-question", q.id());
            Page desktop = page;
            page = p; // the helpers drive the current page
            try {
                answerCorrectly(q);
                p.locator("vaadin-button.review-check").click();
                assertThat(p.locator("vaadin-button.review-rate.suggested")).isVisible();
            } finally {
                page = desktop;
            }
            p.locator(".review-rating").scrollIntoViewIfNeeded();
            p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("review-phone.png")));
        }
    }
}
