package org.sotcourseware.content.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Node;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.ContentProblem;

/** Parses and validates a case study file (format: docs/authoring.md). */
final class CaseParser {

    private static final Pattern BAND = Pattern.compile("^\\s*(\\d+)\\s*[-–—]\\s*(\\d+)\\s*[:.]\\s*(.+)$");

    private final MarkdownRenderer renderer;

    CaseParser(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    CaseStudy parse(String moduleId, String file, String text, MarkdownRenderer.ImageResolver images) {
        List<ContentProblem> problems = new ArrayList<>();
        FrontMatter fm = FrontMatter.parse(text, file, problems);
        String id = fm.idOrFileName(file, problems);
        String title = fm.require("title", file, problems).orElse(id);
        int minutes = fm.integer("minutes", file, problems).orElse(0);
        List<String> objectives = fm.yaml().strings("objectives");
        int offset = fm.bodyStartLine();

        MarkdownBlocks blocks = new MarkdownBlocks(fm.body());
        List<MarkdownRenderer.Issue> refused = new ArrayList<>();
        Node doc = renderer.parse(fm.body(), refused);
        refused.forEach(i -> problems.add(new ContentProblem(file, offset + i.line(), i.text())));
        StringBuilder presentation = new StringBuilder();
        List<StageBuilder> builders = new ArrayList<>();
        StageBuilder stage = null;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                continue;
            }
            if (n instanceof Heading h && h.getLevel() == 2) {
                stage = new StageBuilder(file, offset + blocks.startLine(h), blocks.line(blocks.startLine(h)), problems);
                builders.add(stage);
                continue;
            }
            if (stage == null) {
                presentation.append(blocks.source(n)).append('\n');
            } else {
                stage.add(n, blocks, offset);
            }
        }
        List<CaseStudy.Stage> stages = new ArrayList<>();
        for (StageBuilder b : builders) {
            CaseStudy.Stage s = b.build();
            if (s != null) {
                stages.add(s);
            }
        }
        CaseStudy cs = new CaseStudy(moduleId, id, title, minutes, objectives, presentation.toString().strip(), stages, file,
                MarkdownRenderer.hash(text).substring(0, 16), List.of());
        if (fm.valid()) {
            validate(cs, file, offset, problems);
        }
        renderer.issues(presentation.toString(), images)
                .forEach(i -> problems.add(new ContentProblem(file, offset + i.line(), i.text())));
        for (CaseStudy.Stage s : stages) {
            renderer.issues(s.content(), images)
                    .forEach(i -> problems.add(new ContentProblem(file, s.line(), Message.of("content.case.in-stage", s.id(), i.text()))));
        }
        return new CaseStudy(moduleId, id, title, minutes, objectives, cs.presentation(), stages, file, cs.version(), problems);
    }

    private static void validate(CaseStudy cs, String file, int offset, List<ContentProblem> problems) {
        if (cs.stages().isEmpty()) {
            problems.add(new ContentProblem(file, offset, Message.of("content.case.case-no-stages-each", "{#s-id}")));
            return;
        }
        Map<String, CaseStudy.Stage> byId = new LinkedHashMap<>();
        Set<String> decisionIds = new HashSet<>();
        for (CaseStudy.Stage s : cs.stages()) {
            if (byId.putIfAbsent(s.id(), s) != null) {
                problems.add(new ContentProblem(file, s.line(), Message.of("content.case.stage-id-used-twice", s.id())));
            }
            if (s.decision() != null && !decisionIds.add(s.decision().id())) {
                problems.add(new ContentProblem(file, s.decision().line(), Message.of("content.case.decision-id-used-twice", s.decision().id())));
            }
        }
        Map<String, List<String>> edges = new HashMap<>();
        for (CaseStudy.Stage s : cs.stages()) {
            List<String> out = new ArrayList<>();
            switch (s.type()) {
                case END -> {
                    if (s.decision() != null) {
                        problems.add(new ContentProblem(file, s.decision().line(), Message.of("content.case.end-stage-cannot-decision", s.id())));
                    }
                    if (s.bands().isEmpty()) {
                        problems.add(new ContentProblem(file, s.line(), Message.of("content.case.end-stage-needs-score", s.id())));
                    }
                }
                case CONSEQUENCE -> {
                    CaseStudy.Decision d = s.decision();
                    if (d != null && s.returnTo() != null) {
                        problems.add(new ContentProblem(file, s.line(), Message.of("content.case.consequence-stage-both-decision", s.id())));
                    }
                    if (d != null) {
                        validateDecision(cs, s, d, byId, out, file, problems);
                    } else if (s.returnTo() == null) {
                        problems.add(new ContentProblem(file, s.line(), Message.of("content.case.consequence-stage-leads-nowhere", s.id())));
                    } else if (!byId.containsKey(s.returnTo())) {
                        problems.add(new ContentProblem(file, s.line(), Message.of("content.case.consequence-stage-returns-missing", s.id(), s.returnTo())));
                    } else {
                        out.add(s.returnTo());
                    }
                }
                case DEAD_END -> {
                    if (s.returnTo() == null) {
                        problems.add(new ContentProblem(file, s.line(), Message.of("content.case.dead-end-stage-name", s.id())));
                    } else if (!byId.containsKey(s.returnTo())) {
                        problems.add(new ContentProblem(file, s.line(), Message.of("content.case.dead-end-stage-returns", s.id(), s.returnTo())));
                    } else {
                        out.add(s.returnTo());
                    }
                }
                case NORMAL -> {
                    CaseStudy.Decision d = s.decision();
                    if (d == null) {
                        cs.defaultNext(s).ifPresentOrElse(out::add, () -> problems.add(new ContentProblem(file, s.line(),
                                Message.of("content.case.stage-leads-nowhere-add", s.id()))));
                    } else {
                        validateDecision(cs, s, d, byId, out, file, problems);
                    }
                }
            }
            edges.put(s.id(), out);
        }
        // reachability from the first stage
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(cs.first().id()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (reached.add(id)) {
                todo.addAll(edges.getOrDefault(id, List.of()));
            }
        }
        for (CaseStudy.Stage s : cs.stages()) {
            if (!reached.contains(s.id())) {
                problems.add(new ContentProblem(file, s.line(), Message.of("content.case.stage-cannot-reached-first", s.id())));
            }
        }
        List<String> ends = cs.stages().stream().filter(s -> s.type() == CaseStudy.StageType.END).map(CaseStudy.Stage::id).toList();
        if (ends.isEmpty()) {
            problems.add(new ContentProblem(file, offset, Message.of("content.case.case-no-end-stage")));
            return;
        }
        // every reached stage must be able to reach an end: otherwise a student can be caught in a loop
        Set<String> canFinish = new HashSet<>(ends);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var e : edges.entrySet()) {
                if (!canFinish.contains(e.getKey()) && e.getValue().stream().anyMatch(canFinish::contains)) {
                    canFinish.add(e.getKey());
                    grew = true;
                }
            }
        }
        for (CaseStudy.Stage s : cs.stages()) {
            boolean alreadyReported = s.type() == CaseStudy.StageType.DEAD_END && (s.returnTo() == null || !byId.containsKey(s.returnTo()))
                    || s.type() == CaseStudy.StageType.CONSEQUENCE && s.decision() == null
                    && (s.returnTo() == null || !byId.containsKey(s.returnTo()));
            if (reached.contains(s.id()) && !canFinish.contains(s.id()) && !alreadyReported) {
                problems.add(new ContentProblem(file, s.line(), Message.of("content.case.stage-loop-no-way", s.id())));
            }
        }
        checkBands(cs, file, problems);
    }

    private static void validateDecision(CaseStudy cs, CaseStudy.Stage s, CaseStudy.Decision d, Map<String, CaseStudy.Stage> byId,
                                         List<String> out, String file, List<ContentProblem> problems) {
        if (d.options().size() < 2) {
            problems.add(new ContentProblem(file, d.line(), Message.of("content.case.decision-needs-least-two", d.id())));
        }
        long ideal = d.options().stream().filter(CaseStudy.Option::ideal).count();
        if (ideal == 0) {
            problems.add(new ContentProblem(file, d.line(), Message.of("content.case.decision-marks-no-ideal", d.id())));
        } else if (!d.multiple() && ideal > 1) {
            problems.add(new ContentProblem(file, d.line(), Message.of("content.case.decision-marks-ideal-options", d.id(), ideal)));
        }
        for (CaseStudy.Option o : d.options()) {
            if (o.feedback() == null || o.feedback().isBlank()) {
                problems.add(new ContentProblem(file, o.line(), Message.of("content.case.option-no-feedback-add", abbreviate(o.text()))));
            }
            if (o.next() != null) {
                if (d.multiple()) {
                    problems.add(new ContentProblem(file, o.line(), Message.of("content.case.options-multiple-decision-cannot")));
                } else if (!byId.containsKey(o.next())) {
                    problems.add(new ContentProblem(file, o.line(), Message.of("content.case.option-jumps-missing-stage", abbreviate(o.text()), o.next())));
                } else {
                    out.add(o.next());
                }
            } else if (!d.multiple()) {
                cs.defaultNext(s).ifPresentOrElse(out::add, () -> problems.add(new ContentProblem(file, o.line(),
                        Message.of("content.case.option-no-next", abbreviate(o.text())))));
            }
        }
        if (d.multiple()) {
            if (d.next() != null && !byId.containsKey(d.next())) {
                problems.add(new ContentProblem(file, d.line(), Message.of("content.case.decision-jumps-missing-stage", d.id(), d.next())));
            } else if (d.next() != null) {
                out.add(d.next());
            } else {
                cs.defaultNext(s).ifPresentOrElse(out::add, () -> problems.add(new ContentProblem(file, d.line(),
                        Message.of("content.case.decision-no-next", d.id()))));
            }
        }
    }

    private static void checkBands(CaseStudy cs, String file, List<ContentProblem> problems) {
        int max = cs.maxPoints();
        for (CaseStudy.Stage s : cs.stages()) {
            if (s.type() != CaseStudy.StageType.END || s.bands().isEmpty()) {
                continue;
            }
            List<Integer> uncovered = new ArrayList<>();
            for (int score = 0; score <= max; score++) {
                int sc = score;
                if (s.bands().stream().noneMatch(b -> b.contains(sc))) {
                    uncovered.add(score);
                }
            }
            if (!uncovered.isEmpty()) {
                problems.add(new ContentProblem(file, s.line(), Message.of("content.case.score-bands-do-not", s.id(), uncovered, max)));
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 50 ? s.substring(0, 47) + "..." : s;
    }

    /** One stage's blocks: content, then optionally a decision, commentary, or score bands. */
    private static final class StageBuilder {
        private final String file;
        private final int line;
        private final List<ContentProblem> problems;
        private final String title;
        private final Map<String, String> attributes;
        private final StringBuilder content = new StringBuilder();
        private final List<CaseStudy.ScoreBand> bands = new ArrayList<>();
        private @Nullable DecisionBuilder decision;
        private boolean inBands;

        StageBuilder(String file, int line, String raw, List<ContentProblem> problems) {
            this.file = file;
            this.line = line;
            this.problems = problems;
            Matcher m = MarkdownBlocks.HEADING_WITH_ATTRIBUTES.matcher(raw);
            if (m.matches()) {
                title = m.group(2);
                attributes = MarkdownBlocks.parseAttributes(m.group(3));
            } else {
                title = raw.replaceFirst("^#+\\s*", "").strip();
                attributes = Map.of();
            }
        }

        void add(Node n, MarkdownBlocks blocks, int offset) {
            if (n instanceof Heading h && h.getLevel() == 3) {
                String raw = blocks.line(blocks.startLine(h));
                if (h.getText().toString().strip().toLowerCase(Locale.ROOT).startsWith("score bands")) {
                    inBands = true;
                    return;
                }
                inBands = false;
                if (decision != null) {
                    problems.add(new ContentProblem(file, offset + blocks.startLine(h), Message.of("content.case.stage-one-decision-most")));
                    return;
                }
                decision = new DecisionBuilder(offset + blocks.startLine(h), raw);
                return;
            }
            if (inBands && n instanceof BulletList list) {
                for (Node c = list.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof ListItem item) {
                        Matcher m = BAND.matcher(blocks.itemText(item));
                        if (m.matches()) {
                            bands.add(new CaseStudy.ScoreBand(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3).strip()));
                        } else {
                            problems.add(new ContentProblem(file, offset + blocks.startLine(item), Message.of("content.case.score-band-read-min")));
                        }
                    }
                }
                return;
            }
            if (decision != null) {
                decision.add(n, blocks, offset);
            } else {
                content.append(blocks.source(n)).append('\n');
            }
        }

        CaseStudy.@Nullable Stage build() {
            String id = attributes.get("id");
            if (id == null || !FrontMatter.ID.matcher(id).matches()) {
                problems.add(new ContentProblem(file, line, id == null
                        ? Message.of("content.case.stage-no-id", abbreviate(title), "{#s-...}") : Message.of("content.case.stage-id-format", id)));
                return null;
            }
            MarkdownBlocks.unknown(attributes, List.of("id", "type", "return", "kind")).forEach(k ->
                    problems.add(new ContentProblem(file, line, Message.of("content.case.unknown-stage-attribute-use", k))));
            CaseStudy.StageType type = switch (attributes.getOrDefault("type", "normal").toLowerCase(Locale.ROOT)) {
                case "normal", "stage" -> CaseStudy.StageType.NORMAL;
                case "dead-end", "deadend" -> CaseStudy.StageType.DEAD_END;
                case "consequence" -> CaseStudy.StageType.CONSEQUENCE;
                case "end" -> CaseStudy.StageType.END;
                default -> {
                    problems.add(new ContentProblem(file, line, Message.of("content.case.unknown-stage-type", attributes.get("type"))));
                    yield CaseStudy.StageType.NORMAL;
                }
            };
            CaseStudy.StageKind kind = null;
            if (attributes.containsKey("kind")) {
                kind = switch (attributes.get("kind").toLowerCase(Locale.ROOT)) {
                    case "treatment" -> CaseStudy.StageKind.TREATMENT;
                    case "reassessment", "re-assessment" -> CaseStudy.StageKind.REASSESSMENT;
                    default -> {
                        problems.add(new ContentProblem(file, line, Message.of("content.case.unknown-stage-kind", attributes.get("kind"))));
                        yield null;
                    }
                };
            }
            if (attributes.containsKey("return") && type != CaseStudy.StageType.DEAD_END && type != CaseStudy.StageType.CONSEQUENCE) {
                problems.add(new ContentProblem(file, line, Message.of("content.case.stage-return-but-only", id)));
            }
            return new CaseStudy.Stage(id, title, type, content.toString().strip(), decision == null ? null : decision.build(id),
                    attributes.get("return"), bands, line, kind);
        }

        /** A decision: prompt, task-list options, expert commentary. */
        private final class DecisionBuilder {
            private final int line;
            private final Map<String, String> attributes;
            private final StringBuilder prompt = new StringBuilder();
            private final List<CaseStudy.Option> options = new ArrayList<>();
            private @Nullable String commentary;

            DecisionBuilder(int line, String raw) {
                this.line = line;
                Matcher m = MarkdownBlocks.HEADING_WITH_ATTRIBUTES.matcher(raw);
                attributes = m.matches() ? MarkdownBlocks.parseAttributes(m.group(3)) : Map.of();
            }

            void add(Node n, MarkdownBlocks blocks, int offset) {
                if (n instanceof BulletList list && list.getFirstChild() instanceof ListItem first && blocks.isTaskItem(first)) {
                    for (Node c = list.getFirstChild(); c != null; c = c.getNext()) {
                        if (c instanceof ListItem item) {
                            option(item, blocks, offset);
                        }
                    }
                } else if (n instanceof BlockQuote q && blocks.labelled(q, "Expert commentary") != null) {
                    commentary = blocks.labelled(q, "Expert commentary");
                } else {
                    prompt.append(blocks.source(n)).append('\n');
                }
            }

            private void option(ListItem item, MarkdownBlocks blocks, int offset) {
                int optionLine = offset + blocks.startLine(item);
                MarkdownBlocks.TextWithAttributes t = MarkdownBlocks.splitAttributes(blocks.itemText(item), Set.of("unsafe"));
                MarkdownBlocks.unknown(t.attributes(), List.of("points", "next", "unsafe")).forEach(k ->
                        problems.add(new ContentProblem(file, optionLine, Message.of("content.case.unknown-option-attribute-use", k))));
                if (t.attributes().containsKey("unsafe") && !t.attributes().get("unsafe").isEmpty()) {
                    problems.add(new ContentProblem(file, optionLine, Message.of("content.case.unsafe-flag-write-alone")));
                }
                int points = 0;
                if (t.attributes().containsKey("points")) {
                    try {
                        points = Integer.parseInt(t.attributes().get("points"));
                    } catch (NumberFormatException e) {
                        problems.add(new ContentProblem(file, optionLine, Message.of("content.case.points-not-whole-number", t.attributes().get("points"))));
                    }
                }
                List<String> taken = options.stream().map(CaseStudy.Option::id).toList();
                String id = MarkdownBlocks.stableId("o-", t.text());
                for (int i = 2; taken.contains(id); i++) {
                    id = MarkdownBlocks.stableId("o-", t.text()) + "-" + i;
                }
                options.add(new CaseStudy.Option(id, t.text(), blocks.isChecked(item), blocks.itemQuote(item), points, t.attributes().get("next"), optionLine,
                        t.attributes().containsKey("unsafe")));
            }

            CaseStudy.Decision build(String stageId) {
                String id = attributes.getOrDefault("id", "d-" + stageId);
                boolean multiple = "multiple".equalsIgnoreCase(attributes.getOrDefault("type", "single"));
                return new CaseStudy.Decision(id, prompt.toString().strip(), multiple, attributes.get("next"), options, commentary, line);
            }
        }
    }
}
