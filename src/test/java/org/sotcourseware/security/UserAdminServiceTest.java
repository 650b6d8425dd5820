package org.sotcourseware.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class UserAdminServiceTest {

    @Autowired
    UserAdminService service;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;


    @Test
    void demo_mode_seeds_the_four_demo_accounts_with_their_roles_and_hashed_passwords() {
        for (DemoAccounts.Account d : DemoAccounts.ALL) {
            UserAccount a = users.findByUsernameIgnoreCase(d.username()).orElseThrow();
            assertThat(a.getRoles()).containsExactly(d.role());
            assertThat(a.getPasswordHash()).startsWith("{argon2}$argon2id$").doesNotContain(d.password());
            assertThat(encoder.matches(d.password(), a.getPasswordHash())).isTrue();
            assertThat(a.isDemo()).isTrue();
        }
    }

    @Test
    @WithUserDetails("student")
    void a_student_cannot_list_or_create_users() {
        assertThatThrownBy(() -> service.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create("x-user", "X", null, "long-enough-pw", Set.of(Roles.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("organiser")
    void an_organiser_cannot_change_roles() {
        UserId student = users.findByUsernameIgnoreCase("student").orElseThrow().toSummary().id();
        assertThatThrownBy(() -> service.changeRoles(student, Set.of(Roles.ADMIN))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void role_changes_are_stored_and_a_save_without_one_keeps_the_roles_as_they_are() {
        UserId id = service.create(Unique.name("roles"), "Role Changes", null, "a-long-password", Set.of(Roles.STUDENT)).id();
        assertThat(storedRoles(id)).containsExactly(Roles.STUDENT);
        service.changeRoles(id, Set.of(Roles.STUDENT, Roles.INSTRUCTOR));
        assertThat(storedRoles(id)).containsExactlyInAnyOrder(Roles.STUDENT, Roles.INSTRUCTOR);
        service.changeRoles(id, Set.of(Roles.INSTRUCTOR));
        assertThat(storedRoles(id)).containsExactly(Roles.INSTRUCTOR);
        // saves that change something else: the roles stay, once each
        service.resetPassword(id, "another-long-password");
        service.setEnabled(id, false);
        service.setEnabled(id, true);
        assertThat(storedRoles(id)).containsExactly(Roles.INSTRUCTOR);
        assertThat(users.findById(id.value()).orElseThrow().getRoles()).containsExactly(Roles.INSTRUCTOR);
    }

    private java.util.List<String> storedRoles(UserId id) {
        return jdbc.sql("select role from app_user_role where user_id = ? order by role").param(id.value()).query(String.class).list();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_a_user_whose_password_is_stored_only_as_a_hash() {
        UserSummary created = service.create("new.student", "New Student", "New@Example.org", "a-long-password", Set.of(Roles.STUDENT));
        assertThat(created.email()).isEqualTo("new@example.org");
        assertThat(service.list()).extracting(UserSummary::username).contains("new.student");
        UserAccount stored = users.findByUsernameIgnoreCase("new.student").orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("{argon2}$argon2id$").doesNotContain("a-long-password");

        service.changeRoles(created.id(), Set.of(Roles.STUDENT, Roles.INSTRUCTOR));
        service.resetPassword(created.id(), "another-long-password");
        assertThat(encoder.matches("another-long-password", users.findByUsernameIgnoreCase("new.student").orElseThrow().getPasswordHash())).isTrue();
        assertThat(users.findByUsernameIgnoreCase("new.student").orElseThrow().getRoles()).containsExactlyInAnyOrder(Roles.STUDENT, Roles.INSTRUCTOR);
    }

    @Test
    @WithUserDetails("admin")
    void bad_input_is_refused_with_a_message_that_says_what_to_fix() {
        assertThatThrownBy(() -> service.create("ab", "Name", null, "long-enough-pw", Set.of(Roles.STUDENT)))
                .hasMessageContaining("Username must be 3 to 100");
        assertThatThrownBy(() -> service.create("student", "Name", null, "long-enough-pw", Set.of(Roles.STUDENT)))
                .hasMessageContaining("already taken");
        assertThatThrownBy(() -> service.create("someone", "Name", null, "short", Set.of(Roles.STUDENT)))
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> service.create("someone", "Name", "not-an-email", "long-enough-pw", Set.of(Roles.STUDENT)))
                .hasMessageContaining("is not an email address");
        assertThatThrownBy(() -> service.create("someone", "Name", null, "long-enough-pw", Set.of()))
                .hasMessageContaining("at least one role");
    }

    @Test
    @WithUserDetails("admin")
    void a_refusal_carries_its_words_as_a_message_for_the_readers_language() {
        assertThatThrownBy(() -> service.create("student", "Name", null, "long-enough-pw", Set.of(Roles.STUDENT)))
                .isInstanceOfSatisfying(UserAdminService.InvalidUserException.class, e -> {
                    assertThat(e.message().key()).isEqualTo("security.user.username-taken");
                    assertThat(e.message().args()).containsExactly("student");
                    assertThat(e.field()).isEqualTo(UserAdminService.InvalidUserException.Field.USERNAME);
                    assertThat(e.message().in(java.util.Locale.GERMAN)).isEqualTo("Der Benutzername „student“ ist bereits vergeben.");
                    assertThat(e.getMessage()).as("English for logs").isEqualTo("The username 'student' is already taken.");
                });
        assertThatThrownBy(() -> service.create("someone", "x".repeat(201), null, "long-enough-pw", Set.of(Roles.STUDENT)))
                .isInstanceOfSatisfying(UserAdminService.InvalidUserException.class, e -> {
                    assertThat(e.message().key()).isEqualTo("security.user.name-too-long");
                    assertThat(e.message().args()).containsExactly(201, 200);
                });
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_cannot_lock_themselves_out() {
        UserId me = users.findByUsernameIgnoreCase("admin").orElseThrow().toSummary().id();
        assertThatThrownBy(() -> service.changeRoles(me, Set.of(Roles.STUDENT))).hasMessageContaining("your own administrator role");
        assertThatThrownBy(() -> service.setEnabled(me, false)).hasMessageContaining("your own account");
    }

    @Test
    @WithUserDetails("admin")
    void the_demo_seeders_create_a_demo_account_once_and_keep_an_existing_one_as_it_is() {
        service.ensureDemoStudent("demo-once", "Demo Once");
        UserAccount first = users.findByUsernameIgnoreCase("demo-once").orElseThrow();
        assertThat(first.getRoles()).containsExactly(Roles.STUDENT);
        assertThat(first.isDemo()).isTrue();
        assertThat(first.getPasswordHash()).startsWith("{argon2}");

        service.ensureDemoStudent("demo-once", "Another Name");
        service.ensureDemoInstructor("demo-once", "Another Name");
        UserAccount again = users.findByUsernameIgnoreCase("demo-once").orElseThrow();
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getRoles()).containsExactly(Roles.STUDENT);
        assertThat(again.toSummary().displayName()).isEqualTo("Demo Once");

        service.ensureDemoInstructor("demo-examiner-once", "Dr Once");
        assertThat(users.findByUsernameIgnoreCase("demo-examiner-once").orElseThrow().getRoles()).containsExactly(Roles.INSTRUCTOR);
    }
}
