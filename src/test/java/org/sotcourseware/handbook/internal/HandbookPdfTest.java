package org.sotcourseware.handbook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.content.internal.ContentLoader;
import org.sotcourseware.content.internal.MarkdownRenderer;
import org.sotcourseware.content.internal.SvgSanitizer;

/** The handbook of a real module (the repository's content), written and read back with PDFBox. */
class HandbookPdfTest {

    private static Curriculum curriculum;

    @BeforeAll
    static void load() {
        curriculum = HandbookFixture.curriculum();
    }

    static Document handbook(String moduleId) {
        return HandbookFixture.handbook(moduleId);
    }

    @Test
    void the_handbook_has_a_cover_outcomes_contents_with_page_numbers_and_every_lesson_title() throws IOException {
        CourseModule m = curriculum.module("paediatrics").orElseThrow();
        byte[] pdf = HandbookRenderer.render(handbook(m.id()));
        if (System.getProperty("handbook.out") != null) {
            java.nio.file.Files.write(Path.of(System.getProperty("handbook.out")), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (System.getProperty("handbook.out") != null) {
                var r = new org.apache.pdfbox.rendering.PDFRenderer(doc);
                for (int p = 0; p < Math.min(8, doc.getNumberOfPages()); p++) {
                    javax.imageio.ImageIO.write(r.renderImageWithDPI(p, 60), "png", new java.io.File(System.getProperty("handbook.out") + "-" + (p + 1) + ".png"));
                }
            }
            int lessons = m.publishedLessons().size();
            // a cover, outcomes, contents and at least a page per lesson; not absurdly long
            assertThat(doc.getNumberOfPages()).isBetween(3 + lessons, 20 * lessons);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            String cover = text.getText(doc);
            assertThat(cover).contains(m.title()).contains("Handbook");
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Learning outcomes").contains(m.outcomes().getFirst().text().substring(0, 40));
            String contents = pageContaining(doc, "Contents");
            for (int i = 0; i < lessons; i++) {
                Lesson l = m.publishedLessons().get(i);
                // the contents line: number, title and the page the lesson starts on, and that page starts with the lesson
                int page = lessonPage(doc, l.title());
                assertThat(page).as(l.title() + " starts a page").isGreaterThan(3);
                assertThat(normalise(contents)).as("contents entry of " + l.title())
                        .containsPattern(java.util.regex.Pattern.quote(normalise((i + 1) + ". " + l.title())) + "\\s*" + page);
            }
            // running head and page numbers from the second page on
            PDFTextStripper p4 = new PDFTextStripper();
            p4.setStartPage(4);
            p4.setEndPage(4);
            assertThat(p4.getText(doc)).contains(m.title()).contains("Page 4 of " + doc.getNumberOfPages());
            // the outline (bookmarks) lists every lesson
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline).hasSize(lessons + 2);
            // every font is embedded
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    private static String pageContaining(PDDocument doc, String heading) throws IOException {
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(p);
            s.setEndPage(p);
            String t = s.getText(doc);
            if (t.contains(heading)) {
                return t;
            }
        }
        throw new AssertionError("no page with " + heading);
    }

    private static int lessonPage(PDDocument doc, String title) throws IOException {
        for (int p = 4; p <= doc.getNumberOfPages(); p++) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(p);
            s.setEndPage(p);
            String t = normalise(s.getText(doc));
            if (t.contains("LESSON ") && t.contains(normalise(title))) {
                return p;
            }
        }
        return -1;
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
