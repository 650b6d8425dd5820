package org.sotcourseware.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser fetches for a page: the stylesheets, icons and scripts the HTML references, the files a
 * module script imports, and a stylesheet's {@code @import}s. The entry module (the {@code <script type=module>}
 * of Vaadin's bootstrap page) loads every chunk it names during start-up (the Flow client and bootstrap, the
 * generated imports), so all of its {@code ./x.js} references are followed; other chunks only by their static
 * {@code import ... from "./x.js"}, since their dynamic imports load on demand (the editor, the charts).
 */
final class StaticAssets {

    /** A file to fetch and whether it is an entry module (all its references followed). */
    record Ref(URI uri, Kind kind) {
    }

    enum Kind { ENTRY_MODULE, SCRIPT, STYLESHEET, OTHER }

    private static final Pattern TAG = Pattern.compile("<(script|link|base)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ANY_CHUNK = Pattern.compile("[\"'`](\\./[\\w.-]+\\.(?:js|css))[\"'`]");
    private static final Pattern STATIC_IMPORT = Pattern.compile("(?:\\bfrom|\\bimport)\\s*[\"'](\\./[\\w.-]+\\.js)[\"']");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(?:url\\()?\\s*[\"']?([^\"')\\s;]+)[\"']?\\s*\\)?");

    private StaticAssets() {
    }

    /** The files an HTML page references, resolved against its {@code <base href>} and URL; same origin only. */
    static List<Ref> fromHtml(URI page, String html) {
        URI base = page;
        List<Ref> refs = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String tag = m.group(1).toLowerCase(Locale.ROOT);
            String attrs = m.group(2);
            if (tag.equals("base")) {
                String href = attr(attrs, "href");
                if (href != null) {
                    base = page.resolve(href);
                }
            } else if (tag.equals("script")) {
                String src = attr(attrs, "src");
                if (src != null) {
                    add(refs, page, base.resolve(src), "module".equalsIgnoreCase(attr(attrs, "type")) ? Kind.ENTRY_MODULE : Kind.SCRIPT);
                }
            } else {
                String rel = String.valueOf(attr(attrs, "rel")).toLowerCase(Locale.ROOT);
                String href = attr(attrs, "href");
                if (href == null) {
                    continue;
                }
                if (rel.contains("stylesheet")) {
                    add(refs, page, base.resolve(href), Kind.STYLESHEET);
                } else if (rel.contains("modulepreload")) {
                    add(refs, page, base.resolve(href), Kind.SCRIPT);
                } else if (rel.contains("icon")) {
                    add(refs, page, base.resolve(href), Kind.OTHER);
                }
            }
        }
        return refs;
    }

    /** The files a fetched script or stylesheet makes the browser load next. */
    static List<Ref> fromFile(Ref file, String text) {
        Set<URI> uris = new LinkedHashSet<>();
        if (file.kind() == Kind.STYLESHEET) {
            Matcher m = CSS_IMPORT.matcher(text);
            while (m.find()) {
                if (!m.group(1).startsWith("data:")) {
                    uris.add(file.uri().resolve(m.group(1)));
                }
            }
            return uris.stream().map(u -> new Ref(u, Kind.STYLESHEET)).toList();
        }
        Matcher m = (file.kind() == Kind.ENTRY_MODULE ? ANY_CHUNK : STATIC_IMPORT).matcher(text);
        while (m.find()) {
            URI u = file.uri().resolve(m.group(1));
            if (!u.equals(file.uri())) {
                uris.add(u);
            }
        }
        return uris.stream().map(u -> new Ref(u, u.getPath().endsWith(".css") ? Kind.STYLESHEET : Kind.SCRIPT)).toList();
    }

    private static void add(List<Ref> refs, URI page, URI uri, Kind kind) {
        if (sameOrigin(page, uri)) {
            refs.add(new Ref(uri, kind));
        }
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equals(b.getScheme()) && String.valueOf(a.getHost()).equals(String.valueOf(b.getHost())) && a.getPort() == b.getPort();
    }

    private static String attr(String attrs, String name) {
        Matcher m = ATTR.matcher(attrs);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return m.group(3) != null ? m.group(3) : m.group(4);
            }
        }
        return null;
    }
}
