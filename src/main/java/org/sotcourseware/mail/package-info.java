/**
 * Email: plain-words messages in text and HTML (templates under {@code resources/mail/}), sent through any
 * SMTP server that {@code spring.mail.*} names, after the transaction that asked for them commits. With
 * no SMTP server configured, {@link org.sotcourseware.mail.Mail#enabled()} is false and the features that
 * would email fall back (a set-up link is downloaded instead).
 */
@NullMarked
package org.sotcourseware.mail;

import org.jspecify.annotations.NullMarked;
