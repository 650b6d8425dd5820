package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.ContentTree;

/** The parsers' fast line numbers are exactly flexmark's, for every node of every quiz and case we ship. */
class MarkdownBlocksLineTest {

    @Test
    void start_and_end_lines_equal_flexmarks_for_every_node_of_the_real_quizzes_and_cases() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        ContentTree tree = ContentTree.read(Path.of("content"));
        int nodes = 0;
        for (String path : tree.paths()) {
            if (!path.endsWith("quiz.md") && !path.contains("/cases/")) {
                continue;
            }
            String body = new String(tree.read(path).orElseThrow(), StandardCharsets.UTF_8);
            MarkdownBlocks blocks = new MarkdownBlocks(body);
            Node doc = renderer.parser().parse(body);
            for (Node n : doc.getDescendants()) {
                assertThat(blocks.startLine(n)).as(path + " start of " + n).isEqualTo(n.getStartLineNumber());
                assertThat(blocks.endLine(n)).as(path + " end of " + n).isEqualTo(n.getEndLineNumber());
                nodes++;
            }
        }
        assertThat(nodes).isGreaterThan(10_000);
    }

    @Test
    void windows_line_endings_count_the_same() {
        String text = "a\r\n\r\n- [x] b\r\n  > c\r\n";
        MarkdownBlocks blocks = new MarkdownBlocks(text);
        for (Node n : new MarkdownRenderer().parser().parse(text).getDescendants()) {
            assertThat(blocks.startLine(n)).isEqualTo(n.getStartLineNumber());
            assertThat(blocks.endLine(n)).isEqualTo(n.getEndLineNumber());
        }
    }
}
