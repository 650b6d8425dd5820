package org.sotcourseware.handbook.internal;

/**
 * The handbook's print stylesheet (CSS paged media as openhtmltopdf reads it): A4 pages, the module's title as
 * the running head and "page N of M" at the foot from the contents page on, page numbers in the contents, each
 * lesson on a new page, and the lesson pages' tables and callouts in the app's light palette
 * (frontend/styles/app.css). Every family named here is one of the fonts {@link HandbookRenderer} embeds.
 */
final class HandbookStyle {

    private HandbookStyle() {
    }

    /** The English foot of the page, as CSS {@code content}. */
    static final String PAGE_OF = "\"Page \" counter(page) \" of \" counter(pages)";

    /** The stylesheet with the foot's "page N of M" written as {@code pageOf} (a CSS {@code content} value). */
    static String css(String pageOf) {
        return CSS.replace(PAGE_OF, pageOf);
    }

    static final String CSS = """
            @page {
              size: A4;
              margin: 22mm 20mm 22mm 20mm;
              @top-center { content: element(runningHead); }
              @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Serif'; font-size: 8.5pt; color: #5b6675; }
            }
            @page :first { @top-center { content: none; } @bottom-center { content: none; } }
            body { font-family: 'DejaVu Serif'; font-size: 10.5pt; line-height: 1.45; color: #1a2433; }
            .running-head { position: running(runningHead); font-size: 8.5pt; color: #5b6675; border-bottom: 0.5pt solid #c9d3dc;
              padding-bottom: 2pt; text-align: center; }
            .cover { page-break-after: always; padding-top: 55mm; }
            .cover-series { font-size: 11pt; color: #0f6b70; text-transform: uppercase; letter-spacing: 1pt; margin: 0 0 6mm; }
            .cover-eyebrow { font-size: 11pt; color: #5b6675; margin: 0; }
            .cover-title { font-size: 30pt; line-height: 1.15; color: #0b4f53; margin: 3mm 0 8mm; border: none; }
            .cover-summary { font-size: 12pt; line-height: 1.5; margin: 0 0 8mm; }
            .cover-facts, .cover-audience { font-size: 10pt; color: #374151; margin: 0 0 3mm; }
            .cover-version { font-size: 8.5pt; color: #5b6675; margin-top: 30mm; }
            .outcomes { page-break-after: always; }
            .toc { page-break-after: always; }
            .toc-list { list-style: none; padding: 0; margin: 0; }
            .toc-list li { display: table; width: 100%; margin: 0 0 3mm; }
            .toc-entry { display: table-cell; color: #1a2433; text-decoration: none; }
            .toc-page { display: table-cell; width: 14mm; text-align: right; color: #1a2433; }
            .toc-page::after { content: target-counter(attr(href), page); }
            h1 { font-size: 19pt; line-height: 1.2; color: #0b4f53; margin: 0 0 5mm; }
            h2 { font-size: 14pt; color: #0b4f53; margin: 7mm 0 2.5mm; page-break-after: avoid; }
            h3 { font-size: 12pt; margin: 5mm 0 2mm; page-break-after: avoid; }
            h4 { font-size: 10.5pt; margin: 4mm 0 1.5mm; page-break-after: avoid; }
            p { margin: 0 0 2.8mm; }
            ul, ol { margin: 0 0 3mm; padding-left: 6mm; }
            li { margin: 0 0 1mm; }
            a { color: #0f6b70; text-decoration: none; }
            code, pre { font-family: 'DejaVu Sans Mono'; font-size: 8.8pt; }
            pre { background: #e8f3f3; padding: 3mm; white-space: pre-wrap; }
            blockquote { margin: 0 0 3mm; padding: 0 0 0 4mm; border-left: 2pt solid #c9d3dc; color: #374151; }
            .lesson { page-break-before: always; }
            .lesson-eyebrow { font-size: 9pt; color: #5b6675; text-transform: uppercase; letter-spacing: 0.6pt; margin: 0 0 1.5mm; }
            .table-wrap { margin: 3mm 0 4mm; }
            table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.35; -fs-table-paginate: paginate; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            th, td { border: 0.5pt solid #c9d3dc; padding: 1.6mm 2mm; text-align: left; vertical-align: top; }
            th { background: #e8f3f3; color: #0b4f53; }
            .callout { margin: 4mm 0; padding: 3mm 4mm 1mm; border: 0.5pt solid #c9d3dc; border-left: 3pt solid #0f6b70;
              background: #e8f3f3; page-break-inside: avoid; }
            .callout-title { font-weight: bold; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.6pt; margin: 0 0 1.5mm; color: #0b4f53; }
            .callout-important { border-left-color: #6b5bb5; background: #f0edfa; }
            .callout-important .callout-title { color: #4b3d94; }
            .callout-warning, .callout-caution { border-left-color: #c2410c; background: #fdf0e8; }
            .callout-warning .callout-title, .callout-caution .callout-title { color: #9a3412; }
            .callout-evidence { border-left-color: #b08a45; background: #f7f0e3; }
            .callout-evidence .callout-title { color: #7c5a1e; }
            .figure { margin: 4mm 0; text-align: center; page-break-inside: avoid; }
            .figure img { max-width: 100%; }
            .figure-caption { font-size: 8.5pt; color: #5b6675; text-align: left; margin: 1.5mm 0 0; }
            .figure-missing { font-style: italic; color: #5b6675; }
            .footnotes { font-size: 8.8pt; color: #374151; }
            .footnotes hr { border: none; border-top: 0.5pt solid #c9d3dc; }
            sup { font-size: 7pt; vertical-align: super; line-height: 0; }
            ul.contains-task-list { list-style: none; }
            hr { border: none; border-top: 0.5pt solid #c9d3dc; margin: 5mm 0; }
            """;
}
