package org.sotcourseware.content.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds small content folders for tests. */
public final class ContentFixture {

    private final Path root;

    public ContentFixture(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public ContentFixture file(String relative, String text) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ContentFixture module(String id, String title) {
        return file(id + "/module.md", """
                ---
                id: %s
                title: %s
                summary: A summary of %s.
                hours: 4
                outcomes:
                  - Describe something.
                ---

                # %s

                Overview.
                """.formatted(id, title, title, title));
    }

    public ContentFixture lesson(String module, String file, String id, int order, String body) {
        return file(module + "/lessons/" + file, """
                ---
                id: %s
                title: Lesson %s
                order: %d
                minutes: 10
                ---

                %s
                """.formatted(id, id, order, body));
    }

    /** Two modules, b requires a, each with two good lessons. */
    public static ContentFixture standard(Path root) {
        return new ContentFixture(root)
                .file("curriculum.yml", """
                        title: Test curriculum
                        modules:
                          - id: a
                          - id: b
                            requires: [a]
                        """)
                .module("a", "Module A")
                .module("b", "Module B")
                .lesson("a", "01-first.md", "first", 1, "# First\n\nSome words here.\n\n## References\n\n1. Ref.")
                .lesson("a", "02-second.md", "second", 2, "# Second\n\nMore words.")
                .lesson("b", "01-intro.md", "intro", 1, "# Intro\n\n![A diagram](../images/d.svg)")
                .file("b/images/d.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>");
    }
}
