package org.sotcourseware.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Answers to and from the JSON stored in {@code quiz_answer.answer_json}. */
final class AnswerCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnswerCodec() {
    }

    static String write(Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (a) {
            case Answer.Choice c -> {
                m.put("kind", "choice");
                m.put("ids", c.optionIds().stream().sorted().toList());
            }
            case Answer.Typed t -> {
                m.put("kind", "typed");
                m.put("text", t.text());
            }
            case Answer.Order o -> {
                m.put("kind", "order");
                m.put("ids", o.itemIds());
            }
            case Answer.Match ma -> {
                m.put("kind", "match");
                m.put("pairs", ma.pairs());
            }
        }
        return JSON.writeValueAsString(m);
    }

    @SuppressWarnings("unchecked")
    static Answer read(String json) {
        Map<String, Object> m = JSON.readValue(json, Map.class);
        return switch (String.valueOf(m.get("kind"))) {
            case "choice" -> new Answer.Choice(new LinkedHashSet<>((List<String>) m.get("ids")));
            case "typed" -> new Answer.Typed(String.valueOf(m.get("text")));
            case "order" -> new Answer.Order(new ArrayList<>((List<String>) m.get("ids")));
            case "match" -> new Answer.Match((Map<String, String>) m.get("pairs"));
            default -> throw new IllegalArgumentException("unknown answer kind in " + json);
        };
    }
}
