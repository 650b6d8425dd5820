package org.sotcourseware.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StaticCachingTest {

    private static final String JS = "export const hello = 'a fairly repetitive script text '.repeat(40);\n".repeat(30);
    private static final byte[] BROTLI = {1, 2, 3};
    private static final String CSS = ".card { padding: var(--lumo-space-m); }\n".repeat(50);

    /** A class path holding one hashed script with its Brotli file, and counting reads. */
    private final Map<String, byte[]> jar = new HashMap<>(Map.of(
            "META-INF/VAADIN/webapp/VAADIN/build/indexhtml-DzCXPVP6.js", JS.getBytes(StandardCharsets.UTF_8),
            "META-INF/VAADIN/webapp/VAADIN/build/indexhtml-DzCXPVP6.js.br", BROTLI,
            "META-INF/VAADIN/webapp/VAADIN/build/styles-AbCdEfGh.css", "body{}".getBytes(StandardCharsets.UTF_8),
            "META-INF/resources/styles/app.css", CSS.getBytes(StandardCharsets.UTF_8),
            "META-INF/resources/icons/favicon.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)));
    private final AtomicInteger reads = new AtomicInteger();
    private final StaticCaching filter = new StaticCaching(name -> {
        reads.incrementAndGet();
        return jar.get(name);
    });

    /** What Vaadin's static file server does: its own, short cache header. */
    private static final jakarta.servlet.http.HttpServlet VAADIN = new jakarta.servlet.http.HttpServlet() {
        @Override
        protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse resp) {
            resp.setHeader("Cache-Control", "max-age=3600");
            resp.setHeader("X-Served", "yes");
        }
    };

    private MockHttpServletResponse get(String path, String... headers) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(VAADIN));
        return response;
    }

    @Test
    void a_hashed_file_in_the_jar_is_served_from_memory_cached_for_a_year_and_read_once() throws Exception {
        MockHttpServletResponse plain = get("/VAADIN/build/indexhtml-DzCXPVP6.js");
        assertThat(plain.getHeader("X-Served")).as("Vaadin is not asked").isNull();
        assertThat(plain.getHeader("Cache-Control")).isEqualTo(StaticCaching.IMMUTABLE);
        assertThat(plain.getContentType()).startsWith("text/javascript");
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getContentAsString()).isEqualTo(JS);
        assertThat(plain.getContentLength()).isEqualTo(JS.length());
        int afterFirst = reads.get();

        MockHttpServletResponse br = get("/VAADIN/build/indexhtml-DzCXPVP6.js", "Accept-Encoding", "gzip, deflate, br");
        assertThat(br.getHeader("Content-Encoding")).isEqualTo("br");
        assertThat(br.getContentAsByteArray()).isEqualTo(BROTLI);
        assertThat(br.getHeader("Vary")).isEqualTo("Accept-Encoding");

        MockHttpServletResponse gz = get("/VAADIN/build/indexhtml-DzCXPVP6.js", "Accept-Encoding", "gzip, deflate");
        assertThat(gz.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gz.getContentAsByteArray().length).isLessThan(JS.length() / 5);
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(gz.getContentAsByteArray())).readAllBytes(),
                StandardCharsets.UTF_8)).isEqualTo(JS);

        assertThat(get("/VAADIN/build/indexhtml-DzCXPVP6.js", "Accept-Encoding", "br;q=0, gzip").getHeader("Content-Encoding"))
                .as("a refused coding is not used").isEqualTo("gzip");
        assertThat(reads.get()).as("the jar is read only for the first request").isEqualTo(afterFirst);
    }

    @Test
    void a_revalidation_with_the_etag_gets_304_without_a_body() throws Exception {
        String etag = get("/VAADIN/build/styles-AbCdEfGh.css").getHeader("ETag");
        assertThat(etag).matches("\"[0-9a-f]{24}\"");
        MockHttpServletResponse again = get("/VAADIN/build/styles-AbCdEfGh.css", "If-None-Match", etag);
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(get("/VAADIN/build/styles-AbCdEfGh.css", "If-None-Match", "\"other\"").getStatus()).isEqualTo(200);
        assertThat(get("/VAADIN/build/styles-AbCdEfGh.css").getContentType()).startsWith("text/css");
    }

    @Test
    void hashed_names_the_jar_does_not_hold_go_to_vaadin_with_the_year_long_header() throws Exception {
        MockHttpServletResponse r = get("/VAADIN/build/markdown-helpers-Bb7nVX7-.js");
        assertThat(r.getHeader("X-Served")).as("development mode: Vaadin serves it").isEqualTo("yes");
        assertThat(r.getHeader("Cache-Control")).isEqualTo(StaticCaching.IMMUTABLE);
        assertThat(r.getHeaders("Cache-Control")).hasSize(1);
    }

    @Test
    void names_without_a_content_hash_keep_vaadins_header() throws Exception {
        assertThat(get("/VAADIN/build/index.html").getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(get("/icons/not-in-the-jar.svg").getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(get("/modules/foundations").getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(StaticCaching.isHashed("/VAADIN/build/../secret-DzCXPVP6.js")).as("no path games").isFalse();
    }

    @Test
    void accept_encoding_is_read_as_a_list_with_weights() {
        assertThat(StaticCaching.accepts("gzip, deflate, br, zstd", "br")).isTrue();
        assertThat(StaticCaching.accepts("gzip;q=1.0, br; q=0", "br")).isFalse();
        assertThat(StaticCaching.accepts("gzip;q=0.5", "gzip")).isTrue();
        assertThat(StaticCaching.accepts("brotli", "br")).isFalse();
        assertThat(StaticCaching.accepts(null, "gzip")).isFalse();
    }

    @Test
    void the_stylesheets_and_icon_every_page_references_are_served_from_memory_with_vaadins_lifetimes() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/styles/app.css");
        request.setParameter("v-c", "c4264ab2");
        request.addHeader("Accept-Encoding", "gzip");
        MockHttpServletResponse versioned = new MockHttpServletResponse();
        filter.doFilter(request, versioned, new MockFilterChain(VAADIN));
        assertThat(versioned.getHeader("X-Served")).as("Vaadin is not asked").isNull();
        assertThat(versioned.getHeader("Cache-Control")).as("the address names the content").isEqualTo(StaticCaching.IMMUTABLE);
        assertThat(versioned.getContentType()).startsWith("text/css");
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(versioned.getContentAsByteArray())).readAllBytes(),
                StandardCharsets.UTF_8)).isEqualTo(CSS);
        int afterFirst = reads.get();

        MockHttpServletResponse unversioned = get("/styles/app.css");
        assertThat(unversioned.getHeader("Cache-Control")).as("without a content version, an hour as Vaadin sends").isEqualTo(StaticCaching.ONE_HOUR);
        assertThat(unversioned.getContentAsString()).isEqualTo(CSS);
        assertThat(reads.get()).as("read from the jar once").isEqualTo(afterFirst);

        MockHttpServletResponse icon = get("/icons/favicon.svg");
        assertThat(icon.getContentType()).isEqualTo("image/svg+xml");
        assertThat(icon.getHeader("Cache-Control")).isEqualTo(StaticCaching.ONE_HOUR);

        MockHttpServletResponse missing = get("/lumo/lumo.css");
        assertThat(missing.getHeader("X-Served")).as("a file the class path lacks goes to Vaadin unchanged").isEqualTo("yes");
        assertThat(missing.getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(get("/styles/../secret.css").getHeader("X-Served")).as("only plain names are taken").isEqualTo("yes");
    }
}
