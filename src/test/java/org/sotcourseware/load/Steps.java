package org.sotcourseware.load;

/** The names under which round trips are counted (the report's rows). */
final class Steps {

    /** Visit of a page by URL: the HTML bootstrap page (redirects included). */
    static final String BOOTSTRAP = "bootstrap";
    /** {@code ?v-r=init}: the UI is created and its settings returned. */
    static final String INIT = "init";
    /** A file of the front-end bundle, a stylesheet or an icon, fetched as a browser cache would. */
    static final String STATIC = "static";
    /** The first render of the login view. */
    static final String LOGIN_PAGE = "login-page";
    /** The form POST to /login (Spring Security, bcrypt). */
    static final String SIGN_IN = "sign-in";
    static final String DASHBOARD = "dashboard";
    static final String MODULE = "module";
    static final String LESSON = "lesson";
    /** The lesson's script tells the server the reader reached the end ({@code $server.reachedEnd()}). */
    static final String LESSON_READ = "lesson-read";
    /** The quiz page of a module. */
    static final String QUIZ = "quiz";
    /** "Start the quiz": creates the attempt and shows its first question. */
    static final String QUIZ_START = "quiz-start";
    /** One change to an answer that the server saves (a choice, a typed answer, a move, a match). */
    static final String ANSWER = "answer";
    /** Opening a drop-down (no save). */
    static final String SELECT_OPEN = "select-open";
    static final String NEXT_QUESTION = "next-question";
    /** "Review and submit" / "Submit attempt": the confirmation dialog. */
    static final String SUBMIT_DIALOG = "submit-dialog";
    /** "Submit now": grading, and the result page in the same answer. */
    static final String SUBMIT = "submit";
    /** Opening a submitted attempt's result again from the quiz page. */
    static final String RESULT = "result";
    static final String CASES = "case-list";
    static final String CASE = "case-open";
    /** Choosing an option in a case decision (enables the confirm button). */
    static final String CASE_CHOOSE = "case-choose";
    /** "Confirm my decision": the case engine moves on. */
    static final String CASE_DECISION = "case-decision";
    /** "Continue" / "Go back to" between case stages, "Start again". */
    static final String CASE_CONTINUE = "case-continue";
    /** The browser answers a server-side {@code executeJs(...).then(...)} (a return channel). */
    static final String JS_RETURN = "js-return";
    static final String HEARTBEAT = "heartbeat";
    /** The {@code sendBeacon} a page sends when it is left, so the server closes its UI. */
    static final String UNLOAD = "unload-beacon";
    /** Journey-level failures that are not one round trip (e.g. a page that lacks what the student needs). */
    static final String JOURNEY = "journey";

    private Steps() {
    }
}
