package org.sotcourseware.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Backup file names and retention: which backups are kept, as plain functions. */
class BackupsTest {

    @Test
    void names_carry_the_utc_time_and_kind_and_only_such_names_are_backups() {
        Instant at = Instant.parse("2026-12-06T02:30:00Z");
        assertThat(Backups.fileName(at, Backups.Kind.H2)).isEqualTo("sot-courseware-20261206-023000.zip");
        assertThat(Backups.fileName(at, Backups.Kind.ARCHIVE)).isEqualTo("sot-courseware-20261206-023000.archive.zip");
        assertThat(Backups.parse("sot-courseware-20261206-023000.archive.zip")).hasValue(
                new Backups.Name("sot-courseware-20261206-023000.archive.zip", at, Backups.Kind.ARCHIVE));
        assertThat(Backups.parse("sot-courseware-20261206-023000.zip.partial")).isEmpty();
        assertThat(Backups.parse("notes.zip")).isEmpty();
    }

    @Test
    void nightly_backups_for_sixty_days_keep_the_last_seven_days_and_the_newest_of_four_weeks() {
        List<Backups.Name> all = new ArrayList<>();
        Instant last = Instant.parse("2026-12-06T02:30:00Z"); // a Sunday
        for (int d = 0; d < 60; d++) {
            Instant at = last.minus(d, ChronoUnit.DAYS);
            all.add(Backups.parse(Backups.fileName(at, Backups.Kind.H2)).orElseThrow());
        }
        Set<Backups.Name> keep = Backups.keep(all, 7, 4);
        List<String> days = keep.stream().map(n -> n.fileName().substring(15, 23)).sorted().toList();
        // 7 daily (Nov 30 .. Dec 6); the weeks: Dec 6 (week 49, also a daily), Nov 29, Nov 22, Nov 15 (Sundays)
        assertThat(days).containsExactly("20261115", "20261122", "20261129", "20261130", "20261201", "20261202", "20261203", "20261204",
                "20261205", "20261206");
    }

    @Test
    void several_backups_in_a_day_keep_the_newest_of_that_day() {
        Instant day = Instant.parse("2026-12-06T02:30:00Z");
        Backups.Name night = Backups.parse(Backups.fileName(day, Backups.Kind.H2)).orElseThrow();
        Backups.Name noon = Backups.parse(Backups.fileName(day.plus(10, ChronoUnit.HOURS), Backups.Kind.H2)).orElseThrow();
        Backups.Name yesterday = Backups.parse(Backups.fileName(day.minus(1, ChronoUnit.DAYS), Backups.Kind.ARCHIVE)).orElseThrow();
        assertThat(Backups.keep(List.of(night, noon, yesterday), 7, 4)).containsExactlyInAnyOrder(noon, yesterday);
        assertThat(Backups.keep(List.of(night, noon, yesterday), 1, 0)).containsExactly(noon);
    }

    @Test
    void each_scheduled_run_has_one_slot_the_same_on_every_node() {
        java.time.ZoneId utc = java.time.ZoneOffset.UTC;
        // nightly: two nodes firing a few hundred milliseconds apart claim the same run
        assertThat(BackupService.scheduledTime("0 30 2 * * *", Instant.parse("2026-12-07T02:30:00.120Z"), utc))
                .isEqualTo(BackupService.scheduledTime("0 30 2 * * *", Instant.parse("2026-12-07T02:30:00.820Z"), utc))
                .isEqualTo(Instant.parse("2026-12-07T02:30:00Z"));
        // every 30 seconds: two runs in the same minute are two runs
        assertThat(BackupService.scheduledTime("*/30 * * * * *", Instant.parse("2026-12-07T02:30:00.050Z"), utc))
                .isEqualTo(Instant.parse("2026-12-07T02:30:00Z"));
        assertThat(BackupService.scheduledTime("*/30 * * * * *", Instant.parse("2026-12-07T02:30:30.050Z"), utc))
                .isEqualTo(Instant.parse("2026-12-07T02:30:30Z"));
    }
}
