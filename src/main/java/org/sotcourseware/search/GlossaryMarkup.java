package org.sotcourseware.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Translations;
import org.sotcourseware.content.Glossary;

/**
 * Marks glossary terms in a rendered lesson: the first use of each term (or one of its other spellings) in the
 * lesson's running text becomes a button that opens a popover with the definition and a link to the glossary.
 * Uses the browser's own popover ({@code popover} and {@code popovertarget}): the button is in the tab order,
 * Enter or Space opens it, Escape or a click elsewhere closes it, and screen readers announce the button as
 * expanded or collapsed. No script. Headings, links, code, figures and the references are left alone. The text
 * put in is the glossary's plain text, escaped by jsoup; the lesson's sanitised HTML is otherwise unchanged. The term and
 * its definition are the curriculum's English ({@code lang="en"}); the button's name and the link to the glossary are in
 * the reader's language (marked with its {@code lang}, as the lesson around them is English).
 */
final class GlossaryMarkup {

    /** Prefix of the popovers' ids (one per term per lesson). */
    static final String ID_PREFIX = "gloss-";
    private static final Set<String> SKIP = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "button", "figure",
            "figcaption", "sup", "kbd", "script", "style", "mark");

    private final Map<String, Glossary.Term> byName = new HashMap<>();
    private final @Nullable Pattern names;
    private final String glossaryHref;
    private final Locale language;

    /** In English; see {@link #GlossaryMarkup(Glossary, String, Locale)}. */
    GlossaryMarkup(Glossary glossary, String glossaryHref) {
        this(glossary, glossaryHref, Locales.ENGLISH);
    }

    /**
     * @param glossaryHref the glossary page's address; a term's id is appended as the fragment
     * @param language     the reader's language, for the button's name and the link to the glossary
     */
    GlossaryMarkup(Glossary glossary, String glossaryHref, Locale language) {
        this.glossaryHref = glossaryHref;
        this.language = Locales.closest(language);
        for (Glossary.Term t : glossary.terms()) {
            t.names().forEach(n -> byName.putIfAbsent(n.toLowerCase(Locale.ROOT), t));
        }
        List<String> all = byName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s)).toList();
        names = all.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}-])(" + String.join("|", all.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\p{N}-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The lesson's HTML with the first use of each term marked; unchanged when no term occurs. */
    String annotate(String html) {
        if (names == null) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Set<String> used = new HashSet<>();
        walk(doc.body(), used);
        return used.isEmpty() ? html : doc.body().html();
    }

    private void walk(Element element, Set<String> used) {
        // a copy: marking a term splits the text node we are in
        for (Node child : List.copyOf(element.childNodes())) {
            if (child instanceof TextNode text) {
                mark(text, used);
            } else if (child instanceof Element e && !SKIP.contains(e.normalName()) && !e.hasClass("footnotes")
                    && !e.hasClass("glossary-ref")) {
                walk(e, used);
            }
        }
    }

    private void mark(TextNode node, Set<String> used) {
        TextNode rest = node;
        while (rest != null) {
            String text = rest.getWholeText();
            Matcher m = names.matcher(text);
            TextNode next = null;
            while (m.find()) {
                Glossary.Term term = byName.get(m.group(1).toLowerCase(Locale.ROOT));
                if (term == null || !used.add(term.id())) {
                    continue;
                }
                // jsoup splits only inside a text: the term may start or end it
                TextNode found = m.start() == 0 ? rest : rest.splitText(m.start());
                next = m.end() == text.length() ? null : found.splitText(m.end() - m.start());
                found.replaceWith(reference(term, m.group(1)));
                break;
            }
            rest = next;
        }
    }

    private Element reference(Glossary.Term term, String shown) {
        String id = ID_PREFIX + term.id();
        Element wrap = new Element("span").addClass("glossary-ref");
        wrap.appendElement("button").attr("type", "button").addClass("glossary-term").attr("popovertarget", id)
                .attr("aria-label", Translations.text(language, "search.glossary-popover.button", shown)).text(shown);
        Element pop = wrap.appendElement("span").id(id).attr("popover", "auto").attr("role", "note").addClass("glossary-popover");
        pop.appendElement("strong").addClass("glossary-popover-term").attr("lang", "en").text(term.term());
        pop.appendElement("span").addClass("glossary-popover-definition").attr("lang", "en").text(term.definition());
        // router-ignore: a page load keeps the #term, so the glossary opens at it
        pop.appendElement("a").attr("href", glossaryHref + "#" + term.id()).attr("router-ignore", "").addClass("glossary-popover-link")
                .attr("lang", language.getLanguage()).text(Translations.text(language, "search.glossary-popover.more"));
        return wrap;
    }
}
