package org.sotcourseware.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from      the sender of every message, for example {@code SOT Courseware <no-reply@example.org>}
 * @param publicUrl the address people reach this app at, without a trailing slash: links in messages point
 *                  there, never to whatever Host header a request carried
 * @param maxAttempts  how many times a message is tried before it is given up (logged as an error)
 * @param retryFirst   the pause after the first failed try; it doubles after each further one
 * @param retryLongest the longest pause between tries
 */
@ConfigurationProperties("sot.mail")
public record MailProperties(@DefaultValue("SOT Courseware <no-reply@localhost>") String from,
                             @DefaultValue("http://localhost:8080") String publicUrl,
                             @DefaultValue("10") int maxAttempts,
                             @DefaultValue("1m") java.time.Duration retryFirst,
                             @DefaultValue("1h") java.time.Duration retryLongest) {
}
