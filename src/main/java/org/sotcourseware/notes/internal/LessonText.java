package org.sotcourseware.notes.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A lesson's canonical text (see {@link QuoteAnchor}): the text nodes of its rendered HTML in document order, as
 * the browser's {@code Range.toString()} joins them, without white space.
 */
public final class LessonText {

    private LessonText() {
    }

    public static String canonical(String renderedHtml) {
        StringBuilder all = new StringBuilder(renderedHtml.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    all.append(t.getWholeText());
                }
            }
        }, Jsoup.parseBodyFragment(renderedHtml).body());
        return QuoteAnchor.canonical(all.toString());
    }
}
