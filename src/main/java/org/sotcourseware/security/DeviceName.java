package org.sotcourseware.security;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A short, recognisable name for the browser and system of a User-Agent header ("Firefox on Windows", "Safari on
 * iPhone"), for the list of a person's sessions. Only the browser family and the system are kept: enough for a
 * person to recognise their own device, and less personal data than the full header.
 */
final class DeviceName {

    private DeviceName() {
    }

    static String of(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        return browser(ua) + " on " + system(ua);
    }

    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari", and Chrome on iOS says "CriOS".
    private static String browser(String ua) {
        if (ua.contains("edg/") || ua.contains("edga/") || ua.contains("edgios/")) {
            return "Edge";
        }
        if (ua.contains("opr/") || ua.contains("opera")) {
            return "Opera";
        }
        if (ua.contains("samsungbrowser/")) {
            return "Samsung Internet";
        }
        if (ua.contains("firefox/") || ua.contains("fxios/")) {
            return "Firefox";
        }
        if (ua.contains("chrome/") || ua.contains("crios/") || ua.contains("chromium/")) {
            return ua.contains("headlesschrome") ? "Headless Chrome" : "Chrome";
        }
        if (ua.contains("safari/")) {
            return "Safari";
        }
        if (ua.contains("java-http-client") || ua.contains("curl/") || ua.contains("python")) {
            return "A program";
        }
        return "A browser";
    }

    private static String system(String ua) {
        if (ua.contains("iphone")) {
            return "iPhone";
        }
        if (ua.contains("ipad")) {
            return "iPad";
        }
        if (ua.contains("android")) {
            return "Android";
        }
        if (ua.contains("windows")) {
            return "Windows";
        }
        if (ua.contains("mac os x") || ua.contains("macintosh")) {
            return "macOS";
        }
        if (ua.contains("cros")) {
            return "ChromeOS";
        }
        if (ua.contains("linux")) {
            return "Linux";
        }
        return "an unknown system";
    }
}
