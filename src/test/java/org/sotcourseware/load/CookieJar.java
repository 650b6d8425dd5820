package org.sotcourseware.load;

import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One browser's cookies for the one host under test (all paths are {@code /} in this app): kept from
 * {@code Set-Cookie}, dropped when the server expires them, sent back on every request.
 */
final class CookieJar {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    synchronized void update(HttpHeaders headers) {
        for (String header : headers.allValues("set-cookie")) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            boolean expired = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String a = parts[i].trim().toLowerCase(Locale.ROOT);
                if (a.equals("max-age=0") || a.startsWith("max-age=-")) {
                    expired = true;
                }
                if (a.startsWith("expires=") && a.contains("1970")) {
                    expired = true;
                }
            }
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    synchronized String header() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    synchronized String get(String name) {
        return cookies.get(name);
    }

    synchronized boolean isEmpty() {
        return cookies.isEmpty();
    }
}
