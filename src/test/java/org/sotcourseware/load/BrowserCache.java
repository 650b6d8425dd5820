package org.sotcourseware.load;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One browser's HTTP cache for static files, as far as the load test needs it: a file is fresh for its
 * {@code Cache-Control: max-age} (no request at all), otherwise it is revalidated with {@code If-None-Match} /
 * {@code If-Modified-Since} (a 304 costs a round trip but no body). {@code no-store} is never kept; without
 * {@code max-age} a file is revalidated every time (browsers may guess a freshness from {@code Last-Modified};
 * the load test does not, so it errs on the side of more requests).
 */
final class BrowserCache {

    record Entry(long freshUntilNanos, String etag, String lastModified) {
    }

    private final Map<URI, Entry> entries = new HashMap<>();

    synchronized boolean isFresh(URI uri, long nowNanos) {
        Entry e = entries.get(uri);
        return e != null && e.freshUntilNanos() > nowNanos;
    }

    synchronized Optional<Entry> entry(URI uri) {
        return Optional.ofNullable(entries.get(uri));
    }

    /** Remembers a 200 or 304 answer's caching headers. */
    synchronized void store(URI uri, HttpHeaders headers, long nowNanos) {
        String cc = headers.firstValue("cache-control").orElse("").toLowerCase(Locale.ROOT);
        if (cc.contains("no-store")) {
            entries.remove(uri);
            return;
        }
        long maxAge = maxAgeSeconds(cc);
        Entry old = entries.get(uri);
        String etag = headers.firstValue("etag").orElse(old == null ? null : old.etag());
        String lastModified = headers.firstValue("last-modified").orElse(old == null ? null : old.lastModified());
        long freshUntil = cc.contains("no-cache") || maxAge <= 0 ? nowNanos : nowNanos + maxAge * 1_000_000_000L;
        entries.put(uri, new Entry(freshUntil, etag, lastModified));
    }

    /** The {@code max-age} of a Cache-Control value in seconds, or -1. */
    static long maxAgeSeconds(String cacheControl) {
        for (String part : cacheControl.split(",")) {
            String p = part.trim();
            if (p.startsWith("max-age=")) {
                try {
                    return Long.parseLong(p.substring(8).trim());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
