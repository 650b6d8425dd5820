package org.sotcourseware.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;

import org.sotcourseware.load.StateTree.Node;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.StringNode;

/**
 * One simulated student with a browser of their own. The study journey: sign in through the login page,
 * the dashboard, the Foundations module, three lessons read to the end (in-app links only), the module quiz
 * with every question answered through its real input, submit, the result (and again from the quiz page), then
 * a Foundations case worked through three decisions. The exam journey: sign in, open the quiz, start it at a
 * given moment, answer until a given moment, submit, read the result.
 * <p>
 * Every element is found by what the student sees (button text, link target, label, role). A failure is
 * counted with its step; the student then reloads the app as a person would, and gives up after three
 * failures in a row.
 */
final class Student implements Runnable {

    static final String MODULE = "modules/foundations";

    /** When the run stops, shared by all students. */
    static final class Clock {
        final long startNanos;
        final long endNanos;
        volatile boolean stopped;

        Clock(long startNanos, long seconds) {
            this.startNanos = startNanos;
            this.endNanos = startNanos + seconds * 1_000_000_000L;
        }

        long at(double seconds) {
            return startNanos + (long) (seconds * 1e9);
        }

        boolean over() {
            return stopped || System.nanoTime() >= endNanos;
        }
    }

    /** The student's own moments (seconds since the run began); exam moments are only used in exam-burst. */
    record Plan(double arriveAt, double examStartAt, double submitAt) {
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final int number;
    private final String username;
    private final Options options;
    private final VaadinClient.Shared shared;
    private final Clock clock;
    private final Plan plan;
    private final Random random;
    private VaadinClient browser;

    // what the student got done, read by the report and the smoke test
    volatile boolean signedIn;
    volatile boolean gaveUp;
    volatile boolean done;
    /** The student did all the rounds asked for and now only keeps the tab open. */
    volatile boolean journeysDone;
    volatile int quizResults;
    volatile int caseDecisions;
    volatile int lessonsRead;
    volatile int rounds;
    volatile int failures;

    Student(int number, Options options, VaadinClient.Shared shared, Clock clock, Plan plan) {
        this.number = number;
        this.username = "load-" + String.format("%04d", number);
        this.options = options;
        this.shared = shared;
        this.clock = clock;
        this.plan = plan;
        this.random = randomFor(options.seed(), number);
    }

    /**
     * Student {@code number}'s own random numbers, repeatable for a seed. The seed is mixed first: {@code java.util.Random}
     * seeded with neighbouring numbers gives nearly the same first value (0.374 for every student with seed 1), which
     * made every student think exactly as long before signing in and bunched the first sign-ins.
     */
    static Random randomFor(long seed, int number) {
        return new Random(new SplittableRandom(seed * 1_000_003L + number).nextLong());
    }

    String username() {
        return username;
    }

    boolean active() {
        return signedIn && !gaveUp;
    }

    @Override
    public void run() {
        try {
            waitUntil(clock.at(plan.arriveAt()));
            if (options.mode() == Options.Mode.EXAM_BURST) {
                exam();
            } else {
                study();
            }
        } catch (Stop stop) {
            // the run is over
        } finally {
            done = true;
        }
    }

    // ------------------------------------------------------------------ journeys

    private void study() {
        int consecutive = 0;
        boolean needsPage = true;
        while (!clock.over() && (options.rounds() == 0 || rounds < options.rounds())) {
            try {
                if (needsPage) {
                    enterApp();
                    needsPage = false;
                }
                round(rounds);
                rounds++;
                consecutive = 0;
            } catch (LoadFailure f) {
                if (clock.over()) {
                    return;
                }
                fail(f);
                if (++consecutive >= 3) {
                    gaveUp = true;
                    shared.metrics.error(Steps.JOURNEY, "gave up after three failures in a row");
                    return;
                }
                needsPage = true;
                think();
            }
        }
        // the run goes on: keep the session alive like an open tab until the end
        journeysDone = true;
        idleUntil(clock.endNanos);
    }

    private void exam() {
        try {
            enterApp();
            think();
            openModule();
            think();
            openQuiz();
        } catch (LoadFailure f) {
            fail(f);
            gaveUp = true;
            return;
        }
        idleUntil(clock.at(plan.examStartAt()));
        try {
            startQuiz();
            long submitAt = clock.at(plan.submitAt());
            boolean lastSeen = false;
            while (!lastSeen && System.nanoTime() < submitAt) {
                think();
                if (System.nanoTime() >= submitAt) {
                    break;
                }
                answer(currentQuestion());
                gap();
                Optional<Node> next = browser.tree().first(browser.tree().button("Next question"));
                if (next.isPresent()) {
                    browser.click(Steps.NEXT_QUESTION, next.get());
                } else {
                    lastSeen = true;
                }
            }
            idleUntil(submitAt);
            Node submit = require(Steps.SUBMIT_DIALOG, browser.tree().first(browser.tree().button("Submit attempt")), "the 'Submit attempt' button");
            browser.click(Steps.SUBMIT_DIALOG, submit);
            submitAndRead();
            think();
        } catch (LoadFailure f) {
            fail(f);
            gaveUp = true;
            return;
        }
        journeysDone = true;
        idleUntil(clock.endNanos);
    }

    private void fail(LoadFailure f) {
        failures++;
        shared.metrics.error(f.step, f.getMessage());
    }

    /** Opens the app: the sign-in page and signing in for a new browser, or a reload for one that is signed in. */
    private void enterApp() {
        if (browser != null && signedIn) {
            browser.unloadBeacon();
            String at = browser.visit("", Steps.DASHBOARD);
            if (!at.startsWith("login")) {
                expectPage(Steps.DASHBOARD, "dashboard-page");
                return;
            }
        }
        signIn();
    }

    private void signIn() {
        browser = new VaadinClient(shared);
        String at = browser.visit("", Steps.LOGIN_PAGE);
        if (!at.startsWith("login")) {
            throw new LoadFailure(Steps.LOGIN_PAGE, "expected the sign-in page, the app opened '" + at + "'");
        }
        require(Steps.LOGIN_PAGE, browser.tree().first(StateTree.tag("vaadin-login-form")), "the sign-in form");
        think();
        Map<String, String> meta = browser.pageMeta();
        String csrfName = meta.getOrDefault("_csrf_parameter", "_csrf");
        String csrf = meta.get("_csrf");
        if (csrf == null) {
            throw new LoadFailure(Steps.LOGIN_PAGE, "the sign-in page has no CSRF token");
        }
        String target = browser.postForm(Steps.SIGN_IN, "login", Map.of("username", username, "password", options.password(), csrfName, csrf));
        if (target.contains("error")) {
            throw new LoadFailure(Steps.SIGN_IN, "sign-in refused for " + username + " (redirect to " + target + ")");
        }
        String path = shared.base.relativize(shared.base.resolve(target)).getPath();
        String location = browser.loadPage(path);
        browser.unloadBeacon(); // the login page's UI, on pagehide
        browser.init(location);
        browser.navigate(Steps.DASHBOARD, location, "");
        expectPage(Steps.DASHBOARD, "dashboard-page");
        signedIn = true;
    }

    /** One journey through Foundations from the dashboard. */
    private void round(int round) {
        if (round > 0) {
            think();
            Node home = require(Steps.DASHBOARD, browser.tree().first(StateTree.labelled("SOT Courseware home"::equals)), "the home link");
            browser.followLink(Steps.DASHBOARD, home);
            expectPage(Steps.DASHBOARD, "dashboard-page");
        }
        think();
        openModule();
        readLessons(round % 3);
        think();
        backToModule();
        think();
        openQuiz();
        think();
        startQuiz();
        answerAll();
        submitAndRead();
        think();
        Node back = require(Steps.QUIZ, browser.tree().first(browser.tree().linkText("Back to the quiz")), "the 'Back to the quiz' link");
        browser.followLink(Steps.QUIZ, back);
        expectPage(Steps.QUIZ, "quiz-page");
        think();
        Node review = require(Steps.RESULT, browser.tree().first(browser.tree().linkText("Review")), "a 'Review' link of a submitted attempt");
        browser.followLink(Steps.RESULT, review);
        expectPage(Steps.RESULT, "result-card");
        think();
        backToModule();
        think();
        workCase(round);
    }

    private void openModule() {
        Node card = require(Steps.MODULE, browser.tree().first(StateTree.routerLink(MODULE)), "a link to Foundations");
        browser.followLink(Steps.MODULE, card);
        expectPage(Steps.MODULE, "module-page");
    }

    private void backToModule() {
        Node crumb = require(Steps.MODULE, browser.tree().first(StateTree.routerLink(MODULE)), "the link back to Foundations");
        browser.followLink(Steps.MODULE, crumb);
        expectPage(Steps.MODULE, "module-page");
    }

    /** Three lessons: one from the module's lesson list, then the next two by the pager's "Next" link. */
    private void readLessons(int first) {
        StateTree t = browser.tree();
        Node list = require(Steps.MODULE, t.first(StateTree.hasClass("lesson-list")), "the module's lesson list");
        List<Node> lessons = t.findIn(list, n -> "a".equals(n.tag) && n.attributes.containsKey("router-link"));
        if (lessons.size() < 3) {
            throw new LoadFailure(Steps.MODULE, "the Foundations page lists " + lessons.size() + " lessons, expected at least 3");
        }
        think();
        browser.followLink(Steps.LESSON, lessons.get(Math.min(first, lessons.size() - 3)));
        for (int i = 0; i < 3; i++) {
            expectPage(Steps.LESSON, "lesson-page");
            think();
            // reaching the end of the lesson: the page's script calls $server.reachedEnd() once
            Optional<Node> bar = browser.tree().first(StateTree.hasClass("read-bar"));
            Optional<Node> view = browser.tree().first(StateTree.callable("reachedEnd"));
            if (view.isPresent() && bar.isPresent() && !"true".equals(bar.get().attribute("data-read"))) {
                browser.callServer(Steps.LESSON_READ, view.get(), "reachedEnd");
            }
            lessonsRead++;
            if (i < 2) {
                think();
                Node next = require(Steps.LESSON, browser.tree().first(n -> n.hasClass("pager-next")), "the pager's next link");
                browser.followLink(Steps.LESSON, next);
            }
        }
    }

    private void openQuiz() {
        Node link = require(Steps.QUIZ, browser.tree().first(StateTree.routerLink(MODULE + "/quiz")), "a link to the quiz");
        browser.followLink(Steps.QUIZ, link);
        expectPage(Steps.QUIZ, "quiz-page");
    }

    private void startQuiz() {
        StateTree t = browser.tree();
        Node start = require(Steps.QUIZ_START, t.first(t.button("Start the quiz")).or(() -> t.first(t.button("Start a new attempt")))
                .or(() -> t.first(t.button("Continue your attempt"))), "a button to start the quiz");
        browser.click(Steps.QUIZ_START, start);
        expectPage(Steps.QUIZ_START, "question-card");
    }

    private void answerAll() {
        for (int guard = 0; guard < 200; guard++) {
            think();
            answer(currentQuestion());
            StateTree t = browser.tree();
            // the server marks the question answered on its palette button once the answer is saved
            Node current = require(Steps.ANSWER, t.first(n -> n.hasClass("palette-item") && n.hasClass("current")), "the current question's palette button");
            if (!current.hasClass("answered")) {
                throw new LoadFailure(Steps.ANSWER, "the answer was not saved: the palette says " + current.attribute("aria-label"));
            }
            gap();
            Optional<Node> next = t.first(t.button("Next question"));
            if (next.isPresent()) {
                browser.click(Steps.NEXT_QUESTION, next.get());
                continue;
            }
            Node review = require(Steps.SUBMIT_DIALOG, t.first(t.button("Review and submit")), "'Next question' or 'Review and submit'");
            think();
            browser.click(Steps.SUBMIT_DIALOG, review);
            return;
        }
        throw new LoadFailure(Steps.ANSWER, "the quiz never reached its last question");
    }

    /** In the open confirmation dialog: "Submit now"; the result must be on the page in that answer. */
    private void submitAndRead() {
        StateTree t = browser.tree();
        require(Steps.SUBMIT_DIALOG, t.openDialog(), "the submit dialog");
        Node submit = require(Steps.SUBMIT, t.first(t.button("Submit now")), "the 'Submit now' button");
        browser.click(Steps.SUBMIT, submit);
        if (t.first(StateTree.hasClass("result-card")).isEmpty()) {
            throw new LoadFailure(Steps.SUBMIT, "the result never appeared after 'Submit now'; the page shows: " + headline());
        }
        quizResults++;
    }

    private Node currentQuestion() {
        return require(Steps.ANSWER, browser.tree().first(StateTree.hasClass("question-card")), "a question");
    }

    /** Any valid-looking answer through the question's real input; correctness does not matter. */
    private void answer(Node card) {
        StateTree t = browser.tree();
        Node input = require(Steps.ANSWER, t.findIn(card, StateTree.hasClass("question-input")).stream().findFirst(), "the question's input");
        List<Node> choices = t.findIn(input, StateTree.tag("input"));
        List<Node> fields = t.findIn(input, StateTree.tag("vaadin-text-field"));
        List<Node> selects = t.findIn(input, StateTree.tag("vaadin-select"));
        List<Node> moves = t.findIn(input, n -> "vaadin-button".equals(n.tag) && String.valueOf(n.attribute("aria-label")).startsWith("Move "));
        if (!choices.isEmpty()) {
            boolean multiple = "checkbox".equals(choices.getFirst().attribute("type"));
            List<Node> picks = new ArrayList<>(choices);
            Collections.shuffle(picks, random);
            int count = multiple ? 1 + random.nextInt(Math.min(2, picks.size())) : 1;
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    gap();
                }
                browser.tick(Steps.ANSWER, choiceList(input), picks.get(i));
            }
        } else if (!fields.isEmpty()) {
            Node field = fields.getFirst();
            boolean numeric = "A number".equals(field.property("placeholder"));
            String value = numeric ? String.valueOf(1 + random.nextInt(100)) : List.of("SOTO Europe", "blocks", "DeJarnette", "dural").get(random.nextInt(4));
            browser.changeProperty(Steps.ANSWER, field, "value", StringNode.valueOf(value), "input");
        } else if (!selects.isEmpty()) {
            for (int i = 0; i < selects.size(); i++) {
                if (i > 0) {
                    gap();
                }
                // the node ids survive a save, but look the select up again as a user looks at the page again
                Node select = t.findIn(card, StateTree.tag("vaadin-select")).get(i);
                List<String> values = t.findIn(select, StateTree.tag("vaadin-select-item")).stream()
                        .map(n -> n.property("value")).filter(v -> v != null && !v.isEmpty()).toList();
                if (values.isEmpty()) {
                    throw new LoadFailure(Steps.ANSWER, "a drop-down without items: " + browser.describe(select));
                }
                browser.changeProperty(Steps.SELECT_OPEN, select, "opened", BooleanNode.TRUE, "opened-changed");
                gap();
                select = t.findIn(card, StateTree.tag("vaadin-select")).get(i);
                browser.changeProperties(Steps.ANSWER, select, List.of(
                        new VaadinClient.Change("value", StringNode.valueOf(values.get(random.nextInt(values.size()))), "value-changed"),
                        new VaadinClient.Change("opened", BooleanNode.FALSE, "opened-changed")));
            }
        } else if (!moves.isEmpty()) {
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    gap();
                }
                // the list is redrawn after each move: find the enabled arrows again
                List<Node> enabled = t.findIn(currentQuestion(), n -> "vaadin-button".equals(n.tag) && !n.disabled()
                        && String.valueOf(n.attribute("aria-label")).startsWith("Move "));
                browser.click(Steps.ANSWER, enabled.get(random.nextInt(enabled.size())));
            }
        } else {
            throw new LoadFailure(Steps.ANSWER, "no input the load test knows in " + browser.describe(input));
        }
    }

    /** The list of options (radios or checkboxes) inside {@code within}: the element the options' change events reach. */
    private Node choiceList(Node within) {
        return require(Steps.ANSWER, browser.tree().findIn(within, StateTree.hasClass("answer-choices")).stream().findFirst(), "the list of options");
    }

    /** Open a Foundations case from the module page and make three decisions (dead ends send the student back). */
    private void workCase(int round) {
        StateTree t = browser.tree();
        Node open = require(Steps.CASES, t.first(StateTree.routerLink(MODULE + "/cases")), "the 'Open the cases' link");
        browser.followLink(Steps.CASES, open);
        expectPage(Steps.CASES, "case-list-page");
        List<Node> cases = t.find(n -> "a".equals(n.tag) && n.hasClass("button-link")
                && String.valueOf(n.attribute("href")).startsWith(MODULE + "/cases/"));
        if (cases.isEmpty()) {
            throw new LoadFailure(Steps.CASES, "Foundations lists no cases");
        }
        think();
        browser.followLink(Steps.CASE, cases.get(round % cases.size()));
        expectPage(Steps.CASE, "case-page");
        int decisions = 0;
        for (int guard = 0; decisions < 3 && guard < 20; guard++) {
            think();
            Optional<Node> confirm = t.first(t.buttonStartingWith("Confirm my"));
            if (confirm.isPresent()) {
                Node area = require(Steps.CASE_CHOOSE, t.first(StateTree.hasClass("case-decision-area")), "the decision");
                List<Node> options = t.findIn(area, StateTree.tag("input"));
                if (options.isEmpty()) {
                    throw new LoadFailure(Steps.CASE_CHOOSE, "a decision without options");
                }
                browser.tick(Steps.CASE_CHOOSE, choiceList(area), options.get(random.nextInt(options.size())));
                gap();
                Node button = require(Steps.CASE_DECISION, t.first(t.buttonStartingWith("Confirm my")), "the confirm button");
                browser.click(Steps.CASE_DECISION, button);
                decisions++;
                caseDecisions++;
                continue;
            }
            Optional<Node> onward = t.first(t.button("Continue")).or(() -> t.first(t.buttonStartingWith("Go back to")))
                    .or(() -> t.first(t.button("Start again")));
            browser.click(Steps.CASE_CONTINUE, require(Steps.CASE_CONTINUE, onward, "a decision, 'Continue' or 'Start again'"));
        }
        if (decisions < 3) {
            throw new LoadFailure(Steps.CASE_DECISION, "only " + decisions + " decisions reached in the case");
        }
    }

    // ------------------------------------------------------------------ helpers

    private void expectPage(String step, String cssClass) {
        if (browser.tree().first(StateTree.hasClass(cssClass)).isEmpty()) {
            throw new LoadFailure(step, "expected ." + cssClass + "; the page shows: " + headline());
        }
    }

    private String headline() {
        StateTree t = browser.tree();
        return t.first(StateTree.tag("h1")).map(t::text).orElse("(no heading; " + t.size() + " nodes)");
    }

    private static Node require(String step, Optional<Node> n, String what) {
        return n.orElseThrow(() -> new LoadFailure(step, "not on the page: " + what));
    }

    private void think() {
        pause(options.think().pick(random));
    }

    private void gap() {
        pause(options.gap().pick(random));
    }

    /** Waits like a person reading; keeps the browser's heartbeat going; ends the student when the run is over. */
    private void pause(double seconds) {
        waitUntil(System.nanoTime() + (long) (seconds * 1e9));
    }

    private void idleUntil(long nanos) {
        waitUntil(nanos);
    }

    private void waitUntil(long untilNanos) {
        while (true) {
            if (clock.over()) {
                throw new Stop();
            }
            long now = System.nanoTime();
            if (now >= untilNanos) {
                return;
            }
            long sleep = Math.min(untilNanos, clock.endNanos) - now;
            if (browser != null && browser.hasUi()) {
                sleep = Math.min(sleep, Math.max(1, browser.secondsToNextHeartbeat()) * 1_000_000_000L);
            }
            sleep = Math.min(sleep, 1_000_000_000L); // notice a stop within a second
            try {
                Thread.sleep(java.time.Duration.ofNanos(Math.max(1, sleep)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stop();
            }
            if (browser != null && browser.hasUi()) {
                try {
                    browser.heartbeatIfDue();
                } catch (LoadFailure f) {
                    fail(f);
                }
            }
        }
    }
}
