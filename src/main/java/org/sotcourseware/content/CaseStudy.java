package org.sotcourseware.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A clinical case study, parsed from a file in a module's {@code cases/} folder (docs/authoring.md).
 *
 * @param presentation the patient presentation (Markdown before the first stage)
 * @param stages       in file order; the first is where every run starts
 * @param version      a hash of the file: runs record the version they were worked against
 */
public record CaseStudy(String moduleId, String id, String title, int minutes, List<String> objectives, String presentation,
                        List<Stage> stages, String sourceFile, String version, List<ContentProblem> problems) {

    public CaseStudy {
        objectives = List.copyOf(objectives);
        stages = List.copyOf(stages);
        problems = List.copyOf(problems);
    }

    public boolean broken() {
        return !problems.isEmpty();
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    public Stage first() {
        return stages.getFirst();
    }

    /**
     * Where a stage goes when no option says otherwise: the next stage in the file that is not a dead end or
     * a consequence (those are off the path: reached only by a choice that names them).
     */
    public Optional<String> defaultNext(Stage stage) {
        boolean after = false;
        for (Stage s : stages) {
            if (after && !s.type().offPath()) {
                return Optional.of(s.id());
            }
            if (s.id().equals(stage.id())) {
                after = true;
            }
        }
        return Optional.empty();
    }

    /** Where choosing {@code chosen} at {@code stage}'s decision leads. */
    public Optional<String> next(Stage stage, Set<String> chosen) {
        Decision d = stage.decision();
        if (d == null) {
            if (stage.type() == StageType.DEAD_END) {
                return Optional.ofNullable(stage.returnTo());
            }
            return stage.type() == StageType.CONSEQUENCE && stage.returnTo() != null ? Optional.of(stage.returnTo()) : defaultNext(stage);
        }
        if (!d.multiple()) {
            for (Option o : d.options()) {
                if (chosen.contains(o.id())) {
                    return o.next() != null ? Optional.of(o.next()) : defaultNext(stage);
                }
            }
            return Optional.empty();
        }
        return d.next() != null ? Optional.of(d.next()) : defaultNext(stage);
    }

    /** The expert's path: from the first stage, always the ideal ([x]) options, until an end stage. */
    public List<String> idealPath() {
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Stage current = first();
        while (current != null && seen.add(current.id())) {
            path.add(current.id());
            if (current.type() == StageType.END) {
                break;
            }
            Set<String> ideal = current.decision() == null ? Set.of()
                    : new HashSet<>(current.decision().options().stream().filter(Option::ideal).map(Option::id).toList());
            current = next(current, ideal).flatMap(this::stage).orElse(null);
        }
        return path;
    }

    /** The points of the ideal path: the top of the score bands. */
    public int maxPoints() {
        int total = 0;
        for (String id : idealPath()) {
            Decision d = stage(id).map(Stage::decision).orElse(null);
            if (d != null) {
                total += d.options().stream().filter(Option::ideal).mapToInt(Option::points).sum();
            }
        }
        return total;
    }

    public int decisionCount() {
        return (int) stages.stream().filter(s -> s.decision() != null).count();
    }

    /**
     * What a stage is: on the path ({@code NORMAL}), a dead end that explains and sends the student back, a
     * consequence that narrates what a wrong or unsafe choice led to (it returns, or goes on with its own
     * decision), or the end with the debrief.
     */
    public enum StageType {
        NORMAL, DEAD_END, CONSEQUENCE, END;

        /** Dead ends and consequences: reached only by a choice that names them, never by default or on the ideal path. */
        public boolean offPath() {
            return this == DEAD_END || this == CONSEQUENCE;
        }
    }

    /** The clinical role of a stage ({@code kind=}): where care is given, and where its effect is re-checked. */
    public enum StageKind {
        TREATMENT, REASSESSMENT
    }

    /**
     * A stage: content, and either a decision, a return (dead end, consequence), a debrief (end) or a plain continue.
     *
     * @param kind the stage's clinical role ({@code kind=treatment|reassessment}), or null
     */
    public record Stage(String id, String title, StageType type, String content, @Nullable Decision decision,
                        @Nullable String returnTo, List<ScoreBand> bands, int line, @Nullable StageKind kind) {

        public Stage {
            bands = List.copyOf(bands);
        }

        /** A stage with no clinical role. */
        public Stage(String id, String title, StageType type, String content, @Nullable Decision decision, @Nullable String returnTo,
                     List<ScoreBand> bands, int line) {
            this(id, title, type, content, decision, returnTo, bands, line, null);
        }
    }

    /** A decision at the end of a stage. {@code next} applies to multiple-choice decisions. */
    public record Decision(String id, String prompt, boolean multiple, @Nullable String next, List<Option> options,
                           @Nullable String commentary, int line) {

        public Decision {
            options = List.copyOf(options);
        }
    }

    /**
     * An option of a decision: {@code ideal} marks the expert's choice; {@code unsafe} a choice that would
     * harm the patient (it must score 0 or less and lead to a dead end or a consequence).
     */
    public record Option(String id, String text, boolean ideal, @Nullable String feedback, int points, @Nullable String next, int line,
                         boolean unsafe) {

        /** An option not flagged unsafe. */
        public Option(String id, String text, boolean ideal, @Nullable String feedback, int points, @Nullable String next, int line) {
            this(id, text, ideal, feedback, points, next, line, false);
        }
    }

    /** {@code min}-{@code max} points (inclusive) earn {@code message}. */
    public record ScoreBand(int min, int max, String message) {

        public boolean contains(int score) {
            return score >= min && score <= max;
        }
    }

    /** The band for a score: the one containing it, else the nearest below, else the lowest. */
    public static Optional<ScoreBand> band(List<ScoreBand> bands, int score) {
        return bands.stream().filter(b -> b.contains(score)).findFirst()
                .or(() -> bands.stream().filter(b -> b.max() < score).max(Comparator.comparingInt(ScoreBand::max)))
                .or(() -> bands.stream().min(Comparator.comparingInt(ScoreBand::min)));
    }
}
