package org.sotcourseware.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * Cleans an SVG image before it is served: keeps drawing elements and presentation attributes, drops
 * scripts, event handlers, foreign objects, external references and style that could load anything.
 * Served SVG is additionally sent with a locked-down Content-Security-Policy.
 */
public final class SvgSanitizer {

    private static final Set<String> ELEMENTS = Set.of(
            "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan",
            "title", "desc", "defs", "marker", "lineargradient", "radialgradient", "stop", "clippath", "mask",
            "pattern", "symbol", "use", "style", "textpath");

    /** Parses, cleans and re-serialises; throws IllegalArgumentException for text that is not SVG. */
    public String sanitize(String svg) {
        Parser parser = Parser.xmlParser().settings(ParseSettings.preserveCase);
        Document doc = Jsoup.parse(svg, "", parser);
        Element root = doc.children().stream().filter(e -> e.tagName().equalsIgnoreCase("svg")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an SVG document (no <svg> root element)"));
        clean(root);
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
        return root.outerHtml();
    }

    private void clean(Element element) {
        List<Element> children = new ArrayList<>(element.children());
        for (Element child : children) {
            if (!ELEMENTS.contains(child.tagName().toLowerCase(Locale.ROOT))) {
                child.remove();
            } else if (child.tagName().equalsIgnoreCase("style") && unsafeStyle(child.data() + child.text())) {
                child.remove();
            } else {
                clean(child);
            }
        }
        List<Attribute> attributes = new ArrayList<>();
        element.attributes().forEach(attributes::add);
        for (Attribute a : attributes) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            String value = a.getValue();
            boolean drop = name.startsWith("on")
                    || (name.equals("href") || name.endsWith(":href")) && !value.strip().startsWith("#")
                    || name.equals("style") && unsafeStyle(value)
                    || value.toLowerCase(Locale.ROOT).replaceAll("\\s", "").contains("javascript:");
            if (drop) {
                element.removeAttr(a.getKey());
            }
        }
    }

    private static boolean unsafeStyle(String css) {
        String c = css.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        return c.contains("url(") || c.contains("@import") || c.contains("expression(") || c.contains("javascript:")
                || c.contains("<");
    }
}
