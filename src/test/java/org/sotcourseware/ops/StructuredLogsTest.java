package org.sotcourseware.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code prod} profile logs one JSON object per line (Spring Boot's structured logging, ECS): the logging system
 * is set up from the app's own configuration files with that profile, as at a production start, and a line logged
 * through SLF4J comes out as JSON with the message, level, logger and service name.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    private void initialise(String... profiles) {
        StandardEnvironment env = new StandardEnvironment();
        ConfigDataEnvironmentPostProcessor.applyTo(env, null, null, List.of(profiles));
        logging.cleanUp();
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(env), null, null);
    }

    @AfterEach
    void plainAgain() {
        initialise(); // the default configuration again, for the tests after this one
    }

    @Test
    void the_prod_profile_logs_json_lines(CapturedOutput output) {
        initialise("prod");
        LoggerFactory.getLogger("org.sotcourseware.ops.Probe").warn("Backup failed: the disk under {} is full", "/srv/backups");
        String line = output.getOut().lines().filter(l -> l.contains("Backup failed")).findFirst().orElseThrow();
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.path("message").asString()).isEqualTo("Backup failed: the disk under /srv/backups is full");
        assertThat(json.path("log").path("level").asString()).isEqualTo("WARN");
        assertThat(json.path("log").path("logger").asString()).isEqualTo("org.sotcourseware.ops.Probe");
        assertThat(json.path("service").path("name").asString()).isEqualTo("sot-courseware");
        assertThat(json.has("@timestamp")).isTrue();
    }

    @Test
    void without_prod_the_log_stays_plain_text(CapturedOutput output) {
        initialise();
        LoggerFactory.getLogger("org.sotcourseware.ops.Probe").warn("A plain line");
        String line = output.getOut().lines().filter(l -> l.contains("A plain line")).findFirst().orElseThrow();
        assertThat(line).doesNotStartWith("{").contains("WARN");
    }
}
