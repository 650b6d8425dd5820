package org.sotcourseware.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser tab speaking Vaadin Flow 25's protocol over plain HTTP, with its own cookies and
 * cache: page loads ({@code GET} of the bootstrap page, its static files, {@code ?v-r=init}), then UIDL
 * requests ({@code ?v-r=uidl}) carrying the CSRF token ({@code Vaadin-Security-Key}), {@code syncId},
 * {@code clientId} and RPC invocations: DOM events ({@code click}, {@code change}, the router's
 * {@code ui-navigate}), property syncs ({@code mSync}), {@code @ClientCallable} calls and answers to the
 * server's {@code executeJs(...).then(...)}. Heartbeats and the unload beacon as flow-client sends them.
 * <p>
 * Every answer is checked as the browser would: HTTP errors, {@code meta.appError}, {@code meta.sessionExpired},
 * a resynchronisation request, a syncId out of order, error notifications and the app's error page each
 * throw a {@link LoadFailure} naming the step.
 */
final class VaadinClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern META = Pattern.compile("<meta\\s+name=\"([^\"]+)\"\\s+content=\"([^\"]*)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) SOT-Courseware-load-test/1";

    /** What every simulated student shares: the HTTP client, the target, the metrics, the discovered static-file graph. */
    static final class Shared {
        final HttpClient http;
        final URI base;
        final Metrics metrics;
        final Duration timeout;
        final Map<URI, List<StaticAssets.Ref>> assetGraph = new ConcurrentHashMap<>();

        Shared(URI base, Metrics metrics, Duration timeout) {
            if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
                throw new IllegalArgumentException("The load test only targets 127.0.0.1, not " + base);
            }
            this.base = base.getPath().endsWith("/") ? base : URI.create(base + "/");
            this.metrics = metrics;
            this.timeout = timeout;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }
    }

    /** An HTTP answer, body decoded from gzip/deflate when the server compressed it. */
    record Response(int status, java.net.http.HttpHeaders headers, byte[] body, long wireBytes) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Shared shared;
    private final CookieJar cookies = new CookieJar();
    private final BrowserCache cache = new BrowserCache();
    private final StateTree tree = new StateTree();
    private final Set<Integer> reportedNotifications = new HashSet<>();

    private URI pageUri;
    private String appShellTitle = "";
    private Map<String, String> pageMeta = Map.of();
    private int uiId = -1;
    private String securityKey;
    private int syncId = -1;
    private int clientId;
    private @Nullable String lastPayload;
    private int heartbeatSeconds = 300;
    private long lastHeartbeatNanos;
    private int historyIndex;
    private int promiseId;
    private long staticHits;

    VaadinClient(Shared shared) {
        this.shared = shared;
    }

    StateTree tree() {
        return tree;
    }

    Map<String, String> pageMeta() {
        return pageMeta;
    }

    long staticCacheHits() {
        return staticHits;
    }

    boolean hasUi() {
        return uiId >= 0;
    }

    // ------------------------------------------------------------------ page loads

    /**
     * Opens a URL as a browser does: the page (following redirects), its static files from the cache, the UI
     * ({@code ?v-r=init}) and the first render of the route ({@code ui-navigate}, counted as {@code viewStep}).
     * Returns the path the browser ended on (e.g. {@code login} after a redirect).
     */
    String visit(String path, String viewStep) {
        String location = loadPage(path);
        init(location);
        navigate(viewStep, location, "");
        return location;
    }

    /** GET of the bootstrap page with its redirects, then its static files. Returns the final path. */
    String loadPage(String path) {
        URI uri = shared.base.resolve(path);
        Response r;
        for (int hops = 0; ; hops++) {
            r = send(Steps.BOOTSTRAP, HttpRequest.newBuilder(uri).GET().header("Accept", "text/html,application/xhtml+xml"), true);
            if (r.status() / 100 == 3 && hops < 5) {
                uri = uri.resolve(r.headers().firstValue("location").orElseThrow(() -> new LoadFailure(Steps.BOOTSTRAP, "redirect without a Location")));
                continue;
            }
            break;
        }
        expectStatus(Steps.BOOTSTRAP, r, 200);
        if (!r.headers().firstValue("content-type").orElse("").startsWith("text/html")) {
            throw new LoadFailure(Steps.BOOTSTRAP, "the page " + uri + " is not HTML: " + r.headers().firstValue("content-type").orElse("?"));
        }
        String html = r.text();
        pageUri = uri;
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher m = META.matcher(html);
        while (m.find()) {
            meta.put(m.group(1), m.group(2));
        }
        pageMeta = meta;
        Matcher t = TITLE.matcher(html);
        appShellTitle = t.find() ? t.group(1) : "";
        loadStatic(StaticAssets.fromHtml(uri, html));
        return shared.base.relativize(uri).getPath();
    }

    /** {@code ?v-r=init}: a new UI; reads the UI id, the CSRF token, the heartbeat interval and the first changes. */
    void init(String location) {
        String q = "?v-r=init&location=" + enc(location) + "&query=&v-sh=900&v-sw=1440&v-wh=820&v-ww=1440&v-bh=820&v-bw=1440"
                + "&v-curdate=" + System.currentTimeMillis() + "&v-tzo=0&v-dstd=60&v-rtzo=0&v-dston=false&v-tzid=Europe%2FLondon"
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64";
        Response r = send(Steps.INIT, HttpRequest.newBuilder(shared.base.resolve(q)).GET().header("Accept", "*/*"), true);
        expectStatus(Steps.INIT, r, 200);
        JsonNode json = parse(Steps.INIT, r.text());
        dump(Steps.INIT, F.objectNode().put("location", location), r.text());
        JsonNode config = json.path("appConfig");
        if (config.isMissingNode()) {
            throw new LoadFailure(Steps.INIT, "no appConfig in the init answer: " + abbreviate(r.text()));
        }
        JsonNode uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt(-1);
        securityKey = uidl.path("Vaadin-Security-Key").asString(null);
        heartbeatSeconds = config.path("heartbeatInterval").asInt(300);
        syncId = uidl.path("syncId").asInt(-1);
        clientId = uidl.path("clientId").asInt(0);
        if (uiId < 0 || securityKey == null) {
            throw new LoadFailure(Steps.INIT, "the init answer has no UI id or security key");
        }
        tree.reset();
        reportedNotifications.clear();
        tree.apply(uidl);
        lastHeartbeatNanos = System.nanoTime();
    }

    /** A form POST as the browser's sign-in form sends it (with the page's CSRF token). Returns the redirect target. */
    String postForm(String step, String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        Response r = send(step, HttpRequest.newBuilder(shared.base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", shared.base.getScheme() + "://" + shared.base.getAuthority())
                .header("Accept", "text/html"), true);
        if (r.status() / 100 != 3) {
            throw new LoadFailure(step, "expected a redirect after the form POST, got HTTP " + r.status());
        }
        return r.headers().firstValue("location").orElse("");
    }

    /** The beacon flow-client sends on {@code pagehide}: the server closes the UI being left. */
    void unloadBeacon() {
        if (uiId < 0) {
            return;
        }
        ObjectNode payload = F.objectNode();
        payload.put("csrfToken", securityKey);
        payload.set("rpc", F.arrayNode());
        payload.put("UNLOAD", true);
        send(Steps.UNLOAD, HttpRequest.newBuilder(shared.base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString()))
                .header("Content-Type", "text/plain;charset=UTF-8"), true);
        uiId = -1;
    }

    /** Sends a heartbeat when the interval the server asked for has passed (flow-client's timer). */
    void heartbeatIfDue() {
        if (uiId >= 0 && System.nanoTime() - lastHeartbeatNanos >= heartbeatSeconds * 1_000_000_000L) {
            heartbeat();
        }
    }

    void heartbeat() {
        Response r = send(Steps.HEARTBEAT, HttpRequest.newBuilder(shared.base.resolve("?v-r=heartbeat&v-uiId=" + uiId))
                .POST(HttpRequest.BodyPublishers.noBody()), true);
        lastHeartbeatNanos = System.nanoTime();
        if (r.status() == 410 || r.status() == 403) {
            throw new LoadFailure(Steps.HEARTBEAT, "the server no longer knows this UI (HTTP " + r.status() + "): session expired");
        }
        expectStatus(Steps.HEARTBEAT, r, 200);
    }

    long secondsToNextHeartbeat() {
        long due = lastHeartbeatNanos + heartbeatSeconds * 1_000_000_000L - System.nanoTime();
        return Math.max(0, due / 1_000_000_000L);
    }

    // ------------------------------------------------------------------ static files

    private void loadStatic(List<StaticAssets.Ref> refs) {
        Set<URI> seen = new HashSet<>();
        List<StaticAssets.Ref> level = refs.stream().filter(r -> seen.add(r.uri())).toList();
        while (!level.isEmpty()) {
            // a browser fetches a page's files in parallel, six connections per host
            Semaphore connections = new Semaphore(6);
            List<Future<List<StaticAssets.Ref>>> next = new ArrayList<>();
            try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                for (StaticAssets.Ref ref : level) {
                    next.add(executor.submit(() -> {
                        connections.acquire();
                        try {
                            fetchStatic(ref);
                        } finally {
                            connections.release();
                        }
                        return discovered(ref);
                    }));
                }
            }
            List<StaticAssets.Ref> more = new ArrayList<>();
            for (Future<List<StaticAssets.Ref>> f : next) {
                try {
                    f.get().stream().filter(r -> seen.add(r.uri())).forEach(more::add);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof LoadFailure lf) {
                        throw lf;
                    }
                    throw new LoadFailure(Steps.STATIC, String.valueOf(e.getCause()), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LoadFailure(Steps.STATIC, "interrupted");
                }
            }
            level = more;
        }
    }

    private void fetchStatic(StaticAssets.Ref ref) {
        long now = System.nanoTime();
        if (cache.isFresh(ref.uri(), now)) {
            synchronized (this) {
                staticHits++;
            }
            return;
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(ref.uri()).GET().header("Accept", "*/*").header("Accept-Encoding", "gzip, deflate, br");
        cache.entry(ref.uri()).ifPresent(e -> {
            if (e.etag() != null) {
                b.header("If-None-Match", e.etag());
            }
            if (e.lastModified() != null) {
                b.header("If-Modified-Since", e.lastModified());
            }
        });
        Response r = send(Steps.STATIC, b, false);
        if (r.status() != 200 && r.status() != 304) {
            throw new LoadFailure(Steps.STATIC, "HTTP " + r.status() + " for " + ref.uri().getPath());
        }
        cache.store(ref.uri(), r.headers(), System.nanoTime());
    }

    /**
     * The files a script or stylesheet references. Learned once per run with an uncompressed request that is not
     * measured (the JDK has no Brotli decoder, and every browser sees the same bundle), then shared.
     */
    private List<StaticAssets.Ref> discovered(StaticAssets.Ref ref) {
        if (ref.kind() == StaticAssets.Kind.OTHER) {
            return List.of();
        }
        return shared.assetGraph.computeIfAbsent(ref.uri(), u -> {
            try {
                HttpResponse<String> r = shared.http.send(HttpRequest.newBuilder(u).GET().timeout(shared.timeout)
                        .header("Accept-Encoding", "identity").header("User-Agent", USER_AGENT).build(), HttpResponse.BodyHandlers.ofString());
                return r.statusCode() == 200 ? StaticAssets.fromFile(ref, r.body()) : List.of();
            } catch (IOException e) {
                return List.of();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        });
    }

    // ------------------------------------------------------------------ UIDL

    /** The router's navigation, as the client sends it for a click on an in-app link ({@code trigger=link}) or a page load (""). */
    JsonNode navigate(String step, String route, String trigger) {
        ObjectNode data = F.objectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", appShellTitle);
        ObjectNode state = F.objectNode();
        state.putNull("usr");
        state.put("key", UUID.randomUUID().toString().substring(0, 8));
        state.put("idx", historyIndex++);
        data.set("historyState", state);
        data.put("trigger", trigger);
        return rpc(step, event(StateTree.ROOT, "ui-navigate", data));
    }

    /** A click on an in-app link: the client-side router navigates to its {@code href}. */
    JsonNode followLink(String step, StateTree.Node link) {
        String href = link.attribute("href");
        if (href == null) {
            throw new LoadFailure(step, "the link " + link + " has no href");
        }
        return navigate(step, href, "link");
    }

    /** A click on a component with a click listener. */
    JsonNode click(String step, StateTree.Node n) {
        if (n.disabled()) {
            throw new LoadFailure(step, "cannot click the disabled " + describe(n));
        }
        if (!n.listeners.containsKey("click")) {
            throw new LoadFailure(step, "nothing listens to a click on " + describe(n));
        }
        return rpc(step, event(n.id, "click", eventData(n, "click")));
    }

    /**
     * A property the user changes in the browser (a checkbox's {@code checked}, a field's {@code value}): the
     * property sync and then the DOM event it is synchronised on, in one request as flow-client sends them.
     */
    JsonNode changeProperty(String step, StateTree.Node n, String property, JsonNode value, String domEvent) {
        return changeProperties(step, n, List.of(new Change(property, value, domEvent)));
    }

    /** One property the user changes and the DOM event it is synchronised on. */
    record Change(String property, JsonNode value, String domEvent) {
    }

    /** Several property changes of one element sent together, as the client batches what happens before it can send. */
    JsonNode changeProperties(String step, StateTree.Node n, List<Change> changes) {
        if (n.disabled()) {
            throw new LoadFailure(step, "cannot change the disabled " + describe(n));
        }
        ArrayNode rpc = F.arrayNode();
        for (Change c : changes) {
            n.properties.put(c.property(), c.value());
            ObjectNode sync = F.objectNode();
            sync.put("type", "mSync");
            sync.put("node", n.id);
            sync.put("feature", StateTree.ELEMENT_PROPERTIES);
            sync.put("property", c.property());
            sync.set("value", c.value());
            rpc.add(sync);
            if (n.listeners.containsKey(c.domEvent())) {
                rpc.add(event(n.id, c.domEvent(), eventData(n, c.domEvent())).get(0));
            }
        }
        return rpc(step, rpc);
    }

    /**
     * A radio or checkbox the user ticks inside {@code list}, an element that listens for the {@code change} event
     * bubbling up from it (as a choice list does): the event goes to the list, and its {@code event.target.*} data
     * are read from the ticked input, as the browser would evaluate them.
     */
    JsonNode tick(String step, StateTree.Node list, StateTree.Node input) {
        if (input.disabled()) {
            throw new LoadFailure(step, "cannot tick the disabled " + describe(input));
        }
        if (!list.listeners.containsKey("change")) {
            throw new LoadFailure(step, "nothing listens to a change in " + describe(list));
        }
        return rpc(step, event(list.id, "change", tickData(list, input)));
    }

    /** The data of the change event a tick on {@code input} sends to {@code list}; the input is checked afterwards. */
    ObjectNode tickData(StateTree.Node list, StateTree.Node input) {
        input.properties.put("checked", BooleanNode.TRUE);
        ObjectNode data = eventData(list, "change");
        for (String expression : List.copyOf(data.propertyNames())) {
            // a value of the target (event.target.value), not a filter expression about it, which passes as it is
            if (expression.startsWith(TARGET) && expression.substring(TARGET.length()).matches("[A-Za-z]+")) {
                String name = expression.substring(TARGET.length());
                JsonNode property = input.properties.get(name);
                String attribute = input.attribute(name);
                data.set(expression, property != null ? property : attribute != null ? StringNode.valueOf(attribute) : NullNode.getInstance());
            }
        }
        return data;
    }

    private static final String TARGET = "event.target.";

    /** A {@code @ClientCallable} method called by the page's own script ({@code element.$server.method()}). */
    JsonNode callServer(String step, StateTree.Node n, String method) {
        ObjectNode call = F.objectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", n.id);
        call.put("templateEventMethodName", method);
        call.set("templateEventMethodArgs", F.arrayNode());
        call.put("promise", promiseId++);
        return rpc(step, F.arrayNode().add(call));
    }

    private static ArrayNode event(int node, String type, ObjectNode data) {
        ObjectNode e = F.objectNode();
        e.put("type", "event");
        e.put("node", node);
        e.put("event", type);
        e.set("data", data);
        return F.arrayNode().add(e);
    }

    /**
     * The event data flow-client would send for a DOM event: each expression the server registered, with the
     * value a real click or change has; filters (as {@code "1"}) pass; a trailing debounce says so in {@code for}.
     */
    ObjectNode eventData(StateTree.Node n, String domEvent) {
        ObjectNode data = F.objectNode();
        JsonNode settings = tree.listenerSettings(n, domEvent);
        if (settings == null) {
            return data;
        }
        boolean trailing = false;
        for (Map.Entry<String, JsonNode> e : settings.properties()) {
            String expression = e.getKey();
            JsonNode setting = e.getValue();
            if (setting.isArray()) {
                for (JsonNode debounce : setting) {
                    for (int i = 1; i < debounce.size(); i++) {
                        trailing |= "trailing".equals(debounce.get(i).asString());
                    }
                }
            }
            if (expression.startsWith("}")) {
                continue; // a synchronised property: sent as mSync
            }
            if (expression.startsWith("]")) {
                data.put(expression, n.id);
            } else if (setting.isArray() || setting.asBoolean(false)) {
                data.put(expression, true); // a filter or debounce key: the event passes it
            } else {
                putEventValue(data, expression);
            }
        }
        if (trailing) {
            data.put("for", "trailing");
        }
        return data;
    }

    private static void putEventValue(ObjectNode data, String expression) {
        switch (expression) {
            case "event.detail" -> data.put(expression, 1);
            case "event.button" -> data.put(expression, 0);
            case "event.clientX", "event.screenX" -> data.put(expression, 640);
            case "event.clientY", "event.screenY" -> data.put(expression, 400);
            case "event.shiftKey", "event.ctrlKey", "event.altKey", "event.metaKey" -> data.put(expression, false);
            default -> data.putNull(expression);
        }
    }

    /** One UIDL round trip, checked, applied to the tree; answers the server's return channels as the browser would. */
    JsonNode rpc(String step, ArrayNode invocations) {
        if (uiId < 0) {
            throw new LoadFailure(step, "no UI: the page was not loaded");
        }
        ObjectNode payload = F.objectNode();
        payload.put("csrfToken", securityKey);
        payload.set("rpc", invocations);
        payload.put("syncId", syncId);
        payload.put("clientId", clientId);
        lastPayload = payload.toString();
        Response r = postUidl(step, lastPayload);
        JsonNode uidl = parse(step, r.text());
        dump(step, payload, r.text());
        check(step, uidl);
        tree.apply(uidl);
        lastHeartbeatNanos = System.nanoTime();
        checkPage(step);
        answerReturnChannels(uidl);
        return uidl;
    }

    private Response postUidl(String step, String payload) {
        Response r = send(step, HttpRequest.newBuilder(shared.base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .header("Content-Type", "application/json; charset=UTF-8").header("Accept", "*/*"), true);
        expectStatus(step, r, 200);
        return r;
    }

    /**
     * Sends the last UIDL message again, as flow-client does when the answer to it was lost on the way; returns the
     * server's answer as text, not applied to the tree (the first answer was).
     */
    String resendLast(String step) {
        if (lastPayload == null) {
            throw new LoadFailure(step, "no message sent yet");
        }
        return postUidl(step, lastPayload).text();
    }

    void check(String step, JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError")) {
            JsonNode e = meta.get("appError");
            throw new LoadFailure(step, "Vaadin appError: " + e.path("caption").asString("") + " " + e.path("message").asString("")
                    + " " + e.path("details").asString(""));
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new LoadFailure(step, "Vaadin sessionExpired");
        }
        if (uidl.path("resynchronize").asBoolean(false)) {
            throw new LoadFailure(step, "the server asked the client to resynchronise");
        }
        if (uidl.has("syncId")) {
            int next = uidl.get("syncId").asInt();
            if (syncId >= 0 && next != syncId + 1) {
                throw new LoadFailure(step, "syncId out of order: had " + syncId + ", got " + next);
            }
            syncId = next;
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
    }

    /** Error notifications and the app's error pages, as a user would see them. */
    private void checkPage(String step) {
        for (StateTree.Node n : tree.page()) {
            if ("vaadin-notification".equals(n.tag) && !reportedNotifications.contains(n.id)
                    && String.valueOf(n.attribute("theme")).contains("error")) {
                reportedNotifications.add(n.id);
                throw new LoadFailure(step, "error notification: " + n.property("text"));
            }
            if (n.hasClass("status-page")) {
                throw new LoadFailure(step, "error page: " + tree.text(n));
            }
        }
    }

    /** The browser runs {@code executeJs} and resolves each return channel; the server then runs its {@code then(...)}. */
    private void answerReturnChannels(JsonNode uidl) {
        JsonNode execute = uidl.get("execute");
        if (execute == null || !execute.isArray()) {
            return;
        }
        ArrayNode replies = F.arrayNode();
        for (JsonNode call : execute) {
            for (JsonNode arg : call) {
                JsonNode channel = arg.path("@v-return");
                if (channel.isArray() && channel.size() == 2) {
                    ObjectNode reply = F.objectNode();
                    reply.put("type", "channel");
                    reply.put("node", channel.get(0).asInt());
                    reply.put("channel", channel.get(1).asInt());
                    reply.set("args", F.arrayNode().addNull());
                    replies.add(reply);
                    break; // the first channel resolves; the second would reject
                }
            }
        }
        if (!replies.isEmpty()) {
            rpc(Steps.JS_RETURN, replies);
        }
    }

    private static final String DUMP = System.getProperty("load.dump");
    private static final java.util.concurrent.atomic.AtomicInteger DUMPED = new java.util.concurrent.atomic.AtomicInteger();

    /** With {@code -Dload.dump=DIR}: every UIDL request and answer as files, to study the protocol or make test fixtures. */
    private static void dump(String step, JsonNode request, String answer) {
        if (DUMP == null) {
            return;
        }
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(DUMP));
            String name = String.format("%05d-%s", DUMPED.incrementAndGet(), step);
            java.nio.file.Files.writeString(dir.resolve(name + "-request.json"), request.toString());
            java.nio.file.Files.writeString(dir.resolve(name + "-answer.json"), answer);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ HTTP

    /** One HTTP round trip with this browser's cookies, timed and recorded under {@code step}; HTTP errors are failures. */
    Response send(String step, HttpRequest.Builder builder, boolean decode) {
        String cookie = cookies.header();
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        builder.header("User-Agent", USER_AGENT).timeout(shared.timeout);
        if (decode) {
            builder.header("Accept-Encoding", "gzip, deflate");
        }
        HttpRequest request = builder.build();
        long start = System.nanoTime();
        HttpResponse<byte[]> r;
        try {
            r = shared.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            shared.metrics.record(step, start, System.nanoTime(), 0);
            throw new LoadFailure(step, "no answer within " + shared.timeout.toSeconds() + " s: " + request.uri().getPath()
                    + Optional.ofNullable(request.uri().getQuery()).map(q -> "?" + q.split("&")[0]).orElse(""));
        } catch (IOException e) {
            shared.metrics.record(step, start, System.nanoTime(), 0);
            throw new LoadFailure(step, "I/O error: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure(step, "interrupted");
        }
        long end = System.nanoTime();
        byte[] body = r.body();
        shared.metrics.record(step, start, end, body.length);
        cookies.update(r.headers());
        if (r.statusCode() >= 400) {
            throw new LoadFailure(step, "HTTP " + r.statusCode() + " for " + request.method() + " " + request.uri().getPath()
                    + Optional.ofNullable(request.uri().getQuery()).map(q -> "?" + q.split("&")[0]).orElse("") + ": " + abbreviate(new String(body, StandardCharsets.UTF_8)));
        }
        if (decode) {
            body = decode(step, r.headers().firstValue("content-encoding").orElse(""), body);
        }
        return new Response(r.statusCode(), r.headers(), body, r.body().length);
    }

    private static byte[] decode(String step, String encoding, byte[] body) {
        try {
            InputStream in = switch (encoding) {
                case "gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
                case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body));
                case "", "identity" -> null;
                default -> throw new LoadFailure(step, "unexpected Content-Encoding " + encoding);
            };
            if (in == null) {
                return body;
            }
            try (in) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new LoadFailure(step, "cannot decode " + encoding + " body: " + e);
        }
    }

    private static void expectStatus(String step, Response r, int status) {
        if (r.status() != status) {
            throw new LoadFailure(step, "expected HTTP " + status + ", got " + r.status());
        }
    }

    static JsonNode parse(String step, String text) {
        String t = text.startsWith("for(;;);") ? text.substring(8) : text;
        try {
            JsonNode j = JSON.readTree(t);
            if (j.isArray()) {
                if (j.isEmpty()) {
                    throw new LoadFailure(step, "empty UIDL answer");
                }
                return j.get(0);
            }
            return j;
        } catch (tools.jackson.core.JacksonException e) {
            throw new LoadFailure(step, "not JSON: " + abbreviate(text));
        }
    }

    String describe(StateTree.Node n) {
        String text = tree.text(n);
        return n + (text.isEmpty() ? "" : " \"" + abbreviate(text) + "\"");
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    URI pageUri() {
        return pageUri;
    }
}
