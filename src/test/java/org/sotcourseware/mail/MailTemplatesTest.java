package org.sotcourseware.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every message in English and German: the same placeholders in both, German bodies and subjects, English by default. */
class MailTemplatesTest {

    private static final Map<String, String> VALUES = Map.of("name", "Dr Anna Beispiel", "link", "https://courses.example.org/x",
            "minutes", "60", "days", "14", "seminar", "Category Two <Berlin>", "username", "anna", "what", "Ihr Passwort wurde geändert",
            "when", "7. Dez. 2026, 14:05 UTC");

    private static Set<String> placeholders(String body) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\{(\\w+)}}").matcher(body);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String raw(MailTemplate t, String suffix, String kind) throws Exception {
        try (var in = Mail.class.getResourceAsStream("/mail/" + t.file() + suffix + "." + kind)) {
            assertThat(in).as(t.file() + suffix + "." + kind).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void every_template_has_a_german_twin_with_the_same_placeholders_and_a_german_subject() throws Exception {
        for (MailTemplate t : MailTemplate.values()) {
            for (String kind : new String[] {"txt", "html"}) {
                assertThat(placeholders(raw(t, "_de", kind))).as(t + " " + kind).isEqualTo(placeholders(raw(t, "", kind)));
            }
            assertThat(t.subject(Locale.GERMAN)).as(t.name()).isNotEqualTo(t.subject()).doesNotContain("!mail.");
        }
        assertThat(MailTemplate.PASSWORD_RESET.subject()).isEqualTo("Choose a new password for SOT Courseware");
        assertThat(MailTemplate.PASSWORD_RESET.subject(Locale.GERMAN)).isEqualTo("Neues Passwort für SOT Courseware wählen");
    }

    @Test
    void a_message_is_written_in_its_language_and_a_message_without_one_in_english() {
        assertThat(Mail.render(MailTemplate.PASSWORD_RESET, Locale.GERMAN, "txt", VALUES, false))
                .startsWith("Guten Tag Dr Anna Beispiel,").contains("60 Minuten gültig");
        assertThat(Mail.render(MailTemplate.ACCOUNT_SETUP, Locale.GERMAN, "html", VALUES, true))
                .contains("<html lang=\"de\">", "Category Two &lt;Berlin&gt;", "Mein Passwort wählen");
        assertThat(Mail.render(MailTemplate.SIGN_IN_CHANGED, Locale.ENGLISH, "txt", VALUES, false)).startsWith("Hello Dr Anna Beispiel,");
        assertThat(Mail.languageOf(Map.of("name", "x"))).as("queued before messages had a language").isEqualTo(Locale.ENGLISH);
        assertThat(Mail.languageOf(Map.of(Mail.LANGUAGE, "de"))).isEqualTo(Locale.GERMAN);
    }
}
