package org.sotcourseware.content.internal;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.sotcourseware.base.Message;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CompletionRule;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.content.Station;
import org.sotcourseware.content.Track;

/**
 * Loads a content folder into a {@link Curriculum}. Never throws for bad content: every problem is
 * recorded with its file and line and the rest still loads (a broken lesson is kept, marked broken).
 */
public final class ContentLoader {

    public static final String CURRICULUM_FILE = "curriculum.yml";
    /** Route segments under a module that a lesson id may not take. */
    public static final Set<String> RESERVED_LESSON_IDS = Lesson.RESERVED_IDS;
    private static final Set<String> IMAGE_TYPES = Set.of("svg", "png", "jpg", "jpeg", "gif", "webp");

    private final MarkdownRenderer renderer;
    private final QuizParser quizParser;
    private final CaseParser caseParser;
    private final StationParser stationParser;

    public ContentLoader(MarkdownRenderer renderer) {
        this.renderer = renderer;
        this.quizParser = new QuizParser(renderer);
        this.caseParser = new CaseParser(renderer);
        this.stationParser = new StationParser(renderer);
    }

    /** Loads a content folder on disk (read once into memory). */
    public Curriculum load(Path root) {
        Path base = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            return new Curriculum("", List.of(), List.of(), "", List.of(new ContentProblem(root.toString(), 0, Message.of("content.load.content-folder-does-not"))));
        }
        return load(ContentTree.read(base));
    }

    /** Loads a content tree. */
    public Curriculum load(ContentTree tree) {
        List<ContentProblem> problems = new ArrayList<>();
        String version = tree.version();
        if (!tree.isFile(CURRICULUM_FILE)) {
            problems.add(new ContentProblem(CURRICULUM_FILE, 0, Message.of("content.load.curriculum-file-missing-lists")));
            return new Curriculum("", List.of(), List.of(), version, problems);
        }
        YamlNode yaml;
        try {
            yaml = YamlNode.parse(read(tree, CURRICULUM_FILE), 1);
        } catch (YamlNode.YamlSyntaxException e) {
            problems.add(new ContentProblem(CURRICULUM_FILE, e.line(), e.message()));
            return new Curriculum("", List.of(), List.of(), version, problems);
        } catch (CharacterCodingException e) {
            problems.add(new ContentProblem(CURRICULUM_FILE, 0, Message.of("content.load.file-not-utf-8")));
            return new Curriculum("", List.of(), List.of(), version, problems);
        }
        String title = yaml.string("title").orElse("Curriculum");
        Map<String, List<String>> requires = new LinkedHashMap<>();
        Map<String, CompletionRule> rules = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        List<YamlNode> entries = yaml.get("modules").map(YamlNode::asList).orElse(List.of());
        if (entries.isEmpty()) {
            problems.add(new ContentProblem(CURRICULUM_FILE, yaml.lineOf("modules"), Message.of("content.load.modules-list-least-one")));
        }
        for (YamlNode entry : entries) {
            Optional<String> id = entry.string("id");
            if (id.isEmpty() || !FrontMatter.ID.matcher(id.get()).matches()) {
                problems.add(new ContentProblem(CURRICULUM_FILE, entry.line(), Message.of("content.load.module-entry-needs-id")));
                continue;
            }
            if (requires.containsKey(id.get())) {
                problems.add(new ContentProblem(CURRICULUM_FILE, entry.line(), Message.of("content.load.module-listed-twice", id.get())));
                continue;
            }
            requires.put(id.get(), entry.strings("requires"));
            rules.put(id.get(), completionRule(entry, problems));
            lines.put(id.get(), entry.line());
        }
        for (var e : requires.entrySet()) {
            for (String r : e.getValue()) {
                if (!requires.containsKey(r)) {
                    problems.add(new ContentProblem(CURRICULUM_FILE, lines.get(e.getKey()),
                            Message.of("content.load.module-requires-not-curriculum", e.getKey(), r)));
                } else if (r.equals(e.getKey())) {
                    problems.add(new ContentProblem(CURRICULUM_FILE, lines.get(e.getKey()), Message.of("content.load.module-requires-itself", r)));
                }
            }
        }
        findCycle(requires).ifPresent(cycle -> problems.add(new ContentProblem(CURRICULUM_FILE, lines.get(cycle.getFirst()),
                Message.of("content.load.prerequisites-form-loop", String.join(" -> ", cycle)))));

        List<String> present = new ArrayList<>();
        for (var e : requires.entrySet()) {
            if (tree.isDirectory(e.getKey())) {
                present.add(e.getKey());
            } else {
                problems.add(new ContentProblem(CURRICULUM_FILE, lines.get(e.getKey()),
                        Message.of("content.load.module-folder-does-not", e.getKey())));
            }
        }
        // modules are independent: load them in parallel, then keep curriculum order for modules and problems
        List<LoadedModule> loaded = present.parallelStream()
                .map(id -> loadModule(tree, id, requires.get(id).stream().filter(requires::containsKey).toList(), rules.get(id)))
                .toList();
        List<CourseModule> modules = new ArrayList<>();
        List<ContentProblem> warnings = new ArrayList<>();
        for (LoadedModule m : loaded) {
            modules.add(m.module());
            problems.addAll(m.problems());
            warnings.addAll(m.warnings());
        }
        tree.topFolders().stream()
                .filter(n -> !requires.containsKey(n))
                .forEach(n -> problems.add(new ContentProblem(n + "/", 0, Message.of("content.load.folder-not-listed-ignored", CURRICULUM_FILE))));
        List<Track> tracks = tracks(yaml, modules, problems);
        for (CourseModule m : modules) {
            List<String> missing = m.completion().lessons() == null ? List.of()
                    : m.completion().lessons().stream().filter(l -> m.lesson(l).isEmpty()).toList();
            missing.forEach(l -> problems.add(new ContentProblem(CURRICULUM_FILE, lines.get(m.id()),
                    Message.of("content.load.module-requires-lesson-does", m.id(), l))));
        }
        problems.addAll(CurriculumRules.acrossModules(modules, tracks));
        problems.addAll(ReferenceRules.denyList(tree).problems());
        problems.addAll(GlossaryParser.check(tree, new Curriculum(title, modules, tracks, version, List.of())));
        return new Curriculum(title, modules, tracks, version, problems, warnings);
    }

    /** One module, every problem found in its files, and the warnings about them. */
    public record LoadedModule(CourseModule module, List<ContentProblem> problems, List<ContentProblem> warnings) {

        public LoadedModule {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        public LoadedModule(CourseModule module, List<ContentProblem> problems) {
            this(module, problems, List.of());
        }
    }

    /**
     * Loads one module of a tree (its prerequisites and completion rule from the curriculum file, read
     * leniently): what the editor validates as an author types, without loading the other modules.
     */
    public LoadedModule loadModule(ContentTree tree, String moduleId) {
        List<String> requires = List.of();
        CompletionRule rule = CompletionRule.defaults();
        if (tree.isFile(CURRICULUM_FILE)) {
            try {
                YamlNode yaml = YamlNode.parse(read(tree, CURRICULUM_FILE), 1);
                List<YamlNode> entries = yaml.get("modules").map(YamlNode::asList).orElse(List.of());
                Set<String> ids = new HashSet<>();
                entries.forEach(e -> e.string("id").ifPresent(ids::add));
                for (YamlNode entry : entries) {
                    if (entry.string("id").filter(moduleId::equals).isPresent()) {
                        requires = entry.strings("requires").stream().filter(ids::contains).toList();
                        rule = completionRule(entry, new ArrayList<>());
                    }
                }
            } catch (YamlNode.YamlSyntaxException | CharacterCodingException e) {
                // the curriculum file's own problems are reported when it is validated
            }
        }
        return loadModule(tree, moduleId, requires, rule);
    }

    /** The optional {@code complete:} block of a module entry. */
    private static CompletionRule completionRule(YamlNode entry, List<ContentProblem> problems) {
        YamlNode c = entry.get("complete").orElse(null);
        if (c == null) {
            return CompletionRule.defaults();
        }
        List<String> lessons = null;
        YamlNode l = c.get("lessons").orElse(null);
        if (l != null) {
            if (l.isList()) {
                lessons = l.asList().stream().flatMap(n -> n.asString().stream()).toList();
            } else if ("none".equals(l.asString().orElse(""))) {
                lessons = List.of();
            } else if (!"all".equals(l.asString().orElse(""))) {
                problems.add(new ContentProblem(CURRICULUM_FILE, l.line(), Message.of("content.load.lessons-all-none-list")));
            }
        }
        CompletionRule.QuizRequirement quiz = CompletionRule.QuizRequirement.PASSED;
        String q = c.string("quiz").orElse("passed");
        switch (q) {
            case "passed" -> quiz = CompletionRule.QuizRequirement.PASSED;
            case "attempted" -> quiz = CompletionRule.QuizRequirement.ATTEMPTED;
            case "none" -> quiz = CompletionRule.QuizRequirement.NONE;
            default -> problems.add(new ContentProblem(CURRICULUM_FILE, c.lineOf("quiz"), Message.of("content.load.quiz-passed-attempted-none")));
        }
        Integer cases = null;
        String cs = c.string("cases").orElse("all");
        if (!cs.equals("all")) {
            try {
                cases = Integer.parseInt(cs);
            } catch (NumberFormatException e) {
                problems.add(new ContentProblem(CURRICULUM_FILE, c.lineOf("cases"), Message.of("content.load.cases-all-number")));
            }
        }
        return new CompletionRule(lessons, quiz, cases);
    }

    /**
     * The {@code tracks:} list: id, title, modules, and optionally {@code requires} (a track that must be
     * held first), {@code seminar-hours}, {@code written-exam} and {@code practical-exam} (pass marks in
     * percent) and {@code valid-years} or {@code valid-months}.
     */
    private static List<Track> tracks(YamlNode yaml, List<CourseModule> modules, List<ContentProblem> problems) {
        List<Track> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode t : yaml.get("tracks").map(YamlNode::asList).orElse(List.of())) {
            String id = t.string("id").orElse("");
            if (!FrontMatter.ID.matcher(id).matches()) {
                problems.add(new ContentProblem(CURRICULUM_FILE, t.line(), Message.of("content.load.track-needs-id-lowercase")));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(new ContentProblem(CURRICULUM_FILE, t.line(), Message.of("content.load.track-listed-twice", id)));
                continue;
            }
            List<String> mods = t.strings("modules");
            mods.stream().filter(m -> modules.stream().noneMatch(x -> x.id().equals(m))).forEach(m ->
                    problems.add(new ContentProblem(CURRICULUM_FILE, t.lineOf("modules"), Message.of("content.load.track-names-unknown-module", id, m))));
            String requires = t.string("requires").orElse(null);
            if (requires != null && out.stream().noneMatch(o -> o.id().equals(requires))) {
                problems.add(new ContentProblem(CURRICULUM_FILE, t.lineOf("requires"),
                        Message.of("content.load.track-requires-track-listed", id, requires)));
            }
            double hours = number(t, "seminar-hours", id, problems, 0, 10_000).orElse(0.0);
            Integer written = number(t, "written-exam", id, problems, 0, 100).map(Double::intValue).orElse(null);
            Integer practical = number(t, "practical-exam", id, problems, 0, 100).map(Double::intValue).orElse(null);
            Integer months = number(t, "valid-months", id, problems, 1, 1200).map(Double::intValue)
                    .or(() -> number(t, "valid-years", id, problems, 1, 100).map(y -> (int) Math.round(y * 12))).orElse(null);
            out.add(new Track(id, t.string("title").orElse(id), mods, requires, hours, written, practical, months));
        }
        return out;
    }

    private static Optional<Double> number(YamlNode t, String key, String trackId, List<ContentProblem> problems, double min, double max) {
        Optional<String> raw = t.string(key);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            double v = Double.parseDouble(raw.get().strip());
            if (v < min || v > max) {
                problems.add(new ContentProblem(CURRICULUM_FILE, t.lineOf(key), Message.of("content.load.track-between", trackId, key, (long) min, (long) max)));
                return Optional.empty();
            }
            return Optional.of(v);
        } catch (NumberFormatException e) {
            problems.add(new ContentProblem(CURRICULUM_FILE, t.lineOf(key), Message.of("content.load.track-number", trackId, key)));
            return Optional.empty();
        }
    }

    private LoadedModule loadModule(ContentTree tree, String id, List<String> requires, CompletionRule completion) {
        List<ContentProblem> all = new ArrayList<>();
        List<ContentProblem> warnings = new ArrayList<>();
        String moduleFile = id + "/module.md";
        List<ContentProblem> problems = new ArrayList<>();
        String title = id;
        String summary = "";
        String audience = "";
        String language = CourseModule.DEFAULT_LANGUAGE;
        double hours = 0;
        List<CourseModule.Outcome> outcomes = List.of();
        String overview = "";
        if (!tree.isFile(moduleFile)) {
            problems.add(new ContentProblem(moduleFile, 0, Message.of("content.load.module-md-missing-holds")));
        } else {
            try {
                FrontMatter fm = FrontMatter.parse(read(tree, moduleFile), moduleFile, problems);
                fm.requireId(moduleFile, problems).filter(fid -> !fid.equals(id)).ifPresent(fid -> problems.add(
                        new ContentProblem(moduleFile, fm.yaml().lineOf("id"), Message.of("content.load.id-equal-folder-name", fid, id))));
                title = fm.require("title", moduleFile, problems).orElse(id);
                summary = fm.require("summary", moduleFile, problems).orElse("");
                audience = fm.yaml().string("audience").orElse("");
                hours = fm.number("hours", moduleFile, problems).orElse(0.0);
                language = fm.language(moduleFile, problems).orElse(CourseModule.DEFAULT_LANGUAGE);
                outcomes = outcomes(fm.yaml(), moduleFile, problems);
                overview = fm.body();
                MarkdownRenderer.Analysis r = renderer.analyse(overview, imagesFor(tree, id, moduleFile));
                int offset = fm.bodyStartLine();
                r.issues().forEach(i -> problems.add(new ContentProblem(moduleFile, offset + i.line(), i.text())));
                r.warnings().forEach(i -> warnings.add(new ContentProblem(moduleFile, offset + i.line(), i.text())));
            } catch (CharacterCodingException e) {
                problems.add(new ContentProblem(moduleFile, 0, Message.of("content.load.file-not-utf-8")));
            }
        }
        all.addAll(problems);

        List<Lesson> lessons = new ArrayList<>();
        for (String name : tree.filesIn(id + "/lessons")) {
            if (name.endsWith(".md")) {
                lessons.add(loadLesson(tree, id, id + "/lessons/" + name, warnings));
            }
        }
        lessons = checkLessonSet(lessons);
        lessons.forEach(l -> all.addAll(l.problems()));

        Quiz quiz = null;
        String quizFile = id + "/quiz.md";
        if (tree.isFile(quizFile)) {
            try {
                quiz = quizParser.parse(id, quizFile, read(tree, quizFile), imagesFor(tree, id, quizFile));
                all.addAll(quiz.problems());
            } catch (CharacterCodingException e) {
                all.add(new ContentProblem(quizFile, 0, Message.of("content.load.file-not-utf-8")));
            }
        }
        List<CaseStudy> cases = new ArrayList<>();
        Map<String, List<Lesson.Reference>> caseReferences = new LinkedHashMap<>();
        for (String name : tree.filesIn(id + "/cases")) {
            if (!name.endsWith(".md")) {
                continue;
            }
            String rel = id + "/cases/" + name;
            try {
                String text = read(tree, rel);
                CaseStudy c = caseParser.parse(id, rel, text, imagesFor(tree, id, rel));
                if (cases.stream().anyMatch(o -> o.id().equals(c.id()))) {
                    all.add(new ContentProblem(rel, 2, Message.of("content.load.case-id-used-another", c.id())));
                    continue;
                }
                cases.add(c);
                all.addAll(c.problems());
                if (text.contains("[^")) {
                    FrontMatter fm = FrontMatter.parse(text, rel, new ArrayList<>());
                    caseReferences.put(rel, renderer.footnotes(fm.body()).stream()
                            .map(f -> new Lesson.Reference(f.label(), f.text(), fm.bodyStartLine() + f.line())).toList());
                }
            } catch (CharacterCodingException e) {
                all.add(new ContentProblem(rel, 0, Message.of("content.load.file-not-utf-8")));
            }
        }
        List<Station> stations = new ArrayList<>();
        for (String name : tree.filesIn(id + "/practical")) {
            if (!name.endsWith(".md")) {
                continue;
            }
            String rel = id + "/practical/" + name;
            try {
                Station st = stationParser.parse(id, rel, read(tree, rel), imagesFor(tree, id, rel));
                if (stations.stream().anyMatch(o -> o.id().equals(st.id()))) {
                    all.add(new ContentProblem(rel, 2, Message.of("content.load.station-id-used-another", st.id())));
                    continue;
                }
                stations.add(st);
                all.addAll(st.problems());
            } catch (CharacterCodingException e) {
                all.add(new ContentProblem(rel, 0, Message.of("content.load.file-not-utf-8")));
            }
        }
        CourseModule module = new CourseModule(id, title, summary, hours, audience, outcomes, requires, completion, overview, moduleFile,
                lessons, quiz, cases, stations, problems, language);
        all.addAll(CurriculumRules.withinModule(module, warnings));
        ReferenceRules.DenyList deny = ReferenceRules.denyList(tree);
        for (Lesson l : lessons) {
            all.addAll(ReferenceRules.check(l.sourceFile(), l.references(), deny, warnings));
        }
        caseReferences.forEach((file, refs) -> all.addAll(ReferenceRules.check(file, refs, deny, warnings)));
        return new LoadedModule(module, all, warnings);
    }

    /**
     * The module's learning outcomes: each an {@code {id, text}} map, or (the old form) a plain string,
     * which loads with no id.
     */
    private static List<CourseModule.Outcome> outcomes(YamlNode yaml, String file, List<ContentProblem> problems) {
        Optional<YamlNode> node = yaml.get("outcomes");
        if (node.isEmpty() || node.get().value() == null) {
            return List.of();
        }
        List<YamlNode> entries = node.get().isList() ? node.get().asList() : List.of(node.get());
        List<CourseModule.Outcome> out = new ArrayList<>();
        for (YamlNode e : entries) {
            if (e.asString().isPresent()) {
                String text = e.asString().get().strip();
                if (!text.isEmpty()) {
                    out.add(new CourseModule.Outcome(null, text, e.line()));
                }
            } else if (e.isMap()) {
                Optional<String> id = e.string("id");
                Optional<String> text = e.string("text");
                for (String key : e.asMap().keySet()) {
                    if (!key.equals("id") && !key.equals("text")) {
                        problems.add(new ContentProblem(file, e.lineOf(key), Message.of("content.load.unknown-outcome-key-outcome", key)));
                    }
                }
                if (text.isEmpty()) {
                    problems.add(new ContentProblem(file, e.line(), id.map(i -> Message.of("content.load.outcome-no-text", i)).orElse(Message.of("content.load.outcome-without-id-no-text"))));
                    continue;
                }
                if (id.isPresent() && !FrontMatter.ID.matcher(id.get()).matches()) {
                    problems.add(new ContentProblem(file, e.lineOf("id"), Message.of("content.load.outcome-id-use-only", id.get())));
                    id = Optional.empty();
                }
                out.add(new CourseModule.Outcome(id.orElse(null), text.get(), e.line()));
            } else {
                problems.add(new ContentProblem(file, e.line(), Message.of("content.load.outcome-written-id-o")));
            }
        }
        return out;
    }

    private Lesson loadLesson(ContentTree tree, String moduleId, String rel, List<ContentProblem> warnings) {
        List<ContentProblem> problems = new ArrayList<>();
        String fileName = rel.substring(rel.lastIndexOf('/') + 1);
        String text;
        try {
            text = read(tree, rel);
        } catch (CharacterCodingException e) {
            problems.add(new ContentProblem(rel, 0, Message.of("content.load.file-not-utf-8")));
            String fallbackId = fileName.replaceFirst("\\.md$", "");
            return new Lesson(moduleId, fallbackId, fallbackId, 999, 0, rel, "", 1, 0, false, problems);
        }
        FrontMatter fm = FrontMatter.parse(text, rel, problems);
        String fileId = fileName.replaceFirst("\\.md$", "").replaceFirst("^\\d+-", "");
        String id = fm.requireId(rel, problems).orElse(fileId.toLowerCase(Locale.ROOT));
        if (RESERVED_LESSON_IDS.contains(id)) {
            problems.add(new ContentProblem(rel, fm.yaml().lineOf("id"), Message.of("content.load.lesson-id-reserved-module", id)));
        }
        String title = fm.require("title", rel, problems).orElse(id);
        int order = fm.integer("order", rel, problems).orElseGet(() -> {
            if (fm.valid() && fm.yaml().string("order").isEmpty()) {
                problems.add(new ContentProblem(rel, fm.yaml().line(), Message.of("content.load.front-matter-no-order")));
            }
            return 999;
        });
        int minutes = fm.integer("minutes", rel, problems).orElse(0);
        if (minutes < 0) {
            problems.add(new ContentProblem(rel, fm.yaml().lineOf("minutes"), Message.of("content.load.minutes-cannot-negative")));
        }
        MarkdownRenderer.Analysis a = renderer.analyse(fm.body(), imagesFor(tree, moduleId, rel));
        a.issues().forEach(i -> problems.add(new ContentProblem(rel, fm.bodyStartLine() + i.line(), i.text())));
        a.warnings().forEach(i -> warnings.add(new ContentProblem(rel, fm.bodyStartLine() + i.line(), i.text())));
        int offset = fm.bodyStartLine();
        return new Lesson(moduleId, id, title, order, Math.max(0, minutes), rel, fm.body(), fm.bodyStartLine(),
                a.words(), a.hasReferences(), problems,
                a.footnotes().stream().map(f -> new Lesson.Reference(f.label(), f.text(), offset + f.line())).toList());
    }

    /** Duplicate ids and orders within a module: the later file is the broken one. */
    private static List<Lesson> checkLessonSet(List<Lesson> lessons) {
        Set<String> ids = new HashSet<>();
        Map<Integer, String> orders = new HashMap<>();
        List<Lesson> out = new ArrayList<>();
        for (Lesson l : lessons) {
            List<ContentProblem> extra = new ArrayList<>();
            if (!ids.add(l.id())) {
                extra.add(new ContentProblem(l.sourceFile(), 2, Message.of("content.load.lesson-id-used-another", l.id())));
            }
            String other = orders.putIfAbsent(l.order(), l.sourceFile());
            if (other != null && l.order() != 999) {
                extra.add(new ContentProblem(l.sourceFile(), 2, Message.of("content.load.order-also-used", l.order(), other)));
            }
            if (extra.isEmpty()) {
                out.add(l);
            } else {
                List<ContentProblem> all = new ArrayList<>(l.problems());
                all.addAll(extra);
                out.add(new Lesson(l.moduleId(), l.id(), l.title(), l.order(), l.minutes(), l.sourceFile(), l.markdown(),
                        l.bodyStartLine(), l.words(), l.hasReferences(), all, l.references()));
            }
        }
        out.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::sourceFile));
        return out;
    }

    /**
     * Images resolve relative to the Markdown file, must stay inside the module folder, exist, and be
     * of an image type. They are served at {@code /content-assets/{module}/{path-in-module}}.
     */
    public static MarkdownRenderer.ImageResolver imagesFor(ContentTree tree, String moduleId, String markdownFile) {
        Path root = Path.of("/");
        Path moduleDir = root.resolve(moduleId).normalize();
        Path file = root.resolve(markdownFile).normalize();
        Path fileDir = file.getParent() == null ? root : file.getParent();
        String cacheKey = moduleId + "|" + moduleDir.relativize(fileDir) + "|" + tree.imageSet(moduleId);
        return new MarkdownRenderer.ImageResolver() {
            @Override
            public Optional<String> resolve(String src, List<Message> errors) {
                String s = src.strip();
                if (s.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || s.startsWith("//")) {
                    if (s.toLowerCase(Locale.ROOT).startsWith("https://")) {
                        return Optional.of(s);
                    }
                    errors.add(Message.of("content.load.image-file-module-folder", src));
                    return Optional.empty();
                }
                if (s.startsWith("/content-assets/" + moduleId + "/")) {
                    return Optional.of(s); // already resolved (rendered HTML fed back in)
                }
                String path = s.replaceFirst("[?#].*$", "");
                Path target;
                try {
                    target = fileDir.resolve(path).normalize();
                } catch (InvalidPathException e) {
                    errors.add(Message.of("content.load.image-not-valid-path", src));
                    return Optional.empty();
                }
                if (!target.startsWith(moduleDir) || target.equals(moduleDir)) {
                    errors.add(Message.of("content.load.image-outside-module-folder", src, moduleId));
                    return Optional.empty();
                }
                String name = target.getFileName().toString();
                String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
                if (!IMAGE_TYPES.contains(ext)) {
                    errors.add(Message.of("content.load.image-not-image-type", src, String.join(", ", IMAGE_TYPES.stream().sorted().toList())));
                    return Optional.empty();
                }
                String rel = root.relativize(target).toString().replace('\\', '/');
                if (!tree.isFile(rel)) {
                    errors.add(Message.of("content.load.image-does-not-exist", src));
                    return Optional.empty();
                }
                return Optional.of("/content-assets/" + moduleId + "/" + moduleDir.relativize(target).toString().replace('\\', '/'));
            }

            @Override
            public String cacheKey() {
                return cacheKey;
            }

            @Override
            public Optional<String> resolveLink(String href, List<Message> errors) {
                return ContentLoader.resolveLink(tree, fileDir, href, errors);
            }

            @Override
            public String linkKey() {
                return linkTargets(tree).signature();
            }
        };
    }

    /** The ids of the files a link can open (lessons and cases by path), and a hash over them for render caches. */
    record LinkTargets(Map<String, String> ids, String signature) {
    }

    static LinkTargets linkTargets(ContentTree tree) {
        return tree.derived("link-targets", t -> {
            Map<String, String> ids = new TreeMap<>();
            for (String path : t.paths()) {
                String[] seg = path.split("/");
                if (seg.length == 3 && (seg[1].equals("lessons") || seg[1].equals("cases")) && seg[2].endsWith(".md")) {
                    ids.put(path, fileId(t, path));
                }
            }
            StringBuilder sb = new StringBuilder();
            ids.forEach((p, id) -> sb.append(p).append('=').append(id).append('\n'));
            return new LinkTargets(ids, ContentTree.sha256(sb.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16));
        });
    }

    /** The anchors of a content file's rendered body (read once per tree and file). */
    private static Set<String> anchorsOf(ContentTree tree, String rel) {
        return tree.derived("anchors:" + rel, t -> {
            try {
                return MarkdownRenderer.anchors(FrontMatter.parse(read(t, rel), rel, new ArrayList<>()).body());
            } catch (CharacterCodingException e) {
                return Set.of();
            }
        });
    }

    /** The id a lesson or case file loads with: its front matter id, or for a lesson without one its file name without the number. */
    private static String fileId(ContentTree tree, String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        String fallback = path.contains("/lessons/") ? fileName.replaceFirst("^\\d+-", "").toLowerCase(Locale.ROOT) : fileName;
        try {
            FrontMatter fm = FrontMatter.parse(read(tree, path), path, new ArrayList<>());
            return fm.yaml().string("id").filter(id -> FrontMatter.ID.matcher(id).matches()).orElse(fallback);
        } catch (CharacterCodingException e) {
            return fallback;
        }
    }

    /**
     * A relative link from a content file in {@code fileDir} to another content file, as the app route it
     * opens: a lesson ({@code modules/m/lesson-id}), a module overview ({@code modules/m}), a quiz or a case.
     * The fragment ({@code #anchor}) is kept.
     */
    static Optional<String> resolveLink(ContentTree tree, Path fileDir, String href, List<Message> errors) {
        String h = href.strip();
        int hash = h.indexOf('#');
        String fragment = hash >= 0 ? h.substring(hash) : "";
        String path = (hash >= 0 ? h.substring(0, hash) : h).replaceFirst("\\?.*$", "");
        Path root = Path.of("/");
        Path target;
        try {
            target = fileDir.resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        } catch (IllegalArgumentException e) {
            errors.add(Message.of("content.load.link-not-valid-path", href));
            return Optional.empty();
        }
        if (!target.startsWith(root) || target.equals(root)) {
            errors.add(Message.of("content.load.link-points-outside-content", href));
            return Optional.empty();
        }
        String rel = root.relativize(target).toString().replace('\\', '/');
        if (!tree.isFile(rel)) {
            errors.add(Message.of("content.load.link-points-file-does", href, rel));
            return Optional.empty();
        }
        String[] seg = rel.split("/");
        String route = null;
        if (seg.length == 2 && seg[1].equals("module.md")) {
            route = "modules/" + seg[0];
        } else if (seg.length == 2 && seg[1].equals("quiz.md")) {
            route = "modules/" + seg[0] + "/quiz";
        } else if (seg.length == 3 && seg[1].equals("lessons")) {
            route = "modules/" + seg[0] + "/" + linkTargets(tree).ids().get(rel);
        } else if (seg.length == 3 && seg[1].equals("cases")) {
            route = "modules/" + seg[0] + "/cases/" + linkTargets(tree).ids().get(rel);
        }
        if (route == null) {
            errors.add(Message.of("content.load.link-points-app-does", href, rel));
            return Optional.empty();
        }
        if (fragment.length() > 1) {
            String anchor = URLDecoder.decode(fragment.substring(1), StandardCharsets.UTF_8);
            Set<String> anchors = anchorsOf(tree, rel);
            if (!anchors.contains(anchor)) {
                List<String> headings = anchors.stream().filter(a -> !a.startsWith("fn")).limit(12).toList();
                String explicitId = "## Heading {#" + anchor + "}";
                errors.add(headings.isEmpty() ? Message.of("content.load.link-heading-missing", href, anchor, rel, explicitId)
                        : Message.of("content.load.link-heading-missing-anchors", href, anchor, rel, String.join(", ", headings) + (anchors.size() > 12 ? ", ..." : ""),
                        explicitId));
                return Optional.empty();
            }
        }
        return Optional.of(route + fragment);
    }

    /** Image types content may use. */
    public static boolean isImage(String path) {
        String ext = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        return IMAGE_TYPES.contains(ext);
    }

    private static Optional<List<String>> findCycle(Map<String, List<String>> requires) {
        Map<String, Integer> state = new HashMap<>();
        for (String start : requires.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> c = dfs(start, requires, state, path);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> dfs(String node, Map<String, List<String>> g, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return Optional.empty();
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        state.put(node, 1);
        path.add(node);
        for (String next : g.getOrDefault(node, List.of())) {
            if (g.containsKey(next) && !next.equals(node)) {
                Optional<List<String>> c = dfs(next, g, state, path);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        path.removeLast();
        state.put(node, 2);
        return Optional.empty();
    }

    static String read(ContentTree tree, String rel) throws CharacterCodingException {
        byte[] bytes = tree.read(rel).orElseThrow(() -> new IllegalStateException("no file " + rel));
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }
}
