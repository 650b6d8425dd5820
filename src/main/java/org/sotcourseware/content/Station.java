package org.sotcourseware.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A practical (OSCE) station, parsed from a file in a module's {@code practical/} folder
 * (docs/authoring.md, "Practical stations"): what the candidate is told, what the examiner needs, the
 * checklist the examiner scores and the global rating scale.
 *
 * @param outcomes              outcome ids of the module the station examines (may be empty)
 * @param candidateInstructions Markdown of the "Candidate instructions" section
 * @param examinerNotes         Markdown of the "Examiner notes" section
 * @param passMark              the pass mark in marks from front matter {@code pass-mark}; null: 75% of {@link #totalMarks()}
 * @param version               a hash of the file: scores record the version they were given against
 */
public record Station(String moduleId, String id, String title, int minutes, List<String> outcomes, String candidateInstructions,
                      String examinerNotes, List<ChecklistItem> checklist, List<RatingLevel> globalRating, @Nullable Integer passMark,
                      String sourceFile, String version, List<ContentProblem> problems) {

    /** The five global rating levels, in the order a station lists them. */
    public static final List<String> RATING_LEVELS = List.of("fail", "borderline", "pass", "good", "excellent");

    /** The share of a station's marks needed to pass when front matter sets no {@code pass-mark}. */
    public static final double DEFAULT_PASS_SHARE = 0.75;

    public Station {
        outcomes = List.copyOf(outcomes);
        checklist = List.copyOf(checklist);
        globalRating = List.copyOf(globalRating);
        problems = List.copyOf(problems);
    }

    public boolean broken() {
        return !problems.isEmpty();
    }

    /** The most marks a candidate can score: the sum of the checklist items' marks. */
    public int totalMarks() {
        return checklist.stream().mapToInt(ChecklistItem::marks).sum();
    }

    /** The marks needed to pass: {@code pass-mark} if set, else 75% of the total (rounded up). */
    public double passMarks() {
        return passMark != null ? passMark : Math.ceil(totalMarks() * DEFAULT_PASS_SHARE * 100) / 100;
    }

    /**
     * One checklist item.
     *
     * @param id       a stable id derived from the text (scores refer to it)
     * @param marks    full marks for the item (at least 1)
     * @param partial  the partial marks an examiner may give, each below {@code marks}
     * @param critical missing a critical item fails the station whatever the score
     * @param line     the item's line in its file
     */
    public record ChecklistItem(String id, String text, int marks, List<Integer> partial, boolean critical, int line) {

        public ChecklistItem {
            partial = List.copyOf(partial);
        }
    }

    /** A level of the global rating ({@link #RATING_LEVELS}) and what it means at this station. */
    public record RatingLevel(String level, String description, int line) {
    }
}
