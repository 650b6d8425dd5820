package org.sotcourseware.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser for tests that speak HTTP to the app: its own cookies, redirects not followed
 * (so a test sees each one), and the sign-in form posted as the login page's form would post it (with the page's
 * CSRF token).
 */
public class HttpBrowser {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String userAgent;

    public HttpBrowser(int port) {
        this(port, "Java-http-client (SOT Courseware tests)");
    }

    /** A browser that names itself with this User-Agent header on every request. */
    public HttpBrowser(int port, String userAgent) {
        this.base = "http://localhost:" + port;
        this.userAgent = userAgent;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("User-Agent", userAgent).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the sign-in page and posts the form; returns the answer to the POST (a redirect). */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("/login");
        Map<String, String> meta = new java.util.HashMap<>();
        Matcher m = META.matcher(page.body());
        while (m.find()) {
            meta.put(m.group(1), m.group(2));
        }
        String token = meta.get("_csrf");
        if (token == null) {
            throw new AssertionError("the sign-in page has no CSRF token: " + page.statusCode());
        }
        String form = Map.of("username", username, "password", password, meta.getOrDefault("_csrf_parameter", "_csrf"), token)
                .entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + "/login")).header("User-Agent", userAgent)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Signs in and follows the redirect once, so the app sees the first signed-in request. */
    public HttpResponse<String> signInAndOpen(String username, String password) {
        HttpResponse<String> post = signIn(username, password);
        String location = post.headers().firstValue("Location").orElse("");
        if (post.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("sign-in as " + username + " refused: " + post.statusCode() + " " + location);
        }
        return get(URI.create(location).getPath().isEmpty() ? "/" : URI.create(location).getPath());
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
