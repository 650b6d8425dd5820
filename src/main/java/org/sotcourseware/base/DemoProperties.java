package org.sotcourseware.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode: on for a local run (demo accounts on the login page, demo activity), off in the
 * {@code prod} profile.
 *
 * @param seminarStudents how many demo students the seminar demo adds (tests use a handful to start fast)
 */
@ConfigurationProperties("sot.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("24") int seminarStudents) {
}
