package org.sotcourseware.mail;

import java.util.Locale;

import org.sotcourseware.base.Translations;

/**
 * The messages the app sends. Each has a subject ({@code mail.subject.NAME} in the {@code mail} bundle) and two bodies
 * under {@code resources/mail/}: {@code NAME.txt} and {@code NAME.html}, with {@code {{key}}} placeholders (escaped in the
 * HTML), and the German {@code NAME_de.txt} and {@code NAME_de.html} beside them.
 */
public enum MailTemplate {
    /** A one-time link to choose a new password ({@code name}, {@code link}, {@code minutes}). */
    PASSWORD_RESET("password-reset"),
    /** A new account's set-up link ({@code name}, {@code link}, {@code days}, {@code seminar}, {@code username}). */
    ACCOUNT_SETUP("account-setup"),
    /** Something about how one signs in changed ({@code name}, {@code what}, {@code when}). */
    SIGN_IN_CHANGED("sign-in-changed");

    private final String file;

    MailTemplate(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** The subject in English. */
    public String subject() {
        return subject(Locale.ENGLISH);
    }

    /** The subject in {@code language}, from the {@code mail} bundle ({@code mail.subject.<file>}). */
    public String subject(Locale language) {
        return Translations.text(language, "mail.subject." + file);
    }
}
