package org.sotcourseware.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing first administrator into a short, plain start-up message instead of a stack trace. */
class MissingAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<AccountBootstrap.MissingAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AccountBootstrap.MissingAdministratorException cause) {
        return new FailureAnalysis("SOT Courseware cannot start without an administrator. " + cause.getMessage(),
                "Example: SOT_SECRET_KEY=\"$(cat secret-key)\" SOT_ADMIN_USERNAME=alice SOT_ADMIN_PASSWORD='a-long-secret' java -jar sot-courseware.jar "
                        + "--spring.profiles.active=prod", cause);
    }
}
