package org.sotcourseware.base;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The translation bundles are complete and well-formed in both languages, and texts are formatted per locale. */
class TranslationsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void every_bundle_has_the_same_keys_in_english_and_german() {
        Map<String, Set<String>> english = Translations.keysByBundle().get("en");
        Map<String, Set<String>> german = Translations.keysByBundle().get("de");
        assertThat(german.keySet()).as("bundles with a German file").isEqualTo(english.keySet());
        List<String> problems = new ArrayList<>();
        english.forEach((bundle, keys) -> {
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(german.get(bundle));
            Set<String> extra = new TreeSet<>(german.get(bundle));
            extra.removeAll(keys);
            missing.forEach(k -> problems.add(bundle + "_de.properties lacks " + k));
            extra.forEach(k -> problems.add(bundle + ".properties lacks " + k));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void every_key_starts_with_its_bundle_name_and_has_a_text() {
        List<String> problems = new ArrayList<>();
        Translations.keysByBundle().forEach((language, bundles) -> bundles.forEach((bundle, keys) -> keys.forEach(key -> {
            if (!key.startsWith(bundle + ".")) {
                problems.add(bundle + " (" + language + "): key " + key + " does not start with '" + bundle + ".'");
            }
            if (Translations.patterns(Locale.of(language)).get(key).isBlank()) {
                problems.add(bundle + " (" + language + "): key " + key + " has no text");
            }
        })));
        assertThat(problems).isEmpty();
    }

    @Test
    void every_pattern_parses_and_both_languages_use_the_same_arguments() {
        Map<String, String> english = Translations.patterns(Locale.ENGLISH);
        Map<String, String> german = Translations.patterns(Locale.GERMAN);
        List<String> problems = new ArrayList<>();
        english.forEach((key, en) -> {
            String de = german.get(key);
            for (String pattern : de == null ? List.of(en) : List.of(en, de)) {
                try {
                    new MessageFormat(Translations.escapeApostrophes(pattern));
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": " + e.getMessage() + " in '" + pattern + "'");
                }
            }
            if (de != null && !arguments(en).equals(arguments(de))) {
                problems.add(key + ": English uses arguments " + arguments(en) + ", German " + arguments(de));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void german_texts_are_translated_not_copied() {
        Map<String, String> german = Translations.patterns(Locale.GERMAN);
        List<String> copied = Translations.patterns(Locale.ENGLISH).entrySet().stream()
                .filter(e -> e.getValue().equals(german.get(e.getKey())))
                .filter(e -> e.getValue().replaceAll("\\{[^}]*}", "").trim().split("\\s+").length >= 3)
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
        assertThat(copied).as("German texts identical to English ones of three words or more").isEmpty();
    }

    private final Translations.Bundles sample = Translations.bundlesAt("classpath*:i18n-test/*.properties");

    @Test
    void apostrophes_are_plain_and_arguments_follow_the_locale() {
        assertThat(sample.text(Locale.ENGLISH, "test.apostrophe", "Iris")).isEqualTo("Iris's answer, 'quoted'");
        assertThat(sample.text(Locale.ENGLISH, "test.count", 1500)).isEqualTo("1,500 students");
        assertThat(sample.text(Locale.GERMAN, "test.count", 1500)).isEqualTo("1.500 Studierende");
        assertThat(sample.text(Locale.ENGLISH, "test.count", 1)).isEqualTo("1 student");
        assertThat(sample.text(Locale.GERMAN, "test.day", LocalDate.of(2026, 12, 7))).isEqualTo("am 7.\u00a0Dez. 2026");
        assertThat(sample.text(Locale.ENGLISH, "test.day", LocalDateTime.of(2026, 12, 7, 14, 5))).isEqualTo("on 7 Dec 2026, 14:05");
        assertThat(sample.text(Locale.GERMAN, "test.day", LocalDateTime.of(2026, 12, 7, 14, 5))).isEqualTo("am 7.\u00a0Dez. 2026, 14:05");
    }

    @Test
    void a_language_the_app_does_not_speak_falls_back_to_english_and_a_missing_key_is_visible() {
        assertThat(sample.text(Locale.FRENCH, "test.count", 2)).isEqualTo("2 students");
        assertThat(sample.text(Locale.of("de", "CH"), "test.count", 2)).isEqualTo("2 Studierende");
        assertThat(sample.text(Locale.GERMAN, "test.english-only")).isEqualTo("Only in English");
        assertThat(sample.text(Locale.GERMAN, "test.no-such-key")).isEqualTo("!test.no-such-key!");
    }

    @Test
    void a_message_among_the_arguments_and_a_message_itself_render_in_the_language_asked_for() {
        assertThat(Message.of("security.role.student").in(Locale.GERMAN)).isEqualTo("Studierende");
        assertThat(Message.of("security.role.student").english()).isEqualTo("Student").isEqualTo(Message.of("security.role.student").toString());
        assertThat(Translations.text(Locale.GERMAN, "shell.user-menu-for", Message.of("security.role.student"))).isEqualTo("Benutzermenü für Studierende");
        assertThat(Translations.text(Locale.GERMAN, "security.role.other", "GUEST")).isEqualTo("GUEST");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
