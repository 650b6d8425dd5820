package org.sotcourseware.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing or malformed secret key ({@link SecretBox}) into a short, plain start-up message. */
class SecretKeyFailureAnalyzer extends AbstractFailureAnalyzer<SecretBox.SecretKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SecretBox.SecretKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), "Example: SOT_SECRET_KEY=\"$(openssl rand -base64 32)\" (made once and kept: "
                + "second-factor secrets encrypted with it cannot be read without it)", cause);
    }
}
