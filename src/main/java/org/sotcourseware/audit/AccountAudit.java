package org.sotcourseware.audit;

import org.sotcourseware.security.AccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes every account change into the audit log, in the transaction of the change. */
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
}
