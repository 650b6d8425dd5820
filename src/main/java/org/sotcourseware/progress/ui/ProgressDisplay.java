package org.sotcourseware.progress.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.progress.ProgressReadModel;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.util.HtmlUtils;

/**
 * How every screen shows progress (so they all read alike): the labelled bar, a module's status badge and
 * the date format, as components or as HTML for screens that draw many at once. Other features' screens
 * (the catalogue, a module's page, the student record) use it through the named interface {@code display};
 * the rest of {@code progress.ui} stays internal.
 */
@NamedInterface("display")
public final class ProgressDisplay {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK)
            .withZone(ZoneId.systemDefault());

    private ProgressDisplay() {
    }

    public static String date(@Nullable Instant i) {
        return i == null ? "" : DATE.format(i);
    }

    /** A labelled bar: "60%" with the bar, with data attributes tests read. */
    public static Component bar(int percent, String label) {
        Div wrap = new Div();
        wrap.addClassName("progress-line");
        ProgressBar bar = new ProgressBar(0, 100, percent);
        bar.getElement().setAttribute("aria-label", label + ": " + percent + "%");
        Span text = new Span(percent + "%");
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
        return "<div class=\"progress-line\" data-percent=\"" + percent + "\"><vaadin-progress-bar min=\"0\" max=\"100\" value=\""
                + percent + "\" aria-label=\"" + HtmlUtils.htmlEscape(label + ": " + percent + "%") + "\"></vaadin-progress-bar>"
                + "<span class=\"progress-percent\">" + percent + "%</span></div>";
    }

    /** The same badge as {@link #status} as HTML. */
    public static String statusHtml(ProgressReadModel.Module m) {
        String status = m.locked() ? "LOCKED" : m.status().name();
        String open = "<span class=\"badge%s\" data-status=\"" + status + "\">";
        if (m.status() == ProgressReadModel.Status.COMPLETED) {
            return open.formatted(" badge-success") + HtmlUtils.htmlEscape("Completed " + date(m.completedAt())) + "</span>";
        } else if (m.locked()) {
            return open.formatted(" badge-locked") + "<vaadin-icon icon=\"vaadin:lock\"></vaadin-icon><span> Locked</span></span>";
        } else if (m.status() == ProgressReadModel.Status.IN_PROGRESS) {
            return open.formatted(" badge-warning") + "In progress</span>";
        }
        return open.formatted("") + "Not started</span>";
    }

    /** Status of a module: completed with date, in progress, not started, or locked. */
    public static Component status(ProgressReadModel.Module m) {
        Span s = new Span();
        s.addClassName("badge");
        s.getElement().setAttribute("data-status", m.locked() ? "LOCKED" : m.status().name());
        if (m.status() == ProgressReadModel.Status.COMPLETED) {
            s.setText("Completed " + date(m.completedAt()));
            s.addClassName("badge-success");
        } else if (m.locked()) {
            s.add(VaadinIcon.LOCK.create(), new Span(" Locked"));
            s.addClassName("badge-locked");
        } else if (m.status() == ProgressReadModel.Status.IN_PROGRESS) {
            s.setText("In progress");
            s.addClassName("badge-warning");
        } else {
            s.setText("Not started");
        }
        return s;
    }
}
