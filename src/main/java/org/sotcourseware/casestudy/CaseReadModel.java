package org.sotcourseware.casestudy;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Read models for the case screens. Nothing here reveals a stage the student has not reached. */
public final class CaseReadModel {

    private CaseReadModel() {
    }

    public enum Status {
        NOT_STARTED, IN_PROGRESS, COMPLETED
    }

    /** A case in the module's list, with the student's status. */
    public record Summary(String moduleId, String caseId, String title, int minutes, List<String> objectives, Status status,
                          @Nullable Integer bestScore, int maxScore, int completedRuns, @Nullable CaseRunId currentRunId) {
    }

    /** A module's cases, for its cases page. */
    public record ModuleCases(String moduleId, String moduleTitle, List<Summary> cases) {

        public ModuleCases {
            cases = List.copyOf(cases);
        }
    }

    public record Choice(String id, String html) {
    }

    /** A stage the student has reached, with what they decided there (if anything yet). */
    public record VisitedStage(String stageId, String title, String contentHtml, boolean deadEnd, @Nullable String promptHtml,
                               List<String> chosenHtml, int points, List<String> feedbackHtml, @Nullable String commentaryHtml,
                               @Nullable Boolean ideal) {
    }

    /** The stage the student is at: its decision (options without points, targets or feedback), or a way on. */
    public record Current(String stageId, String title, String contentHtml, boolean deadEnd, boolean end, @Nullable String decisionId,
                          @Nullable String promptHtml, boolean multiple, List<Choice> options, @Nullable String returnTitle) {
    }

    /** After the end: path beside the ideal path, points per decision, the debrief for the score band. */
    public record Debrief(String contentHtml, int score, int maxScore, @Nullable String bandMessage, List<String> pathTitles,
                          List<String> idealTitles, List<DecisionPoints> decisions) {
    }

    public record DecisionPoints(String stageTitle, String choiceText, int points, int bestPoints, boolean ideal,
                                 @Nullable String commentaryHtml) {
    }

    /** A run as the student sees it. {@code stepOfIdeal}: how far along the ideal path length the run is. */
    public record Run(CaseRunId runId, String moduleId, String moduleTitle, String caseId, String title, String presentationHtml,
                      List<String> objectives, List<VisitedStage> history, @Nullable Current current, @Nullable Debrief debrief,
                      int stepNumber, int idealLength, int score, boolean completed, Instant startedAt, @Nullable Instant completedAt,
                      List<RunSummary> otherRuns) {
    }

    /** Where a run stands: being worked, finished, or set aside for a fresh start. */
    public enum RunStatus {
        IN_PROGRESS, COMPLETED, ABANDONED
    }

    public record RunSummary(CaseRunId runId, RunStatus status, Instant startedAt, @Nullable Instant completedAt, int score, int maxScore) {
    }
}
