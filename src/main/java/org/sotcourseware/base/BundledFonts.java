package org.sotcourseware.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The fonts shipped in {@code src/main/resources/fonts} (DejaVu) that the PDF writers embed. */
public final class BundledFonts {

    private BundledFonts() {
    }

    /** The bytes of {@code /fonts/NAME}; a missing font is a packaging bug and says which. */
    public static byte[] bytes(String name) {
        try (InputStream in = BundledFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font resource /fonts/" + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read font resource " + name, e);
        }
    }
}
