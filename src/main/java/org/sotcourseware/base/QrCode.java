package org.sotcourseware.base;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes (certificate verification links, authenticator-app enrolment): error correction level M (survives about 15 % damage,
 * e.g. a crease or a stamp on a printed certificate) and a quiet zone of two modules.
 */
public final class QrCode {

    /** Modules of white border around the symbol; the standard asks for 4, readers cope well with 2. */
    static final int QUIET_ZONE = 2;

    private QrCode() {
    }

    /**
     * A QR code (error correction M, quiet zone 2) as a PNG of about sizePx square.
     * <p>
     * Every module is a whole number of pixels so its edges stay sharp; the side is therefore the multiple
     * of the module count (symbol plus quiet zone) nearest to {@code sizePx}, and never less than one pixel
     * per module.
     *
     * @throws IllegalArgumentException if the text is empty, too long for a QR code, or sizePx is not positive
     */
    public static byte[] png(String text, int sizePx) {
        if (sizePx <= 0) {
            throw new IllegalArgumentException("QR code size must be positive, was " + sizePx);
        }
        BitMatrix modules = modules(text);
        int count = modules.getWidth();
        int scale = Math.max(1, Math.round((float) sizePx / count));
        int side = count * scale;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        int white = 0xFFFFFF;
        int black = 0x000000;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, modules.get(x / scale, y / scale) ? black : white);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the QR code as PNG", e);
        }
        return out.toByteArray();
    }

    /**
     * The symbol with its quiet zone, one bit per module ({@code true} = dark), so callers can draw it at
     * any scale (the certificate draws it as vector squares).
     */
    public static BitMatrix modules(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs some text to encode");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            // ZXing's default byte encoding is ISO-8859-1; say UTF-8 (an ECI header) only when it matters,
            // so plain links stay readable by the oldest scanners.
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            // width and height 0: the smallest rendering, exactly one bit per module
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit in a QR code (" + text.length() + " characters)", e);
        }
    }
}
