package org.sotcourseware.audit;

import java.util.Locale;
import java.util.Map;

/**
 * Audit actions as people read them: the log stores stable keys ({@code certificate-revoked},
 * {@code sign-in.failed}); the screen shows "Certificate revoked", "Sign-in failed". A key without a name here
 * is still readable: its dashes and dots become spaces and its first letter a capital.
 */
public final class AuditActions {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("certificate-awarded", "Certificate awarded"),
            Map.entry("certificate-revoked", "Certificate revoked"),
            Map.entry("content-sync", "Content folder synchronised"),
            Map.entry("enrolled", "Student enrolled"),
            Map.entry("unenrolled", "Student unenrolled"),
            Map.entry("enrolment-import", "Enrolments imported from CSV"),
            Map.entry("exam-recorded", "Exam result recorded"),
            Map.entry("gift-import", "Questions imported from GIFT"),
            Map.entry("image-upload", "Image uploaded"),
            Map.entry("import", "Content imported"),
            Map.entry("incoming-dismissed", "Incoming change dismissed"),
            Map.entry("module-override", "Module completion overridden"),
            Map.entry("practical-exam-created", "Practical exam created"),
            Map.entry("practical-results-recorded", "Practical results recorded"),
            Map.entry("practical-results-released", "Practical results released"),
            Map.entry("rollback", "Content rolled back"),
            Map.entry("publish", "Content published"),
            Map.entry("publish-deletion", "Deletion published"),
            Map.entry("score-sheet-submitted", "Score sheet submitted"),
            Map.entry("seminar-created", "Seminar created"),
            Map.entry("sign-in", "Signed in"),
            Map.entry("sign-in.failed", "Sign-in failed"),
            Map.entry("sign-in.locked", "Sign-in locked"),
            Map.entry("sign-in.unlock", "Sign-in unlocked"),
            Map.entry("user.password-change", "Password changed"),
            Map.entry("user.password-change-refused", "Password change refused"),
            Map.entry("user.sign-out-everywhere", "Signed out everywhere"));

    private AuditActions() {
    }

    /** The name of an action key. */
    public static String label(String action) {
        String known = NAMES.get(action);
        if (known != null) {
            return known;
        }
        String words = action.replace('-', ' ').replace('.', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? action : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
