package org.sotcourseware.ops;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups (decision 012).
 *
 * @param dir        where backups go ({@code ${sot.data-dir}/backups} unless set)
 * @param cron       when the scheduled backup runs, a Spring cron expression in the server's time zone (nightly at
 *                   02:30 by default); {@code -} turns the schedule off (backups on demand still work)
 * @param keepDaily  how many days keep their newest backup
 * @param keepWeekly how many ISO weeks keep their newest backup, beyond those days
 */
@ConfigurationProperties("sot.backup")
public record BackupProperties(Path dir, @DefaultValue("0 30 2 * * *") String cron, @DefaultValue("7") int keepDaily,
                               @DefaultValue("4") int keepWeekly) {

    public BackupProperties {
        if (keepDaily < 1) {
            throw new IllegalArgumentException("sot.backup.keep-daily must be at least 1, not " + keepDaily);
        }
        if (keepWeekly < 0) {
            throw new IllegalArgumentException("sot.backup.keep-weekly must be 0 or more, not " + keepWeekly);
        }
    }
}
