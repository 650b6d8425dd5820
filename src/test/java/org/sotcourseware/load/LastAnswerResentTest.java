package org.sotcourseware.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server keeps each UI's last answer compressed ({@code base.ui.CompactLastResponse}); a browser whose answer
 * was lost on the way sends its message again and must get the very same answer back, byte for byte, not a
 * resynchronisation, and the conversation goes on in order afterwards. Driven over HTTP with the load test's client.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sot.load-test.students=1")
class LastAnswerResentTest {

    @LocalServerPort
    int port;

    @Test
    void a_repeated_message_gets_the_same_long_answer_again_and_the_next_one_follows_in_order() {
        VaadinClient browser = new VaadinClient(new VaadinClient.Shared(URI.create("http://127.0.0.1:" + port + "/"),
                new Metrics(System.nanoTime()), Duration.ofSeconds(30)));
        browser.visit("", Steps.LOGIN_PAGE);
        Map<String, String> meta = browser.pageMeta();
        String target = browser.postForm(Steps.SIGN_IN, "login", Map.of("username", "load-0001",
                "password", "load-test-password", meta.getOrDefault("_csrf_parameter", "_csrf"), meta.get("_csrf")));
        assertThat(target).doesNotContain("error");
        String location = browser.loadPage("");
        browser.init(location);
        browser.navigate(Steps.DASHBOARD, location, "");

        browser.navigate(Steps.MODULE, "modules/foundations", "link");
        StateTree t = browser.tree();
        StateTree.Node list = t.first(StateTree.hasClass("lesson-list")).orElseThrow();
        StateTree.Node lesson = t.findIn(list, n -> "a".equals(n.tag) && n.attributes.containsKey("router-link")).getFirst();

        // a lesson: a long answer with characters beyond Latin-1, the kind that is kept compressed
        String first = browser.followLink(Steps.LESSON, lesson).toString();
        assertThat(browser.tree().first(StateTree.hasClass("lesson-page"))).as("the lesson page").isPresent();

        String again = browser.resendLast(Steps.LESSON);

        assertThat(again.length()).as("a long answer").isGreaterThan(2048);
        assertThat(VaadinClient.parse(Steps.LESSON, again).toString()).as("the same answer as the first time").isEqualTo(first);
        assertThat(again).doesNotContain("\"resynchronize\"");

        // the next message is handled as usual: its answer follows the first one's sync id
        browser.followLink(Steps.MODULE, browser.tree().first(StateTree.routerLink("modules/foundations")).orElseThrow());
        assertThat(browser.tree().first(StateTree.hasClass("module-page"))).isPresent();
    }
}
