package org.sotcourseware.mail;

/**
 * The messages the app sends. Each has a subject and two bodies under {@code resources/mail/}: {@code NAME.txt}
 * and {@code NAME.html}, with {@code {{key}}} placeholders (escaped in the HTML).
 */
public enum MailTemplate {
    /** A one-time link to choose a new password ({@code name}, {@code link}, {@code minutes}). */
    PASSWORD_RESET("password-reset", "Choose a new password for SOT Courseware"),
    /** A new account's set-up link ({@code name}, {@code link}, {@code days}, {@code seminar}, {@code username}). */
    ACCOUNT_SETUP("account-setup", "Your SOT Courseware account"),
    /** Something about how one signs in changed ({@code name}, {@code what}, {@code when}). */
    SIGN_IN_CHANGED("sign-in-changed", "Your SOT Courseware sign-in changed");

    private final String file;
    private final String subject;

    MailTemplate(String file, String subject) {
        this.file = file;
        this.subject = subject;
    }

    String file() {
        return file;
    }

    public String subject() {
        return subject;
    }
}
