package org.sotcourseware.casestudy.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import org.sotcourseware.base.Translations;

/** Wording shared by the case screens, in the reader's language, and the marking of curriculum texts. */
final class CaseParts {

    /**
     * The language of case texts (presentation, stages, options, feedback, debrief): English, until modules carry their
     * own {@code language} (docs/translation.md). Elements holding them say so, so a screen reader keeps an English voice
     * for them inside a German page.
     */
    static final String CONTENT_LANGUAGE = "en"; // not UI text: a language tag

    private CaseParts() {
    }

    static String t(Locale locale, String key, Object... args) {
        return Translations.text(locale, key, args);
    }

    /** Marks {@code c} as holding case text (see {@link #CONTENT_LANGUAGE}). */
    static <T extends Component> T content(T c) {
        c.getElement().setAttribute("lang", CONTENT_LANGUAGE);
        return c;
    }

    /** Case HTML (an option's text) wrapped in an element that says its language. */
    static String contentHtml(String html) {
        return "<span lang=\"" + CONTENT_LANGUAGE + "\">" + html + "</span>"; // not UI text: HTML markup
    }
}
