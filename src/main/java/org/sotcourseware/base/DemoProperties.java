package org.sotcourseware.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode: on for a local run (demo accounts on the login page, demo activity), off in the
 * {@code prod} profile.
 */
@ConfigurationProperties("sot.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled) {
}
