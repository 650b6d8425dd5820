package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.content.Quiz;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo student reads every Foundations lesson, passes its quiz, completes its cases, and sees
 * Foundations completed at 100% and Category One unlocked on the dashboard.
 */
class ProgressE2E extends BrowserTest {

    @Autowired
    CatalogueService catalogue;

    @Test
    void the_demo_student_completes_foundations_and_category_one_opens() {
        CourseModule foundations = catalogue.module("foundations").orElseThrow();
        signIn("student", "demo-student");
        assertThat(page.locator(".dashboard-module[data-module='category-one'] [data-status]")).hasAttribute("data-status", "LOCKED");

        // every lesson: reaching the end of the lesson marks it read
        for (Lesson l : foundations.publishedLessons()) {
            page.navigate(url("modules/foundations/" + l.id()));
            assertThat(page.locator(".prose h1")).hasText(l.title());
            page.locator(".lesson-end").scrollIntoViewIfNeeded();
            assertThat(page.locator(".read-bar")).hasAttribute("data-read", "true");
            assertThat(page.locator(".read-bar")).containsText("You have read this lesson");
        }

        // the quiz, passed
        Quiz quiz = foundations.publishedQuiz().orElseThrow();
        page.navigate(url("modules/foundations/quiz"));
        page.locator("vaadin-button.quiz-start").click();
        page.waitForURL(Pattern.compile(".*/quiz/attempt/\\d+$"));
        int total = quiz.questions().size();
        for (int i = 0; i < total; i++) {
            answerCorrectly(quiz.question(page.locator(".question-card").getAttribute("data-question")).orElseThrow());
            assertThat(page.locator(".attempt-progress-text")).hasText((i + 1) + " of " + total + " answered");
            if (i < total - 1) {
                page.locator(".question-nav vaadin-button").nth(1).click();
                assertThat(page.locator(".question-card .eyebrow")).containsText("Question " + (i + 2) + " of " + total);
            }
        }
        page.locator("vaadin-button.attempt-submit").click();
        page.locator("vaadin-button.confirm-submit").click();
        assertThat(page.locator(".result-card")).containsText("Passed");

        // every case, along the expert's path
        for (CaseStudy cs : foundations.publishedCases()) {
            page.navigate(url("modules/foundations/cases/" + cs.id()));
            workCaseIdeally(cs);
        }

        page.navigate(url(""));
        Locator card = page.locator(".dashboard-module[data-module='foundations']");
        assertThat(card.locator("[data-status]")).hasAttribute("data-status", "COMPLETED");
        assertThat(card.locator("[data-percent]")).hasAttribute("data-percent", "100");
        assertThat(card).containsText("100%");
        Locator next = page.locator(".dashboard-module[data-module='category-one'] [data-status]");
        assertThat(next).not().hasAttribute("data-status", "LOCKED");
        assertThat(page.locator(".dashboard-next")).containsText("Category One");
        assertThat(page.locator(".dashboard-activity")).containsText("Completed the module Foundations of SOT");
    }
}
