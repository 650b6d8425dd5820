package org.sotcourseware.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.Question;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for end-to-end tests: the real app (a fresh demo install per test class) on a random port in production mode, driven by Playwright in
 * Debian's headless Chromium (never a downloaded browser). Tagged {@code e2e}; run alone with
 * {@code ./mvnw verify -DskipUnitTests}.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
// each class starts from a fresh demo install (its own in-memory database), whatever ran before it
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class BrowserTest {

    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.sotcourseware.testsupport.TestUsers testUsers;

    @org.springframework.beans.factory.annotation.Autowired
    org.sotcourseware.progress.OverrideService overrideService;

    /** Set-up as staff would do it: opens a module for a student despite its prerequisites, with a reason. */
    protected void openModuleFor(String username, String moduleId) {
        testUsers.signIn("instructor");
        try {
            overrideService.grantOverride(new org.sotcourseware.security.UserId(testUsers.id(username)), moduleId,
                    "Opened for an end-to-end test of this module");
        } finally {
            testUsers.signOut();
        }
    }

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM + ": install it (apt-get install -y chromium) "
                    + "or set CHROMIUM_PATH");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * Content-Security-Policy violations seen in any page of the test's browser context: every page reports its
     * {@code securitypolicyviolation} events (through a binding that survives navigation), and Chromium's console
     * messages about refused content are caught too. A test fails when any is seen.
     */
    protected final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900));
        context.setDefaultTimeout(20_000);
        cspViolations.clear();
        context.exposeBinding("__sotReportCspViolation", (source, args) -> {
            cspViolations.add(String.valueOf(args[0]));
            return null;
        });
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => window.__sotReportCspViolation("
                + "e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.documentURI + "
                + "(e.sample ? ' (' + e.sample + ')' : '')));");
        context.onPage(p -> p.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspViolations.add("console: " + m.text());
            }
        }));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        try {
            // let a report from the last page arrive
            page.waitForTimeout(100);
        } catch (RuntimeException closed) {
            // the page is gone already
        }
        context.close();
        org.assertj.core.api.Assertions.assertThat(cspViolations).as("Content-Security-Policy violations").isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the real login form and waits until the app has left the login page. */
    protected void signIn(String username, String password) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    /** Answers a quiz question correctly through the real inputs. */
    protected void answerCorrectly(Question q) {
        Locator input = page.locator(".question-input");
        switch (q.type()) {
            case SINGLE, TRUEFALSE, MULTIPLE -> q.correctOptions().forEach(o -> {
                Locator row = input.locator("label.choice-row:has([data-option='" + o.id() + "'])");
                row.click(); // anywhere on the row
                assertThat(row.locator("input")).isChecked();
            });
            case NUMERIC -> input.locator("input").fill(number(q.correctOptions().getFirst().value()));
            case TEXT -> input.locator("input").fill(q.correctOptions().getFirst().text());
            case ORDER -> {
                for (int target = 0; target < q.items().size(); target++) {
                    String itemId = q.items().get(target).id();
                    int current = indexOf(input.locator(".order-row"), itemId);
                    for (int k = current; k > target; k--) {
                        input.locator(".order-row").nth(k).locator("vaadin-button.order-up").click();
                        assertThat(input.locator(".order-row").nth(k - 1).locator("[data-option='" + itemId + "']")).hasCount(1);
                    }
                }
            }
            case MATCH -> {
                for (int i = 0; i < q.pairs().size(); i++) {
                    Question.Pair p = q.pairs().get(i);
                    Locator row = input.locator(".match-row:has([data-option='" + p.leftId() + "'])");
                    row.locator("vaadin-select").click();
                    row.locator("vaadin-select-item:has([data-option='" + p.rightId() + "'])").click();
                    assertThat(row.locator("vaadin-select")).containsText(plain(p.right()));
                }
            }
        }
    }

    static int indexOf(Locator rows, String itemId) {
        for (int i = 0; i < rows.count(); i++) {
            if (rows.nth(i).locator("[data-option='" + itemId + "']").count() > 0) {
                return i;
            }
        }
        throw new AssertionError("item " + itemId + " not on screen");
    }

    static String number(Double v) {
        return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v);
    }

    static String plain(String markdown) {
        return markdown.replaceAll("[*_`]", "").strip();
    }


    /** Works the current case page along the expert's path until the debrief shows. */
    protected void workCaseIdeally(CaseStudy cs) {
        for (int i = 0; i < 30 && page.locator(".case-debrief").count() == 0; i++) {
            Locator current = page.locator(".case-current");
            String stageId = current.getAttribute("data-stage");
            CaseStudy.Stage stage = cs.stage(stageId).orElseThrow();
            int stagesOnPage = page.locator(".case-stage").count();
            if (stage.decision() == null) {
                current.locator("vaadin-button.case-proceed").click();
            } else {
                for (CaseStudy.Option o : stage.decision().options()) {
                    if (o.ideal()) {
                        current.locator("label.choice-row:has([data-option='" + o.id() + "'])").click();
                    }
                }
                current.locator("vaadin-button.case-decide").click();
            }
            // each step adds the stage to the history (or ends in the debrief): wait for it before the next
            page.waitForCondition(() -> page.locator(".case-stage").count() > stagesOnPage || page.locator(".case-debrief").count() > 0);
        }
        assertThat(page.locator(".case-debrief")).isVisible();
    }
}
