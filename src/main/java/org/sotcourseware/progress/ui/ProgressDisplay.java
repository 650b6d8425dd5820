package org.sotcourseware.progress.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Dates;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.Translations;
import org.sotcourseware.progress.ProgressReadModel;
import org.springframework.modulith.NamedInterface;

/**
 * How every screen shows progress (so they all read alike): the labelled bar, a module's status badge and
 * the date format, as components or as HTML for screens that draw many at once. Other features' screens
 * (the catalogue, a module's page, the student record) use it through the named interface {@code display};
 * the rest of {@code progress.ui} stays internal. Words and figures are in the current UI's language
 * ({@link Locales#current()}), or in the locale given.
 */
@NamedInterface("display")
public final class ProgressDisplay {

    private ProgressDisplay() {
    }

    /** "7 Dec 2026" or "7. Dez. 2026"; empty for none. */
    public static String date(@Nullable Instant i) {
        return date(i, Locales.current());
    }

    public static String date(@Nullable Instant i, Locale locale) {
        return i == null ? "" : Dates.day(i, ZoneId.systemDefault(), locale);
    }

    /** A labelled bar: "60%" with the bar, with data attributes tests read. */
    public static Component bar(int percent, String label) {
        Locale locale = Locales.current();
        Div wrap = new Div();
        wrap.addClassName("progress-line");
        ProgressBar bar = new ProgressBar(0, 100, percent);
        bar.getElement().setAttribute("aria-label", ariaLabel(label, percent, locale));
        Span text = new Span(Numbers.percent(percent, 0, locale));
        text.addClassName("progress-percent");
        wrap.add(bar, text);
        wrap.getElement().setAttribute("data-percent", String.valueOf(percent));
        return wrap;
    }

    /**
     * The same bar as {@link #bar} as HTML, for screens that draw many of them as one block (the dashboard's
     * module cards): one node for the browser to receive instead of four components.
     */
    public static String barHtml(int percent, String label) {
        return barHtml(percent, label, Locales.current());
    }

    public static String barHtml(int percent, String label, Locale locale) {
        return barElement(percent, label, locale).outerHtml();
    }

    /** The bar as an element (text escaped by jsoup), for blocks built as HTML. */
    static Element barElement(int percent, String label, Locale locale) {
        Element line = html("div").addClass("progress-line").attr("data-percent", String.valueOf(percent));
        line.appendElement("vaadin-progress-bar").attr("min", "0").attr("max", "100").attr("value", String.valueOf(percent))
                .attr("aria-label", ariaLabel(label, percent, locale));
        line.appendElement("span").addClass("progress-percent").text(Numbers.percent(percent, 0, locale));
        return line;
    }

    private static String ariaLabel(String label, int percent, Locale locale) {
        return Translations.text(locale, "progress.bar.label", label, Numbers.percent(percent, 0, locale));
    }

    /** The same badge as {@link #status} as HTML. */
    public static String statusHtml(ProgressReadModel.Module m) {
        return statusHtml(m, Locales.current());
    }

    public static String statusHtml(ProgressReadModel.Module m, Locale locale) {
        return statusElement(m, locale).outerHtml();
    }

    /** The badge as an element (text escaped by jsoup), for blocks built as HTML. */
    static Element statusElement(ProgressReadModel.Module m, Locale locale) {
        Element badge = html("span").addClass("badge").attr("data-status", m.locked() ? "LOCKED" : m.status().name());
        if (m.status() == ProgressReadModel.Status.COMPLETED) {
            badge.addClass("badge-success").text(completed(m, locale));
        } else if (m.locked()) {
            badge.addClass("badge-locked");
            badge.appendElement("vaadin-icon").attr("icon", "vaadin:lock");
            badge.appendElement("span").text(" " + Translations.text(locale, "progress.status.locked"));
        } else if (m.status() == ProgressReadModel.Status.IN_PROGRESS) {
            badge.addClass("badge-warning").text(Translations.text(locale, "progress.status.in-progress"));
        } else {
            badge.text(Translations.text(locale, "progress.status.not-started"));
        }
        return badge;
    }

    /** A new element whose HTML is written compactly (no pretty-printing), as one line for the browser. */
    static Element html(String tag) {
        Document owner = Document.createShell("");
        owner.outputSettings().prettyPrint(false);
        return owner.body().appendElement(tag);
    }

    private static String completed(ProgressReadModel.Module m, Locale locale) {
        return m.completedAt() == null ? Translations.text(locale, "progress.status.completed")
                : Translations.text(locale, "progress.status.completed-on", m.completedAt().atZone(ZoneId.systemDefault()).toLocalDate());
    }

    /** Status of a module: completed with date, in progress, not started, or locked. */
    public static Component status(ProgressReadModel.Module m) {
        Locale locale = Locales.current();
        Span s = new Span();
        s.addClassName("badge");
        s.getElement().setAttribute("data-status", m.locked() ? "LOCKED" : m.status().name());
        if (m.status() == ProgressReadModel.Status.COMPLETED) {
            s.setText(completed(m, locale));
            s.addClassName("badge-success");
        } else if (m.locked()) {
            s.add(VaadinIcon.LOCK.create(), new Span(" " + Translations.text(locale, "progress.status.locked")));
            s.addClassName("badge-locked");
        } else if (m.status() == ProgressReadModel.Status.IN_PROGRESS) {
            s.setText(Translations.text(locale, "progress.status.in-progress"));
            s.addClassName("badge-warning");
        } else {
            s.setText(Translations.text(locale, "progress.status.not-started"));
        }
        return s;
    }
}
