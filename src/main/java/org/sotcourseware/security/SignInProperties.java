package org.sotcourseware.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling ({@code sot.sign-in.*}; {@link SignInThrottle}, docs/security.md).
 *
 * @param accountFreeFailures    failures in a row for one account name before delays begin
 * @param accountFirstDelay      the first delay; each further failure doubles it
 * @param accountMaxDelay        the longest delay
 * @param addressFailuresPerHour failures from one source address in an hour before the address is refused
 */
@ConfigurationProperties("sot.sign-in")
public record SignInProperties(@DefaultValue("5") int accountFreeFailures, @DefaultValue("30s") Duration accountFirstDelay,
                               @DefaultValue("15m") Duration accountMaxDelay, @DefaultValue("100") int addressFailuresPerHour) {
}
