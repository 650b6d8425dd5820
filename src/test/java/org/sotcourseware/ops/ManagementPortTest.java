package org.sotcourseware.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The other choice of decision 012: with {@code management.server.port} set, the actuator lives on that port only
 * (here on loopback), answers there without signing in for the machine's scraper and probes, and the app's own port
 * serves none of it.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "management.server.address=127.0.0.1"})
class ManagementPortTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int p, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metrics_and_probes_answer_on_the_management_port_and_not_on_the_apps_port() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("sot_signins_total", "sot_backup_age_seconds", "hikaricp_connections_active");
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);

        HttpResponse<String> onApp = get(port, "/actuator/prometheus");
        assertThat(onApp.statusCode()).isNotEqualTo(200);
        assertThat(onApp.body()).doesNotContain("sot_signins_total");
    }
}
