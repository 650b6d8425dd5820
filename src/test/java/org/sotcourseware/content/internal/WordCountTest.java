package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.ContentTree;

/** The one-pass word count counts exactly what the regular-expression definition counts. */
class WordCountTest {

    static int byRegex(String text) {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}]");
        int n = 0;
        for (String token : text.split("\\s+")) {
            if (word.matcher(token).find()) {
                n++;
            }
        }
        return n;
    }

    @Test
    void tricky_strings_count_alike() {
        for (String s : new String[] {"", "   ", "a", " a  b\tc\n", "— – ; !", "½ ² Ⅻ", "naïve café", "x-ray 3.5 mm", "\u00a0nbsp\u00a0joined",
                "emoji 😀 alone", "日本語 テキスト", "a\u000bb\fc\rd"}) {
            assertThat(MarkdownRenderer.words(s)).as("'" + s + "'").isEqualTo(byRegex(s));
        }
    }

    @Test
    void every_lesson_counts_alike() {
        ContentTree tree = ContentTree.read(Path.of("content"));
        for (String p : tree.paths()) {
            if (p.contains("/lessons/")) {
                String text = new String(tree.read(p).orElseThrow(), StandardCharsets.UTF_8);
                assertThat(MarkdownRenderer.words(text)).as(p).isEqualTo(byRegex(text));
            }
        }
    }
}
