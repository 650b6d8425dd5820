package org.sotcourseware.content;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.sotcourseware.content.internal.SvgSanitizer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves images from a module folder at {@code /content-assets/{moduleId}/{path}} to signed-in users.
 * The path may not leave the module folder (only normalised relative paths inside it are looked up);
 * only image types are served; SVG is sanitised and sent with a Content-Security-Policy that forbids
 * scripts.
 */
@RestController
class ContentAssetController {

    static final String PREFIX = "/content-assets/";

    private static final Map<String, MediaType> TYPES = Map.of(
            "svg", MediaType.valueOf("image/svg+xml"),
            "png", MediaType.IMAGE_PNG,
            "jpg", MediaType.IMAGE_JPEG,
            "jpeg", MediaType.IMAGE_JPEG,
            "gif", MediaType.IMAGE_GIF,
            "webp", MediaType.valueOf("image/webp"));

    private final CatalogueService catalogue;
    private final SvgSanitizer svgSanitizer = new SvgSanitizer();

    ContentAssetController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(PREFIX + "{moduleId}/{*path}")
    ResponseEntity<byte[]> asset(@PathVariable String moduleId, @PathVariable String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.isEmpty() || relative.contains("\\") || relative.contains("\u0000")) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        byte[] body = catalogue.asset(moduleId, relative).orElse(null);
        if (body == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        String ext = relative.substring(relative.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        MediaType type = TYPES.get(ext);
        if (type == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        if (ext.equals("svg")) {
            try {
                body = svgSanitizer.sanitize(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
            }
        }
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .body(body);
    }
}
