package org.sotcourseware.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sotcourseware.base.DemoProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up: in demo mode, makes sure the four demo accounts exist with their published passwords.
 * Without demo mode, disables every demo account a database may still hold, and creates the first
 * administrator from {@link AdminProperties} when no administrator exists; stops start-up with a clear
 * message when there is none and none is configured.
 */
@Component
@Order(0)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final DemoProperties demo;
    private final AdminProperties admin;
    private final Clock clock;

    AccountBootstrap(UserAccountRepository users, PasswordEncoder encoder, DemoProperties demo, AdminProperties admin, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.demo = demo;
        this.admin = admin;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo.enabled()) {
            seedDemoAccounts();
        } else {
            for (UserAccount a : users.demoAccounts()) {
                if (a.isEnabled()) {
                    a.setEnabled(false);
                    users.save(a);
                    log.warn("Demo mode is off: disabled demo account '{}'", a.getUsername());
                }
            }
            ensureAdministrator();
        }
    }

    private void seedDemoAccounts() {
        List<UserAccount> found = DemoAccounts.ALL.stream().map(d -> users.findByUsernameIgnoreCase(d.username()).orElse(null)).toList();
        // the password work (a quarter of a second per account on a fresh JVM) for every account at once, on both cores;
        // the writes after it, in this transaction
        List<Optional<String>> newHashes = IntStream.range(0, DemoAccounts.ALL.size()).parallel()
                .mapToObj(i -> newHash(DemoAccounts.ALL.get(i), found.get(i))).toList();
        for (int i = 0; i < DemoAccounts.ALL.size(); i++) {
            DemoAccounts.Account d = DemoAccounts.ALL.get(i);
            UserAccount a = found.get(i);
            Optional<String> hash = newHashes.get(i);
            if (a == null) {
                a = new UserAccount(d.username(), d.displayName(), d.username() + "@demo.sot-courseware.invalid",
                        hash.orElseThrow(), Set.of(d.role()), Instant.now(clock));
                a.setDemo(true);
                users.save(a);
                log.info("Demo mode: created demo account '{}' ({})", d.username(), d.role());
            } else if (hash.isPresent()) {
                // demo accounts always work with the password printed on the login page
                a.setEnabled(true);
                a.setPasswordHash(hash.get());
                users.save(a);
            }
        }
    }

    /** The hash a demo account needs: for a new account, or a demo account that is disabled or has another password. */
    private Optional<String> newHash(DemoAccounts.Account d, @Nullable UserAccount a) {
        boolean needed = a == null || (a.isDemo() && (!a.isEnabled() || !encoder.matches(d.password(), a.getPasswordHash())));
        return needed ? Optional.of(encoder.encode(d.password())) : Optional.empty();
    }

    private void ensureAdministrator() {
        boolean hasAdmin = users.allByUsername().stream().anyMatch(u -> u.isEnabled() && !u.isDemo() && u.getRoles().contains(Roles.ADMIN));
        if (hasAdmin) {
            return;
        }
        if (admin.username().isBlank() || admin.password().isBlank()) {
            throw new MissingAdministratorException();
        }
        try {
            PasswordPolicy.check(admin.password(), admin.username());
        } catch (UserAdminService.InvalidUserException e) {
            throw new MissingAdministratorException("SOT_ADMIN_PASSWORD is not accepted: " + e.getMessage());
        }
        if (users.findByUsernameIgnoreCase(admin.username().strip()).isPresent()) {
            throw new MissingAdministratorException("SOT_ADMIN_USERNAME '" + admin.username()
                    + "' already exists without the administrator role; choose another username.");
        }
        users.save(new UserAccount(admin.username().strip(), admin.displayName(), null, encoder.encode(admin.password()),
                Set.of(Roles.ADMIN), Instant.now(clock)));
        log.info("Created the first administrator '{}' from SOT_ADMIN_USERNAME", admin.username());
    }

    /** Start-up stops with this when a production install has no administrator. */
    static class MissingAdministratorException extends IllegalStateException {
        MissingAdministratorException() {
            this("No administrator account exists and none is configured.");
        }

        MissingAdministratorException(String message) {
            super(message + " Set the environment variables SOT_ADMIN_USERNAME and SOT_ADMIN_PASSWORD (at least "
                    + UserAdminService.MIN_PASSWORD_LENGTH + " characters) for the first start; the account is created once and "
                    + "the variables can be removed afterwards.");
        }
    }
}
