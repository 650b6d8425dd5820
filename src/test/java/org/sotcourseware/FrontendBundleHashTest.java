package org.sotcourseware;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Guard over the repo: the committed production bundle was built from the frontend sources as they are now.
 * Builds without Node.js (CI, tests) reuse src/main/bundles/prod.bundle; a change under frontend/ or to an
 * {@code @NpmPackage}/{@code @JsModule} line without a rebuilt bundle and a new hash fails here, with the
 * commands to fix it. The hash is computed by the same script CI uses ({@code .ci/frontend-hash}).
 */
@DisabledOnOs(OS.WINDOWS)
class FrontendBundleHashTest {

    @Test
    void the_committed_bundle_was_built_from_the_current_frontend_sources() throws IOException, InterruptedException {
        assertThat(Path.of("src/main/bundles/prod.bundle")).isRegularFile();
        Process check = new ProcessBuilder("bash", ".ci/frontend-hash", "--check").redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(Files.readString(Path.of("src/main/bundles/frontend.sha256")).strip()).matches("[0-9a-f]{64}");
    }
}
