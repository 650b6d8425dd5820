package org.sotcourseware.casestudy.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import org.sotcourseware.base.Translations;
import org.sotcourseware.base.ui.CurriculumText;

/** Wording shared by the case screens, in the reader's language, and the marking of curriculum texts. */
final class CaseParts {

    private CaseParts() {
    }

    static String t(Locale locale, String key, Object... args) {
        return Translations.text(locale, key, args);
    }

    /** Marks {@code c} as holding case text (presentation, stages, options, debrief), see {@link CurriculumText}. */
    static <T extends Component> T content(T c) {
        return CurriculumText.mark(c);
    }

    /** Case HTML (an option's text) wrapped in an element that says its language. */
    static String contentHtml(String html) {
        return CurriculumText.wrap("span", html); // not UI text: an element name
    }
}
