package org.sotcourseware.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Marks curriculum text (lesson prose, quiz stems and options, case stages) with its language, so a screen reader keeps
 * an English voice for it inside a German page. The curriculum is English today; a module's own {@code language:}
 * (content format) is the tag where a screen knows the module.
 */
public final class CurriculumText {

    /** The language of the curriculum where no module says otherwise. */
    public static final String DEFAULT_LANGUAGE = "en"; // not UI text: a language tag

    private CurriculumText() {
    }

    /** {@code c}, marked as holding curriculum text in {@code language}. */
    public static <T extends Component> T mark(T c, String language) {
        c.getElement().setAttribute("lang", language);
        return c;
    }

    /** {@code c}, marked as holding curriculum text in the default language. */
    public static <T extends Component> T mark(T c) {
        return mark(c, DEFAULT_LANGUAGE);
    }

    /** Curriculum HTML wrapped in an element ({@code div} or {@code span}) that says its language. */
    public static String wrap(String tag, String html) {
        return "<" + tag + " lang=\"" + DEFAULT_LANGUAGE + "\">" + html + "</" + tag + ">"; // not UI text: HTML markup
    }
}
