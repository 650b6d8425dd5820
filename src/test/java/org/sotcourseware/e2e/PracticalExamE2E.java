package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sotcourseware.exam.ExamService;
import org.sotcourseware.exam.OsceStatistics;
import org.sotcourseware.exam.PracticalExamId;
import org.sotcourseware.exam.PracticalExams;
import org.sotcourseware.security.UserId;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.seminar.SeminarReadModel;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A practical exam at phone width: two examiners score the demo student at two stations of the running
 * online seminar; between taps the connection drops (Playwright offline mode), the sheet says "Not saved
 * yet", and once back every tap is saved; the organiser releases the results and the student reads them.
 * Screenshots of the new screens go to target/e2e-screenshots.
 */
class PracticalExamE2E extends BrowserTest {

    static final Path SHOTS = Path.of("target", "e2e-screenshots");

    @Autowired ExamService exams;
    @Autowired SeminarService seminars;
    @Autowired Clock clock;

    @Test
    void examiners_score_on_a_phone_through_a_dropped_connection_and_the_student_reads_the_released_results() {
        PracticalExamId exam = setUp();

        score(exam, "instructor", "demo-instructor", 1, "Clear explanation of the vault hold");
        score(exam, "organiser", "demo-organiser", 2, "");

        // nothing lost: both sheets complete, with every tap made offline
        testUsers.signIn("organiser");
        try {
            PracticalExams.Results r = exams.results(exam);
            PracticalExams.Row row = r.rows().getFirst();
            org.assertj.core.api.Assertions.assertThat(row.result().complete()).isTrue();
            org.assertj.core.api.Assertions.assertThat(row.cells()).allSatisfy(c -> {
                org.assertj.core.api.Assertions.assertThat(c.sheets()).singleElement().satisfies(s -> {
                    org.assertj.core.api.Assertions.assertThat(s.submitted()).isTrue();
                    org.assertj.core.api.Assertions.assertThat(s.rating()).isEqualTo(3);
                });
            });
            // every item was given full marks, all but the first while offline
            org.assertj.core.api.Assertions.assertThat(row.cells()).allSatisfy(c -> org.assertj.core.api.Assertions
                    .assertThat(c.sheets().getFirst().score().score()).isEqualTo(c.sheets().getFirst().score().max()));
        } finally {
            testUsers.signOut();
        }

        // the organiser releases (desktop)
        signIn("organiser", "demo-organiser");
        page.navigate(url("organiser/exams/" + exam.value()));
        assertThat(page.locator(".results-grid tr[data-candidate='Sam Student']")).containsText("Pass");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("exam-results-desktop.png")));
        page.locator("vaadin-button.release-results").click();
        page.locator("vaadin-button.confirm-release").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Results released");
        assertThat(page.locator(".eyebrow")).containsText("Results released");

        // the student reads the result and the feedback on a phone
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        try {
            Page p = phone.newPage();
            signIn(p, "student", "demo-student");
            p.navigate(url("my-exams"));
            Locator exam1 = p.locator(".feedback-exam").first();
            assertThat(exam1).containsText("Cranial OSCE (end-to-end)");
            assertThat(exam1.locator(".badge").first()).hasText("Passed");
            assertThat(exam1.locator(".feedback-station")).hasCount(2);
            assertThat(exam1).containsText("Clear explanation of the vault hold");
            p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("feedback-phone.png")));
        } finally {
            phone.close();
        }
        signIn("student", "demo-student");
        page.navigate(url("my-exams"));
        assertThat(page.locator(".feedback-exam").first()).containsText("Passed");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("feedback-desktop.png")));
    }

    /** The running online seminar, the demo student enrolled; two Cranial stations, the instructor at one and the organiser at the other. */
    private PracticalExamId setUp() {
        testUsers.signIn("organiser");
        try {
            SeminarReadModel.Summary online = seminars.list().stream().filter(s -> s.status() == SeminarReadModel.Status.RUNNING).findFirst().orElseThrow();
            UserId student = new UserId(testUsers.id("student"));
            seminars.enrol(online.id(), student);
            PracticalExams.Options o = exams.options(online.id());
            List<PracticalExams.StationChoice> cranial = o.stations().stream().filter(s -> s.moduleId().equals("cranial")).limit(2).toList();
            LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
            return exams.create(new PracticalExams.Setup(online.id(), o.tracks().getFirst().id(), "Cranial OSCE (end-to-end)", now, 10, 2,
                    OsceStatistics.Method.FIXED, 0,
                    List.of(new PracticalExams.StationSetup(cranial.get(0).stationId(), "Room A", List.of(new UserId(testUsers.id("instructor")))),
                            new PracticalExams.StationSetup(cranial.get(1).stationId(), "Room B", List.of(new UserId(testUsers.id("organiser"))))),
                    List.of(student)));
        } finally {
            testUsers.signOut();
        }
    }

    /**
     * One examiner on a phone: opens the station and the candidate, taps the first item, loses the
     * connection, taps full marks on the rest and the rating while offline ("Not saved yet"), comes back ("Saved"), submits.
     */
    private void score(PracticalExamId exam, String username, String password, int station, String comment) {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        phone.setDefaultTimeout(20_000);
        try {
            Page p = phone.newPage();
            signIn(p, username, password);
            p.navigate(url("examiner"));
            p.locator(".station-card[data-station='" + exam.value() + "-" + station + "']").click();
            p.locator(".queue-row[data-candidate='Sam Student']").click();
            Locator items = p.locator(".sheet-item:not(.sheet-rating)");
            items.first().waitFor();
            Locator status = p.locator(".save-status");
            items.nth(0).locator(".tap").last().click();
            assertThat(status).hasText(java.util.regex.Pattern.compile("^Saved \\d\\d:\\d\\d:\\d\\d$"));
            if (!comment.isEmpty()) {
                p.locator(".sheet-comment textarea").fill(comment);
                p.locator(".sheet-comment textarea").blur();
                assertThat(status).hasText(java.util.regex.Pattern.compile("^Saved"));
            }

            phone.setOffline(true);
            int n = items.count();
            for (int i = 1; i < n; i++) {
                items.nth(i).locator(".tap").last().click();
                assertThat(status).containsText("Not saved yet");
            }
            p.locator(".sheet-rating .tap[data-tap='good']").click();
            assertThat(status).containsText("Not saved yet");
            assertThat(p.locator(".tap[data-pending]").first()).isVisible();
            if (station == 1) {
                p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("sheet-offline-phone.png")));
            }
            phone.setOffline(false);
            assertThat(status).hasText(java.util.regex.Pattern.compile("^Saved \\d\\d:\\d\\d:\\d\\d$"), new com.microsoft.playwright.assertions
                    .LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat(p.locator(".tap[data-pending]")).hasCount(0);

            p.locator("vaadin-button.sheet-submit").click();
            p.locator("vaadin-button.confirm-submit").click();
            assertThat(p.locator(".sheet-locked")).containsText("locked");
            assertThat(p.locator(".tap").first()).isDisabled();
            if (station == 1) {
                p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("sheet-submitted-phone.png")));
            }
        } finally {
            phone.close();
        }
    }

    private void signIn(Page p, String username, String password) {
        p.navigate(url("login"));
        p.locator("input[name=username]").fill(username);
        p.locator("input[name=password]").fill(password);
        p.locator("vaadin-login-form vaadin-button").first().click();
        p.waitForURL(u -> !u.contains("/login"));
    }
}
