package org.sotcourseware.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.sotcourseware.load.StateTree.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The protocol pieces that need no server: event data, answer parsing and checks. */
class VaadinClientTest {

    private final VaadinClient client = new VaadinClient(new VaadinClient.Shared(URI.create("http://127.0.0.1:1/"), new Metrics(System.nanoTime()),
            Duration.ofSeconds(1)));

    private Node nodeWithListener(String event, String settings) {
        client.tree().apply(VaadinClient.JSON.readTree(("{'constants':{'K':" + settings + "},'changes':[{'node':9,'type':'put','feat':4,'key':'"
                + event + "','value':'K'}]}").replace('\'', '"')));
        return client.tree().node(9);
    }

    @Test
    void a_click_sends_every_expression_the_server_registered_with_a_real_clicks_values() {
        Node button = nodeWithListener("click", "{'event.shiftKey':false,'event.detail':false,'event.button':false,'event.clientX':false,'x.unknown':false}");
        ObjectNode data = client.eventData(button, "click");
        assertThat(data.get("event.shiftKey").asBoolean()).isFalse();
        assertThat(data.get("event.detail").asInt()).isEqualTo(1);
        assertThat(data.get("event.button").asInt()).isZero();
        assertThat(data.get("event.clientX").isNumber()).isTrue();
        assertThat(data.get("x.unknown").isNull()).isTrue();
        assertThat(data.has("for")).isFalse();
    }

    @Test
    void a_debounced_synchronised_input_passes_its_filter_in_the_trailing_phase_and_leaves_the_property_to_mSync() {
        Node field = nodeWithListener("input", "{'1':[[600,'trailing']],'}value':false}");
        ObjectNode data = client.eventData(field, "input");
        assertThat(data.get("1").asBoolean()).isTrue();
        assertThat(data.get("for").asString()).isEqualTo("trailing");
        assertThat(data.has("}value")).isFalse();
    }

    @Test
    void a_tick_sends_the_change_to_the_list_with_the_ticked_inputs_value_and_state() {
        Node list = nodeWithListener("change", "{'event.target.value':false,'event.target.checked':false,'event.target.type':false,'event.target.type == 1':true}");
        client.tree().apply(VaadinClient.JSON.readTree(("{'changes':[{'node':12,'type':'put','feat':3,'key':'value','value':'o-2'},"
                + "{'node':12,'type':'put','feat':3,'key':'type','value':'radio'}]}").replace('\'', '"')));
        Node radio = client.tree().node(12);
        ObjectNode data = client.tickData(list, radio);
        assertThat(data.get("event.target.value").asString()).isEqualTo("o-2");
        assertThat(data.get("event.target.checked").asBoolean()).isTrue();
        assertThat(data.get("event.target.type").asString()).as("read from the input").isEqualTo("radio");
        assertThat(data.get("event.target.type == 1").asBoolean()).as("a filter passes").isTrue();
        assertThat(radio.property("checked")).isEqualTo("true");
    }

    @Test
    void answers_are_read_with_or_without_the_json_guard_and_as_an_array_or_an_object() {
        assertThat(VaadinClient.parse("s", "for(;;);[{\"syncId\":3}]").get("syncId").asInt()).isEqualTo(3);
        assertThat(VaadinClient.parse("s", "{\"syncId\":4}").get("syncId").asInt()).isEqualTo(4);
        assertThatThrownBy(() -> VaadinClient.parse("s", "<html>Whitelabel Error Page</html>")).isInstanceOf(LoadFailure.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void error_answers_are_failures_of_their_step() throws IOException {
        assertThatThrownBy(() -> client.check("submit", VaadinClient.parse("submit",
                "{\"changes\":{},\"meta\":{\"appError\":{\"caption\":\"Communication problem\",\"message\":\"Take note\"}},\"syncId\":-1}")))
                .isInstanceOf(LoadFailure.class).hasMessageContaining("appError: Communication problem Take note")
                .satisfies(e -> assertThat(((LoadFailure) e).step).isEqualTo("submit"));
        assertThatThrownBy(() -> client.check("s", VaadinClient.parse("s", "for(;;);[{\"meta\":{\"sessionExpired\":true}}]")))
                .hasMessageContaining("sessionExpired");
        assertThatThrownBy(() -> client.check("s", VaadinClient.parse("s", "{\"resynchronize\":true}")))
                .hasMessageContaining("resynchronise");
    }

    @Test
    void each_answer_must_carry_the_next_sync_id_and_tells_the_next_client_id() {
        JsonNode first = VaadinClient.parse("s", "{\"syncId\":5,\"clientId\":2}");
        client.check("s", first);
        client.check("s", VaadinClient.parse("s", "{\"syncId\":6,\"clientId\":3}"));
        assertThatThrownBy(() -> client.check("s", VaadinClient.parse("s", "{\"syncId\":8,\"clientId\":4}")))
                .hasMessageContaining("syncId out of order: had 6, got 8");
    }

    @Test
    void only_the_local_machine_is_a_target() {
        assertThatThrownBy(() -> new VaadinClient.Shared(URI.create("http://example.org/"), new Metrics(0), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
