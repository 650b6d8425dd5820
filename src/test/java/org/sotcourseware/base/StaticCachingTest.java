package org.sotcourseware.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StaticCachingTest {

    private final StaticCaching filter = new StaticCaching();

    /** What Vaadin's static file server does: its own, short cache header. */
    private static final jakarta.servlet.http.HttpServlet VAADIN = new jakarta.servlet.http.HttpServlet() {
        @Override
        protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse resp) {
            resp.setHeader("Cache-Control", "max-age=3600");
            resp.setHeader("X-Served", "yes");
        }
    };

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(VAADIN));
        return response;
    }

    @Test
    void hashed_bundle_files_are_cached_for_a_year_whatever_vaadin_says() throws Exception {
        MockHttpServletResponse r = get("/VAADIN/build/indexhtml-DzCXPVP6.js");
        assertThat(r.getHeader("Cache-Control")).isEqualTo(StaticCaching.IMMUTABLE);
        assertThat(r.getHeaders("Cache-Control")).hasSize(1);
        assertThat(r.getHeader("X-Served")).as("the file is still served").isEqualTo("yes");
        assertThat(get("/VAADIN/build/markdown-helpers-Bb7nVX7-.js").getHeader("Cache-Control")).isEqualTo(StaticCaching.IMMUTABLE);
    }

    @Test
    void names_without_a_content_hash_keep_vaadins_header() throws Exception {
        assertThat(get("/VAADIN/build/index.html").getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(get("/icons/favicon.svg").getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(get("/modules/foundations").getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(StaticCaching.isHashed("/VAADIN/build/../secret-DzCXPVP6.js")).as("no path games").isFalse();
    }
}
