package org.sotcourseware.security;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.mail.Mail;
import org.sotcourseware.mail.MailTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person by email when how they sign in changed (a password set, reset or changed; a second
 * factor set up, removed or reset; a recovery code used), so a change they did not make does not go
 * unnoticed. Sent after the change commits; nothing when mail is off or the account has no address.
 */
@Component
class AccountNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final UserAccountRepository users;
    private final Mail mail;
    private final Clock clock;

    AccountNotices(UserAccountRepository users, Mail mail, Clock clock) {
        this.users = users;
        this.mail = mail;
        this.clock = clock;
    }

    /** The sentence a notice opens with for an account change, or null for changes that send none. */
    static @Nullable String noticeFor(String action) {
        return switch (action) {
            case "password set" -> "Your password was set";
            case "password reset" -> "Your password was reset";
            case "password changed" -> "Your password was changed";
            case "second factor enrolled" -> "An authenticator app was set up as your second factor";
            case "second factor removed" -> "Your second factor was removed";
            case "second factor reset" -> "Your second factor was reset by an administrator";
            case "recovery codes renewed" -> "New recovery codes were made (the old ones no longer work)";
            case "recovery code used" -> "A recovery code was used to sign in";
            default -> null;
        };
    }

    @EventListener
    void on(AccountChanged e) {
        String what = noticeFor(e.action());
        if (what == null || !mail.enabled()) {
            return;
        }
        users.findById(e.user().value()).filter(a -> a.getEmail() != null).ifPresent(a -> mail.send(a.getEmail(), MailTemplate.SIGN_IN_CHANGED,
                Map.of("name", a.getDisplayName(), "what", what, "when", WHEN.format(clock.instant()))));
    }
}
