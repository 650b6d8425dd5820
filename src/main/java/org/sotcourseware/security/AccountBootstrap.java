package org.sotcourseware.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sotcourseware.base.DemoProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up: in demo mode, makes sure the four demo accounts exist with their published passwords (those that existed
 * already get them back just after the start, see {@link #checkDemoPasswordsWhenReady()}).
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
    private final TransactionTemplate transactions;
    private volatile CompletableFuture<Void> demoPasswordsChecked = CompletableFuture.completedFuture(null);

    AccountBootstrap(UserAccountRepository users, PasswordEncoder encoder, DemoProperties demo, AdminProperties admin, Clock clock,
                     PlatformTransactionManager transactionManager) {
        this.users = users;
        this.encoder = encoder;
        this.demo = demo;
        this.admin = admin;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> bootstrap());
    }

    /**
     * Demo accounts that exist already get their published passwords back (and are enabled again) once the app is
     * ready, on a thread of their own: checking four passwords costs a quarter of a second on a fresh JVM, which is
     * not worth holding the start-up for.
     */
    @EventListener(ApplicationReadyEvent.class)
    void checkDemoPasswordsWhenReady() {
        if (demo.enabled()) {
            demoPasswordsChecked = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> repairDemoPasswords()),
                            work -> Thread.ofVirtual().name("demo-passwords").start(work))
                    .exceptionally(e -> {
                        // another node may have repaired the same account a moment earlier: the next start checks again
                        log.warn("Demo mode: could not check the demo accounts' passwords: {}", e.getMessage());
                        return null;
                    });
        }
    }

    /** The check started when the app became ready (tests wait for it). */
    CompletableFuture<Void> demoPasswordsChecked() {
        return demoPasswordsChecked;
    }

    private void bootstrap() {
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

    /** The demo accounts that do not exist yet, with their published passwords (hashed on both cores at once). */
    private void seedDemoAccounts() {
        List<DemoAccounts.Account> missing = DemoAccounts.ALL.stream().filter(d -> users.findByUsernameIgnoreCase(d.username()).isEmpty()).toList();
        List<String> hashes = missing.parallelStream().map(d -> encoder.encode(d.password())).toList();
        for (int i = 0; i < missing.size(); i++) {
            DemoAccounts.Account d = missing.get(i);
            UserAccount a = new UserAccount(d.username(), d.displayName(), d.username() + "@demo.sot-courseware.invalid",
                    hashes.get(i), Set.of(d.role()), Instant.now(clock));
            a.setDemo(true);
            users.save(a);
            log.info("Demo mode: created demo account '{}' ({})", d.username(), d.role());
        }
    }

    /** Demo accounts always work with the password printed on the sign-in page, also after someone changed it. */
    private void repairDemoPasswords() {
        for (DemoAccounts.Account d : DemoAccounts.ALL) {
            users.findByUsernameIgnoreCase(d.username())
                    .filter(a -> a.isDemo() && (!a.isEnabled() || !encoder.matches(d.password(), a.getPasswordHash())))
                    .ifPresent(a -> {
                        a.setEnabled(true);
                        a.setPasswordHash(encoder.encode(d.password()));
                        users.save(a);
                        log.info("Demo mode: demo account '{}' has its published password again", d.username());
                    });
        }
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
