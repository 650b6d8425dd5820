package org.sotcourseware.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    static final String URL = "https://courseware.example.org/verify/7K3Q-9XPM-2D4F";

    static CertificatePdf.Data certificate(String holder, String track, LocalDate expiresOn) {
        return new CertificatePdf.Data(holder, track, "SOTO Europe", LocalDate.of(2026, 12, 2), expiresOn,
                "7K3Q-9XPM-2D4F", URL,
                List.of("Modules: Foundations, Category One, Category Two, Category Three, Extremities",
                        "Seminar hours: 42", "Written exam 82 %, practical exam 79 %"));
    }

    static CertificatePdf.Data zoe() {
        return certificate("Zoë Łukasiewicz-Παπαδοπούλου", "SOT Proficiency", LocalDate.of(2029, 3, 9));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void in_german_the_fixed_words_dates_and_document_title_are_german() throws IOException {
        byte[] pdf = CertificatePdf.render(zoe(), java.util.Locale.GERMAN);
        String text = text(pdf);
        assertThat(text).contains("Zertifikat SOT Proficiency").contains("verliehen an").contains("AUSGESTELLT AM").contains("2. Dezember 2026")
                .contains("GÜLTIG BIS").contains("9. März 2029").contains("Prüfen unter").contains("Code 7K3Q-9XPM-2D4F")
                .doesNotContain("Certificate of").doesNotContain("awarded to");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Zertifikat SOT Proficiency: Zoë Łukasiewicz-Παπαδοπούλου");
        }
        assertThat(text(CertificatePdf.render(certificate("Ada Byrne", "Cranial", null), java.util.Locale.GERMAN))).contains("Unbefristet gültig");
    }

    @Test
    void the_certificate_names_the_holder_track_issuer_dates_code_and_link() throws IOException {
        String text = text(CertificatePdf.render(zoe()));

        assertThat(text)
                .contains("SOT COURSEWARE")
                .contains("SOTO Europe")
                .contains("Certificate of SOT Proficiency")
                .contains("awarded to")
                .contains("Zoë Łukasiewicz-Παπαδοπούλου")
                .contains("2 December 2026")
                .contains("9 March 2029")
                .contains("VALID UNTIL")
                .doesNotContainIgnoringCase("does not expire")
                .contains("Code 7K3Q-9XPM-2D4F")
                .contains("Verify at " + URL);
    }

    @Test
    void the_achievements_are_listed_one_per_line() throws IOException {
        List<String> lines = text(CertificatePdf.render(zoe())).lines().map(String::strip).toList();

        assertThat(lines).contains(
                "Modules: Foundations, Category One, Category Two, Category Three, Extremities",
                "Seminar hours: 42",
                "Written exam 82 %, practical exam 79 %");
    }

    @Test
    void a_certificate_without_an_expiry_date_says_it_does_not_expire() throws IOException {
        String text = text(CertificatePdf.render(certificate("Ada Byrne", "Cranial", null)));

        assertThat(text).contains("Does not expire").doesNotContain("VALID UNTIL").contains("2 December 2026");
    }

    @Test
    void names_in_latin_greek_and_cyrillic_scripts_render_with_real_glyphs() throws IOException {
        for (String name : List.of("Søren Ærøskøbing-Øster", "Αικατερίνη Παπαδοπούλου", "Анна Ивановна Смирнова",
                "Đặng Thị Ngọc Hà")) {
            String text = text(CertificatePdf.render(certificate(name, "Advanced Proficiency", null)));

            assertThat(text).as(name).contains(name);
        }
    }

    @Test
    void line_breaks_and_runs_of_spaces_in_a_name_print_as_single_spaces() throws IOException {
        String text = text(CertificatePdf.render(certificate("  Mary \n  Jane\tSmith ", "Cranial", null)));

        assertThat(text).contains("Mary Jane Smith");
    }

    @Test
    void the_pdf_metadata_names_the_certificate_its_issuer_and_the_creator() throws IOException {
        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(zoe()))) {
            PDDocumentInformation info = document.getDocumentInformation();

            assertThat(info.getTitle()).isEqualTo("Certificate of SOT Proficiency: Zoë Łukasiewicz-Παπαδοπούλου");
            assertThat(info.getSubject()).contains("SOT Proficiency", "Zoë Łukasiewicz-Παπαδοπούλου",
                    "SOTO Europe", "7K3Q-9XPM-2D4F");
            assertThat(info.getAuthor()).isEqualTo("SOTO Europe");
            assertThat(info.getCreator()).isEqualTo("SOT Courseware");
        }
    }

    @Test
    void the_certificate_is_exactly_one_landscape_a4_page() throws IOException {
        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(zoe()))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight());
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
        }
    }

    @Test
    void the_qr_code_printed_on_the_page_decodes_to_the_verification_url() throws Exception {
        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(zoe()))) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);

            assertThat(QrImages.decode(page)).isEqualTo(URL);
        }
    }

    @Test
    void the_qr_code_and_the_printed_address_link_to_the_verification_page() throws IOException {
        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(zoe()))) {
            List<String> targets = new ArrayList<>();
            for (PDAnnotation annotation : document.getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    targets.add(uri.getURI());
                }
            }

            assertThat(targets).hasSize(2).containsOnly(URL);
        }
    }

    @Test
    void a_very_long_name_and_track_title_wrap_and_shrink_to_stay_inside_the_border_of_one_page() throws Exception {
        String name = "Maria Aurelia Konstantina von Hohenzollern-Sigmaringen-Łukasiewicz-Παπαδοπούλου"
                + " de la Cruz y Fernández-Ivanova";
        String track = "Advanced Proficiency in Sacro Occipital Technique, Cranial and Craniomandibular Technique";
        String url = "https://certificates.courseware.sacro-occipital-technique.example.org/verify/"
                + "7K3Q-9XPM-2D4F-8HJW-3MNB";
        CertificatePdf.Data data = new CertificatePdf.Data(name, track, "Sacro Occipital Research Society International",
                LocalDate.of(2026, 12, 2), null, "7K3Q-9XPM-2D4F-8HJW-3MNB", url, List.of("Seminar hours: 120"));

        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(data))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            GlyphBoxes glyphs = new GlyphBoxes();
            String text = glyphs.getText(document);
            // too long for one line at a readable size, both break onto two lines
            assertThat(text).doesNotContain(name).doesNotContain("Certificate of " + track);
            String joined = text.replace("-\n", "-").replace("\n", " ");
            assertThat(joined).contains(name).contains("Certificate of " + track);
            assertThat(text).contains(url);
            assertThat(glyphs.lineStarting("Maria").getFontSize()).isGreaterThan(18);

            assertInsideTheBorder(glyphs, document);

            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            assertThat(QrImages.decode(image)).isEqualTo(url);
        }
    }

    @Test
    void a_name_without_a_place_to_break_shrinks_on_one_line() throws IOException {
        String name = "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschaferswessen";
        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(certificate(name, "Cranial", null)))) {
            GlyphBoxes glyphs = new GlyphBoxes();
            assertThat(glyphs.getText(document)).contains(name);
            assertInsideTheBorder(glyphs, document);
        }
    }

    /** The inner border line runs 29 pt inside the page edge; no glyph may cross it. */
    static void assertInsideTheBorder(GlyphBoxes glyphs, PDDocument document) {
        PDRectangle page = document.getPage(0).getMediaBox();
        assertThat(glyphs.positions).isNotEmpty().allSatisfy(glyph -> {
            assertThat(glyph.getXDirAdj()).as(glyph.getUnicode()).isGreaterThan(29);
            assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as(glyph.getUnicode())
                    .isLessThan(page.getWidth() - 29);
        });
    }

    @Test
    void many_achievements_all_fit_above_the_dates() throws IOException {
        List<String> achievements = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            achievements.add("Achievement number " + i);
        }
        CertificatePdf.Data data = new CertificatePdf.Data("Ada Byrne", "Cranial", "SOTO Europe",
                LocalDate.of(2026, 12, 2), null, "ABC", URL, achievements);

        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(data))) {
            GlyphBoxes glyphs = new GlyphBoxes();
            String text = glyphs.getText(document);
            assertThat(text).contains("Achievement number 1\n").contains("Achievement number 12");
            // PDFBox measures y from the top: the last achievement stays well above the "ISSUED ON" label
            float lowestAchievement = glyphs.lineStarting("Achievement number 12").getYDirAdj();
            float issuedLabel = glyphs.lineStarting("ISSUED").getYDirAdj();
            assertThat(lowestAchievement).isLessThan(issuedLabel - 20);
        }
    }

    @Test
    void dates_read_as_day_month_year_in_words() {
        assertThat(CertificatePdf.DATE.format(LocalDate.of(2026, 12, 2))).isEqualTo("2 December 2026");
        assertThat(CertificatePdf.DATE.format(LocalDate.of(2030, 1, 31))).isEqualTo("31 January 2030");
    }

    @Test
    void a_certificate_cannot_expire_before_it_is_issued_nor_lack_a_holder() {
        assertThatThrownBy(() -> certificate("Ada Byrne", "Cranial", LocalDate.of(2026, 12, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expire");
        assertThatThrownBy(() -> certificate("  ", "Cranial", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holder name");
    }

    /** Collects every glyph PDFBox extracts, with its position on the page. */
    static final class GlyphBoxes extends PDFTextStripper {

        final List<TextPosition> positions = new ArrayList<>();
        private final List<List<TextPosition>> lines = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
            positions.addAll(textPositions);
            lines.add(List.copyOf(textPositions));
            super.writeString(text, textPositions);
        }

        TextPosition lineStarting(String prefix) {
            return lines.stream()
                    .filter(line -> line.stream().map(TextPosition::getUnicode).reduce("", String::concat)
                            .startsWith(prefix))
                    .map(List::getFirst).findFirst().orElseThrow();
        }
    }
}
