package org.sotcourseware.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Words for a person, not yet in their language: a key into the translation bundles ({@code i18n/<feature>.properties})
 * and the values its pattern needs. Services and pure cores return or throw these instead of English text; the view
 * turns them into text in the reader's language ({@link Translations}). The arguments stay values (numbers, dates,
 * other {@code Message}s), so they are formatted the way the reader's locale writes them.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The text in {@code locale}; a {@code Message} among the arguments is translated first. */
    public String in(Locale locale) {
        return Translations.text(locale, key, args.toArray());
    }

    /** The English text, for logs, exception messages and files meant for every reader. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
