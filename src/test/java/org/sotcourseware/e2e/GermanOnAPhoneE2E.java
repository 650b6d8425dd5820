package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CatalogueService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every part of the app in German on a phone (390 x 844, a German browser), as each kind of user meets it: German
 * words on the page, curriculum text marked English, no missing translation ({@code !key!}) and nothing wider than
 * the screen (German words are longer: text must wrap, tables scroll inside their own box). Screenshots of every
 * screen go to {@code target/screens-de/} for a look by eye. One class, so one app start for all of them.
 */
class GermanOnAPhoneE2E extends BrowserTest {

    private static final Path SHOTS = Path.of("target", "screens-de");
    private static final Pattern MISSING_KEY = Pattern.compile("![a-z]+\\.[a-z0-9.-]+!");

    @Autowired
    CatalogueService catalogue;

    /** A new German phone browser (no session: Vaadin takes the language from it). */
    private void germanPhone() {
        germanBrowser(390, 844);
    }

    private void germanBrowser(int width, int height) {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("de-DE")
                .setExtraHTTPHeaders(Map.of("Accept-Language", "de-DE,de;q=0.9")));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    /** Opens {@code path} and checks it: its first heading contains {@code heading} (ignoring case). */
    private void open(String path, String heading) {
        page.navigate(url(path));
        page.locator("h1").first().waitFor();
        check(path.isEmpty() ? "home" : path, heading);
    }

    /** The screen as it is now: the heading's words somewhere on it, no missing key, no sideways scrolling, a screenshot. */
    private void check(String name, String words) {
        page.waitForTimeout(300);
        String text = page.locator("body").innerText();
        // innerText follows the style sheet's capitals (eyebrows, small headings)
        assertThat(text.toLowerCase(Locale.GERMAN)).as(name).contains(words.toLowerCase(Locale.GERMAN));
        assertThat(text).as(name + ": missing translations").doesNotContainPattern(MISSING_KEY);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SHOTS.resolve(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".png")));
        Object wide = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) wide).intValue()).as(name + ": the page scrolls sideways by").isLessThanOrEqualTo(0);
    }

    @Test
    void a_student_reads_a_module_a_lesson_and_the_handbook_page() {
        germanPhone();
        signIn("student", "demo-student");
        open("modules", "Module");
        assertThat(page.locator("html")).hasAttribute("lang", "de");

        open("modules/foundations", "Lektionen");
        assertThat(page.locator("h1")).hasAttribute("lang", "en");

        String lesson = catalogue.module("foundations").orElseThrow().publishedLessons().getFirst().id();
        open("modules/foundations/" + lesson, "Lektion 1 von");
        assertThat(page.locator(".lesson-article .prose").first()).hasAttribute("lang", "en");

        open("handbook/foundations", "Modulhandbuch (PDF)");
    }

    @Test
    void a_student_takes_a_quiz_works_a_case_and_opens_the_review() {
        germanPhone();
        signIn("student", "demo-student");
        open("modules/foundations/quiz", "Bestehensgrenze");
        assertThat(page.locator(".quiz-page h1")).hasAttribute("lang", "en");
        page.locator("vaadin-button.quiz-start").click();
        page.waitForURL(Pattern.compile(".*/quiz/attempt/\\d+$"));
        assertThat(page.locator(".question-prompt")).hasAttribute("lang", "en");
        assertThat(page.locator("vaadin-button.attempt-submit")).containsText("Versuch abgeben");
        check("quiz-attempt", "Frage");

        open("modules/foundations/cases", "Klinische Fälle");
        CaseStudy cs = catalogue.module("foundations").orElseThrow().publishedCases().getFirst();
        open("modules/foundations/cases/" + cs.id(), "Fallvorstellung");
        open("review", "Wiederholung");
    }

    @Test
    void a_student_reads_the_dashboard_my_notes_search_and_the_glossary() {
        germanPhone();
        signIn("student", "demo-student");
        open("", "Willkommen zurück");
        open("notes/foundations", "Foundations");
        open("search?q=arm%20fossa%20test", "Suche");
        open("glossary", "Glossar");
    }

    @Test
    void an_instructor_reads_the_students_and_a_record_and_the_authoring_screens() {
        germanPhone();
        signIn("instructor", "demo-instructor");
        open("students", "Studierende");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Sam")).first().click();
        page.getByText("Modul trotz fehlender Voraussetzungen freischalten").waitFor();
        check("student-record", "Modul freischalten");

        for (List<String> p : List.of(List.of("start/teaching", "Entw"), List.of("authoring", "Inhalte bearbeiten"),
                List.of("authoring/edit/category-one/lessons/01-category-one-model.md", "Speichern"),
                List.of("authoring/history/category-one/lessons/01-category-one-model.md", "Verlauf"),
                List.of("authoring/analysis/foundations", "Aufgabenanalyse"), List.of("authoring/transfer", "Export"))) {
            page.navigate(url(p.get(0)));
            page.waitForSelector("main h1, main .eyebrow");
            check(p.get(0), p.get(1));
        }
    }

    @Test
    void the_markdown_editors_hint_and_search_panel_speak_german() {
        germanBrowser(1366, 900);
        signIn("instructor", "demo-instructor");
        page.navigate(url("authoring/edit/category-one/lessons/01-category-one-model.md"));
        page.locator("sot-markdown-editor .cm-content").click();
        assertThat(page.locator("sot-markdown-editor #hint").textContent()).startsWith("Markdown. Tab rückt ein");
        page.keyboard().press("Control+f");
        assertThat(page.locator("sot-markdown-editor .cm-search input[name=search]").getAttribute("placeholder")).isEqualTo("Suchen");
        assertThat(page.locator("sot-markdown-editor .cm-search button[name=replaceAll]").textContent()).isEqualTo("alle ersetzen");
    }

    @Test
    void an_organiser_reads_seminars_practical_exams_the_matrix_and_certificates() {
        germanPhone();
        open("verify/ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ", "Kein Zertifikat hat diesen Code");
        signIn("organiser", "demo-organiser");

        open("organiser/seminars", "Seminare");
        page.locator(".seminar-card").first().click();
        assertThat(page.locator("vaadin-tab").first()).containsText("Teilnehmende");
        check("seminar", "Teilnehmende");
        page.locator("vaadin-tab").nth(1).click();
        assertThat(page.locator(".mark-rest")).containsText("als anwesend markieren");
        check("seminar-attendance", "anwesend");
        page.locator("vaadin-tab").nth(2).click();
        assertThat(page.locator(".record-exam")).containsText("Prüfungsergebnis erfassen");
        check("seminar-exams", "Prüfungsergebnis");

        open("organiser/exams", "Praktische Prüfungen");
        page.locator(".seminar-card").first().click();
        assertThat(page.locator(".eyebrow")).containsText("Ergebnisse freigegeben");
        check("exam", "Ergebnisse freigegeben");
        page.locator("vaadin-tab").nth(1).click();
        assertThat(page.locator("th").first()).hasText("Station");
        check("exam-standards", "Station");
        open("examiner", "Prüfen");

        open("start/seminars", "Stand der Zertifizierung");
        open("organiser", "Fortschrittsmatrix");
        open("organiser/eligibility", "Voraussetzungen und Zertifikate");
        String student = page.locator(".eligibility-row a").first().getAttribute("href").replaceFirst("^/", "");
        open(student, "Studienakte");
    }

    @Test
    void an_administrator_reads_the_overview_the_audit_log_and_the_backups() {
        germanPhone();
        signIn("admin", "demo-admin");
        open("start/admin", "Systemzustand");
        open("admin/audit", "Protokoll");
        open("admin/backups", "Sicherungen");
    }
}
