package org.sotcourseware.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.HttpBrowser;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An address no view has gets status 404 with the app's page (no soft 404); real pages keep their status. */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotFoundStatusTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> page(HttpBrowser browser, String path) {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
    }

    @Test
    void an_unknown_address_is_a_404_that_still_loads_the_app_to_show_the_not_found_page() {
        HttpBrowser visitor = new HttpBrowser(port);
        HttpResponse<String> unknown = page(visitor, "/foo/bar");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body().toLowerCase()).as("Vaadin's start page, which then shows the not-found view").contains("<!doctype html");
        assertThat(visitor.get("/no-such-page").statusCode()).as("also without an Accept header").isEqualTo(404);

        assertThat(page(visitor, "/login").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/actuator/health/liveness").statusCode()).as("Spring MVC's endpoints keep their status").isEqualTo(200);
        assertThat(page(visitor, "/verify").statusCode()).as("a public view with an optional parameter").isEqualTo(200);
        assertThat(page(visitor, "/modules").statusCode()).as("a view behind sign-in still sends to sign-in").isEqualTo(302);

        HttpBrowser student = new HttpBrowser(port);
        student.signInAndOpen("student", "demo-student");
        assertThat(page(student, "/modules/foundations").statusCode()).isEqualTo(200);
        assertThat(page(student, "/no/such/page").statusCode()).isEqualTo(404);
        assertThat(page(student, "/organiser").statusCode()).as("a staff page a student may not open: the same 404").isEqualTo(404);
        HttpBrowser organiser = new HttpBrowser(port);
        organiser.signInAndOpen("organiser", "demo-organiser");
        assertThat(page(organiser, "/organiser").statusCode()).isEqualTo(200);
        assertThat(student.get("/styles/app.css").statusCode()).as("files are not touched").isEqualTo(200);
    }
}
