package org.sotcourseware.base.ui;

import java.util.Locale;
import java.util.Set;

import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Translations;

/**
 * How a page greets a person: by their first name, skipping a title (so "Dr Iris Instructor" is greeted as
 * "Iris", not "Dr"); the whole name when there is nothing else to go by.
 */
public final class Greeting {

    private static final Set<String> TITLES = Set.of("dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "rev");

    private Greeting() {
    }

    /** "Welcome back, Iris" in the current UI's language. */
    public static String welcomeBack(String displayName) {
        return Translations.text(Locales.current(), "base.welcome-back", firstName(displayName));
    }

    /** The name to greet someone by. */
    public static String firstName(String displayName) {
        String[] words = displayName.strip().split("\\s+");
        for (String w : words) {
            String bare = w.replace(".", "").toLowerCase(Locale.ROOT);
            if (!bare.isEmpty() && !TITLES.contains(bare)) {
                return w;
            }
        }
        return displayName.strip();
    }
}
