package org.sotcourseware.casestudy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.sotcourseware.base.Message;
import org.sotcourseware.content.CaseStudy;

/**
 * A case worked in memory, by the same engine and views as a student's stored run, and stored nowhere:
 * how authors try a case in the editor's preview before publishing it.
 */
public final class CasePlay {

    private final CaseStudy cs;
    private final String moduleTitle;
    private final UnaryOperator<String> html;
    private final List<CasePresentation.Taken> steps = new ArrayList<>();
    private final Instant started = Instant.now();
    private String current;
    private boolean completed;
    /** Each play (and each restart) shuffles the options anew, as a new run does. */
    private long seed = new Random().nextLong();

    /** A played preview is never stored, so its run has no row; it gets this id, which no stored run has. */
    static final CaseRunId PREVIEW = new CaseRunId(0);

    public CasePlay(CaseStudy cs, String moduleTitle, UnaryOperator<String> html) {
        if (cs.stages().isEmpty()) {
            throw new CaseException(Message.of("casestudy.preview.no-stages"));
        }
        this.cs = cs;
        this.moduleTitle = moduleTitle;
        this.html = html;
        this.current = cs.first().id();
    }

    public CaseReadModel.Run view() {
        int score = CaseEngine.score(steps.stream().map(CasePresentation.Taken::points).toList());
        return CasePresentation.build(cs, steps, new CasePresentation.Standing(PREVIEW, moduleTitle, current, !completed, completed, score,
                cs.maxPoints(), started, completed ? Instant.now() : null, List.of(), seed), html);
    }

    public CaseReadModel.Run decide(String stageId, Set<String> chosen) {
        if (!completed && stageId.equals(current)) {
            advance(CaseEngine.decide(cs, cs.stage(stageId).orElseThrow(), chosen));
        }
        return view();
    }

    public CaseReadModel.Run proceed(String stageId) {
        if (!completed && stageId.equals(current)) {
            advance(CaseEngine.proceed(cs, cs.stage(stageId).orElseThrow()));
        }
        return view();
    }

    public CaseReadModel.Run restart() {
        steps.clear();
        seed = new Random().nextLong();
        current = cs.first().id();
        completed = false;
        return view();
    }

    private void advance(CaseEngine.Step step) {
        String next = step.next().orElseThrow(() -> new CaseException(Message.of("casestudy.preview.leads-nowhere")));
        CaseStudy.Stage target = cs.stage(next).orElseThrow(() -> new CaseException(Message.of("casestudy.preview.missing-stage", next)));
        steps.add(new CasePresentation.Taken(step.stageId(), step.chosen(), step.points()));
        current = target.id();
        completed = target.type() == CaseStudy.StageType.END;
    }
}
