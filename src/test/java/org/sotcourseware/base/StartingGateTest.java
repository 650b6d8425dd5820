package org.sotcourseware.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StartingGateTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartingGate gate = new StartingGate(availability);

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", path), response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(299); // marks "the app answered"
        }
        return response;
    }

    private void ready(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(new StaticApplicationContext(), state));
    }

    @Test
    void before_the_start_up_tasks_finish_pages_answer_503_with_a_page_that_reloads_itself() throws Exception {
        MockHttpServletResponse r = get("/modules/foundations");
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getHeader("Retry-After")).isEqualTo("2");
        assertThat(r.getContentAsString()).contains("SOT Courseware is starting", "http-equiv=\"refresh\"");
        ready(ReadinessState.REFUSING_TRAFFIC);
        assertThat(get("/login").getStatus()).isEqualTo(503);
    }

    @Test
    void health_probes_pass_while_starting_and_everything_passes_once_ready() throws Exception {
        assertThat(get("/actuator/health/readiness").getStatus()).isEqualTo(299);
        ready(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(get("/modules/foundations").getStatus()).isEqualTo(299);
        assertThat(get("/login").getStatus()).isEqualTo(299);
    }
}
