package org.sotcourseware.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.util.ast.Node;
import org.sotcourseware.base.Message;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.Station;

/**
 * Parses a practical (OSCE) station file, {@code <module>/practical/<station>.md} (docs/authoring.md,
 * "Practical stations"): front matter, then the sections Candidate instructions, Examiner notes, Checklist
 * and Global rating. Problems of form (a missing section, marks that are not numbers, an unknown attribute)
 * are reported here; the station rules (how many items, the five levels...) by the curriculum checks.
 */
final class StationParser {

    static final String CANDIDATE = "candidate instructions";
    static final String EXAMINER = "examiner notes";
    static final String CHECKLIST = "checklist";
    static final String RATING = "global rating";
    private static final List<String> SECTIONS = List.of(CANDIDATE, EXAMINER, CHECKLIST, RATING);
    private static final List<String> SETTINGS = List.of("id", "title", "minutes", "outcomes", "pass-mark");
    static final int MIN_ITEMS = 5;
    static final int MIN_MINUTES = 3;
    static final int MAX_MINUTES = 30;
    private static final Pattern LEVEL = Pattern.compile("^\\**\\s*([A-Za-z][A-Za-z -]*?)\\s*\\**\\s*:\\s*\\**\\s*(.*)$");

    private final MarkdownRenderer renderer;

    StationParser(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    Station parse(String moduleId, String file, String text, MarkdownRenderer.ImageResolver images) {
        List<ContentProblem> problems = new ArrayList<>();
        FrontMatter fm = FrontMatter.parse(text, file, problems);
        String id = fm.idOrFileName(file, problems);
        String title = fm.require("title", file, problems).orElse(id);
        int minutes = fm.integer("minutes", file, problems).orElse(0);
        if (fm.valid() && fm.yaml().string("minutes").isEmpty()) {
            problems.add(new ContentProblem(file, fm.yaml().line(), Message.of("content.station.front-matter-no-minutes")));
        }
        Integer passMark = fm.integer("pass-mark", file, problems).orElse(null);
        List<String> outcomes = fm.yaml().strings("outcomes");
        for (String key : fm.yaml().asMap().keySet()) {
            if (!SETTINGS.contains(key)) {
                problems.add(new ContentProblem(file, fm.yaml().lineOf(key), Message.of("content.station.unknown-station-setting-use", key, String.join(", ", SETTINGS))));
            }
        }
        int offset = fm.bodyStartLine();
        MarkdownBlocks blocks = new MarkdownBlocks(fm.body());
        List<MarkdownRenderer.Issue> refused = new ArrayList<>();
        Node doc = renderer.parse(fm.body(), refused);
        refused.forEach(i -> problems.add(new ContentProblem(file, offset + i.line(), i.text())));

        StringBuilder candidate = new StringBuilder();
        StringBuilder examiner = new StringBuilder();
        List<Station.ChecklistItem> items = new ArrayList<>();
        List<Station.RatingLevel> levels = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String section = null;
        int checklistLists = 0;
        int ratingLists = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                continue;
            }
            int line = offset + blocks.startLine(n);
            if (n instanceof Heading h && h.getLevel() == 2) {
                String name = MarkdownBlocks.splitAttributes(h.getText().toString()).text().strip().toLowerCase(Locale.ROOT);
                if (!SECTIONS.contains(name)) {
                    problems.add(new ContentProblem(file, line, Message.of("content.station.unknown-section-station-sections", h.getText())));
                    section = null;
                } else if (seen.contains(name)) {
                    problems.add(new ContentProblem(file, line, Message.of("content.station.section-appears-twice", h.getText())));
                    section = null;
                } else {
                    seen.add(name);
                    section = name;
                }
                continue;
            }
            if (section == null) {
                continue; // text under the title (or under a section already reported) belongs to no section
            }
            switch (section) {
                case CANDIDATE -> candidate.append(blocks.source(n)).append('\n');
                case EXAMINER -> examiner.append(blocks.source(n)).append('\n');
                case CHECKLIST -> {
                    if (n instanceof BulletList || n instanceof OrderedList) {
                        if (++checklistLists > 1) {
                            problems.add(new ContentProblem(file, line, Message.of("content.station.checklist-one-list-join")));
                        }
                        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                            if (c instanceof ListItem item) {
                                item(file, offset, blocks, item, items, problems);
                            }
                        }
                    }
                    // text around the list (an instruction to the examiner) is allowed
                }
                case RATING -> {
                    if (n instanceof BulletList || n instanceof OrderedList) {
                        if (++ratingLists > 1) {
                            problems.add(new ContentProblem(file, line, Message.of("content.station.global-rating-one-list")));
                        }
                        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                            if (c instanceof ListItem item) {
                                int itemLine = offset + blocks.startLine(item);
                                Matcher m = LEVEL.matcher(blocks.itemText(item));
                                if (m.matches()) {
                                    levels.add(new Station.RatingLevel(m.group(1).strip().toLowerCase(Locale.ROOT),
                                            m.group(2).replaceFirst("^\\**\\s*", "").strip(), itemLine));
                                } else {
                                    problems.add(new ContentProblem(file, itemLine, Message.of("content.station.global-rating-level-reads", String.join(", ", Station.RATING_LEVELS))));
                                }
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (fm.valid()) {
            for (String required : SECTIONS) {
                if (!seen.contains(required)) {
                    problems.add(new ContentProblem(file, offset, Message.of("content.station.station-no-section", capitalise(required))));
                }
            }
            rules(file, fm, minutes, passMark, items, levels, seen, offset, problems);
        }
        renderer.issues(candidate.toString(), images).forEach(i -> problems.add(new ContentProblem(file, offset, Message.of("content.station.candidate-instructions", i.text()))));
        renderer.issues(examiner.toString(), images).forEach(i -> problems.add(new ContentProblem(file, offset, Message.of("content.station.examiner-notes", i.text()))));
        return new Station(moduleId, id, title, minutes, outcomes, candidate.toString().strip(), examiner.toString().strip(), items, levels,
                passMark, file, MarkdownRenderer.hash(text).substring(0, 16), problems);
    }

    /** The station rules (docs/authoring.md, "Practical stations"): what makes a checklist and a rating scale usable in an exam. */
    private static void rules(String file, FrontMatter fm, int minutes, Integer passMark, List<Station.ChecklistItem> items,
                              List<Station.RatingLevel> levels, List<String> seen, int offset, List<ContentProblem> problems) {
        if (fm.yaml().string("minutes").isPresent() && (minutes < MIN_MINUTES || minutes > MAX_MINUTES)) {
            problems.add(new ContentProblem(file, fm.yaml().lineOf("minutes"), Message.of("content.station.minutes-station-time-not", MIN_MINUTES, MAX_MINUTES, minutes)));
        }
        for (Station.ChecklistItem i : items) {
            for (int p : i.partial()) {
                if (i.marks() >= 1 && (p < 1 || p >= i.marks())) {
                    problems.add(new ContentProblem(file, i.line(), Message.of("content.station.partial-mark-range", p, (i.marks() - 1), i.marks())));
                }
            }
        }
        if (seen.contains(CHECKLIST)) {
            if (items.size() < MIN_ITEMS) {
                problems.add(new ContentProblem(file, offset, Message.of("content.station.checklist-items-station-needs", items.size(), MIN_ITEMS)));
            }
            if (items.stream().noneMatch(Station.ChecklistItem::critical)) {
                problems.add(new ContentProblem(file, offset, Message.of("content.station.no-checklist-item-critical", "{marks=N critical}")));
            }
        }
        if (seen.contains(RATING) && !levels.stream().map(Station.RatingLevel::level).toList().equals(Station.RATING_LEVELS)) {
            problems.add(new ContentProblem(file, levels.isEmpty() ? offset : levels.getFirst().line(), levels.isEmpty()
                    ? Message.of("content.station.rating-levels-none", String.join(", ", Station.RATING_LEVELS))
                    : Message.of("content.station.rating-levels-wrong", String.join(", ", Station.RATING_LEVELS),
                    String.join(", ", levels.stream().map(Station.RatingLevel::level).toList()))));
        }
        int total = items.stream().mapToInt(Station.ChecklistItem::marks).sum();
        if (passMark != null && (passMark < 1 || passMark > total)) {
            problems.add(new ContentProblem(file, fm.yaml().lineOf("pass-mark"), Message.of("content.station.pass-mark-range", total)));
        }
    }

    private static void item(String file, int offset, MarkdownBlocks blocks, ListItem item, List<Station.ChecklistItem> items,
                             List<ContentProblem> problems) {
        int line = offset + blocks.startLine(item);
        MarkdownBlocks.TextWithAttributes t = MarkdownBlocks.splitAttributes(blocks.itemText(item), Set.of("critical"));
        MarkdownBlocks.unknown(t.attributes(), List.of("marks", "partial", "critical")).forEach(k ->
                problems.add(new ContentProblem(file, line, Message.of("content.station.unknown-checklist-attribute-use", k))));
        if (t.attributes().containsKey("critical") && !t.attributes().get("critical").isEmpty()) {
            problems.add(new ContentProblem(file, line, Message.of("content.station.critical-flag-write-alone")));
        }
        int marks = 0;
        String rawMarks = t.attributes().get("marks");
        if (rawMarks == null) {
            problems.add(new ContentProblem(file, line, Message.of("content.station.checklist-item-no-marks", abbreviate(t.text()), "{marks=N}")));
        } else {
            try {
                marks = Integer.parseInt(rawMarks);
                if (marks < 1) {
                    problems.add(new ContentProblem(file, line, Message.of("content.station.marks-below-1", marks)));
                }
            } catch (NumberFormatException e) {
                problems.add(new ContentProblem(file, line, Message.of("content.station.marks-whole-number-not", rawMarks)));
            }
        }
        List<Integer> partial = new ArrayList<>();
        String rawPartial = t.attributes().get("partial");
        if (rawPartial != null) {
            for (String p : rawPartial.split("\\s*,\\s*")) {
                try {
                    partial.add(Integer.parseInt(p.strip()));
                } catch (NumberFormatException e) {
                    problems.add(new ContentProblem(file, line, Message.of("content.station.partial-marks-whole-numbers", rawPartial)));
                    break;
                }
            }
        }
        List<String> taken = items.stream().map(Station.ChecklistItem::id).toList();
        String id = MarkdownBlocks.stableId("i-", t.text());
        for (int i = 2; taken.contains(id); i++) {
            id = MarkdownBlocks.stableId("i-", t.text()) + "-" + i;
        }
        items.add(new Station.ChecklistItem(id, t.text(), marks, partial, t.attributes().containsKey("critical"), line));
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String abbreviate(String s) {
        return s.length() > 50 ? s.substring(0, 47) + "..." : s;
    }
}
