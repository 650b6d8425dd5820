package org.sotcourseware.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which host names the app answers to and which outside hosts its pages may load images from
 * ({@code sot.web.*}; docs/security.md, decision 014).
 *
 * @param allowedHosts host names the app answers to besides the public URL's ({@code sot.certificates.public-url}):
 *                     a request for any other {@code Host} is refused with 400, so a forged one is never echoed
 *                     into a redirect or a link
 * @param imageHosts   https hosts lessons may show images from (Content-Security-Policy {@code img-src}); none by
 *                     default, so opening a lesson never tells a third party the reader's address
 * @param hsts         send Strict-Transport-Security (on in the {@code prod} profile)
 */
@ConfigurationProperties("sot.web")
public record WebSecurityProperties(@DefaultValue({"localhost", "127.0.0.1", "[::1]"}) List<String> allowedHosts,
                                    @DefaultValue({}) List<String> imageHosts, @DefaultValue("false") boolean hsts) {
}
