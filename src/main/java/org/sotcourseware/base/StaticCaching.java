package org.sotcourseware.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The front-end bundle, served from memory and cached for a year. Vite names every file under
 * {@code /VAADIN/build/} after a hash of its content ({@code indexhtml-DzCXPVP6.js}), so a file of that name
 * never changes: a browser may keep it for a year without asking again, and the server may keep its bytes.
 * <p>
 * Vaadin's own static file server looks each request up in the jar again (opening a zip file system to ask
 * whether the path is a directory) and sends {@code max-age=3600}; at a seminar's sign-in, 500 first visits
 * of eight files each made that about a third of the server's non-bcrypt work. Here each hashed file is read
 * once, kept with its Brotli variant (Vaadin's build ships {@code .br}) and a gzip variant made once (plain
 * HTTP browsers do not accept Brotli), and answered with an ETag. Names without a hash, and hashed names
 * the jar does not hold (development mode), go on to Vaadin, with the year-long header for hashed names.
 * <p>
 * The three other files every first visit fetches, the Lumo and app stylesheets and the icon, are kept the same
 * way (Vaadin opened the jar as a zip file system for each of them, one request at a time behind a lock: at the
 * start of a sign-in storm, first pages waited there). They keep Vaadin's lifetimes: a year when the address carries
 * Vaadin's content version ({@code ?v-c=}), an hour otherwise.
 */
@Component
// right after security.SecurityHeaders (HIGHEST_PRECEDENCE), so bundle files carry the security headers too
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StaticCaching extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** Where the production bundle sits on the class path. */
    private static final String WEBAPP = "META-INF/VAADIN/webapp";

    static final String ONE_HOUR = "public, max-age=3600";

    /** Where stylesheets and icons outside the bundle sit (in the app and in Vaadin's theme jar). */
    private static final String RESOURCES = "META-INF/resources";

    /** A stylesheet or icon outside the bundle that every page references. */
    private static final Pattern PLAIN = Pattern.compile("/(?:lumo|styles)/[A-Za-z0-9_.-]+\\.css|/icons/[A-Za-z0-9_.-]+\\.(?:svg|png|ico)");

    /** A Vite output name: a base name, a dash, an 8-character hash, a script or style extension. */
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[A-Za-z0-9_.-]+-[A-Za-z0-9_-]{8}\\.(?:js|css)");

    /** One bundle file: its bytes as stored and as Brotli and gzip (either may be missing). */
    record BundleFile(String contentType, String etag, byte[] identity, byte @Nullable [] brotli, byte @Nullable [] gzip) {
    }

    /** Reads a class-path resource, or null when there is none. */
    private final Function<String, byte @Nullable []> resources;
    /** Files found in the jar; a miss is not remembered, so made-up names cannot grow the map. */
    private final Map<String, BundleFile> files = new ConcurrentHashMap<>();

    StaticCaching() {
        this(StaticCaching::classPathResource);
    }

    StaticCaching(Function<String, byte @Nullable []> resources) {
        this.resources = resources;
    }

    static boolean isHashed(String path) {
        return HASHED.matcher(path).matches();
    }

    static boolean isPlain(String path) {
        return PLAIN.matcher(path).matches();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !isHashed(path) && !isPlain(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        String path = path(request);
        boolean hashed = isHashed(path);
        BundleFile file = "GET".equals(method) || "HEAD".equals(method) ? files.computeIfAbsent(path, this::load) : null;
        // a year for content-named files (Vite's hash in the name, Vaadin's content version in the query); an hour otherwise
        String lifetime = hashed || request.getParameter("v-c") != null ? IMMUTABLE : ONE_HOUR;
        if (file != null) {
            serve(file, request, response, "HEAD".equals(method), lifetime);
            return;
        }
        if (!hashed) {
            chain.doFilter(request, response); // not in the jar (development mode): Vaadin serves it as it always did
            return;
        }
        response.setHeader("Cache-Control", IMMUTABLE);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!isCacheHeader(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!isCacheHeader(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!isCacheHeader(name)) {
                    super.setDateHeader(name, date);
                }
            }
        });
    }

    private static void serve(BundleFile file, HttpServletRequest request, HttpServletResponse response, boolean head, String lifetime)
            throws IOException {
        response.setHeader("Cache-Control", lifetime);
        response.setHeader("ETag", file.etag());
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(file.etag()) || ifNoneMatch.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String accept = request.getHeader("Accept-Encoding");
        byte[] body = file.identity();
        if (file.brotli() != null && accepts(accept, "br")) {
            body = file.brotli();
            response.setHeader("Content-Encoding", "br");
        } else if (file.gzip() != null && accepts(accept, "gzip")) {
            body = file.gzip();
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentType(file.contentType());
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    /** Whether an Accept-Encoding header accepts a coding (a coding listed with q=0 is refused). */
    static boolean accepts(@Nullable String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] bits = part.strip().split(";");
            if (bits[0].strip().equalsIgnoreCase(coding)) {
                for (int i = 1; i < bits.length; i++) {
                    String p = bits[i].strip().replace(" ", "");
                    if (p.matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private @Nullable BundleFile load(String path) {
        String folder = isHashed(path) ? WEBAPP : RESOURCES;
        byte[] identity = resources.apply(folder + path);
        if (identity == null) {
            return null;
        }
        byte[] brotli = resources.apply(folder + path + ".br");
        String type = contentType(path);
        byte[] gzip = type.startsWith("image/png") || type.startsWith("image/x-icon") ? identity : gzip(identity);
        return new BundleFile(type, etag(identity), identity, brotli, gzip.length < identity.length ? gzip : null);
    }

    static String contentType(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        return switch (extension) {
            case "css" -> "text/css;charset=UTF-8";
            case "js" -> "text/javascript;charset=UTF-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "ico" -> "image/x-icon";
            default -> throw new IllegalArgumentException("no static file of type " + extension);
        };
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isCacheHeader(String name) {
        return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name);
    }

    private static byte @Nullable [] classPathResource(String name) {
        try (InputStream in = StaticCaching.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name + " from the application", e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
