package org.sotcourseware.base;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.i18n.I18NProvider;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every word of the interface, in English and German, for Vaadin ({@code getTranslation} in components,
 * {@code I18NProvider.translate} elsewhere) and for {@link Message}.
 *
 * <p>Each feature keeps its words in its own bundle: {@code i18n/<feature>.properties} (English, the fallback) and
 * {@code i18n/<feature>_de.properties}, read as UTF-8, every key starting with {@code <feature>.}. Patterns are
 * {@link MessageFormat} patterns ({@code {0}}, {@code {0,number,integer}}, {@code {0,choice,...}} for plurals) with one
 * difference: an apostrophe is always a plain apostrophe ("the student's answer"), so no quoting is needed and none
 * is possible. Arguments are formatted in the reader's locale: numbers by MessageFormat, a {@link LocalDate} as
 * {@link Dates#day}, a {@link LocalDateTime} or {@link ZonedDateTime} as {@link Dates#moment}, a {@link Message} as its
 * own translation. A missing key shows as {@code !key!} and is logged; {@code TranslationsTest} fails the build on one.
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final Pattern FILE = Pattern.compile("([a-z][a-z0-9-]*)(?:_([a-z]{2}))?\\.properties");

    @Override
    public List<Locale> getProvidedLocales() {
        return Locales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(locale, key, params);
    }

    /** The text for {@code key} in {@code locale} (falling back to English), its arguments formatted for the locale. */
    public static String text(@Nullable Locale locale, String key, Object... args) {
        return Holder.BUNDLES.text(locale, key, args);
    }

    private static @Nullable Object value(@Nullable Object arg, Locale language) {
        return switch (arg) {
            case null -> "";
            case Message m -> m.in(language);
            case LocalDate d -> Dates.day(d, language);
            case LocalDateTime t -> Dates.moment(t, language);
            case ZonedDateTime t -> Dates.moment(t.toLocalDateTime(), language);
            case TemporalAccessor t -> throw new IllegalArgumentException(
                    "Give a LocalDate, LocalDateTime or ZonedDateTime (in the person's zone), not " + t.getClass().getSimpleName());
            default -> arg;
        };
    }

    /** Every key and pattern of one language as written in the bundles (for tests and tools). */
    public static Map<String, String> patterns(Locale language) {
        return Holder.BUNDLES.patterns(language);
    }

    /** Where each key was defined, per language: bundle name to its keys (for tests). */
    public static Map<String, Map<String, Set<String>>> keysByBundle() {
        return Holder.BUNDLES.keysByBundle;
    }

    /** Bundles read from another place ({@code classpath*:i18n-test/*.properties}), for tests of the mechanism. */
    static Bundles bundlesAt(String location) {
        return Bundles.load(location);
    }

    /** A bundle pattern made safe for {@link MessageFormat}: every apostrophe is literal. */
    static String escapeApostrophes(String pattern) {
        return pattern.replace("'", "''");
    }

    private static final class Holder {
        static final Bundles BUNDLES = Bundles.load();
    }

    static final class Bundles {
        /** language to key to pattern (as written). */
        final Map<String, Map<String, String>> patterns = new LinkedHashMap<>();
        /** language to bundle to keys. */
        final Map<String, Map<String, Set<String>>> keysByBundle = new TreeMap<>();
        final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
        final Set<String> missingLogged = ConcurrentHashMap.newKeySet();
        /** The text of each key that takes no values, per language, once formatted. */
        final Map<String, String> fixedTexts = new ConcurrentHashMap<>();

        static Bundles load() {
            return load("classpath*:i18n/*.properties");
        }

        String text(@Nullable Locale locale, String key, Object... args) {
            Locale language = Locales.closest(locale);
            if (args.length == 0) {
                // a text without values is the same every time: one shared String per language and key, not one per
                // component per session (labels are most of a screen's words; Vaadin keeps them in every session)
                String fixed = fixedTexts.get(language.getLanguage() + "\u0000" + key);
                if (fixed != null) {
                    return fixed;
                }
            }
            MessageFormat format = format(language, key);
            if (format == null) {
                if (missingLogged.add(key)) {
                    log.warn("No text for key '{}'", key);
                }
                return "!" + key + "!";
            }
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = value(args[i], language);
            }
            String text = ((MessageFormat) format.clone()).format(values);
            if (args.length == 0) {
                fixedTexts.putIfAbsent(language.getLanguage() + "\u0000" + key, text);
            }
            return text;
        }

        static Bundles load(String location) {
            Bundles b = new Bundles();
            try {
                Resource[] files = new PathMatchingResourcePatternResolver(Translations.class.getClassLoader())
                        .getResources(location);
                Arrays.sort(files, (x, y) -> String.valueOf(x.getFilename()).compareTo(String.valueOf(y.getFilename())));
                for (Resource file : files) {
                    Matcher m = FILE.matcher(String.valueOf(file.getFilename()));
                    if (!m.matches()) {
                        throw new IllegalStateException("Translation file name must be <feature>.properties or <feature>_<language>.properties: " + file);
                    }
                    String bundle = m.group(1);
                    String language = m.group(2) == null ? Locale.ENGLISH.getLanguage() : m.group(2);
                    Properties props = new Properties();
                    try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                        props.load(in);
                    }
                    Map<String, String> target = b.patterns.computeIfAbsent(language, l -> new TreeMap<>());
                    Set<String> keys = new java.util.TreeSet<>();
                    for (String key : props.stringPropertyNames()) {
                        String previous = target.put(key, props.getProperty(key));
                        if (previous != null) {
                            log.warn("Key '{}' is defined twice for language {}", key, language);
                        }
                        keys.add(key);
                    }
                    b.keysByBundle.computeIfAbsent(language, l -> new TreeMap<>()).merge(bundle, keys, (x, y) -> {
                        Set<String> all = new java.util.TreeSet<>(x);
                        all.addAll(y);
                        return all;
                    });
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the translation bundles", e);
            }
            return b;
        }

        Map<String, String> patterns(Locale language) {
            return Collections.unmodifiableMap(patterns.getOrDefault(language.getLanguage(), Map.of()));
        }

        @Nullable MessageFormat format(Locale language, String key) {
            String lang = language.getLanguage();
            return formats.computeIfAbsent(lang + "\u0000" + key, k -> {
                String pattern = patterns.getOrDefault(lang, Map.of()).get(key);
                Locale used = language;
                if (pattern == null) {
                    pattern = patterns.getOrDefault(Locale.ENGLISH.getLanguage(), Map.of()).get(key);
                    used = Locale.ENGLISH;
                }
                return pattern == null ? null : new MessageFormat(escapeApostrophes(pattern), used);
            });
        }
    }
}
