package org.sotcourseware.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The load test as a Maven run: {@code ./mvnw -Pload verify -Dusers=500 -Dmode=steady -Dramp=300 -Dhold=600}
 * (the {@code load} profile passes these as {@code load.*} system properties). Starts the packaged jar, drives
 * it, writes the report under {@code target/load/} and fails when any step had an error.
 */
@Tag("load")
class LoadRun {

    @Test
    void load_run() throws Exception {
        List<String> args = new ArrayList<>(List.of("--users", prop("users", "10"), "--mode", prop("mode", "steady"), "--ramp", prop("ramp", "60"),
                "--hold", prop("hold", "120"), "--think", prop("think", "30-90"), "--heap", prop("heap", "1g")));
        String more = prop("args", "").trim();
        if (!more.isEmpty()) {
            args.addAll(Arrays.asList(more.split("\\s+")));
        }
        LoadTest.Result r = LoadTest.run(Options.parse(args.toArray(String[]::new)));
        Report.write(r);
        String text = Report.text(r);
        System.out.println(text);
        assertThat(r.errors()).as(text).isZero();
    }

    private static String prop(String name, String fallback) {
        String v = System.getProperty("load." + name);
        return v == null || v.isBlank() || v.startsWith("${") ? fallback : v;
    }
}
