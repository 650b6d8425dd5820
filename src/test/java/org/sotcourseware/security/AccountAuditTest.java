package org.sotcourseware.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sotcourseware.audit.AuditEntry;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every change to an account (made, roles, password, enabled) is in the audit log with who did it; names have a length limit. */
@IntegrationTest
class AccountAuditTest {

    @Autowired UserAdminService service;
    @Autowired AuditLog audit;

    private java.util.List<AuditEntry> about(String username) {
        return audit.recent(username, 50).reversed();
    }

    @Test
    @WithUserDetails("admin")
    void creating_changing_roles_resetting_and_disabling_an_account_are_audited_in_order() {
        String name = Unique.name("audited.user");
        UserSummary u = service.create(name, "Audited User", null, "a-long-enough-password", Set.of(Roles.STUDENT));
        service.changeRoles(u.id(), Set.of(Roles.STUDENT, Roles.INSTRUCTOR));
        service.changeRoles(u.id(), Set.of(Roles.STUDENT, Roles.INSTRUCTOR)); // no change, no entry
        service.resetPassword(u.id(), "another-long-password");
        service.setEnabled(u.id(), false);

        var entries = about(name);
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("account created", "roles changed", "password reset", "account disabled");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.target()).isEqualTo("user " + u.id().value() + " (" + name + ")");
            assertThat(e.actorName()).contains("(admin)");
        });
        assertThat(entries.get(1).detail()).isEqualTo("from STUDENT to INSTRUCTOR, STUDENT; signed out everywhere");
        assertThat(entries).noneSatisfy(e -> assertThat(String.valueOf(e.detail())).contains("password-"));
    }

    @Test
    @WithUserDetails("admin")
    void a_name_or_email_over_its_length_is_refused_in_plain_words() {
        assertThatThrownBy(() -> service.create(Unique.name("long.name"), "N".repeat(201), null, "a-long-enough-password", Set.of(Roles.STUDENT)))
                .isInstanceOf(UserAdminService.InvalidUserException.class).hasMessage("The name is 201 characters long; at most 200 are allowed.");
        assertThatThrownBy(() -> service.create(Unique.name("long.mail"), "Someone", "a".repeat(250) + "@example.org", "a-long-enough-password",
                Set.of(Roles.STUDENT))).isInstanceOf(UserAdminService.InvalidUserException.class).hasMessageContaining("is not an email address");
    }
}
