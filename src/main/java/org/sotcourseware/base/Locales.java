package org.sotcourseware.base;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;

/**
 * The languages the interface speaks: English (the default and the language of the curriculum) and German.
 * A person's language follows the browser until they pick one in the user menu; the pick is stored with the account.
 */
public final class Locales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, GERMAN);

    private Locales() {
    }

    /** The supported language for a stored tag ("de", "de-AT", "en"), or empty for an unknown or missing one. */
    public static Optional<Locale> supported(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The closest supported language for any locale (German for de-CH, English for everything not supported). */
    public static Locale closest(@Nullable Locale locale) {
        return locale == null ? ENGLISH : supported(locale.toLanguageTag()).orElse(ENGLISH);
    }

    /** The language of the current UI (English outside a UI: background work, files meant for every reader). */
    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null ? ENGLISH : closest(ui.getLocale());
    }

    /** The language's own name, as the language switch lists it ("English", "Deutsch"). */
    public static String nativeName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
