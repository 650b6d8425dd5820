package org.sotcourseware.content;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.internal.ContentLoader;

/**
 * One content file parsed as students would get it, from a tree that may hold unpublished changes: what
 * the editor previews and validates.
 *
 * @param problems problems in this file (file and line), empty when it may be published
 * @param related  problems the file causes or meets elsewhere in its module or the curriculum
 * @param warnings warnings about this file (they do not stop a publish)
 */
public record ContentDraft(String path, Kind kind, @Nullable String moduleId, List<ContentProblem> problems,
                           List<ContentProblem> related, @Nullable Lesson lesson, @Nullable CourseModule module,
                           @Nullable Quiz quiz, @Nullable CaseStudy caseStudy, @Nullable RenderedDocument rendered,
                           List<ContentProblem> warnings) {

    public ContentDraft {
        problems = List.copyOf(problems);
        related = List.copyOf(related);
        warnings = List.copyOf(warnings);
    }

    /** A draft without warnings. */
    public ContentDraft(String path, Kind kind, @Nullable String moduleId, List<ContentProblem> problems, List<ContentProblem> related,
                        @Nullable Lesson lesson, @Nullable CourseModule module, @Nullable Quiz quiz, @Nullable CaseStudy caseStudy,
                        @Nullable RenderedDocument rendered) {
        this(path, kind, moduleId, problems, related, lesson, module, quiz, caseStudy, rendered, List.of());
    }

    /** What a content file is, by where it lives. */
    public enum Kind {
        CURRICULUM("Curriculum file"), MODULE("Module overview"), LESSON("Lesson"), QUIZ("Quiz"), CASE("Case study"),
        STATION("Practical station"), IMAGE("Image"), OTHER("Other file");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The kind's name for people, in the reader's language. */
        public org.sotcourseware.base.Message text() {
            return org.sotcourseware.base.Message.of("content.file-kind." + name().toLowerCase(java.util.Locale.ROOT));
        }

        /** The kind of the file at {@code path} (relative to the content root). */
        public static Kind of(String path) {
            String[] seg = path.split("/");
            if (seg.length == 1) {
                return path.equals("curriculum.yml") ? CURRICULUM : OTHER;
            }
            if (ContentLoader.isImage(path)) {
                return IMAGE;
            }
            if (seg.length == 2 && seg[1].equals("module.md")) {
                return MODULE;
            }
            if (seg.length == 2 && seg[1].equals("quiz.md")) {
                return QUIZ;
            }
            if (seg.length == 3 && seg[1].equals("lessons") && seg[2].endsWith(".md")) {
                return LESSON;
            }
            if (seg.length == 3 && seg[1].equals("cases") && seg[2].endsWith(".md")) {
                return CASE;
            }
            if (seg.length == 3 && seg[1].equals("practical") && seg[2].endsWith(".md")) {
                return STATION;
            }
            return OTHER;
        }
    }

    public boolean publishable() {
        return problems.isEmpty();
    }
}
