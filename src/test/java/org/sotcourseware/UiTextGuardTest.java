package org.sotcourseware;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sotcourseware.base.Translations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the two-language interface over the source: no words for people written as Java literals in the screens
 * (they belong in {@code src/main/resources/i18n/<feature>.properties} and its German twin), and every translation key
 * written in the code exists. A literal that is not text for people (a CSS value, a JavaScript snippet, a parameter
 * name) passes when its line says so with {@code // not UI text} and why, or when the line is one of the kinds below
 * that never carries such text.
 */
class UiTextGuardTest {

    private static final Path MAIN = Path.of("src/main/java/org/sotcourseware");

    /** Packages whose screens are still being moved to the bundles (each line leaves when its package is done). */
    private static final Set<String> PENDING = Set.of();
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A key as the code writes it: a bundle name, a dot, then lower-case words. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
    private static final Pattern FILE_NAME = Pattern.compile("\\.(md|csv|pdf|png|svg|txt|json|ya?ml|html|zip|gift|properties|sql)$");
    /** Lines whose literals are never words for people: styles, scripts, ids, logs, developer errors, routes. */
    private static final Pattern EXEMPT_LINE = Pattern.compile(
            "executeJs|getStyle\\(\\)|addClassName|addClassNames|removeClassName|setClassName|setId\\(|addThemeName|setThemeName"
            + "|\\blog\\.|\\bLOG\\.|throw new Illegal|@Route|@RouteAlias|@CssImport|@JsModule|^\\s*import |^\\s*/?\\*|^\\s*//|// not UI text"
            + "|setAttribute\\(\"(class|role|data-[a-z-]+|aria-hidden|aria-live|tabindex|slot|theme|part|id|href|target|rel|download|type|lang|router-link|router-ignore)\""
            + "|setWidth|setHeight|setMinWidth|setMaxWidth|setMinHeight|setMaxHeight|requireNonNull");

    @Test
    void screens_write_no_words_for_people_as_java_literals() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(UiTextGuardTest::isScreenCode).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                boolean inTextBlock = false;
                boolean inThrow = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.contains("\"\"\"")) {
                        inTextBlock = !inTextBlock && line.indexOf("\"\"\"") == line.lastIndexOf("\"\"\"");
                        continue;
                    }
                    // a developer's error (an exception other than one shown to people) may span lines
                    boolean throwing = inThrow || line.contains("throw new Illegal");
                    inThrow = throwing && !line.strip().endsWith(";");
                    if (inTextBlock || throwing || EXEMPT_LINE.matcher(line).find()) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(line);
                    while (m.find()) {
                        if (isWords(m.group(1))) {
                            found.add(MAIN.relativize(file) + ":" + (i + 1) + ": \"" + m.group(1) + "\"");
                        }
                    }
                }
            }
        }
        assertThat(found).as("literal UI text (move it to the feature's i18n bundle; or mark the line '// not UI text' with why)").isEmpty();
    }

    @Test
    void every_translation_key_in_the_code_exists_in_the_english_bundle() throws IOException {
        Set<String> bundles = Translations.keysByBundle().get("en").keySet();
        Set<String> keys = Translations.patterns(Locale.ENGLISH).keySet();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = LITERAL.matcher(lines.get(i));
                    while (m.find()) {
                        String literal = m.group(1);
                        int dot = literal.indexOf('.');
                        if (KEY.matcher(literal).matches() && dot > 0 && !FILE_NAME.matcher(literal).find() && bundles.contains(literal.substring(0, dot))
                                && !literal.endsWith(".") && !keys.contains(literal) && keys.stream().noneMatch(k -> k.startsWith(literal + "."))
                                && !isPrefixUse(lines.get(i), m.end())) {
                            missing.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + literal);
                        }
                    }
                }
            }
        }
        assertThat(missing).as("translation keys used in the code but not in the English bundle").isEmpty();
    }

    /** A literal followed by {@code +} is a key prefix completed at run time ("security.role." + role). */
    private static boolean isPrefixUse(String line, int end) {
        return line.substring(end).stripLeading().startsWith("+");
    }

    private static boolean isScreenCode(Path p) {
        String rel = MAIN.relativize(p).toString().replace('\\', '/');
        if (!rel.endsWith(".java") || rel.endsWith("package-info.java")) {
            return false;
        }
        String feature = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
        return !PENDING.contains(feature) && (rel.contains("/ui/") || rel.startsWith("shell/"));
    }

    /** Words for people: two letters in a row and either a space before a letter or a capital then a small letter. */
    static boolean isWords(String literal) {
        if (literal.startsWith("--") || literal.startsWith(".") || literal.contains("var(") || KEY.matcher(literal).matches()
                || literal.matches("[a-z]+([A-Z][a-z0-9]*)+")) { // a property or function name: goToLine, xTitle
            return false;
        }
        return literal.matches("(?s).*[A-Za-z]{2}.*") && (literal.matches("(?s).*\\s[A-Za-z].*") || literal.matches("(?s).*[A-Z][a-z].*"));
    }
}
