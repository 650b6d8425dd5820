package org.sotcourseware.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.internal.ContentLoader;
import org.sotcourseware.content.internal.MarkdownRenderer;

/** The guard over the real curriculum: a broken file in content/ fails the build, naming file and line. */
class ContentGuardTest {

    @Test
    void the_curriculum_in_content_has_no_problems() {
        Curriculum c = new ContentLoader(new MarkdownRenderer()).load(Path.of("content"));
        assertThat(c.problems()).as("content problems (file:line: message)").isEmpty();
        assertThat(c.modules()).extracting(CourseModule::id).containsExactly(
                "foundations", "category-one", "category-two", "category-three", "extremities", "cranial", "cmrt",
                "tmj", "cranial-specific", "paediatrics", "sutural-cranial-rom", "intraoral");
        assertThat(c.modules()).allSatisfy(m -> assertThat(m.publishedLessons()).as(m.id() + " lessons").isNotEmpty());
        assertThat(c.module("foundations").orElseThrow().publishedLessons()).hasSizeGreaterThanOrEqualTo(4);
    }
}
