package org.sotcourseware.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who the students are, for instructors, organisers and admins. */
@Service
public class UserDirectory {

    private final UserAccountRepository users;

    UserDirectory(UserAccountRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER + "','" + Roles.ADMIN + "')")
    public List<UserSummary> students() {
        return users.allByUsername().stream().filter(u -> u.getRoles().contains(Roles.STUDENT) && u.isEnabled())
                .map(UserAccount::toSummary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER + "','" + Roles.ADMIN + "')")
    public Optional<UserSummary> find(UserId id) {
        return users.findById(id.value()).map(UserAccount::toSummary);
    }

    /** Several people at once, by id (unknown ids are left out). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER + "','" + Roles.ADMIN + "')")
    public java.util.Map<UserId, UserSummary> findAll(java.util.Collection<UserId> ids) {
        java.util.Map<UserId, UserSummary> out = new java.util.LinkedHashMap<>();
        users.findAllById(ids.stream().map(UserId::value).toList()).forEach(u -> {
            UserSummary summary = u.toSummary();
            out.put(summary.id(), summary);
        });
        return out;
    }

    /** Instructors, for choosing who teaches a seminar. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER + "','" + Roles.ADMIN + "')")
    public List<UserSummary> instructors() {
        return users.allByUsername().stream().filter(u -> u.getRoles().contains(Roles.INSTRUCTOR) && u.isEnabled())
                .map(UserAccount::toSummary).toList();
    }

    /** Staff accounts (instructors, organisers, administrators), for choosing examiners. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER + "','" + Roles.ADMIN + "')")
    public List<UserSummary> staff() {
        return users.allByUsername().stream()
                .filter(u -> u.isEnabled() && (u.getRoles().contains(Roles.INSTRUCTOR) || u.getRoles().contains(Roles.ORGANISER)
                        || u.getRoles().contains(Roles.ADMIN)))
                .map(UserAccount::toSummary).toList();
    }
}
