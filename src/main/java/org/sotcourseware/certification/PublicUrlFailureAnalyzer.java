package org.sotcourseware.certification;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing or malformed public address ({@link CertificationProperties}) into a short, plain start-up message. */
class PublicUrlFailureAnalyzer extends AbstractFailureAnalyzer<CertificationProperties.PublicUrlException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CertificationProperties.PublicUrlException cause) {
        return new FailureAnalysis(cause.getMessage(), "Example: SOT_PUBLIC_URL=https://courses.example.org (the address in the "
                + "browser's address bar, without a trailing slash)", cause);
    }
}
