package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sotcourseware.testsupport.TestDatabase;

/**
 * Two app nodes from the packaged jar on one PostgreSQL database, with nginx in front when it is installed,
 * started by the deployment kit ({@code deploy/cluster.sh}), and a third node alone on a second database as the
 * single-node reference. Proves what issue 18 asks of a cluster: content published on one node shows on the other
 * within 2 s; start-up seeding ran once; a quiz submit and a case decision sent to both nodes at once count once;
 * a certificate awarded on one node verifies on the other and its revocation shows there; the verification rate
 * limit counts both nodes together; and a student whose node is killed with SIGKILL signs in again and finishes
 * the same quiz attempt with every saved answer.
 * <p>
 * Runs in the PostgreSQL pass of {@code ./mvnw verify} (Failsafe, after the jar is packaged); skipped otherwise.
 * Every process it starts is stopped at the end, also when it fails (and by a shutdown hook, and by the cluster's
 * own time limit as a last resort).
 */
@Tag("e2e")
@Tag(TestDatabase.POSTGRES_TAG)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfSystemProperty(named = "sot.test.database", matches = "postgres", disabledReason = "ClusterE2E needs PostgreSQL: it runs in "
        + "the PostgreSQL pass of ./mvnw verify (SOT_TEST_POSTGRES_URL set, e.g. eval \"$(.ci/postgres start)\"), not in the H2 pass")
class ClusterE2E {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path JAR = ROOT.resolve("target/sot-courseware.jar");
    static final Path DIR = ROOT.resolve("target/cluster-e2e");
    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final int PER_MINUTE = 4;
    static final String NODE_ARGS = "--sot.certificates.verifications-per-minute=" + PER_MINUTE + " --sot.load-test.students=4 --sot.backup.cron=-";
    static final String PASSWORD = "load-test-password";

    static int lbPort;
    static int portA;
    static int portB;
    static int portSingle;
    static String clusterDb;
    static String singleDb;
    static TestDatabase.Server server;
    static Process single;
    static Playwright playwright;
    static Browser browser;
    static boolean nginx;
    static final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void startTheClusterAndASingleNode() throws Exception {
        assertThat(JAR).as("the packaged app (./mvnw package runs before Failsafe)").exists();
        Runtime.getRuntime().addShutdownHook(new Thread(ClusterE2E::killEverything, "cluster-e2e-cleanup"));
        server = TestDatabase.server();
        clusterDb = TestDatabase.createPostgresDatabase();
        singleDb = TestDatabase.createPostgresDatabase();
        lbPort = freePort();
        portA = freePort();
        portB = freePort();
        portSingle = freePort();
        nginx = Files.isExecutable(NGINX);
        deleteTree(DIR);
        Files.createDirectories(DIR);

        Process cluster = cluster("start");
        single = new ProcessBuilder(java(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(),
                "--server.address=127.0.0.1", "--server.port=" + portSingle, "--sot.data-dir=" + DIR.resolve("single"),
                "--sot.content.root=" + ROOT.resolve("content"), "--spring.datasource.url=" + singleDb,
                "--spring.datasource.username=" + server.user(), "--spring.datasource.password=" + server.password(),
                "--sot.certificates.verifications-per-minute=" + PER_MINUTE, "--sot.load-test.students=4", "--sot.backup.cron=-")
                .redirectErrorStream(true).redirectOutput(DIR.resolve("single.log").toFile()).start();
        assertThat(cluster.waitFor(6, TimeUnit.MINUTES)).as("deploy/cluster.sh start finished").isTrue();
        assertThat(cluster.exitValue()).as("deploy/cluster.sh start: " + Files.readString(DIR.resolve("cluster-start.log"))).isZero();
        waitReady(portSingle, Duration.ofMinutes(4));

        // four JVMs and a browser on two shared cores: Playwright's 5 s for an assertion is too short for a publish
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(BrowserTest.CHROMIUM)).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } finally {
            if (server != null) {
                Process stop = cluster("stop");
                stop.waitFor(90, TimeUnit.SECONDS);
            }
            killEverything();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void start_up_seeding_and_the_content_sync_ran_once_across_both_nodes() throws Exception {
        Map<String, Long> cluster = rowCounts(clusterDb);
        Map<String, Long> alone = rowCounts(singleDb);
        single.destroy(); // the reference has done its part: free the cores
        assertThat(cluster).as("row counts of every table: two nodes started together against one node alone").isEqualTo(alone);
        String a = Files.readString(DIR.resolve("cluster/n1/app.log"));
        String b = Files.readString(DIR.resolve("cluster/n2/app.log"));
        assertThat(List.of(a, b)).as("exactly one node compared the content folder with the empty database")
                .filteredOn(log -> Pattern.compile("Content folder compared with the database: [1-9]\\d* new").matcher(log).find())
                .hasSize(1);
        assertThat(List.of(a, b)).as("exactly one node created the demo accounts").filteredOn(log -> log.contains("created demo account 'student'")).hasSize(1);
    }

    @Test
    @Order(2)
    void a_lesson_published_on_node_b_shows_to_a_student_on_node_a_within_two_seconds() {
        String lesson = "modules/foundations/history-and-organisations";
        String sentence = "Published on node B at " + System.nanoTime() + " and read on node A.";
        Page student = signedIn(portA, "load-0003");
        student.navigate(url(portA, lesson));
        assertThat(student.locator(".prose")).isVisible();
        assertThat(student.locator(".prose")).not().containsText(sentence);

        Page instructor = signedIn(portB, "instructor", "demo-instructor");
        String path = "foundations/lessons/01-history-and-organisations.md";
        instructor.navigate(url(portB, "authoring"));
        instructor.locator(".module-node[data-module='foundations']").click();
        instructor.locator(".file-row[data-path='" + path + "'] a").click();
        instructor.waitForURL(u -> u.contains("/authoring/edit/"));
        instructor.locator(".cm-content").click();
        instructor.keyboard().press("Control+End");
        instructor.keyboard().type("\n\n" + sentence);
        instructor.locator("vaadin-button.editor-publish").click();
        instructor.locator("vaadin-text-field.publish-message input").fill("Cluster test");
        instructor.locator("vaadin-button.confirm-publish").click();
        assertThat(instructor.locator("vaadin-notification-card").first()).containsText("Published");
        long published = System.nanoTime();

        long asked = -1;
        long seen = -1;
        while (System.nanoTime() - published < Duration.ofSeconds(10).toNanos()) {
            long ask = System.nanoTime();
            student.navigate(url(portA, lesson));
            student.locator(".prose").waitFor();
            if (student.locator(".prose").innerText().contains(sentence)) {
                asked = ask;
                seen = System.nanoTime();
                break;
            }
            student.waitForTimeout(100);
        }
        assertThat(seen).as("node A showed the new text at all (within 10 s)").isPositive();
        long askedMs = (asked - published) / 1_000_000;
        long seenMs = (seen - published) / 1_000_000;
        System.out.println("ClusterE2E: published on node B; node A showed the new text on a page asked for " + askedMs
                + " ms after the publish, on screen after " + seenMs + " ms");
        // the page load itself (Vaadin's bootstrap and first round trip) is not the catalogue's delay: on a machine
        // shared with other builds it alone takes a second or more
        assertThat(askedMs).as("milliseconds from the publish on B to the request on A that showed the new text").isLessThanOrEqualTo(2_000);
    }

    @Test
    @Order(3)
    void a_quiz_submit_and_a_case_decision_sent_to_both_nodes_at_once_count_once() throws Exception {
        String user = "load-0002";
        Page onA = signedIn(portA, user);
        Page onB = signedIn(portB, user);
        onA.navigate(url(portA, "modules/foundations/quiz"));
        onA.locator("vaadin-button.quiz-start").click();
        onA.waitForURL(Pattern.compile(".*/quiz/attempt/\\d+$"));
        answerSomething(onA);
        assertThat(onA.locator(".attempt-progress-text")).containsText("1 of ");
        onB.navigate(onA.url().replace(":" + portA + "/", ":" + portB + "/"));
        assertThat(onB.locator(".attempt-progress-text")).containsText("1 of ");
        for (Page p : List.of(onA, onB)) {
            p.locator("vaadin-button.attempt-submit").click();
            p.locator("vaadin-button.confirm-submit").waitFor();
        }
        clickBothAtOnce(onA, onB, "vaadin-button.confirm-submit");
        for (int i = 0; i < 100 && onA.locator(".result-card").count() + onB.locator(".result-card").count() == 0; i++) {
            onA.waitForTimeout(100);
        }
        assertThat(onA.locator(".result-card").count() + onB.locator(".result-card").count()).as("a result shown on either node").isPositive();
        onA.waitForTimeout(1_000); // the other node's answer, whatever it is, has arrived
        long userId = userId(user);
        assertThat(count("select count(*) from quiz_attempt where user_id = " + userId)).as("attempts").isEqualTo(1);
        assertThat(count("select count(*) from quiz_attempt where user_id = " + userId + " and submitted_at is not null and score is not null"))
                .as("graded attempts").isEqualTo(1);
        assertThat(count("select count(*) from learning_activity where user_id = " + userId + " and kind = 'quiz-submitted'"))
                .as("'quiz submitted' records in progress").isEqualTo(1);

        onA.navigate(url(portA, "modules/foundations/cases"));
        onA.locator(".case-card a").first().click();
        onA.waitForURL(Pattern.compile(".*/modules/foundations/cases/[^/]+$"));
        for (int i = 0; i < 10 && onA.locator(".case-current label.choice-row").count() == 0; i++) {
            int stages = onA.locator(".case-stage").count();
            onA.locator(".case-current vaadin-button.case-proceed").click();
            onA.waitForCondition(() -> onA.locator(".case-stage").count() > stages);
        }
        onB.navigate(onA.url().replace(":" + portA + "/", ":" + portB + "/"));
        String stage = onA.locator(".case-current").getAttribute("data-stage");
        assertThat(onB.locator(".case-current")).hasAttribute("data-stage", stage);
        long stepsBefore = count("select count(*) from case_step s join case_run r on r.id = s.run_id where r.user_id = " + userId);
        for (Page p : List.of(onA, onB)) {
            p.locator(".case-current label.choice-row").first().click();
        }
        clickBothAtOnce(onA, onB, ".case-current vaadin-button.case-decide");
        onA.waitForTimeout(1_500);
        assertThat(count("select count(*) from case_run where user_id = " + userId)).as("case runs").isEqualTo(1);
        assertThat(count("select count(*) from case_step s join case_run r on r.id = s.run_id where r.user_id = " + userId + " and s.stage_id = '" + stage + "'"))
                .as("steps recorded for the decision at " + stage).isEqualTo(1);
        assertThat(count("select count(*) from case_step s join case_run r on r.id = s.run_id where r.user_id = " + userId))
                .isEqualTo(stepsBefore + 1);
    }

    @Test
    @Order(4)
    void a_certificate_awarded_on_node_a_verifies_on_node_b_and_its_revocation_on_b_shows_on_a() throws SQLException {
        Page organiserA = signedIn(portA, "organiser", "demo-organiser");
        organiserA.navigate(url(portA, "organiser/eligibility"));
        Locator row = organiserA.locator(".eligibility-row[data-user='demo-gabriel']");
        row.locator("vaadin-button.award").click();
        assertThat(organiserA.locator("vaadin-notification-card").first()).containsText("Awarded SOT Proficiency to Gabriel Silva");
        long gabriel = userId("demo-gabriel");
        organiserA.navigate(url(portA, "organiser/students/" + gabriel));
        String code = organiserA.locator(".certificate-card").first().getAttribute("data-code");
        assertThat(code).isNotBlank();

        assertThat(verify(portB, code, "198.51.100.1")).contains("Valid certificate").contains("Gabriel Silva");

        Page organiserB = signedIn(portB, "organiser", "demo-organiser");
        organiserB.navigate(url(portB, "organiser/students/" + gabriel));
        Locator card = organiserB.locator(".certificate-card[data-code='" + code + "']");
        card.locator("vaadin-button.revoke").click();
        organiserB.locator("vaadin-text-area.revoke-reason textarea").fill("Cluster test: revoked on node B");
        organiserB.locator("vaadin-button.confirm-revoke").click();
        assertThat(organiserB.locator("vaadin-notification-card").first()).containsText("Revoked");

        assertThat(verify(portA, code, "198.51.100.2")).contains("Revoked certificate");
    }

    @Test
    @Order(5)
    void the_verification_rate_limit_counts_lookups_on_both_nodes_together() {
        String address = "198.51.100.77";
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i <= PER_MINUTE; i++) {
            outcomes.add(verify(i % 2 == 0 ? portA : portB, "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ", address));
        }
        assertThat(outcomes.subList(0, PER_MINUTE)).as("the first %d look-ups, alternating between the nodes", PER_MINUTE)
                .allSatisfy(o -> assertThat(o).contains("No certificate has this code"));
        assertThat(outcomes.get(PER_MINUTE)).as("one more, on node A, after %d on both together", PER_MINUTE).contains("Too many look-ups");
        assertThat(verify(portB, "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ", address)).as("and on node B").contains("Too many look-ups");
    }

    @Test
    @Order(6)
    void a_student_whose_node_is_killed_signs_in_again_and_finishes_the_same_attempt_with_every_saved_answer() throws Exception {
        String user = "load-0001";
        int entry = nginx ? lbPort : portA;
        Page student = signedIn(entry, user);
        String node = nginx ? context(student).cookies().stream().filter(c -> c.name.equals("sot_node")).map(c -> c.value).findFirst().orElseThrow() : "n1";
        student.navigate(url(entry, "modules/foundations/quiz"));
        student.locator("vaadin-button.quiz-start").click();
        student.waitForURL(Pattern.compile(".*/quiz/attempt/\\d+$"));
        String attemptPath = student.url().substring(student.url().indexOf("modules/"));
        long attempt = Long.parseLong(attemptPath.substring(attemptPath.lastIndexOf('/') + 1));
        Matcher total = Pattern.compile("of (\\d+) answered").matcher(student.locator(".attempt-progress-text").innerText());
        assertThat(total.find()).isTrue();
        int questions = Integer.parseInt(total.group(1));
        // the first half of the questions, answering those with options to choose from (any option will do)
        int half = 0;
        for (int i = 0; i < questions / 2; i++) {
            Locator choices = student.locator(".question-input label.choice-row");
            if (choices.count() > 0) {
                choices.first().click();
                half++;
                assertThat(student.locator(".attempt-progress-text")).hasText(half + " of " + questions + " answered");
            }
            student.locator(".question-nav vaadin-button").nth(1).click();
            assertThat(student.locator(".question-card .eyebrow")).containsText("Question " + (i + 2) + " of " + questions);
        }
        assertThat(half).as("questions answered before the crash").isPositive();
        Map<String, String> saved = answers(attempt);
        assertThat(saved).as("answers saved before the crash").hasSize(half);

        Process kill = cluster("kill-node", node);
        assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int survivor = node.equals("n1") ? portB : portA;
        int again = nginx ? lbPort : survivor;

        student.navigate(url(again, attemptPath));
        student.waitForURL(u -> u.contains("/login"));
        signIn(student, again, user, PASSWORD);
        student.navigate(url(again, attemptPath));
        assertThat(student.locator(".attempt-progress-text")).hasText(half + " of " + questions + " answered");
        student.locator("vaadin-button.attempt-submit").click();
        student.locator("vaadin-button.confirm-submit").click();
        assertThat(student.locator(".result-card")).isVisible();
        assertThat(count("select count(*) from quiz_attempt where id = " + attempt + " and submitted_at is not null and score is not null")).isEqualTo(1);
        assertThat(answers(attempt)).as("every answer saved before the crash, graded with the attempt").containsAllEntriesOf(saved);
        if (nginx) {
            String servedBy = context(student).cookies().stream().filter(c -> c.name.equals("sot_node")).map(c -> c.value).findFirst().orElseThrow();
            assertThat(servedBy).as("nginx moved the student to the surviving node").isNotEqualTo(node);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    static Process cluster(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/cluster.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(DIR.resolve("cluster-" + args[0] + ".log").toFile()));
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("SOT_CLUSTER_DIR", DIR.resolve("cluster").toString());
        env.put("SOT_CLUSTER_PORT", String.valueOf(lbPort));
        env.put("SOT_CLUSTER_NODE_PORTS", portA + " " + portB);
        env.put("SOT_CLUSTER_DATABASE_URL", clusterDb);
        env.put("SOT_CLUSTER_DATABASE_USER", server.user());
        env.put("SOT_CLUSTER_DATABASE_PASSWORD", server.password());
        env.put("SOT_CLUSTER_JAR", JAR.toString());
        env.put("SOT_CLUSTER_HEAP", "512m");
        env.put("SOT_CLUSTER_NODE_ARGS", NODE_ARGS);
        env.put("SOT_CLUSTER_JAVA_OPTS", "-XX:TieredStopAtLevel=1"); // a faster start; these nodes never run long
        env.put("SOT_CLUSTER_TTL", "900"); // the last resort: the cluster stops itself after 15 minutes
        env.put("SOT_CLUSTER_NGINX", nginx ? NGINX.toString() : "/nonexistent/nginx");
        return pb.start();
    }

    /** Kills whatever is still running from this test: the nodes, nginx and the watcher by their pid files, and the single node. */
    static void killEverything() {
        if (single != null) {
            single.destroyForcibly();
        }
        for (String pidFile : List.of("cluster/watch.pid", "cluster/nginx/nginx.pid", "cluster/n1/pid", "cluster/n2/pid")) {
            try {
                Path f = DIR.resolve(pidFile);
                if (Files.exists(f)) {
                    long pid = Long.parseLong(Files.readString(f).strip());
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("ClusterE2E cleanup: " + pidFile + ": " + e.getMessage());
            }
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void waitReady(int port, Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            assertThat(single.isAlive()).as("the single reference node is running (log: target/cluster-e2e/single.log)").isTrue();
            Thread.sleep(500);
        }
        throw new AssertionError("127.0.0.1:" + port + " not ready within " + limit);
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static String url(int port, String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    static BrowserContext newContext(Map<String, String> headers) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setExtraHTTPHeaders(headers));
        c.setDefaultTimeout(30_000);
        contexts.add(c);
        return c;
    }

    static BrowserContext context(Page p) {
        return p.context();
    }

    static Page signedIn(int port, String user) {
        return signedIn(port, user, PASSWORD);
    }

    static Page signedIn(int port, String user, String password) {
        Page p = newContext(Map.of()).newPage();
        signIn(p, port, user, password);
        return p;
    }

    static void signIn(Page p, int port, String user, String password) {
        if (!p.url().contains("/login")) {
            p.navigate(url(port, "login"));
        }
        p.locator("input[name=username]").fill(user);
        p.locator("input[name=password]").fill(password);
        p.locator("vaadin-login-form vaadin-button").first().click();
        p.waitForURL(u -> !u.contains("/login"));
    }

    /** The public verification page's answer for {@code code} on a node, for a visitor at {@code address}. */
    static String verify(int port, String code, String address) {
        // the nodes trust X-Forwarded-For from loopback (as from nginx): each call stands for a visitor at that address
        BrowserContext anonymous = newContext(Map.of("X-Forwarded-For", address));
        try {
            Page p = anonymous.newPage();
            p.navigate(url(port, "verify/" + code));
            Locator result = p.locator(".verify-outcome");
            result.waitFor();
            return result.innerText();
        } finally {
            anonymous.close();
        }
    }

    /** Gives the current question some answer through its real input (which answer does not matter here). */
    static void answerSomething(Page p) {
        Locator input = p.locator(".question-input");
        input.waitFor();
        if (input.locator("label.choice-row").count() > 0) {
            input.locator("label.choice-row").first().click();
        } else if (input.locator(".match-row").count() > 0) {
            Locator rows = input.locator(".match-row");
            for (int i = 0; i < rows.count(); i++) {
                rows.nth(i).locator("vaadin-select").click();
                rows.nth(i).locator("vaadin-select-item").first().click();
            }
        } else if (input.locator(".order-row").count() > 0) {
            input.locator("vaadin-button[aria-label='Move item 2 up']").click();
        } else {
            input.locator("input").first().fill("1");
            input.locator("input").first().press("Tab");
        }
    }

    /** Clicks the same element on two pages as close together as the browser allows (two tabs, one script each). */
    static void clickBothAtOnce(Page a, Page b, String selector) {
        a.locator(selector).waitFor();
        b.locator(selector).waitFor();
        String script = "s => { const at = Date.now() + 150; const go = () => Date.now() >= at ? document.querySelector(s).click() : setTimeout(go, 1); go(); }";
        a.evaluate(script, selector);
        b.evaluate(script, selector);
    }

    static long userId(String username) throws SQLException {
        return count("select id from app_user where username = '" + username.replace("'", "''") + "'");
    }

    static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(clusterDb, server.user(), server.password()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getLong(1);
        }
    }

    /** The answers stored for an attempt: question id to the answer's JSON. */
    static Map<String, String> answers(long attempt) throws SQLException {
        Map<String, String> answers = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(clusterDb, server.user(), server.password()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select question_id, answer_json from quiz_answer where attempt_id = " + attempt)) {
            while (rs.next()) {
                answers.put(rs.getString(1), rs.getString(2));
            }
        }
        return answers;
    }

    static Map<String, Long> rowCounts(String db) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(db, server.user(), server.password()); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from \"" + t + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
