package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonWriterTest {

    private final JsonMapper jackson = JsonMapper.builder().build();

    @Test
    void what_it_writes_reads_back_the_same_with_jackson() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("plain", "Category One");
        report.put("quotes and escapes", "He said \"refer\" \\ then\nleft\ttab\r\b\f\u0001 \u2028");
        report.put("unicode", "Évidence – “quoted” 🦴");
        report.put("int", 12);
        report.put("long", 4_000_000_000L);
        report.put("double", 75.5);
        report.put("whole double", 40.0);
        report.put("yes", true);
        report.put("none", null);
        report.put("empty list", List.of());
        report.put("empty map", Map.of());
        List<Object> nested = new ArrayList<>();
        nested.add(Map.of("file", "a/b.md", "line", 3));
        nested.add(List.of(1, "two", false));
        report.put("nested", nested);

        String json = JsonWriter.of(report);
        @SuppressWarnings("unchecked")
        Map<String, Object> back = jackson.readValue(json, LinkedHashMap.class);
        assertThat(back).isEqualTo(jackson.readValue(jackson.writeValueAsString(report), LinkedHashMap.class));
        assertThat(back.keySet()).containsExactlyElementsOf(report.keySet());
        assertThat(back.get("quotes and escapes")).isEqualTo(report.get("quotes and escapes"));
        assertThat(back.get("unicode")).isEqualTo("Évidence – “quoted” 🦴");
        assertThat(back.get("whole double")).isEqualTo(40.0);
    }

    @Test
    void it_is_indented_for_people_reading_it() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("modules", List.of(Map.of("id", "foundations")));
        report.put("errors", List.of());
        assertThat(JsonWriter.of(report)).isEqualTo("""
                {
                  "modules": [
                    {
                      "id": "foundations"
                    }
                  ],
                  "errors": []
                }""");
    }

    @Test
    void numbers_json_cannot_hold_are_refused() {
        assertThatThrownBy(() -> JsonWriter.of(Map.of("x", Double.NaN))).isInstanceOf(IllegalArgumentException.class);
    }
}
