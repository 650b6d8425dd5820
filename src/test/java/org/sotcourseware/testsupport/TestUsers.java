package org.sotcourseware.testsupport;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Creates extra accounts and switches the signed-in user inside a test (or a test's worker thread). */
@Component
public class TestUsers {

    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    public TestUsers(JdbcClient jdbc, UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.jdbc = jdbc;
        this.users = users;
        this.strategy = strategy;
    }

    /**
     * A new student account of the test's own, named by {@link Unique} (no other test shares the account or
     * its records); returns the username.
     */
    public String newStudent(String prefix) {
        String username = Unique.name(prefix);
        ensureStudent(username);
        return username;
    }

    /** A student account (password unusable), created once. */
    public void ensureStudent(String username) {
        Integer n = jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Integer.class).single();
        if (n == 0) {
            jdbc.sql("insert into app_user (username, display_name, email, password_hash, enabled, demo, created_at) "
                    + "values (?, ?, ?, '{noop}x', true, false, current_timestamp)").params(username, "Test " + username, username + "@test.invalid").update();
            Long id = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
            jdbc.sql("insert into app_user_role (user_id, role) values (?, 'STUDENT')").param(id).update();
        }
    }

    public long id(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    public String usernameOf(long id) {
        return jdbc.sql("select username from app_user where id = ?").param(id).query(String.class).single();
    }

    /** Signs in as {@code username} for the current thread. */
    public void signIn(String username) {
        UserDetails d = users.loadUserByUsername(username);
        var ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(d, null, d.getAuthorities()));
        strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy).setContext(ctx);
        SecurityContextHolder.setContext(ctx);
    }

    public void signOut() {
        strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy).clearContext();
        SecurityContextHolder.clearContext();
    }
}
