package org.sotcourseware.audit;

import java.util.Locale;

import org.sotcourseware.base.Message;
import org.sotcourseware.base.Translations;

/**
 * Audit actions as people read them: the log stores stable keys ({@code certificate-revoked},
 * {@code sign-in.failed}); the screen shows "Certificate revoked" / „Zertifikat widerrufen“, from the audit bundle
 * ({@code audit.action.<key>}, dots and spaces as dashes). A key without a name there is still readable: its dashes and
 * dots become spaces and its first letter a capital (in English, whatever the reader's language).
 */
public final class AuditActions {

    private AuditActions() {
    }

    /** The bundle key that names an action. */
    static String key(String action) {
        return "audit.action." + action.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The name of an action, to be shown in the reader's language. */
    public static Message message(String action) {
        String key = key(action);
        if (Translations.patterns(Locale.ENGLISH).containsKey(key)) {
            return Message.of(key);
        }
        String words = action.replace('-', ' ').replace('.', ' ').replace('_', ' ').strip();
        return Message.of("audit.action.other", words.isEmpty() ? action : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1));
    }

    /** The name of an action in {@code locale}. */
    public static String label(String action, Locale locale) {
        return message(action).in(locale);
    }

    /** The name of an action in English. */
    public static String label(String action) {
        return message(action).english();
    }
}
