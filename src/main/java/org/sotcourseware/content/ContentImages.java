package org.sotcourseware.content;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.sotcourseware.content.internal.ContentLoader;
import org.sotcourseware.content.internal.SvgSanitizer;

/**
 * What an image must be before it joins a module: a safe file name, an image type we serve, at most
 * {@link #MAX_BYTES}, bytes that really are that type, and for SVG the sanitised document.
 */
public final class ContentImages {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private ContentImages() {
    }

    /** The file name an uploaded name becomes: lower case, spaces as hyphens, other characters dropped. */
    public static String safeName(String uploaded) {
        String base = uploaded.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-")
                .replaceAll("[^a-z0-9._-]", "");
        while (base.startsWith(".") || base.startsWith("-")) {
            base = base.substring(1);
        }
        return base;
    }

    /**
     * The bytes to store for an image called {@code name}: unchanged for bitmaps, sanitised for SVG.
     * Throws IllegalArgumentException with a plain-words reason when the file cannot be accepted.
     */
    public static byte[] accept(String name, byte[] body) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("The file name '" + name + "' may use only lower-case letters, digits, '.', '-' and '_'.");
        }
        if (!ContentLoader.isImage(name)) {
            throw new IllegalArgumentException("Only SVG, PNG, JPEG, GIF and WebP images can be added to a module.");
        }
        if (body.length == 0) {
            throw new IllegalArgumentException("The file is empty.");
        }
        if (body.length > MAX_BYTES) {
            throw new IllegalArgumentException("The image is " + (body.length / 1024) + " KB; the limit is " + (MAX_BYTES / 1024) + " KB.");
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        boolean matches = switch (ext) {
            case "png" -> starts(body, 0x89, 'P', 'N', 'G');
            case "jpg", "jpeg" -> starts(body, 0xFF, 0xD8, 0xFF);
            case "gif" -> starts(body, 'G', 'I', 'F', '8');
            case "webp" -> starts(body, 'R', 'I', 'F', 'F') && body.length > 12 && body[8] == 'W' && body[9] == 'E' && body[10] == 'B' && body[11] == 'P';
            case "svg" -> true;
            default -> false;
        };
        if (!matches) {
            throw new IllegalArgumentException("The file's contents are not a " + ext.toUpperCase(Locale.ROOT) + " image.");
        }
        if (ext.equals("svg")) {
            try {
                return new SvgSanitizer().sanitize(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The file is not a valid SVG image.");
            }
        }
        return body;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
