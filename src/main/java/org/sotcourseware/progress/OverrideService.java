package org.sotcourseware.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.sotcourseware.security.UserDirectory;
import org.sotcourseware.security.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff open a module for one student despite its prerequisites (prior learning at a seminar, say), with a
 * reason recorded with who and when, audited and shown in the student's activity. {@link ProgressService}
 * reads the overrides as facts. Instructors, organisers and administrators only.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER + "','" + Roles.ADMIN + "')")
public class OverrideService {

    private final CatalogueService catalogue;
    private final ProgressStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final UserDirectory users;
    private final Clock clock;

    OverrideService(CatalogueService catalogue, ProgressStore store, CurrentUser currentUser, AuditLog audit, UserDirectory users, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    /** Opens one module for one student despite its prerequisites, with a reason (recorded with who and when). */
    @Transactional
    public boolean grantOverride(UserId student, String moduleId, String reason) {
        SignedInUser me = currentUser.require();
        if (catalogue.module(moduleId).isEmpty()) {
            throw new OverrideRefused(Message.of("progress.override.no-such-module", moduleId));
        }
        if (reason.isBlank() || reason.strip().length() < 5) {
            throw new OverrideRefused(Message.of("progress.override.reason-missing"));
        }
        if (reason.strip().length() > TextLimits.REASON) {
            throw new OverrideRefused(Message.of("progress.override.reason-too-long", reason.strip().length(), TextLimits.REASON));
        }
        Instant now = clock.instant();
        boolean granted = store.grantOverride(student.value(), moduleId, me.id().value(), reason.strip(), now);
        if (granted) {
            audit.record("module-override", "module " + moduleId + " for " + users.find(student).map(u -> u.displayName() + " ("
                    + u.username() + ")").orElse("user " + student.value()), reason.strip());
            store.activity(student.value(), now, "override", moduleId, moduleId,
                    catalogue.module(moduleId).map(CourseModule::title).orElse(moduleId), "opened by " + me.displayName());
        }
        return granted;
    }

    /** A module opened for a student: which, by whom, why and when. */
    public record ModuleOverride(String moduleId, String grantedBy, String reason, Instant at) {
    }

    /** The modules opened for a student, with who opened them and why. */
    @Transactional(readOnly = true)
    public List<ModuleOverride> overrides(UserId student) {
        return store.overrideDetails(student.value()).stream().map(o -> new ModuleOverride(o.moduleId(), o.grantedBy(), o.reason(), o.at())).toList();
    }
}
