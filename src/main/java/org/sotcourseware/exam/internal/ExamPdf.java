package org.sotcourseware.exam.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Document;
import org.sotcourseware.base.BundledFonts;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Printable PDFs of a practical exam with OpenPDF (already used for certificates): the running order as a
 * landscape table, and a candidate's feedback report. Text in DejaVu (embedded, subset), so every name prints.
 */
public final class ExamPdf {

    private static final byte[] REGULAR = resource("DejaVuSerif.ttf");
    private static final byte[] BOLD = resource("DejaVuSerif-Bold.ttf");
    private static final byte[] ITALIC = resource("DejaVuSerif-Italic.ttf");
    private static final Color TEAL = new Color(0x1d, 0x5e, 0x66);
    private static final Color MUTED = new Color(0x5a, 0x6b, 0x70);
    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter WHEN_DE = DateTimeFormatter.ofPattern("EEE, d. MMM yyyy, HH:mm", Locale.GERMAN);

    /** "Sat 14 Mar 2026, 09:00" or "Sa., 14. März 2026, 09:00": a day and time as the reader writes it. */
    public static String when(java.time.LocalDateTime at, Locale locale) {
        return (org.sotcourseware.base.Locales.closest(locale).equals(org.sotcourseware.base.Locales.GERMAN) ? WHEN_DE : WHEN).format(at);
    }

    private ExamPdf() {
    }

    /** A line of a table: the cells in order. */
    public record Line(List<String> cells) {
        public Line {
            cells = List.copyOf(cells);
        }
    }

    /** A section of a report: a heading, paragraphs, and bullet points (each possibly with quoted comments). */
    public record Section(String heading, List<String> paragraphs, List<String> bullets) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
            bullets = List.copyOf(bullets);
        }
    }

    /** A table on landscape A4 pages: title, a line under it, the header row repeated on each page. */
    public static byte[] table(String title, String subtitle, List<String> header, float[] widths, List<Line> lines) {
        Fonts f = new Fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = open(new Document(PageSize.A4.rotate(), 36, 36, 36, 36), out, title);
        doc.add(new Paragraph(title, f.font(BOLD, 16, TEAL)));
        Paragraph sub = new Paragraph(subtitle, f.font(REGULAR, 10, MUTED));
        sub.setSpacingAfter(10);
        doc.add(sub);
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : header) {
            PdfPCell c = new PdfPCell(new Phrase(h, f.font(BOLD, 9, Color.WHITE)));
            c.setBackgroundColor(TEAL);
            c.setPadding(4);
            t.addCell(c);
        }
        for (Line l : lines) {
            for (String cell : l.cells()) {
                PdfPCell c = new PdfPCell(new Phrase(cell, f.font(REGULAR, 9, Color.BLACK)));
                c.setPadding(4);
                c.setBorderColor(new Color(0xdf, 0xe6, 0xe4));
                t.addCell(c);
            }
        }
        doc.add(t);
        doc.close();
        return out.toByteArray();
    }

    /** A report on portrait A4: title, lines under it, then sections. */
    public static byte[] report(String title, List<String> lead, List<Section> sections) {
        Fonts f = new Fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = open(new Document(PageSize.A4, 48, 48, 48, 48), out, title);
        doc.add(new Paragraph(title, f.font(BOLD, 18, TEAL)));
        for (String l : lead) {
            doc.add(new Paragraph(l, f.font(REGULAR, 10.5f, Color.BLACK)));
        }
        for (Section s : sections) {
            Paragraph h = new Paragraph(s.heading(), f.font(BOLD, 12, TEAL));
            h.setSpacingBefore(14);
            h.setSpacingAfter(4);
            doc.add(h);
            for (String p : s.paragraphs()) {
                doc.add(new Paragraph(p, f.font(REGULAR, 10, Color.BLACK)));
            }
            for (String b : s.bullets()) {
                boolean quote = b.startsWith("\u201c") || b.startsWith("\u201e"); // a comment in English or German quotation marks
                Paragraph p = new Paragraph("\u2022 " + b, quote ? f.font(ITALIC, 9.5f, MUTED) : f.font(REGULAR, 10, Color.BLACK));
                p.setIndentationLeft(quote ? 22 : 10);
                p.setAlignment(Element.ALIGN_LEFT);
                doc.add(p);
            }
        }
        doc.close();
        return out.toByteArray();
    }

    private static Document open(Document doc, ByteArrayOutputStream out, String title) {
        PdfWriter.getInstance(doc, out);
        doc.addTitle(title);
        doc.addCreator("SOT Courseware");
        doc.open();
        return doc;
    }

    /** Fonts per document: a font object records the glyphs a document uses, for subsetting. */
    private static final class Fonts {
        private final java.util.Map<byte[], BaseFont> loaded = new java.util.IdentityHashMap<>();

        Font font(byte[] bytes, float size, Color colour) {
            BaseFont base = loaded.computeIfAbsent(bytes, b -> {
                try {
                    return BaseFont.createFont(b == BOLD ? "DejaVuSerif-Bold.ttf" : b == ITALIC ? "DejaVuSerif-Italic.ttf" : "DejaVuSerif.ttf",
                            BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, b, null);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not read a font", e);
                }
            });
            return new Font(base, size, Font.NORMAL, colour);
        }
    }

    private static byte[] resource(String name) {
        return BundledFonts.bytes(name);
    }
}
