package org.sotcourseware.handbook.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.sotcourseware.base.BundledFonts;

/**
 * Turns a {@link HandbookDocument} into PDF bytes with openhtmltopdf (decision 022): CSS paged media for the
 * page layout, Batik for the SVG figures with scripts and external resources off, and the bundled DejaVu fonts
 * embedded (subset) so the file looks the same everywhere. No URL is ever fetched: the document carries its
 * figures, and every protocol's stream is empty.
 */
public final class HandbookRenderer {

    static final String SERIF = "DejaVu Serif";
    static final String MONO = "DejaVu Sans Mono";

    private HandbookRenderer() {
    }

    public static byte[] render(Document handbook) {
        byte[] serif = BundledFonts.bytes("DejaVuSerif.ttf");
        byte[] serifBold = BundledFonts.bytes("DejaVuSerif-Bold.ttf");
        byte[] serifItalic = BundledFonts.bytes("DejaVuSerif-Italic.ttf");
        byte[] mono = BundledFonts.bytes("DejaVuSansMono.ttf");
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("SOT Courseware");
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.useProtocolsStreamImplementation(url -> NOTHING, "http", "https", "file", "jar", "ftp");
        builder.useFont(() -> new ByteArrayInputStream(serif), SERIF, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(serifBold), SERIF, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(serifItalic), SERIF, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(mono), MONO, 400, FontStyle.NORMAL, true);
        builder.withW3cDocument(new W3CDom().fromJsoup(handbook), "about:handbook");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the handbook PDF", e);
        }
        return out.toByteArray();
    }

    /** Every external resource reads as empty. */
    private static final FSStream NOTHING = new FSStream() {
        @Override
        public InputStream getStream() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public Reader getReader() {
            return new StringReader("");
        }
    };
}
