package org.sotcourseware.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The avatar shows two letters however long the name, a title skipped, so nothing spills out of it on a phone. */
class AvatarInitialsTest {

    @Test
    void a_very_long_name_gives_two_letters_and_a_title_is_skipped() {
        assertThat(MainLayout.initials("Dr Iris Instructor")).isEqualTo("II");
        assertThat(MainLayout.initials("Prof. Dr. Maximiliane Theodora Wilhelmina von Hohenzollern-Sigmaringen")).isEqualTo("MH");
        assertThat(MainLayout.initials("Sam")).isEqualTo("S");
        assertThat(MainLayout.initials("olive organiser")).isEqualTo("OO");
    }
}
