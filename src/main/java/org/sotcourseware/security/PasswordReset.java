package org.sotcourseware.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sotcourseware.mail.Mail;
import org.sotcourseware.mail.MailTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a one-time link, valid {@link #VALIDITY}, emailed to the account's address. The caller
 * learns nothing: the same answer whether or not an account has that address or username, whether or not
 * a message was sent, and as fast (the message leaves on another thread after the commit). Requests are
 * limited per account and per source address, counted in the database so the limit holds on every node.
 */
@Service
public class PasswordReset {

    public static final Duration VALIDITY = Duration.ofHours(1);
    /** Links one account may be sent per hour. */
    static final int PER_ACCOUNT_PER_HOUR = 3;
    /** Requests one address may make per hour, whatever they ask for. */
    static final int PER_ADDRESS_PER_HOUR = 20;

    private final UserAccountRepository users;
    private final AccountProvisioning links;
    private final JdbcClient jdbc;
    private final Mail mail;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PasswordReset(UserAccountRepository users, AccountProvisioning links, JdbcClient jdbc, Mail mail, Clock clock,
                  ApplicationEventPublisher events) {
        this.users = users;
        this.links = links;
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
        this.events = events;
    }

    /** Whether a reset can be emailed at all (an SMTP server is configured). */
    public boolean available() {
        return mail.enabled();
    }

    /**
     * Sends a reset link to the account that has {@code emailOrUsername}, if there is one, it is enabled, it
     * has an email address and neither it nor {@code sourceAddress} is over its limit. Returns nothing on purpose.
     */
    @Transactional
    public void request(String emailOrUsername, String sourceAddress) {
        String asked = emailOrUsername.strip().toLowerCase(Locale.ROOT);
        if (asked.isEmpty() || asked.length() > 254 || !mail.enabled()) {
            return;
        }
        Instant now = clock.instant();
        Timestamp hourAgo = Timestamp.from(now.minus(Duration.ofHours(1)));
        jdbc.sql("delete from password_reset_request where requested_at < ?").param(Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        String source = sourceAddress.length() > 64 ? sourceAddress.substring(0, 64) : sourceAddress;
        long fromSource = jdbc.sql("select count(*) from password_reset_request where source_address = ? and requested_at >= ?")
                .params(source, hourAgo).query(Long.class).single();
        if (fromSource >= PER_ADDRESS_PER_HOUR) {
            return;
        }
        String key = AccountProvisioning.hash(asked);
        long forAccount = jdbc.sql("select count(*) from password_reset_request where account_key = ? and requested_at >= ?")
                .params(key, hourAgo).query(Long.class).single();
        jdbc.sql("insert into password_reset_request (account_key, source_address, requested_at) values (?,?,?)")
                .params(key, source, Timestamp.from(now)).update();
        if (forAccount >= PER_ACCOUNT_PER_HOUR) {
            return;
        }
        Optional<UserAccount> account = (asked.contains("@") ? users.findByEmailIgnoreCase(asked) : users.findByUsernameIgnoreCase(asked))
                .filter(UserAccount::isEnabled).filter(a -> a.getEmail() != null);
        if (account.isEmpty()) {
            return;
        }
        UserAccount a = account.get();
        String token = links.newLink(a.getId(), VALIDITY, AccountProvisioning.RESET);
        events.publishEvent(new AccountChanged(new UserId(a.getId()), a.getUsername(), "password reset requested", "from " + source));
        mail.send(a.getEmail(), MailTemplate.PASSWORD_RESET, a.mailLanguage(), Map.of("name", a.getDisplayName(),
                "link", mail.link("/account/setup/" + token), "minutes", String.valueOf(VALIDITY.toMinutes())));
    }
}
