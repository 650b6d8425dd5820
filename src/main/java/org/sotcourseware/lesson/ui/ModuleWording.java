package org.sotcourseware.lesson.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.Translations;
import org.sotcourseware.content.CourseModule;

/** Small wording helpers shared by the reading views, in the reader's language. */
final class ModuleWording {

    private ModuleWording() {
    }

    static String lessons(int n, Locale locale) {
        return Translations.text(locale, "lesson.module.lessons", n);
    }

    static String hours(double h, Locale locale) {
        if (h <= 0) {
            return Translations.text(locale, "lesson.module.hours-not-set");
        }
        return Translations.text(locale, "lesson.module.hours", h, Numbers.upTo(h, 1, locale));
    }

    static String minutes(int m, Locale locale) {
        return m <= 0 ? "" : Translations.text(locale, "lesson.module.minutes", m);
    }

    /** "Category One, Category Two and Category Three". */
    static String titles(List<String> titles, Locale locale) {
        if (titles.size() <= 1) {
            return String.join("", titles);
        }
        return Translations.text(locale, "lesson.module.and", String.join(", ", titles.subList(0, titles.size() - 1)), titles.getLast());
    }

    /** Marks curriculum text with the module's language, so a screen reader reads it with the right voice. */
    static <C extends Component> C inModuleLanguage(C component, CourseModule module) {
        component.getElement().setAttribute("lang", module.language());
        return component;
    }
}
