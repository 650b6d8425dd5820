package org.sotcourseware.handbook.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.Translations;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.content.RenderedDocument;

/**
 * The handbook of one module as one HTML document for the PDF renderer: cover, learning outcomes, contents
 * with page numbers, then every lesson from the same sanitised HTML the lesson pages show. Pure: everything
 * it needs comes in as arguments, so it is tested without Spring.
 *
 * <p>The lessons' HTML is changed only where a PDF needs it: ids and in-page links get the lesson's id in front
 * (two lessons may both have a "summary" heading or footnote 1), module images are embedded (SVG inline,
 * bitmaps as data URIs) so rendering never opens a connection, and a figure from elsewhere becomes its
 * description with its address.
 */
public final class HandbookDocument {

    /** One lesson of the handbook with its rendered, sanitised document. */
    public record Chapter(Lesson lesson, RenderedDocument document) {
    }

    /**
     * What the cover shows.
     *
     * @param number the module's number in the curriculum
     * @param version the content version the handbook was built from
     */
    public record Cover(String curriculumTitle, CourseModule module, int number, int moduleCount, String version) {
    }

    private static final String ASSETS = "/content-assets/";

    private HandbookDocument() {
    }

    /**
     * The handbook's HTML. {@code images} answers a module image's bytes by module id and path inside the
     * module folder (empty when there is none).
     */
    public static Document build(Cover cover, List<Chapter> chapters, BiFunction<String, String, Optional<byte[]>> images) {
        return build(cover, chapters, images, Locale.ENGLISH);
    }

    /**
     * The handbook's HTML with its fixed words (cover, contents, page numbers) in {@code language}; the module's own
     * texts stay in the module's language and are marked with it ({@code lang}).
     */
    public static Document build(Cover cover, List<Chapter> chapters, BiFunction<String, String, Optional<byte[]>> images, Locale language) {
        CourseModule m = cover.module();
        String content = m.language();
        Document doc = Document.createShell("");
        Element html = doc.selectFirst("html");
        if (html != null) {
            html.attr("lang", language.toLanguageTag());
        }
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        doc.title(Translations.text(language, "handbook.pdf.title", m.title()));
        doc.head().appendElement("meta").attr("name", "author").attr("content", cover.curriculumTitle());
        doc.head().appendElement("meta").attr("name", "subject").attr("content", Translations.text(language, "handbook.pdf.subject", cover.version()));
        // the foot's "page N of M" in the handbook's language: the counters go between the pattern's quoted words
        String pageOf = "\"" + Translations.text(language, "handbook.pdf.page", "\" counter(page) \"", "\" counter(pages) \"") + "\"";
        doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(HandbookStyle.css(pageOf)));
        Element bookmarks = doc.head().appendElement("bookmarks");
        Element body = doc.body();

        Element coverPage = body.appendElement("section").addClass("cover").attr("id", "cover");
        // the running head's text, taken out of the flow by the stylesheet (inside the cover, so no page of its own)
        coverPage.appendElement("div").addClass("running-head").attr("lang", content).text(m.title());
        coverPage.appendElement("p").addClass("cover-series").text(cover.curriculumTitle());
        coverPage.appendElement("p").addClass("cover-eyebrow").text(Translations.text(language, "handbook.pdf.cover-eyebrow", cover.number(), cover.moduleCount()));
        coverPage.appendElement("h1").addClass("cover-title").attr("lang", content).text(m.title());
        coverPage.appendElement("p").addClass("cover-summary").attr("lang", content).text(m.summary());
        Element facts = coverPage.appendElement("p").addClass("cover-facts");
        facts.appendText(Translations.text(language, "handbook.pdf.lessons", chapters.size()));
        if (m.hours() > 0) {
            facts.appendText(" · " + Translations.text(language, "handbook.pdf.study-hours", m.hours(), Numbers.upTo(m.hours(), 2, language)));
        }
        if (!m.audience().isBlank()) {
            Element audience = coverPage.appendElement("p").addClass("cover-audience").appendText(Translations.text(language, "handbook.pdf.audience") + " ");
            audience.appendElement("span").attr("lang", content).text(m.audience());
        }
        coverPage.appendElement("p").addClass("cover-version").text(Translations.text(language, "handbook.pdf.version", shortVersion(cover.version())));

        if (!m.outcomes().isEmpty()) {
            Element outcomes = body.appendElement("section").addClass("outcomes").attr("id", "outcomes");
            outcomes.appendElement("h1").text(Translations.text(language, "handbook.pdf.outcomes"));
            outcomes.appendElement("p").text(Translations.text(language, "handbook.pdf.outcomes-lead"));
            Element ol = outcomes.appendElement("ol").attr("lang", content);
            m.outcomes().forEach(o -> ol.appendElement("li").text(o.text()));
            bookmarks.appendElement("bookmark").attr("name", Translations.text(language, "handbook.pdf.outcomes")).attr("href", "#outcomes");
        }

        Element toc = body.appendElement("section").addClass("toc").attr("id", "contents");
        toc.appendElement("h1").text(Translations.text(language, "handbook.pdf.contents"));
        Element list = toc.appendElement("ul").addClass("toc-list").attr("lang", content);
        bookmarks.appendElement("bookmark").attr("name", Translations.text(language, "handbook.pdf.contents")).attr("href", "#contents");

        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            String anchor = "lesson-" + c.lesson().id();
            String label = (i + 1) + ". " + c.lesson().title();
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", "#" + anchor).addClass("toc-entry").text(label);
            item.appendElement("a").attr("href", "#" + anchor).addClass("toc-page");
            bookmarks.appendElement("bookmark").attr("name", label).attr("href", "#" + anchor);

            Element section = body.appendElement("section").addClass("lesson").attr("id", anchor);
            section.appendElement("p").addClass("lesson-eyebrow").text(Translations.text(language, "handbook.pdf.lesson-position", i + 1, chapters.size())
                    + (c.lesson().minutes() > 0 ? " · " + Translations.text(language, "handbook.pdf.minutes", c.lesson().minutes()) : ""));
            // the lesson itself is in the module's language
            Element text = section.appendElement("div").addClass("lesson-text").attr("lang", content);
            Element prose = Jsoup.parseBodyFragment(c.document().html()).body();
            prefixIds(prose, c.lesson().id());
            embedImages(prose, m.id(), images, language);
            if (prose.selectFirst("h1") == null) {
                text.appendElement("h1").text(c.lesson().title());
            }
            for (Element child : List.copyOf(prose.children())) {
                text.appendChild(child);
            }
        }
        return doc;
    }

    /** Ids become {@code lessonId--id} and in-page links follow, so ids stay unique across lessons. */
    static void prefixIds(Element root, String lessonId) {
        for (Element e : root.select("[id]")) {
            e.attr("id", lessonId + "--" + e.attr("id"));
        }
        for (Element a : root.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#") && href.length() > 1) {
                a.attr("href", "#" + lessonId + "--" + href.substring(1));
            }
        }
        // the images' "open full size" links lead nowhere on paper
        for (Element a : root.select("a.figure-link")) {
            a.unwrap();
        }
    }

    /** Module images embedded; any other image becomes its description and address. */
    static void embedImages(Element root, String moduleId, BiFunction<String, String, Optional<byte[]>> images) {
        embedImages(root, moduleId, images, Locale.ENGLISH);
    }

    /** {@link #embedImages(Element, String, BiFunction)}, a missing figure's note in {@code language}. */
    static void embedImages(Element root, String moduleId, BiFunction<String, String, Optional<byte[]>> images, Locale language) {
        String prefix = ASSETS + moduleId + "/";
        for (Element img : root.select("img")) {
            String src = img.attr("src").replaceFirst("[?#].*$", "");
            String alt = img.attr("alt");
            Optional<byte[]> bytes = src.startsWith(prefix) ? images.apply(moduleId, src.substring(prefix.length())) : Optional.empty();
            if (bytes.isEmpty()) {
                Element missing = new Element("span").addClass("figure-missing").attr("lang", language.toLanguageTag())
                        .text(Translations.text(language, "handbook.pdf.figure", alt) + (src.startsWith("https://") ? " " + src : ""));
                img.replaceWith(missing);
                continue;
            }
            String ext = src.substring(src.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            Element figure = new Element("div").addClass("figure");
            if (ext.equals("svg")) {
                Element svg = Jsoup.parse(new String(bytes.get(), StandardCharsets.UTF_8), "", Parser.xmlParser()).selectFirst("svg");
                if (svg == null) {
                    img.replaceWith(new Element("span").addClass("figure-missing").attr("lang", language.toLanguageTag())
                            .text(Translations.text(language, "handbook.pdf.figure", alt)));
                    continue;
                }
                sizeSvg(svg);
                figure.appendChild(svg);
            } else {
                String type = switch (ext) {
                    case "png" -> "image/png";
                    case "gif" -> "image/gif";
                    case "webp" -> "image/webp";
                    default -> "image/jpeg";
                };
                figure.appendElement("img").attr("alt", alt).attr("src", "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes.get()));
            }
            if (!alt.isBlank()) {
                figure.appendElement("p").addClass("figure-caption").text(alt);
            }
            // a figure is a block: lift it out of its paragraph (or link) so the page can place it whole
            Element host = img.parent();
            if (host != null && host.tagName().equals("p") && host.text().isBlank() && host.select("img").size() == 1) {
                host.replaceWith(figure);
            } else {
                img.replaceWith(figure);
            }
        }
    }

    /**
     * An SVG drawn at most the text width wide and in proportion: its own width and height are replaced by a
     * width that fits the page and the height its viewBox gives.
     */
    static void sizeSvg(Element svg) {
        double width = number(svg.attr("width"));
        double height = number(svg.attr("height"));
        String[] box = svg.attr("viewBox").trim().split("[\\s,]+");
        if (box.length == 4) {
            double bw = number(box[2]);
            double bh = number(box[3]);
            if (bw > 0 && bh > 0) {
                width = width > 0 ? width : bw;
                height = width * bh / bw;
            }
        }
        if (width <= 0 || height <= 0) {
            width = 480;
            height = 300;
        }
        double max = 460; // px at 96 per inch: the text column of an A4 page with its margins
        if (width > max) {
            height = height * max / width;
            width = max;
        }
        svg.attr("width", Math.round(width) + "px");
        svg.attr("height", Math.round(height) + "px");
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s.replaceAll("[a-z%]+$", "").trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String shortVersion(String version) {
        return version.length() > 12 ? version.substring(0, 12) : version;
    }
}
