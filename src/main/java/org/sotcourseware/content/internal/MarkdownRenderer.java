package org.sotcourseware.content.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.content.RenderedDocument;

/**
 * The Markdown pipeline students and authors see: Flexmark (CommonMark with tables, footnotes, task
 * lists, strikethrough, heading attributes, autolinks), our callouts, safe image URLs, then the one
 * {@link HtmlSanitizer}. Results are cached by a hash of the input.
 */
public final class MarkdownRenderer {

    /** A problem in the Markdown; {@code line} is 0-based within the Markdown text. */
    public record Issue(int line, Message text) {

        /** An issue whose words are already written (English text from elsewhere). */
        public Issue(int line, String message) {
            this(line, Message.of("content.problem.as-written", message));
        }

        /** What is wrong, in English. */
        public String message() {
            return text.english();
        }
    }

    public record Rendered(RenderedDocument document, List<Issue> issues) {
        public Rendered {
            issues = List.copyOf(issues);
        }
    }

    /** Resolves an image reference as written in the Markdown to the URL it is served at. */
    public interface ImageResolver {
        /** A served URL, or an empty Optional with {@code errors} explaining why not. */
        Optional<String> resolve(String src, List<Message> errors);

        /** Distinguishes resolvers whose results differ (a module and folder), for the cache. */
        String cacheKey();

        /**
         * A relative link to another content file as written ({@code ../../foundations/lessons/05-x.md#anchor},
         * {@code 06-y.md}), resolved to the app route it opens; empty with {@code errors} explaining why it cannot
         * be, or empty without errors to leave the link as written.
         */
        default Optional<String> resolveLink(String href, List<Message> errors) {
            return Optional.empty();
        }

        /** Distinguishes what links resolve to (the ids of the files they point at), for the cache of documents with links. */
        default String linkKey() {
            return "";
        }

        ImageResolver NONE = new ImageResolver() {
            @Override
            public Optional<String> resolve(String src, List<Message> errors) {
                errors.add(Message.of("content.markdown.images-not-available-here"));
                return Optional.empty();
            }

            @Override
            public String cacheKey() {
                return "none";
            }
        };
    }

    public static final Map<String, String> CALLOUTS = Map.of(
            "NOTE", "Note",
            "TIP", "Tip",
            "IMPORTANT", "Important",
            "WARNING", "Warning",
            "CAUTION", "Caution",
            "EVIDENCE", "Evidence and cautions");

    private static final Pattern CALLOUT_LINE = Pattern.compile("^\\s{0,3}>\\s?\\[!([A-Za-z]+)\\]\\s*$");
    private static final Pattern CALLOUT_MARK = Pattern.compile("^\\s*\\[!([A-Za-z]+)\\]\\s*");
    private static final int CACHE_SIZE = 4000;

    private final Parser parser;
    private final DataHolder options;
    private final long budgetMillis;
    /** The HTML half, made on first render: loading or checking a curriculum never renders (see {@link #analyse}). */
    private volatile @Nullable Html html;
    private final Map<String, Rendered> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public MarkdownRenderer() {
        this(MarkdownLimits.TIME_BUDGET_MILLIS);
    }

    /** A renderer with its own time budget per parse or render (tests prove the budget with a tiny one). */
    MarkdownRenderer(long budgetMillis) {
        this.budgetMillis = budgetMillis;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), FootnoteExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), AttributesExtension.create(), AutolinkExtension.create()));
        // GitHub-flavoured table behaviour
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩");
        this.options = options.toImmutable();
        parser = Parser.builder(this.options).build();
    }

    private record Html(HtmlRenderer renderer, HtmlSanitizer sanitizer) {
    }

    private Html html() {
        Html h = html;
        if (h == null) {
            synchronized (this) {
                h = html;
                if (h == null) {
                    h = new Html(HtmlRenderer.builder(options).build(), new HtmlSanitizer());
                    html = h;
                }
            }
        }
        return h;
    }

    public Parser parser() {
        return parser;
    }

    /**
     * Parses Markdown within {@link MarkdownLimits}: a text over a limit, or whose parse runs past the time
     * budget or nests too deeply for flexmark, gives an empty document and the reason in {@code issues}
     * (0-based lines). What the quiz, case and station parsers use instead of {@link #parser()}.
     */
    public Node parse(String markdown, List<Issue> issues) {
        Node document = guarded(markdown, issues, budget -> parser.parse(BasedSequence.of(budget)));
        return document != null ? document : parser.parse("");
    }

    private Issue overBudget(MarkdownLimits.Budget budget) {
        return new Issue(budget.furthestLine(), Message.of("content.markdown.text-took-longer-than", budgetMillis / 1000.0));
    }

    private static Issue tooDeep() {
        return new Issue(0, Message.of("content.markdown.text-nested-too-deeply"));
    }

    /** Renders Markdown to sanitised HTML wrapped in one {@code <div class="prose">}. */
    public Rendered render(String markdown, ImageResolver images) {
        String key = hash(images.cacheKey() + (markdown.contains(".md") ? "\u0000" + images.linkKey() : "") + "\u0000" + markdown);
        synchronized (cache) {
            Rendered hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Rendered result = doRender(markdown, images);
        synchronized (cache) {
            cache.put(key, result);
        }
        return result;
    }

    /**
     * The problems rendering would report (callouts, images), without rendering: what the quiz and case
     * parsers need for each fragment when a curriculum is loaded or checked. The fragments are rendered
     * for students later, through {@link #render}, which reports the same problems.
     */
    public List<Issue> issues(String markdown, ImageResolver images) {
        List<Issue> issues = new ArrayList<>();
        guarded(markdown, issues, budget -> parseChecked(markdown, budget, images, issues, null, new LinkedHashMap<>(), new LinkedHashMap<>()));
        return issues;
    }

    /**
     * Runs {@code work} over {@code markdown} within {@link MarkdownLimits}: null, with the reason in
     * {@code issues}, when the text is over a limit, runs past the time budget or nests too deeply.
     */
    private <T> @Nullable T guarded(String markdown, List<Issue> issues, java.util.function.Function<MarkdownLimits.Budget, T> work) {
        List<Issue> refused = MarkdownLimits.check(markdown);
        if (!refused.isEmpty()) {
            issues.addAll(refused);
            return null;
        }
        MarkdownLimits.Budget budget = new MarkdownLimits.Budget(markdown, budgetMillis);
        try {
            return work.apply(budget);
        } catch (MarkdownLimits.OverBudget e) {
            issues.add(overBudget(budget));
            return null;
        } catch (StackOverflowError e) {
            issues.add(tooDeep());
            return null;
        } finally {
            budget.disarm();
        }
    }

    /**
     * Parses the Markdown and adds the problems every use reports (callouts, images, links to content files);
     * fills the served URL of each image and the route of each link to a content file.
     */
    private Node parseChecked(String markdown, MarkdownLimits.Budget budget, ImageResolver images, List<Issue> issues,
                              @Nullable List<Issue> warnings, Map<String, String> imageUrls, Map<String, String> linkUrls) {
        checkCallouts(markdown, issues);
        Node document = parser.parse(BasedSequence.of(budget));
        RawHtml.Found raw = RawHtml.check(document, markdown);
        issues.addAll(raw.issues());
        // an unclosed <style>, <script>, <iframe> or <!-- would hide everything after it: it is shown as text instead
        String shown = markdown;
        for (int pass = 0; pass < 8 && !raw.unclosedAt().isEmpty(); pass++) {
            shown = RawHtml.escapeAt(shown, raw.unclosedAt());
            document = parser.parse(BasedSequence.of(budget.sameDeadline(shown)));
            raw = RawHtml.check(document, shown);
            issues.addAll(raw.issues());
        }
        if (warnings != null) {
            warnings.addAll(raw.removed());
        }
        imageUrls.putAll(checkImages(document, images, issues));
        linkUrls.putAll(checkLinks(document, images, issues));
        return document;
    }

    private static volatile @Nullable MarkdownRenderer anchorRenderer;

    /**
     * The element ids a Markdown document has once rendered (heading anchors, generated or written
     * {@code {#id}}, and footnote targets): what a link's {@code #fragment} may name.
     */
    public static Set<String> anchors(String markdown) {
        MarkdownRenderer r = anchorRenderer;
        if (r == null) {
            r = new MarkdownRenderer();
            anchorRenderer = r;
        }
        MarkdownRenderer renderer = r;
        String html = renderer.guarded(markdown, new ArrayList<>(), budget -> renderer.html().renderer().render(renderer.parser.parse(BasedSequence.of(budget))));
        if (html == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        Matcher m = ID_ATTRIBUTE.matcher(html);
        while (m.find()) {
            ids.add(org.jsoup.parser.Parser.unescapeEntities(m.group(1), true));
        }
        return ids;
    }

    private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\sid=\"([^\"]*)\"");

    /** Whether a link target is a relative link to a Markdown file (another lesson), which the app rewrites to a route. */
    static boolean isContentLink(String href) {
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#") || h.startsWith("/") || h.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return false;
        }
        return h.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** Resolves every link to a content file; returns the route of each resolvable one by its link target. */
    private static Map<String, String> checkLinks(Node document, ImageResolver images, List<Issue> issues) {
        Map<String, String> urls = new LinkedHashMap<>();
        new NodeVisitor(new VisitHandler<>(com.vladsch.flexmark.ast.Link.class, link -> {
            String href = link.getUrl().toString();
            if (!isContentLink(href)) {
                return;
            }
            List<Message> errors = new ArrayList<>();
            images.resolveLink(href, errors).ifPresent(u -> urls.put(href, u));
            errors.forEach(e -> issues.add(new Issue(link.getLineNumber(), e)));
        }), new VisitHandler<>(com.vladsch.flexmark.ast.Reference.class, ref -> {
            // a reference-style link ([text][id] with "[id]: file.md") is checked where its target is defined
            String href = ref.getUrl().toString();
            if (!isContentLink(href)) {
                return;
            }
            List<Message> errors = new ArrayList<>();
            images.resolveLink(href, errors).ifPresent(u -> urls.put(href, u));
            errors.forEach(e -> issues.add(new Issue(ref.getLineNumber(), e)));
        })).visit(document);
        return urls;
    }

    /** What loading a lesson needs, found without rendering it: its problems, its words, whether it has references and its footnotes. */
    public record Analysis(List<Issue> issues, int words, boolean hasReferences, List<FootnoteDefinition> footnotes, List<Issue> warnings) {
        public Analysis {
            issues = List.copyOf(issues);
            footnotes = List.copyOf(footnotes);
            warnings = List.copyOf(warnings);
        }
    }

    /** A footnote definition {@code [^label]: text}, its text on one line; {@code line} is 0-based within the Markdown. */
    public record FootnoteDefinition(String label, String text, int line) {
    }

    /** The footnote definitions of a Markdown text, in order (a case's or a lesson's references). */
    public List<FootnoteDefinition> footnotes(String markdown) {
        return footnotes(parse(markdown, new ArrayList<>()));
    }

    private static List<FootnoteDefinition> footnotes(Node document) {
        List<FootnoteDefinition> out = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(FootnoteBlock.class, block -> {
            String text = block.getChars().toString().replaceFirst("^\\s*\\[\\^[^\\]]*\\]:", "").replaceAll("\\s+", " ").strip();
            out.add(new FootnoteDefinition(block.getText().toString(), text, block.getLineNumber()));
        })).visit(document);
        return out;
    }

    /**
     * The problems rendering would report, the word count a rendered lesson has and whether it has a
     * "References" section, from one parse and no HTML: what loading and checking a curriculum need. The
     * lesson is rendered for students when first opened, through {@link #render}, which reports the same.
     */
    public Analysis analyse(String markdown, ImageResolver images) {
        List<Issue> issues = new ArrayList<>();
        List<Issue> warnings = new ArrayList<>();
        Analysis a = guarded(markdown, issues, budget -> {
            Node document = parseChecked(markdown, budget, images, issues, warnings, new LinkedHashMap<>(), new LinkedHashMap<>());
            boolean references = false;
            for (Node block : document.getChildren()) {
                references |= isReferences(block);
            }
            return new Analysis(issues, countWords(document), references, footnotes(document), warnings);
        });
        return a != null ? a : new Analysis(issues, 0, false, List.of(), warnings);
    }

    /** Resolves every image of a parsed document; returns the served URL of each resolvable one by its source. */
    private static Map<String, String> checkImages(Node document, ImageResolver images, List<Issue> issues) {
        Map<String, String> imageUrls = new LinkedHashMap<>();
        new NodeVisitor(new VisitHandler<>(Image.class, image -> {
            String src = image.getUrl().toString();
            List<Message> errors = new ArrayList<>();
            Optional<String> url = images.resolve(src, errors);
            url.ifPresent(u -> imageUrls.put(src, u));
            errors.forEach(e -> issues.add(new Issue(image.getLineNumber(), e)));
            if (image.getText().isBlank()) {
                issues.add(new Issue(image.getLineNumber(), Message.of("content.markdown.image-no-alt-text", src)));
            }
        })).visit(document);
        return imageUrls;
    }

    private Rendered doRender(String markdown, ImageResolver images) {
        List<Issue> issues = new ArrayList<>();
        Rendered r = guarded(markdown, issues, budget -> renderWithin(markdown, budget, images));
        return r != null ? r : unshowable(markdown, issues);
    }

    /** Characters of the source an unshowable text shows as plain text. */
    static final int UNSHOWABLE_SOURCE_CHARS = 20_000;

    /**
     * What a reader gets for a text the pipeline refuses: never a blank page, but a notice that says why and
     * the beginning of the text as plain text.
     */
    static Rendered unshowable(String markdown, List<Issue> issues) {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        Element prose = shell.body().appendElement("div").addClass("prose");
        Element aside = prose.appendElement("aside").addClass("callout").addClass("callout-warning");
        aside.appendElement("p").addClass("callout-title").text("This page cannot be shown as written");
        for (Issue i : issues) {
            aside.appendElement("p").text((i.line() > 0 ? "Line " + (i.line() + 1) + ": " : "") + i.message() + ".");
        }
        aside.appendElement("p").text("The authors have been told (it is listed among the content's problems). Its text follows as written.");
        prose.appendElement("pre").addClass("unshowable-source").text(markdown.length() > UNSHOWABLE_SOURCE_CHARS
                ? markdown.substring(0, UNSHOWABLE_SOURCE_CHARS) + "\n…" : markdown);
        return new Rendered(new RenderedDocument(prose.outerHtml(), List.of(), 0), issues);
    }

    private Rendered renderWithin(String markdown, MarkdownLimits.Budget budget, ImageResolver images) {
        List<Issue> issues = new ArrayList<>();
        Map<String, String> imageUrls = new LinkedHashMap<>();
        Map<String, String> linkUrls = new LinkedHashMap<>();
        Node document = parseChecked(markdown, budget, images, issues, null, imageUrls, linkUrls);

        Html pipeline = html();
        Document html = Jsoup.parseBodyFragment(pipeline.renderer().render(document), "https://sot-courseware.invalid/");
        html.outputSettings().prettyPrint(false);
        for (Element img : html.select("img")) {
            String url = imageUrls.get(img.attr("src"));
            if (url == null) {
                List<Message> ignored = new ArrayList<>();
                url = images.resolve(img.attr("src"), ignored).orElse(null); // raw HTML <img>
            }
            if (url == null) {
                img.remove();
            } else {
                img.attr("src", url);
                img.attr("loading", "lazy");
                // diagrams are drawn for a wide column: on a phone, a tap opens them full size
                if (!(img.parent() != null && img.parent().tagName().equals("a"))) {
                    img.wrap("<a class=\"figure-link\" href=\"" + url + "\" target=\"_blank\" title=\"Open the image full size\"></a>");
                }
            }
        }
        // links to other content files (lesson to lesson) open the app's route for that file
        for (Element a : html.select("a[href]")) {
            String route = linkUrls.get(a.attr("href"));
            if (route != null) {
                a.attr("href", route);
            }
        }
        applyCallouts(html);
        // footnote references written side by side ([^9][^10]) get a separator, so they read "9, 10" not "910"
        for (Element sup : html.select("sup")) {
            if (sup.previousSibling() instanceof Element prev && prev.tagName().equals("sup")) {
                sup.addClass("fn-follow");
            }
        }
        for (Element table : html.select("table")) {
            // each cell carries its column's header, so a phone can show rows as labelled cards
            List<String> headers = table.select("thead th").eachText();
            for (Element row : table.select("tbody tr")) {
                List<Element> cells = row.select("> td");
                for (int i = 0; i < cells.size() && i < headers.size(); i++) {
                    cells.get(i).attr("data-label", headers.get(i));
                }
            }
            table.wrap("<div class=\"table-wrap\"></div>");
        }
        Document clean = pipeline.sanitizer().sanitize(html);
        // regions that scroll sideways on a phone (wide tables, code) can be reached and scrolled by keyboard (WCAG 2.1.1)
        for (Element wrap : clean.select("div.table-wrap, pre")) {
            wrap.attr("tabindex", "0");
            if (wrap.tagName().equals("div")) {
                wrap.attr("role", "region").attr("aria-label", "Table");
            }
        }
        List<org.sotcourseware.content.Heading> headings = new ArrayList<>();
        for (Element h : clean.select("h2[id], h3[id]")) {
            headings.add(new org.sotcourseware.content.Heading(h.tagName().equals("h2") ? 2 : 3, h.id(), h.text()));
        }
        int words = countWords(document);
        String out = "<div class=\"prose\">" + clean.body().html() + "</div>";
        return new Rendered(new RenderedDocument(out, headings, words), issues);
    }

    private static void checkCallouts(String markdown, List<Issue> issues) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = CALLOUT_LINE.matcher(lines[i]);
            if (m.matches() && !CALLOUTS.containsKey(m.group(1).toUpperCase(Locale.ROOT))) {
                issues.add(new Issue(i, Message.of("content.markdown.unknown-callout-use-one", m.group(1), String.join(", ", CALLOUTS.keySet().stream().sorted().toList()))));
            }
        }
    }

    private static void applyCallouts(Document html) {
        for (Element quote : html.select("blockquote")) {
            Element first = quote.children().first();
            if (first == null || !first.tagName().equals("p") || first.childNodeSize() == 0
                    || !(first.childNode(0) instanceof TextNode text)) {
                continue;
            }
            Matcher m = CALLOUT_MARK.matcher(text.getWholeText());
            if (!m.lookingAt()) {
                continue;
            }
            String type = m.group(1).toUpperCase(Locale.ROOT);
            String title = CALLOUTS.get(type);
            if (title == null) {
                continue;
            }
            text.text(text.getWholeText().substring(m.end()));
            if (first.text().isBlank() && first.children().isEmpty()) {
                first.remove();
            }
            Element aside = new Element("aside").addClass("callout").addClass("callout-" + type.toLowerCase(Locale.ROOT));
            aside.appendElement("p").addClass("callout-title").text(title);
            aside.insertChildren(-1, quote.childNodesCopy());
            quote.replaceWith(aside);
        }
    }

    /**
     * Words a reader sees, not counting a "References" section or footnote definitions: the text of the
     * document's blocks (callout markers read as their titles; image alt text, heading attributes, footnote
     * markers, HTML tags and comments left out), counted by {@link #words}.
     */
    static int countWords(Node document) {
        int words = 0;
        for (Node block : document.getChildren()) {
            if (isReferences(block)) {
                break;
            }
            if (block instanceof FootnoteBlock) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            collectText(block, text);
            words += words(text);
        }
        return words;
    }

    /** A block of prose a reader sees: its text and its 0-based line within the Markdown. */
    public record ProseBlock(String text, int line) {
    }

    /**
     * The prose of a lesson as blocks: every paragraph (in lists and block quotes too) and every table as
     * one block, without headings, the References section and footnote definitions: what repetition across
     * lessons is measured on.
     */
    public List<ProseBlock> prose(String markdown) {
        List<ProseBlock> blocks = guarded(markdown, new ArrayList<>(), budget -> {
            Node document = parser.parse(BasedSequence.of(budget));
            List<ProseBlock> out = new ArrayList<>();
            for (Node block : document.getChildren()) {
                if (isReferences(block)) {
                    break;
                }
                prose(block, out);
            }
            return out;
        });
        return blocks == null ? List.of() : blocks;
    }

    private static void prose(Node node, List<ProseBlock> out) {
        switch (node) {
            case Heading ignored -> { }
            case FootnoteBlock ignored -> { }
            case CodeBlock ignored -> { }
            case FencedCodeBlock ignored -> { }
            case IndentedCodeBlock ignored -> { }
            case HtmlBlockBase ignored -> { }
            case com.vladsch.flexmark.ast.Paragraph p -> {
                StringBuilder text = new StringBuilder();
                collectText(p, text);
                out.add(new ProseBlock(CALLOUT_MARK.matcher(text.toString().strip()).replaceFirst(""), p.getLineNumber()));
            }
            case com.vladsch.flexmark.ext.tables.TableBlock t -> {
                StringBuilder text = new StringBuilder();
                collectText(t, text);
                out.add(new ProseBlock(text.toString().strip(), t.getLineNumber()));
            }
            default -> {
                for (Node child : node.getChildren()) {
                    prose(child, out);
                }
            }
        }
    }

    private static boolean isReferences(Node block) {
        if (!(block instanceof Heading h) || h.getLevel() != 2) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        collectText(h, text);
        return text.toString().strip().equalsIgnoreCase("references");
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");

    private static void collectText(Node node, StringBuilder out) {
        switch (node) {
            case Image ignored -> { }
            case ImageRef ignored -> { }
            case AttributesNode ignored -> { }
            case Footnote ignored -> { }
            case FootnoteBlock ignored -> { }
            case TableSeparator ignored -> { }
            case HtmlCommentBlock ignored -> { }
            case HtmlInlineComment ignored -> { }
            case Text t -> out.append(t.getChars().unescape());
            case Code c -> out.append(c.getText()); // code is literal: no escapes or entities inside it
            case AutoLink a -> out.append(a.getText());
            case MailLink m -> out.append(m.getText());
            case SoftLineBreak ignored -> out.append(' ');
            case HardLineBreak ignored -> out.append(' ');
            case HtmlInlineBase h -> out.append(BREAK.matcher(h.getChars()).matches() ? " " : TAG.matcher(h.getChars()).replaceAll(""));
            case HtmlBlockBase h -> out.append(' ').append(TAG.matcher(h.getChars()).replaceAll(" ")).append(' ');
            case FencedCodeBlock f -> out.append(' ').append(f.getContentChars()).append(' ');
            case IndentedCodeBlock i -> out.append(' ').append(i.getContentChars()).append(' ');
            case CodeBlock c -> out.append(' ').append(c.getChars()).append(' ');
            case LinkRef ref when !ref.isDefined() -> {
                // an undefined reference reads as written, brackets and all ("[!NOTE]" is how a callout starts)
                out.append('[');
                children(ref, out);
                out.append(']');
            }
            case BlockQuote quote -> {
                StringBuilder inner = new StringBuilder();
                children(quote, inner);
                Matcher m = CALLOUT_MARK.matcher(inner);
                String title = m.lookingAt() ? CALLOUTS.get(m.group(1).toUpperCase(Locale.ROOT)) : null;
                out.append(' ').append(title == null ? inner : title + " " + inner.substring(m.end())).append(' ');
            }
            case Block b -> {
                out.append(' ');
                children(b, out);
                out.append(' ');
            }
            case TableCell cell -> {
                out.append(' ');
                children(cell, out);
                out.append(' ');
            }
            default -> children(node, out);
        }
    }

    private static void children(Node node, StringBuilder out) {
        for (Node child : node.getChildren()) {
            collectText(child, out);
        }
    }

    /**
     * Whitespace-separated tokens that hold at least one letter or number (what {@code split("\\s+")} and a
     * {@code [\p{L}\p{N}]} search count), in one pass without regular expressions.
     */
    static int words(CharSequence text) {
        int words = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r') {
                inToken = false;
                continue;
            }
            if (!inToken) {
                inToken = true;
                counted = false;
            }
            if (!counted && (Character.isLetter(cp) || switch (Character.getType(cp)) {
                case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
                default -> false;
            })) {
                words++;
                counted = true;
            }
        }
        return words;
    }

    static String hash(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
