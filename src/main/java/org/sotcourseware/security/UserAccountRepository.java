package org.sotcourseware.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The accounts' store on {@code JdbcClient}, as every other feature's (decision 026): each read loads the account
 * with its roles, and {@link #save} writes it back, refused when someone else saved the same account meanwhile.
 * Callers run inside their service's transaction.
 */
@Repository
class UserAccountRepository {

    private static final String COLUMNS = "select id, username, display_name, email, password_hash, enabled, demo, language, created_at, "
            + "version, session_generation from app_user ";

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findById(long id) {
        return one(jdbc.sql(COLUMNS + "where id = ?").param(id).query(UserAccountRepository::row).list());
    }

    Optional<UserAccount> findByUsernameIgnoreCase(String username) {
        return one(jdbc.sql(COLUMNS + "where lower(username) = lower(?)").param(username).query(UserAccountRepository::row).list());
    }

    Optional<UserAccount> findByEmailIgnoreCase(String email) {
        return one(jdbc.sql(COLUMNS + "where lower(email) = lower(?)").param(email).query(UserAccountRepository::row).list());
    }

    /** Everyone with their roles, by username, in two queries. */
    List<UserAccount> allByUsername() {
        return withRoles(jdbc.sql(COLUMNS + "order by username").query(UserAccountRepository::row).list(), true);
    }

    /** The accounts with these ids; unknown ids are left out. */
    List<UserAccount> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> list = List.copyOf(new HashSet<>(ids));
        List<UserAccount> found = jdbc.sql(COLUMNS + "where id in (" + marks(list.size()) + ") order by username").params(list)
                .query(UserAccountRepository::row).list();
        return withRoles(found, false);
    }

    List<UserAccount> demoAccounts() {
        return withRoles(jdbc.sql(COLUMNS + "where demo = true order by username").query(UserAccountRepository::row).list(), false);
    }

    boolean anyWithRole(String role) {
        return jdbc.sql("select count(*) from app_user_role where role = ?").param(role).query(Long.class).single() > 0;
    }

    /**
     * Writes the account: a new one is inserted and given its id, a stored one is updated if nobody saved it since it
     * was read (else {@link OptimisticLockingFailureException}); of the roles only what changed since the account was
     * read is written. The language is not written here (only {@link MyAccountService} sets it).
     */
    UserAccount save(UserAccount a) {
        if (a.getId() == null) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into app_user (username, display_name, email, password_hash, enabled, demo, created_at, version, session_generation) "
                            + "values (?, ?, ?, ?, ?, ?, ?, 0, ?)")
                    .params(a.getUsername(), a.getDisplayName(), a.getEmail(), a.getPasswordHash(), a.isEnabled(), a.isDemo(),
                            Timestamp.from(a.getCreatedAt()), a.getSessionGeneration())
                    .update(key, "id");
            a.assignId(Objects.requireNonNull(key.getKeyAs(Number.class), "no id generated").longValue());
            a.savedAs(0);
        } else {
            int updated = jdbc.sql("update app_user set username = ?, display_name = ?, email = ?, password_hash = ?, enabled = ?, demo = ?, "
                            + "session_generation = ?, version = version + 1 where id = ? and version = ?")
                    .params(a.getUsername(), a.getDisplayName(), a.getEmail(), a.getPasswordHash(), a.isEnabled(), a.isDemo(),
                            a.getSessionGeneration(), a.getId(), a.getVersion())
                    .update();
            if (updated != 1) {
                throw new OptimisticLockingFailureException("The account '" + a.getUsername() + "' was changed by someone else meanwhile");
            }
            a.savedAs(a.getVersion() + 1);
        }
        // only the roles that changed: most saves (a password, a sign-in's session generation) change none
        for (String role : a.getStoredRoles()) {
            if (!a.getRoles().contains(role)) {
                jdbc.sql("delete from app_user_role where user_id = ? and role = ?").params(a.getId(), role).update();
            }
        }
        for (String role : a.getRoles()) {
            if (!a.getStoredRoles().contains(role)) {
                jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(a.getId(), role).update();
            }
        }
        a.rolesStored();
        return a;
    }

    private Optional<UserAccount> one(List<UserAccount> found) {
        return withRoles(found, false).stream().findFirst();
    }

    /** Fills in the roles of {@code accounts}: by their ids, or the whole role table when they are {@code everyone}. */
    private List<UserAccount> withRoles(List<UserAccount> accounts, boolean everyone) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<Long, Set<String>> roles = new HashMap<>();
        RowCallbackHandler collect = rs -> roles.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
        if (everyone) {
            jdbc.sql("select user_id, role from app_user_role").query(collect);
        } else {
            List<Long> ids = accounts.stream().map(a -> Objects.requireNonNull(a.getId())).toList();
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                jdbc.sql("select user_id, role from app_user_role where user_id in (" + marks(chunk.size()) + ")").params(chunk).query(collect);
            }
        }
        for (UserAccount a : accounts) {
            a.setRoles(roles.getOrDefault(a.getId(), Set.of()));
            a.rolesStored();
        }
        return accounts;
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static UserAccount row(ResultSet rs, int n) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("demo"), rs.getString("language"),
                rs.getTimestamp("created_at").toInstant(), rs.getLong("version"), rs.getLong("session_generation"), Set.of());
    }
}
