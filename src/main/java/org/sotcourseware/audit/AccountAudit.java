package org.sotcourseware.audit;

import org.sotcourseware.security.AccountChanged;
import org.sotcourseware.security.SecurityPolicyChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes every account change and security setting change into the audit log, in the transaction of the change. */
@Component
class AccountAudit {

    private final AuditLog audit;

    AccountAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AccountChanged e) {
        audit.record(e.action(), "user " + e.user().value() + " (" + e.username() + ")", e.detail());
    }

    @EventListener
    void on(SecurityPolicyChanged e) {
        audit.record("security setting changed", e.setting(), e.value());
    }
}
