package org.sotcourseware.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A guard over the sources: every text field a person types into ({@code TextField}, {@code TextArea},
 * {@code EmailField}, {@code PasswordField}) is held in a variable and given {@code setMaxLength} in the same
 * file, so a field added without a limit fails the build. The services check the same limits again.
 */
class TextFieldLimitsTest {

    private static final Pattern FIELD = Pattern.compile("(?:(\\w+)\\s*=\\s*)?new (TextField|TextArea|EmailField|PasswordField)\\(");

    @Test
    void every_text_field_in_the_app_has_a_maximum_length() throws IOException {
        List<String> missing = new ArrayList<>();
        int fields = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(p);
                Matcher m = FIELD.matcher(source);
                while (m.find()) {
                    fields++;
                    String variable = m.group(1);
                    int line = (int) source.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    if (variable == null) {
                        missing.add(p + ":" + line + ": a " + m.group(2) + " not held in a variable (so it cannot be given a maximum length)");
                    } else if (!Pattern.compile("\\b" + Pattern.quote(variable) + "\\.setMaxLength\\(").matcher(source).find()) {
                        missing.add(p + ":" + line + ": " + variable + " has no setMaxLength");
                    }
                }
            }
        }
        assertThat(fields).as("text fields found").isGreaterThan(20);
        assertThat(missing).isEmpty();
    }
}
