package org.sotcourseware.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a browser fetches for a page, its cache and its cookies. */
class StaticAssetsTest {

    private static final URI PAGE = URI.create("http://127.0.0.1:8180/login");

    // the head of Vaadin 25's bootstrap page as the app serves it
    private static final String HTML = """
            <head><meta name="_csrf" content="abc"><base href=".">
            <script type="module" crossorigin src="./VAADIN/build/indexhtml-DzCXPVP6.js"></script>
            <link href="./lumo/lumo.css?v-c=0ec2b765" rel="stylesheet" data-id="appShell-lumo/lumo.css">
            <link href="./styles/app.css?v-c=f669b830" rel="stylesheet"><title>SOT Courseware</title>
            <link href="icons/favicon.svg" rel="icon" sizes="any"><script src="https://cdn.example.org/x.js"></script></head>""";

    @Test
    void the_page_references_its_entry_module_stylesheets_and_icon_on_this_origin_only() {
        List<StaticAssets.Ref> refs = StaticAssets.fromHtml(PAGE, HTML);
        assertThat(refs).extracting(r -> r.uri().toString()).containsExactly(
                "http://127.0.0.1:8180/VAADIN/build/indexhtml-DzCXPVP6.js",
                "http://127.0.0.1:8180/lumo/lumo.css?v-c=0ec2b765",
                "http://127.0.0.1:8180/styles/app.css?v-c=f669b830",
                "http://127.0.0.1:8180/icons/favicon.svg");
        assertThat(refs.getFirst().kind()).isEqualTo(StaticAssets.Kind.ENTRY_MODULE);
    }

    @Test
    void the_entry_module_loads_every_chunk_it_names_and_other_chunks_only_their_static_imports() {
        StaticAssets.Ref entry = new StaticAssets.Ref(URI.create("http://127.0.0.1:8180/VAADIN/build/indexhtml-D.js"), StaticAssets.Kind.ENTRY_MODULE);
        String entryJs = "m.f=[\"./generated-flow-imports-B.js\",\"./markdown-helpers-B.js\"];import(`./FlowClient-C.js`);import(`./FlowBootstrap-B.js`)";
        assertThat(StaticAssets.fromFile(entry, entryJs)).extracting(r -> r.uri().getPath()).containsExactly(
                "/VAADIN/build/generated-flow-imports-B.js", "/VAADIN/build/markdown-helpers-B.js", "/VAADIN/build/FlowClient-C.js",
                "/VAADIN/build/FlowBootstrap-B.js");

        StaticAssets.Ref chunk = new StaticAssets.Ref(URI.create("http://127.0.0.1:8180/VAADIN/build/generated-flow-imports-B.js"), StaticAssets.Kind.SCRIPT);
        String chunkJs = "import{A as e}from\"./indexhtml-D.js\";import{r as pe}from\"./markdown-helpers-B.js\";"
                + "const d=[\"./chart-engine-B.js\"];T(()=>import(`./markdown-editor-engine-C.js`))";
        assertThat(StaticAssets.fromFile(chunk, chunkJs)).extracting(r -> r.uri().getPath())
                .containsExactly("/VAADIN/build/indexhtml-D.js", "/VAADIN/build/markdown-helpers-B.js");
    }

    @Test
    void a_stylesheet_loads_its_imports_but_not_data_urls() {
        StaticAssets.Ref css = new StaticAssets.Ref(URI.create("http://127.0.0.1:8180/styles/app.css"), StaticAssets.Kind.STYLESHEET);
        assertThat(StaticAssets.fromFile(css, "@import url('theme.css');@import \"../x/y.css\";a{background:url(data:image/png;base64,AA)}"))
                .extracting(r -> r.uri().getPath()).containsExactly("/styles/theme.css", "/x/y.css");
    }

    private static HttpHeaders headers(Map<String, List<String>> map) {
        return HttpHeaders.of(map, (a, b) -> true);
    }

    @Test
    void the_cache_keeps_a_file_for_its_max_age_and_revalidates_without_one() {
        BrowserCache cache = new BrowserCache();
        URI a = URI.create("http://127.0.0.1:8180/a.js");
        URI b = URI.create("http://127.0.0.1:8180/b.js");
        URI c = URI.create("http://127.0.0.1:8180/c.js");
        cache.store(a, headers(Map.of("cache-control", List.of("max-age=3600"), "etag", List.of("\"x\""))), 0);
        cache.store(b, headers(Map.of("last-modified", List.of("Sun, 06 Dec 2026 07:29:25 GMT"))), 0);
        cache.store(c, headers(Map.of("cache-control", List.of("no-store"))), 0);
        assertThat(cache.isFresh(a, 3_599_000_000_000L)).isTrue();
        assertThat(cache.isFresh(a, 3_601_000_000_000L)).isFalse();
        assertThat(cache.entry(a)).get().extracting(BrowserCache.Entry::etag).isEqualTo("\"x\"");
        assertThat(cache.isFresh(b, 1)).isFalse();
        assertThat(cache.entry(b)).get().extracting(BrowserCache.Entry::lastModified).isEqualTo("Sun, 06 Dec 2026 07:29:25 GMT");
        assertThat(cache.entry(c)).isEmpty();
        assertThat(BrowserCache.maxAgeSeconds("public, max-age=31536000, immutable")).isEqualTo(31536000);
    }

    @Test
    void the_cookie_jar_keeps_sends_and_expires_cookies() {
        CookieJar jar = new CookieJar();
        jar.update(headers(Map.of("set-cookie", List.of("JSESSIONID=A1; Path=/; HttpOnly", "XSRF-TOKEN=t; Path=/"))));
        assertThat(jar.header()).isEqualTo("JSESSIONID=A1; XSRF-TOKEN=t");
        jar.update(headers(Map.of("set-cookie", List.of("JSESSIONID=B2; Path=/; HttpOnly", "XSRF-TOKEN=; Max-Age=0; Path=/"))));
        assertThat(jar.header()).isEqualTo("JSESSIONID=B2");
    }
}
