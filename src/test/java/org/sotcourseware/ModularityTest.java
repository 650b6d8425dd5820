package org.sotcourseware;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the feature graph honest: no cycles, no reaching into another feature's internals. And writes the
 * module documentation (PlantUML diagrams of the whole app and of each module, a canvas per module with its
 * API, events and configuration) into {@code docs/modules}, so it never drifts from the code.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    static final Path DOCS = Path.of("docs", "modules");

    @Test
    void the_feature_modules_respect_their_boundaries() {
        MODULES.verify();
    }

    @Test
    void the_module_documentation_is_written_to_docs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();

        assertThat(DOCS.resolve("components.puml")).exists();
        for (var module : MODULES) {
            assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".puml")).exists();
            assertThat(Files.readString(DOCS.resolve("module-" + module.getIdentifier() + ".adoc")))
                    .contains("`" + module.getBasePackage().getName() + "`");
        }
    }
}
