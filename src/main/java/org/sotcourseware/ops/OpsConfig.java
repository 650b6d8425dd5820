package org.sotcourseware.ops;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the nightly backup ({@link BackupService}). */
@Configuration
@EnableScheduling
class OpsConfig {
}
