package org.sotcourseware.security;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
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

    private final UserAccountRepository users;
    private final Mail mail;
    private final Clock clock;

    AccountNotices(UserAccountRepository users, Mail mail, Clock clock) {
        this.users = users;
        this.mail = mail;
        this.clock = clock;
    }

    /** The sentence a notice opens with for an account change, or null for changes that send none. */
    static @Nullable Message noticeFor(String action) {
        String key = switch (action) {
            case "password set" -> "security.notice.password-set";
            case "password reset" -> "security.notice.password-reset";
            case "password changed" -> "security.notice.password-changed";
            case "second factor enrolled" -> "security.notice.second-factor-enrolled";
            case "second factor removed" -> "security.notice.second-factor-removed";
            case "second factor reset" -> "security.notice.second-factor-reset";
            case "recovery codes renewed" -> "security.notice.recovery-codes-renewed";
            case "recovery code used" -> "security.notice.recovery-code-used";
            default -> null;
        };
        return key == null ? null : Message.of(key);
    }

    @EventListener
    void on(AccountChanged e) {
        Message what = noticeFor(e.action());
        if (what == null || !mail.enabled()) {
            return;
        }
        LocalDateTime when = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        users.findById(e.user().value()).filter(a -> a.getEmail() != null).ifPresent(a -> {
            Locale language = a.mailLanguage();
            mail.send(a.getEmail(), MailTemplate.SIGN_IN_CHANGED, language, Map.of("name", a.getDisplayName(), "what", what.in(language),
                    "when", Message.of("security.notice.when-utc", when).in(language)));
        });
    }
}
