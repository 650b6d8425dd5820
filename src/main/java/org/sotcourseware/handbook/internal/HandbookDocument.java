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
        CourseModule m = cover.module();
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        doc.title(m.title() + " · Module handbook");
        doc.head().appendElement("meta").attr("name", "author").attr("content", cover.curriculumTitle());
        doc.head().appendElement("meta").attr("name", "subject").attr("content", "Module handbook, content version " + cover.version());
        doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(HandbookStyle.CSS));
        Element bookmarks = doc.head().appendElement("bookmarks");
        Element body = doc.body();

        Element coverPage = body.appendElement("section").addClass("cover").attr("id", "cover");
        // the running head's text, taken out of the flow by the stylesheet (inside the cover, so no page of its own)
        coverPage.appendElement("div").addClass("running-head").text(m.title());
        coverPage.appendElement("p").addClass("cover-series").text(cover.curriculumTitle());
        coverPage.appendElement("p").addClass("cover-eyebrow").text("Module " + cover.number() + " of " + cover.moduleCount() + " · Handbook");
        coverPage.appendElement("h1").addClass("cover-title").text(m.title());
        coverPage.appendElement("p").addClass("cover-summary").text(m.summary());
        Element facts = coverPage.appendElement("p").addClass("cover-facts");
        facts.appendText(chapters.size() + (chapters.size() == 1 ? " lesson" : " lessons"));
        if (m.hours() > 0) {
            facts.appendText(" · " + hours(m.hours()) + " of study");
        }
        if (!m.audience().isBlank()) {
            coverPage.appendElement("p").addClass("cover-audience").text("For: " + m.audience());
        }
        coverPage.appendElement("p").addClass("cover-version").text("Content version " + shortVersion(cover.version()));

        if (!m.outcomes().isEmpty()) {
            Element outcomes = body.appendElement("section").addClass("outcomes").attr("id", "outcomes");
            outcomes.appendElement("h1").text("Learning outcomes");
            outcomes.appendElement("p").text("After this module you should be able to:");
            Element ol = outcomes.appendElement("ol");
            m.outcomes().forEach(o -> ol.appendElement("li").text(o.text()));
            bookmarks.appendElement("bookmark").attr("name", "Learning outcomes").attr("href", "#outcomes");
        }

        Element toc = body.appendElement("section").addClass("toc").attr("id", "contents");
        toc.appendElement("h1").text("Contents");
        Element list = toc.appendElement("ul").addClass("toc-list");
        bookmarks.appendElement("bookmark").attr("name", "Contents").attr("href", "#contents");

        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            String anchor = "lesson-" + c.lesson().id();
            String label = (i + 1) + ". " + c.lesson().title();
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", "#" + anchor).addClass("toc-entry").text(label);
            item.appendElement("a").attr("href", "#" + anchor).addClass("toc-page");
            bookmarks.appendElement("bookmark").attr("name", label).attr("href", "#" + anchor);

            Element section = body.appendElement("section").addClass("lesson").attr("id", anchor);
            section.appendElement("p").addClass("lesson-eyebrow").text("Lesson " + (i + 1) + " of " + chapters.size()
                    + (c.lesson().minutes() > 0 ? " · " + c.lesson().minutes() + " min" : ""));
            Element prose = Jsoup.parseBodyFragment(c.document().html()).body();
            prefixIds(prose, c.lesson().id());
            embedImages(prose, m.id(), images);
            if (prose.selectFirst("h1") == null) {
                section.appendElement("h1").text(c.lesson().title());
            }
            for (Element child : List.copyOf(prose.children())) {
                section.appendChild(child);
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
        String prefix = ASSETS + moduleId + "/";
        for (Element img : root.select("img")) {
            String src = img.attr("src").replaceFirst("[?#].*$", "");
            String alt = img.attr("alt");
            Optional<byte[]> bytes = src.startsWith(prefix) ? images.apply(moduleId, src.substring(prefix.length())) : Optional.empty();
            if (bytes.isEmpty()) {
                Element missing = new Element("span").addClass("figure-missing").text("[Figure: " + alt + "]"
                        + (src.startsWith("https://") ? " " + src : ""));
                img.replaceWith(missing);
                continue;
            }
            String ext = src.substring(src.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            Element figure = new Element("div").addClass("figure");
            if (ext.equals("svg")) {
                Element svg = Jsoup.parse(new String(bytes.get(), StandardCharsets.UTF_8), "", Parser.xmlParser()).selectFirst("svg");
                if (svg == null) {
                    img.replaceWith(new Element("span").addClass("figure-missing").text("[Figure: " + alt + "]"));
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

    private static String hours(double h) {
        return (h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h)) + (h == 1 ? " hour" : " hours");
    }

    private static String shortVersion(String version) {
        return version.length() > 12 ? version.substring(0, 12) : version;
    }
}
