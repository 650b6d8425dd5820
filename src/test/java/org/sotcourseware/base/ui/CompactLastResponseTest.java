package org.sotcourseware.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** The last Vaadin answer of a UI is kept compressed, and is back in full when the browser repeats its request. */
class CompactLastResponseTest {

    /** An answer like a lesson page's: long, mostly markup, with characters beyond Latin-1. */
    private static String pageAnswer() {
        StringBuilder s = new StringBuilder("for(;;);[{\"syncId\":7,\"clientId\":7,\"changes\":[");
        for (int i = 0; i < 400; i++) {
            s.append("{\"node\":").append(i).append(",\"type\":\"put\",\"key\":\"innerHTML\",\"feat\":1,"
                    + "\"value\":\"<p>SOT teaches the category system \u2014 a \u201cmodel\u201d, not a diagnosis (").append(i).append(").</p>\"},");
        }
        return s.append("{}]}]").toString();
    }

    @Test
    void a_long_answer_is_kept_compressed_and_comes_back_unchanged() {
        UI ui = new UI();
        String answer = pageAnswer();
        ui.getInternals().setLastRequestResponse(answer);

        CompactLastResponse.pack(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
        CompactLastResponse.Packed packed = ComponentUtil.getData(ui, CompactLastResponse.Packed.class);
        assertThat(packed.deflated().length).isLessThan(answer.length() / 10);

        CompactLastResponse.unpack(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(answer);
        assertThat(ComponentUtil.getData(ui, CompactLastResponse.Packed.class)).isNull();
    }

    @Test
    void a_short_answer_stays_as_it_is_and_replaces_an_older_packed_one() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(pageAnswer());
        CompactLastResponse.pack(ui);

        ui.getInternals().setLastRequestResponse("for(;;);[{\"syncId\":8,\"clientId\":8}]");
        CompactLastResponse.pack(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo("for(;;);[{\"syncId\":8,\"clientId\":8}]");
        assertThat(ComponentUtil.getData(ui, CompactLastResponse.Packed.class)).isNull();
    }

    @Test
    void only_a_repeated_message_unpacks_the_answer() {
        UI ui = new UI();
        ui.getInternals().setLastProcessedClientToServerId(7, new byte[] {1});
        ui.getInternals().setLastRequestResponse(pageAnswer());
        CompactLastResponse.pack(ui);

        // the next message (id 8) is new: Vaadin writes a fresh answer, the kept one stays packed
        assertThat(CompactLastResponse.repeatsLast(ui, "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":7,\"clientId\":8}")).isFalse();
        // the browser sends message 7 again because its answer was lost: Vaadin needs the kept answer
        assertThat(CompactLastResponse.repeatsLast(ui, "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":6,\"clientId\":7}")).isTrue();
        // a user's typed text that looks like a message id is escaped inside a string and does not count
        assertThat(CompactLastResponse.repeatsLast(ui,
                "{\"rpc\":[{\"value\":\"\\\"clientId\\\":7\"}],\"syncId\":7,\"clientId\":8}")).isFalse();
        // no readable id: unpack to be safe
        assertThat(CompactLastResponse.repeatsLast(ui, "not json")).isTrue();
    }

    @Test
    void nothing_to_unpack_before_anything_was_packed() {
        UI ui = new UI();
        assertThat(CompactLastResponse.repeatsLast(ui, "{\"clientId\":0}")).isFalse();
        CompactLastResponse.unpack(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
    }
}
