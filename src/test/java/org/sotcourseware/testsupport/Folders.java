package org.sotcourseware.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Test folders: a fixture copied into a fresh temporary folder, so a test may change it without touching the original. */
public final class Folders {

    private Folders() {
    }

    /** Copies the folder {@code source} with everything in it into a new temporary folder named after {@code prefix}. */
    public static Path copyToTemp(Path source, String prefix) throws IOException {
        Path target = Files.createTempDirectory(prefix);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }
}
