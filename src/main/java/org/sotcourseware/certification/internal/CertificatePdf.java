package org.sotcourseware.certification.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

import com.google.zxing.common.BitMatrix;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.QrCode;
import org.sotcourseware.base.Translations;

/**
 * Renders a certificate as a one-page landscape A4 PDF: the track, the holder, what they achieved, when it
 * was issued and until when it is valid, and a QR code to the public verification page. A pure function of
 * its {@link Data}; fonts (DejaVu, so Latin, Greek and Cyrillic names render) are embedded as subsets.
 */
public final class CertificatePdf {

    /**
     * What a certificate says.
     *
     * @param holderName       the person certified, as it should be printed
     * @param trackTitle       e.g. "SOT Proficiency"; printed as "Certificate of SOT Proficiency"
     * @param issuer           who awards it, e.g. "SOTO Europe"; also the PDF's author
     * @param issuedOn         the day it was awarded
     * @param expiresOn        the last day it is valid, or {@code null} if it does not expire
     * @param verificationCode the code shown on the certificate and used in the verification link
     * @param verificationUrl  the public page that confirms the certificate; encoded in the QR code
     * @param achievements     a short list of lines, e.g. "Seminar hours: 42", "Written exam 82 %, practical exam
     *                         79 %"; beyond about six lines the list is set smaller so it ends above the dates
     */
    public record Data(String holderName, String trackTitle, String issuer, LocalDate issuedOn,
                       @Nullable LocalDate expiresOn, String verificationCode, String verificationUrl,
                       List<String> achievements) {

        public Data {
            requireText(holderName, "a holder name");
            requireText(trackTitle, "a track title");
            requireText(issuer, "an issuer");
            requireText(verificationCode, "a verification code");
            requireText(verificationUrl, "a verification URL");
            if (expiresOn != null && expiresOn.isBefore(issuedOn)) {
                throw new IllegalArgumentException(
                        "A certificate cannot expire (" + expiresOn + ") before it is issued (" + issuedOn + ")");
            }
            achievements = List.copyOf(achievements);
        }

        private static void requireText(String value, String what) {
            if (value.isBlank()) {
                throw new IllegalArgumentException("A certificate needs " + what);
            }
        }
    }

    /** Dates as "2 December 2026". */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** Dates as "2. Dezember 2026". */
    static final DateTimeFormatter DATE_DE = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.GERMAN);

    static final String CREATOR = "SOT Courseware";

    // The app's palette (frontend/styles/app.css, light theme) plus a warm paper tone.
    private static final Color TEAL = new Color(0x1d5e66);
    private static final Color SAND = new Color(0xb78a3e);
    private static final Color INK = new Color(0x1d2a2e);
    private static final Color MUTED = new Color(0x5a6b70);
    private static final Color PAPER = new Color(0xfdfbf6);

    /** Landscape A4 as its own media box (not a portrait box turned by /Rotate), so every reader sees it the same way. */
    private static final Rectangle PAGE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final float WIDTH = PAGE.getWidth();
    private static final float HEIGHT = PAGE.getHeight();
    private static final float CENTRE = WIDTH / 2;
    /** Distance of the outer and the inner border line from the page edge. */
    private static final float OUTER_BORDER = 22;
    private static final float INNER_BORDER = 29;
    /** Left and right margin of the text, measured from the page edge. */
    private static final float MARGIN = 84;
    private static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final float QR_SIDE = 92;
    /** The issue and expiry dates stand in two columns at the bottom left. */
    private static final float DATES_LEFT = MARGIN - 14;
    private static final float DATE_COLUMN = 150;

    private CertificatePdf() {
    }

    /**
     * One landscape A4 page.
     *
     * @throws IllegalArgumentException if the verification URL is too long for a QR code
     */
    public static byte[] render(Data data) {
        return render(data, Locales.ENGLISH);
    }

    /**
     * One landscape A4 page with its fixed words (and the PDF's title and subject) in {@code language}; the names, the
     * track title and the achievement lines are printed as given.
     *
     * @throws IllegalArgumentException if the verification URL is too long for a QR code
     */
    public static byte[] render(Data data, Locale language) {
        Words words = new Words(Locales.closest(language));
        Fonts fonts = Fonts.load();
        Document document = new Document(PAGE, 0, 0, 0, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        String track = oneLine(data.trackTitle());
        String holder = oneLine(data.holderName());
        String issuer = oneLine(data.issuer());
        document.addTitle(words.text("certification.pdf.document-title", track, holder));
        document.addSubject(words.text("certification.pdf.document-subject", track, holder, issuer, oneLine(data.verificationCode())));
        document.addAuthor(issuer);
        document.addCreator(CREATOR);
        document.addKeywords("certificate, Sacro Occipital Technique, " + track);
        document.open();
        new Page(writer.getDirectContent(), fonts, words).draw(data);
        document.close();
        return out.toByteArray();
    }

    /** The certificate's fixed words and dates in one language. */
    record Words(Locale language) {
        String text(String key, Object... args) {
            return Translations.text(language, key, args);
        }

        String date(LocalDate day) {
            return (language.equals(Locales.GERMAN) ? DATE_DE : DATE).format(day);
        }
    }

    /** Collapses line breaks and runs of spaces, which a single printed line cannot show. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The largest size up to {@code preferred} at which the text fits in {@code maxWidth}. */
    static float fittedSize(BaseFont font, String text, float preferred, float maxWidth) {
        float width = font.getWidthPointKerned(text, preferred);
        return width <= maxWidth ? preferred : preferred * maxWidth / width;
    }

    /** Text set in one or two lines at one size. */
    record Lines(List<String> lines, float size) {
    }

    /**
     * Sets text in {@code maxWidth}: on one line at the preferred size if it fits; a little smaller if that
     * is enough; otherwise on two lines broken where they balance best (at most three quarters
     * of the preferred size, so the block does not grow too tall); one ever smaller line if that is all
     * that helps (a single unbreakable word).
     */
    static Lines fit(BaseFont font, String text, float preferred, float maxWidth) {
        float single = fittedSize(font, text, preferred, maxWidth);
        if (single >= preferred * 0.7f) {
            return new Lines(List.of(text), single);
        }
        List<String> halves = balancedHalves(font, text);
        if (halves.size() < 2) {
            return new Lines(List.of(text), single);
        }
        float two = Math.min(preferred * 0.75f, Math.min(fittedSize(font, halves.get(0), preferred, maxWidth),
                fittedSize(font, halves.get(1), preferred, maxWidth)));
        return two > single ? new Lines(halves, two) : new Lines(List.of(text), single);
    }

    /**
     * The text broken in two where the wider line is narrowest: at a space (which goes) or after a hyphen
     * (which stays), since long names are often double-barrelled.
     */
    static List<String> balancedHalves(BaseFont font, String text) {
        List<String> best = List.of(text);
        float bestWidth = Float.MAX_VALUE;
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-') {
                continue;
            }
            String first = (c == ' ' ? text.substring(0, i) : text.substring(0, i + 1)).strip();
            String second = text.substring(i + 1).strip();
            if (first.isBlank() || second.isBlank()) {
                continue;
            }
            float wider = Math.max(font.getWidthPointKerned(first, 1), font.getWidthPointKerned(second, 1));
            if (wider < bestWidth) {
                bestWidth = wider;
                best = List.of(first, second);
            }
        }
        return best;
    }

    private record Fonts(BaseFont regular, BaseFont bold, BaseFont italic, BaseFont mono) {

        private static final byte[] REGULAR = resource("DejaVuSerif.ttf");
        private static final byte[] BOLD = resource("DejaVuSerif-Bold.ttf");
        private static final byte[] ITALIC = resource("DejaVuSerif-Italic.ttf");
        private static final byte[] MONO = resource("DejaVuSansMono.ttf");

        /** Fresh font objects per document: they record which glyphs the document uses, for subsetting. */
        static Fonts load() {
            return new Fonts(font("DejaVuSerif.ttf", REGULAR), font("DejaVuSerif-Bold.ttf", BOLD),
                    font("DejaVuSerif-Italic.ttf", ITALIC), font("DejaVuSansMono.ttf", MONO));
        }

        private static BaseFont font(String name, byte[] bytes) {
            try {
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read font " + name, e);
            }
        }

        private static byte[] resource(String name) {
            return org.sotcourseware.base.BundledFonts.bytes(name);
        }
    }

    /** Draws the certificate onto the page, top to bottom. */
    private record Page(PdfContentByte canvas, Fonts fonts, Words words) {

        void draw(Data data) {
            paperAndBorder();
            header(oneLine(data.issuer()));
            // the middle flows down from the title, so a title or name set on two lines pushes the rest down
            float y = centredLines(fit(fonts.bold(), words.text("certification.pdf.title", oneLine(data.trackTitle())), 34, TEXT_WIDTH),
                    fonts.bold(), TEAL, 422);
            y -= 40;
            centred(fonts.italic(), 14, MUTED, words.text("certification.pdf.awarded-to"), y);
            y = centredLines(fit(fonts.bold(), oneLine(data.holderName()), 44, TEXT_WIDTH), fonts.bold(), INK, y - 20);
            y -= 22;
            rule(CENTRE - 170, CENTRE + 170, y, SAND, 0.8f);
            achievements(data.achievements().stream().map(CertificatePdf::oneLine).filter(s -> !s.isEmpty()).toList(),
                    y - 30);
            dates(data.issuedOn(), data.expiresOn());
            verification(oneLine(data.verificationUrl()), oneLine(data.verificationCode()));
        }

        private void paperAndBorder() {
            canvas.saveState();
            canvas.setColorFill(PAPER);
            canvas.rectangle(0, 0, WIDTH, HEIGHT);
            canvas.fill();
            canvas.setColorStroke(TEAL);
            canvas.setLineWidth(1.8f);
            canvas.rectangle(OUTER_BORDER, OUTER_BORDER, WIDTH - 2 * OUTER_BORDER, HEIGHT - 2 * OUTER_BORDER);
            canvas.stroke();
            canvas.setColorStroke(SAND);
            canvas.setLineWidth(0.7f);
            canvas.rectangle(INNER_BORDER, INNER_BORDER, WIDTH - 2 * INNER_BORDER, HEIGHT - 2 * INNER_BORDER);
            canvas.stroke();
            canvas.restoreState();
        }

        private void header(String issuer) {
            spaced(fonts.bold(), 10.5f, 1.2f, TEAL, "SOT COURSEWARE", 520);
            centred(fonts.italic(), 12.5f, MUTED, issuer, 500);
            // a short sand rule broken by a small diamond
            rule(CENTRE - 110, CENTRE - 9, 474, SAND, 0.8f);
            rule(CENTRE + 9, CENTRE + 110, 474, SAND, 0.8f);
            diamond(CENTRE, 474, 3.6f, SAND);
        }

        /** Centred lines from {@code firstBaseline} down; many lines get smaller so they end above the dates. */
        private void achievements(List<String> lines, float firstBaseline) {
            if (lines.isEmpty()) {
                return;
            }
            float lowestBaseline = 140;
            float leadingFactor = 1.7f;
            float size = Math.min(12, (firstBaseline - lowestBaseline) / (Math.max(1, lines.size() - 1) * leadingFactor));
            float y = firstBaseline;
            for (String line : lines) {
                centred(fonts.regular(), size, INK, line, y);
                y -= size * leadingFactor;
            }
        }

        /**
         * Draws the lines centred, the first with its cap tops at about {@code top}.
         *
         * @return the baseline of the last line
         */
        private float centredLines(Lines text, BaseFont font, Color colour, float top) {
            float baseline = top - 0.76f * text.size();
            for (int i = 0; i < text.lines().size(); i++) {
                if (i > 0) {
                    baseline -= 1.18f * text.size();
                }
                centred(font, text.size(), colour, text.lines().get(i), baseline);
            }
            return baseline;
        }

        private void dates(LocalDate issuedOn, @Nullable LocalDate expiresOn) {
            dated(words.text("certification.pdf.issued-on"), words.date(issuedOn), DATES_LEFT);
            if (expiresOn == null) {
                dated(words.text("certification.pdf.validity"), words.text("certification.pdf.does-not-expire"), DATES_LEFT + DATE_COLUMN);
            } else {
                dated(words.text("certification.pdf.valid-until"), words.date(expiresOn), DATES_LEFT + DATE_COLUMN);
            }
        }

        private void dated(String label, String value, float x) {
            label(label.toUpperCase(words.language()), x, 100); // printed in capitals, as a small label
            text(fonts.regular(), fittedSize(fonts.regular(), value, 13, DATE_COLUMN - 24), INK, value, x, 80);
            rule(x, x + DATE_COLUMN - 24, 72, SAND, 0.6f);
        }

        /**
         * The QR code in the bottom right corner, and beside it the address and the code for those who type
         * them. An address too long for one line even at a small size goes on its own line under "Verify at".
         */
        private void verification(String url, String code) {
            float right = WIDTH - INNER_BORDER - 16;
            float bottom = INNER_BORDER + 14;
            float left = right - QR_SIDE;
            qr(url, left, bottom, QR_SIDE);
            canvas.setAction(new PdfAction(url), left, bottom, right, bottom + QR_SIDE);

            float textRight = left - 8;
            float maxWidth = textRight - (DATES_LEFT + 2 * DATE_COLUMN);
            BaseFont mono = fonts.mono();
            String verifyAt = words.text("certification.pdf.verify-at");
            String verify = verifyAt + " " + url;
            float oneLineSize = fittedSize(mono, verify, 8.5f, maxWidth);
            float urlY = bottom + 30;
            float urlSize;
            if (oneLineSize >= 6.5f) {
                urlSize = oneLineSize;
                textRight(mono, urlSize, MUTED, verify, textRight, urlY);
            } else {
                urlSize = fittedSize(mono, url, 8.5f, maxWidth);
                textRight(mono, 8.5f, MUTED, verifyAt, textRight, urlY + 12);
                textRight(mono, urlSize, MUTED, url, textRight, urlY);
            }
            float urlWidth = mono.getWidthPointKerned(url, urlSize);
            canvas.setAction(new PdfAction(url), textRight - urlWidth, urlY - 2, textRight, urlY + urlSize);
            String codeLine = words.text("certification.pdf.code", code);
            textRight(mono, fittedSize(mono, codeLine, 11, maxWidth), INK, codeLine, textRight, bottom + 13);
        }

        /** The QR code as vector squares on a white ground that includes its quiet zone. */
        private void qr(String url, float x, float y, float side) {
            BitMatrix modules = QrCode.modules(url);
            int count = modules.getWidth();
            float module = side / count;
            canvas.saveState();
            canvas.setColorFill(Color.WHITE);
            canvas.rectangle(x, y, side, side);
            canvas.fill();
            canvas.setColorFill(INK);
            for (int row = 0; row < count; row++) {
                int column = 0;
                while (column < count) {
                    if (!modules.get(column, row)) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < count && modules.get(column, row)) {
                        column++;
                    }
                    // one rectangle per run of dark modules; rows overlap by a hair so no seams show
                    canvas.rectangle(x + start * module, y + side - (row + 1) * module,
                            (column - start) * module, module + 0.02f);
                }
            }
            canvas.fill();
            canvas.restoreState();
        }

        private void label(String text, float x, float y) {
            canvas.beginText();
            canvas.setFontAndSize(fonts.bold(), 7.5f);
            canvas.setCharacterSpacing(0.7f);
            canvas.setColorFill(MUTED);
            canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, text, x, y, 0);
            canvas.setCharacterSpacing(0);
            canvas.endText();
        }

        private void centred(BaseFont font, float preferred, Color colour, String text, float y) {
            show(PdfContentByte.ALIGN_CENTER, font, fittedSize(font, text, preferred, TEXT_WIDTH), colour, text, CENTRE, y);
        }

        /** Centred capitals with extra space between letters (the spacing after the last letter is not counted). */
        private void spaced(BaseFont font, float size, float spacing, Color colour, String text, float y) {
            float width = font.getWidthPoint(text, size) + spacing * (text.length() - 1);
            canvas.beginText();
            canvas.setFontAndSize(font, size);
            canvas.setCharacterSpacing(spacing);
            canvas.setColorFill(colour);
            canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, text, CENTRE - width / 2, y, 0);
            canvas.setCharacterSpacing(0);
            canvas.endText();
        }

        private void text(BaseFont font, float size, Color colour, String text, float x, float y) {
            show(PdfContentByte.ALIGN_LEFT, font, size, colour, text, x, y);
        }

        private void textRight(BaseFont font, float size, Color colour, String text, float x, float y) {
            show(PdfContentByte.ALIGN_RIGHT, font, size, colour, text, x, y);
        }

        /** One line of kerned text, aligned on x by its left edge, centre or right edge. */
        private void show(int alignment, BaseFont font, float size, Color colour, String text, float x, float y) {
            canvas.beginText();
            canvas.setFontAndSize(font, size);
            canvas.setColorFill(colour);
            canvas.showTextAlignedKerned(alignment, text, x, y, 0);
            canvas.endText();
        }

        private void rule(float x1, float x2, float y, Color colour, float width) {
            canvas.saveState();
            canvas.setColorStroke(colour);
            canvas.setLineWidth(width);
            canvas.moveTo(x1, y);
            canvas.lineTo(x2, y);
            canvas.stroke();
            canvas.restoreState();
        }

        private void diamond(float x, float y, float radius, Color colour) {
            canvas.saveState();
            canvas.setColorFill(colour);
            canvas.moveTo(x, y + radius);
            canvas.lineTo(x + radius, y);
            canvas.lineTo(x, y - radius);
            canvas.lineTo(x - radius, y);
            canvas.closePath();
            canvas.fill();
            canvas.restoreState();
        }
    }
}
