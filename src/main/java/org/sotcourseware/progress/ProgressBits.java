package org.sotcourseware.progress;

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

/** Small progress components shared by every screen that shows progress (so they all read alike). */
public final class ProgressBits {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK)
            .withZone(ZoneId.systemDefault());

    private ProgressBits() {
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

    /** Status of a module: completed with date, in progress, not started, or locked. */
    public static Component status(ProgressViews.Module m) {
        Span s = new Span();
        s.addClassName("badge");
        s.getElement().setAttribute("data-status", m.locked() ? "LOCKED" : m.status().name());
        if (m.status() == ProgressViews.Status.COMPLETED) {
            s.setText("Completed " + date(m.completedAt()));
            s.addClassName("badge-success");
        } else if (m.locked()) {
            s.add(VaadinIcon.LOCK.create(), new Span(" Locked"));
            s.addClassName("badge-locked");
        } else if (m.status() == ProgressViews.Status.IN_PROGRESS) {
            s.setText("In progress");
            s.addClassName("badge-warning");
        } else {
            s.setText("Not started");
        }
        return s;
    }
}
