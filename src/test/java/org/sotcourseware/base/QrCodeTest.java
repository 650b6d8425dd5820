package org.sotcourseware.base;

import org.sotcourseware.certification.internal.QrImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.common.BitMatrix;

class QrCodeTest {

    @Test
    void a_png_qr_code_decodes_back_to_its_text() throws Exception {
        String url = "https://courseware.example.org/verify/7K3Q-9XPM-2D4F";

        assertThat(QrImages.decode(QrCode.png(url, 200))).isEqualTo(url);
    }

    @Test
    void text_beyond_ascii_survives_the_round_trip() throws Exception {
        String text = "Zoë Łukasiewicz-Παπαδοπούλου, Анна";

        assertThat(QrImages.decode(QrCode.png(text, 240))).isEqualTo(text);
    }

    @Test
    void the_png_is_a_square_of_about_the_requested_size_with_whole_pixel_modules() throws Exception {
        String url = "https://courseware.example.org/verify/7K3Q-9XPM-2D4F";
        int modules = QrCode.modules(url).getWidth();

        for (int requested : new int[] {120, 200, 333}) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png(url, requested)));

            assertThat(image.getWidth()).isEqualTo(image.getHeight());
            assertThat(image.getWidth() % modules).isZero();
            assertThat(Math.abs(image.getWidth() - requested)).as("requested " + requested)
                    .isLessThanOrEqualTo(modules / 2);
        }
    }

    @Test
    void a_size_smaller_than_the_symbol_still_gives_one_pixel_per_module() throws Exception {
        String url = "https://courseware.example.org/verify/7K3Q-9XPM-2D4F";

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png(url, 5)));

        assertThat(image.getWidth()).isEqualTo(QrCode.modules(url).getWidth());
    }

    @Test
    void the_symbol_has_a_quiet_zone_of_two_modules_and_medium_error_correction() {
        BitMatrix modules = QrCode.modules("https://courseware.example.org/verify/7K3Q-9XPM-2D4F");
        int side = modules.getWidth();

        for (int i = 0; i < side; i++) {
            for (int ring = 0; ring < 2; ring++) {
                assertThat(modules.get(i, ring)).isFalse();
                assertThat(modules.get(ring, i)).isFalse();
                assertThat(modules.get(i, side - 1 - ring)).isFalse();
                assertThat(modules.get(side - 1 - ring, i)).isFalse();
            }
        }
        // the finder pattern's dark corner starts right after the quiet zone
        assertThat(modules.get(2, 2)).isTrue();
        // 51 bytes at level M need version 4 (33 modules); level L would fit in version 3 (29 modules)
        assertThat(side).isEqualTo(33 + 4);
    }

    @Test
    void empty_text_or_a_size_below_one_is_refused() {
        assertThatThrownBy(() -> QrCode.png("", 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCode.png("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
