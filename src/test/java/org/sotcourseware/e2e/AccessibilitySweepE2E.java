package org.sotcourseware.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.quiz.QuizService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core over every route of the app (taken from Vaadin's route registry, route parameters filled from the demo
 * data) for every kind of user, at desktop (1366x900) and phone (390x844) width, in light and dark mode. Fails on
 * any serious or critical violation, on a page without a main landmark or without exactly one {@code h1}.
 *
 * Every page checked also says its language in {@code <html lang>} and shows no missing translation.
 *
 * <p>By default (in {@code verify}, the share) each route is checked once, for the first user (in the order signed
 * out, student, instructor, organiser, admin) who may open it, in German (the signed-out pages in English too), in
 * one of the four width/scheme combinations, rotating so every combination is covered; each user's home page and the not-found page are checked for every user. {@code -Da11y.sweep=full} checks every route, user, language, width and scheme (see
 * docs/accessibility.md).
 */
class AccessibilitySweepE2E extends BrowserTest {

    private static final List<String> USERS = List.of("anonymous", "student", "instructor", "organiser", "admin");
    private static final Map<String, String> PASSWORDS = Map.of("student", "demo-student", "instructor", "demo-instructor",
            "organiser", "demo-organiser", "admin", "demo-admin");
    private static final boolean FULL = "full".equals(System.getProperty("a11y.sweep"));
    /** A folder to save a screenshot of every screen state checked into ({@code -Da11y.screenshots=DIR}), for looking at. */
    private static final String SHOTS = System.getProperty("a11y.screenshots");
    private static final int[][] SIZES = {{1366, 900}, {390, 844}};
    private static final ColorScheme[] SCHEMES = {ColorScheme.LIGHT, ColorScheme.DARK};

    @Autowired
    ServletContext servletContext;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    QuizService quizzes;

    /** A sample value for every route parameter name the app uses, from the demo data. A new parameter fails the test until added. */
    private Map<String, String> samples() {
        CourseModule foundations = catalogue.module("foundations").orElseThrow();
        Map<String, String> s = new LinkedHashMap<>();
        s.put("moduleId", "foundations");
        s.put("lessonId", foundations.publishedLessons().getFirst().id());
        s.put("caseId", foundations.publishedCases().getFirst().id());
        testUsers.signIn("student");
        try {
            s.put("attemptId", String.valueOf(quizzes.startOrResume("foundations").value()));
        } finally {
            testUsers.signOut();
        }
        s.put("path", "category-one/lessons/01-category-one-model.md");
        s.put("userId", String.valueOf(testUsers.id("student")));
        s.put("seminarId", "1");
        s.put("examId", "1");
        s.put("station", "1");
        s.put("candidate", "1");
        s.put("code", "ABCDE-FGHJK-MNPQR-STVWX");
        s.put("token", "not-a-token");
        return s;
    }

    /** Every registered route as a path to open. */
    private List<String> paths(Map<String, String> samples) {
        List<String> paths = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RouteData r : ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes()) {
            List<String> segments = new ArrayList<>();
            for (String seg : r.getTemplate().split("/")) {
                if (seg.startsWith(":")) {
                    String name = seg.substring(1).replaceAll("\\(.*\\)", "").replaceAll("[?*]$", "");
                    String value = samples.get(name);
                    if (value == null) {
                        missing.add(name + " in " + r.getTemplate());
                        continue;
                    }
                    segments.add(value);
                } else if (!seg.isEmpty()) {
                    segments.add(seg);
                }
            }
            paths.add(String.join("/", segments));
        }
        assertThat(missing).as("route parameters without a sample value: add them to samples()").isEmpty();
        return paths.stream().sorted().toList();
    }

    @Test
    void every_route_for_every_user_at_both_widths_in_light_and_dark_has_no_serious_or_critical_axe_violation() throws IOException {
        String axe;
        try (InputStream in = getClass().getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> paths = paths(samples());
        assertThat(paths).hasSizeGreaterThan(30);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        int turn = 0;
        Set<String> shownOnce = new HashSet<>();
        for (String[] pass : passes()) {
            String user = pass[0];
            String language = pass[1];
            context.clearCookies(); // a new session: Vaadin takes its language from the browser's Accept-Language
            context.setExtraHTTPHeaders(Map.of("Accept-Language", language.equals("de") ? "de-DE,de;q=0.9" : "en-GB,en;q=0.9"));
            if (!user.equals("anonymous")) {
                signIn(user, PASSWORDS.get(user));
            }
            Set<String> seenNotFound = new HashSet<>();
            for (String path : paths) {
                if (!FULL && !path.isEmpty() && shownOnce.contains(path) && !user.equals("anonymous")) {
                    continue; // the share: a page already checked for an earlier user (each user's home page is checked)
                }
                List<int[]> combos = new ArrayList<>();
                for (int w = 0; w < SIZES.length; w++) {
                    for (int c = 0; c < SCHEMES.length; c++) {
                        combos.add(new int[]{w, c});
                    }
                }
                if (!FULL) {
                    combos = List.of(combos.get(turn++ % combos.size()));
                }
                for (int[] combo : combos) {
                    int[] size = SIZES[combo[0]];
                    ColorScheme scheme = SCHEMES[combo[1]];
                    page.setViewportSize(size[0], size[1]);
                    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme).setReducedMotion(
                            com.microsoft.playwright.options.ReducedMotion.REDUCE));
                    page.navigate(url(path));
                    settle();
                    String where = user + " " + language + " " + (path.isEmpty() ? "/" : path) + " " + size[0] + "x" + size[1] + " " + scheme;
                    // not the route's own page: the not-found page, or the sign-in page a signed-out visitor is sent to
                    boolean notFound = page.locator(".status-page, .status-card h1:text('Page not found')").count() > 0
                            || !path.equals("login") && page.url().contains("/login");
                    if (notFound && !FULL && !seenNotFound.add(page.url().contains("/login") + " " + scheme + size[0])) {
                        continue; // the same not-found or sign-in page again
                    }
                    problems.addAll(check(axe, where));
                    problems.addAll(checkLanguage(language, where));
                    checked++;
                    if (!notFound) {
                        shownOnce.add(path);
                    }
                    if (SHOTS != null) {
                        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of(SHOTS,
                                (user + "_" + language + "_" + (path.isEmpty() ? "home" : path) + "_" + size[0] + "_" + scheme).replaceAll("[^A-Za-z0-9_.-]", "_") + ".png")));
                    }
                }
            }
        }
        System.out.println("axe sweep: " + checked + " screen states checked" + (FULL ? " (full)" : " (share; -Da11y.sweep=full for all)"));
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    /**
     * Who is checked in which interface language. The share: every user in German (the longer words are the likelier
     * to break a layout) and the signed-out pages in English too; in full, every user in both languages.
     */
    private static List<String[]> passes() {
        List<String[]> passes = new ArrayList<>();
        for (String user : USERS) {
            if (FULL || user.equals("anonymous")) {
                passes.add(new String[]{user, "en"});
            }
            passes.add(new String[]{user, "de"});
        }
        return passes;
    }

    /** The page says its language ({@code <html lang>}) and shows no missing translation ({@code !key!}, as Translations writes it). */
    private List<String> checkLanguage(String language, String where) {
        List<String> found = new ArrayList<>();
        Object lang = page.evaluate("() => document.documentElement.lang");
        if (!language.equals(lang)) {
            found.add(where + ": <html lang=\"" + lang + "\"> (expected " + language + ")");
        }
        Object missing = page.evaluate("""
                () => {
                  const key = /![a-z][a-z0-9-]*(\\.[a-z0-9-]+)+!/g;
                  const texts = [document.body.innerText];
                  document.querySelectorAll('[aria-label],[placeholder],[title],[label]').forEach(e =>
                      ['aria-label', 'placeholder', 'title', 'label'].forEach(a => texts.push(e.getAttribute(a) || '')));
                  return [...new Set(texts.join(' ').match(key) || [])].join(', ');
                }""");
        if (missing != null && !String.valueOf(missing).isEmpty()) {
            found.add(where + ": missing translations " + missing);
        }
        return found;
    }

    /** Waits until Vaadin has no request under way and the page has painted. */
    private void settle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
        page.waitForTimeout(150);
    }

    @SuppressWarnings("unchecked")
    private List<String> check(String axe, String where) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            // evaluated through the DevTools protocol, so the app's Content-Security-Policy does not apply to the test's own script
            page.evaluate(axe);
        }
        List<String> found = new ArrayList<>();
        Map<String, Object> result = (Map<String, Object>) page.evaluate("""
                async () => {
                  const r = await axe.run(document, {resultTypes: ['violations'],
                      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}});
                  return {violations: r.violations.map(v => ({id: v.id, impact: v.impact || '', count: v.nodes.length,
                      sample: v.nodes.slice(0, 2).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n')[1]).join(' | ')})),
                    h1: [...document.querySelectorAll('h1')].filter(h => h.offsetParent !== null || h.getClientRects().length).length,
                    main: document.querySelectorAll('main, [role=main]').length};
                }""");
        for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
            String impact = String.valueOf(v.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                found.add(where + ": " + v.get("id") + " (" + impact + ", " + v.get("count") + " nodes) " + v.get("sample"));
            }
        }
        int h1 = ((Number) result.get("h1")).intValue();
        if (h1 != 1) {
            found.add(where + ": " + h1 + " visible h1 headings (one expected)");
        }
        if (((Number) result.get("main")).intValue() != 1) {
            found.add(where + ": " + result.get("main") + " main landmarks (one expected)");
        }
        return found;
    }
}
