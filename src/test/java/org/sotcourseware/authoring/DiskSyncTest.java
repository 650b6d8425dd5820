package org.sotcourseware.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sotcourseware.authoring.DiskSync.Action;
import org.sotcourseware.authoring.DiskSync.Known;

/** The start-up rule between the content folder and the database, one case at a time. */
class DiskSyncTest {

    static Action only(Map<String, Known> db, Map<String, String> disk) {
        var steps = DiskSync.plan(db, disk);
        assertThat(steps).hasSize(1);
        return steps.getFirst().action();
    }

    @Test
    void a_file_the_database_has_never_seen_is_seeded() {
        assertThat(only(Map.of(), Map.of("a.md", "s1"))).isEqualTo(Action.SEED);
    }

    @Test
    void an_unchanged_file_needs_nothing() {
        assertThat(DiskSync.plan(Map.of("a.md", new Known("s1", "s1", true, null)), Map.of("a.md", "s1"))).isEmpty();
        // edited in the app, unchanged on disk since: still nothing (the app's version stands)
        assertThat(DiskSync.plan(Map.of("a.md", new Known("s1", "s9", false, null)), Map.of("a.md", "s1"))).isEmpty();
    }

    @Test
    void a_file_nobody_edited_in_the_app_follows_the_folder() {
        assertThat(only(Map.of("a.md", new Known("s1", "s1", true, null)), Map.of("a.md", "s2"))).isEqualTo(Action.APPLY);
        assertThat(only(Map.of("a.md", new Known("s1", "s1", true, null)), Map.of())).isEqualTo(Action.REMOVE);
    }

    @Test
    void a_file_edited_in_the_app_gets_an_incoming_change_instead() {
        assertThat(only(Map.of("a.md", new Known("s1", "s9", false, null)), Map.of("a.md", "s2"))).isEqualTo(Action.INCOMING);
        assertThat(only(Map.of("a.md", new Known("s1", "s9", false, null)), Map.of())).isEqualTo(Action.INCOMING_REMOVAL);
        // the same incoming change is not recorded twice
        assertThat(DiskSync.plan(Map.of("a.md", new Known("s2", "s9", false, "s2")), Map.of("a.md", "s2"))).isEmpty();
    }

    @Test
    void a_folder_that_catches_up_with_what_is_published_clears_a_pending_incoming_change() {
        assertThat(only(Map.of("a.md", new Known("s1", "s9", false, "s1")), Map.of("a.md", "s9"))).isEqualTo(Action.MATCHES);
    }

    @Test
    void a_file_the_folder_removed_and_put_back_is_published_again() {
        // after REMOVE: no folder sha, nothing published, still managed by the folder
        assertThat(only(Map.of("a.md", new Known(null, null, true, null)), Map.of("a.md", "s3"))).isEqualTo(Action.APPLY);
    }

    @Test
    void files_created_in_the_app_are_left_alone_by_the_folder() {
        assertThat(DiskSync.plan(Map.of("new.md", new Known(null, "s5", false, null)), Map.of())).isEmpty();
        assertThat(only(Map.of("gone.md", new Known("s1", null, false, null)), Map.of())).isEqualTo(Action.FORGET);
    }
}
