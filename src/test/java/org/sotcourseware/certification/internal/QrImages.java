package org.sotcourseware.certification.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.common.HybridBinarizer;

/** Reads QR codes back from images, with only ZXing core on the classpath (its javase module is not). */
public final class QrImages {

    private QrImages() {
    }

    public static String decode(byte[] png) throws IOException, NotFoundException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new IOException("Not an image ImageIO can read");
        }
        return decode(image);
    }

    public static String decode(BufferedImage image) throws NotFoundException {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image)));
        return new MultiFormatReader().decode(bitmap, hints).getText();
    }

    /** Grey levels of a BufferedImage (any type), as ZXing's binarizers want them. */
    static final class ImageLuminance extends LuminanceSource {

        private final byte[] luminance;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            int width = image.getWidth();
            int height = image.getHeight();
            luminance = new byte[width * height];
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    int argb = row[x];
                    int alpha = argb >>> 24;
                    int r = (argb >> 16) & 0xFF;
                    int g = (argb >> 8) & 0xFF;
                    int b = argb & 0xFF;
                    // Rec. 601 weights; transparent pixels count as white paper
                    int grey = (299 * r + 587 * g + 114 * b) / 1000;
                    grey = (grey * alpha + 255 * (255 - alpha)) / 255;
                    luminance[y * width + x] = (byte) grey;
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            if (y < 0 || y >= getHeight()) {
                throw new IllegalArgumentException("Row outside the image: " + y);
            }
            byte[] target = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            System.arraycopy(luminance, y * getWidth(), target, 0, getWidth());
            return target;
        }

        @Override
        public byte[] getMatrix() {
            return luminance;
        }
    }
}
