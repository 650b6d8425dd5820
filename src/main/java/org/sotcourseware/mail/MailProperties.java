package org.sotcourseware.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from      the sender of every message, for example {@code SOT Courseware <no-reply@example.org>}
 * @param publicUrl the address people reach this app at, without a trailing slash: links in messages point
 *                  there, never to whatever Host header a request carried
 */
@ConfigurationProperties("sot.mail")
public record MailProperties(@DefaultValue("SOT Courseware <no-reply@localhost>") String from,
                             @DefaultValue("http://localhost:8080") String publicUrl) {
}
