package org.sotcourseware.handbook.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.concurrent.CompletionException;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.handbook.HandbookService;

/**
 * A module's handbook: what it holds, then its download when it is built for the current content version, or
 * a button that builds it with a progress bar (the page polls the build every half second).
 */
@Route(HandbookNavigation.ROUTE)
@PermitAll
class HandbookView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final HandbookService handbooks;
    private final Places places;
    private final Div state = new Div();
    private @Nullable String title;
    private HandbookService.@Nullable Status status;
    private HandbookService.@Nullable Build build;
    private @Nullable Registration polling;

    HandbookView(HandbookService handbooks, Places places) {
        this.handbooks = handbooks;
        this.places = places;
        addClassName("page");
        addClassName("handbook-page");
        state.addClassName("handbook-state");
        state.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        HandbookService.Status s = handbooks.status(event.getRouteParameters().get(HandbookNavigation.MODULE_ID).orElse(""), getLocale());
        status = s;
        title = s.moduleTitle();
        removeAll();
        add(new Breadcrumbs().link(getTranslation("handbook.breadcrumb-modules"), places.of(new CoursePlace.Catalogue()))
                .link(s.moduleTitle(), places.of(new CoursePlace.ModulePage(s.moduleId()))).current(getTranslation("handbook.title")));
        Span eyebrow = new Span(getTranslation("handbook.link"));
        eyebrow.addClassName("eyebrow");
        H1 heading = new H1(s.moduleTitle());
        heading.getElement().setAttribute("lang", s.language());
        add(eyebrow, heading);
        add(PageParts.lead(getTranslation("handbook.lead", s.lessons())));
        add(state);
        show();
    }

    private void show() {
        state.removeAll();
        HandbookService.Status s = status;
        if (s == null) {
            return;
        }
        if (s.lockedReason() != null) {
            Paragraph locked = new Paragraph(getTranslation("handbook.locked", s.lockedReason()));
            locked.addClassName("lock-panel");
            state.add(locked);
            return;
        }
        if (s.ready() != null) {
            state.add(download(s.ready().pages(), s.ready().bytes()));
            return;
        }
        Button make = new Button(getTranslation("handbook.build"), e -> start());
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClassName("build-handbook");
        state.add(PageParts.muted(getTranslation("handbook.build-hint")),
                make);
    }

    private void start() {
        HandbookService.Status s = status;
        if (s == null) {
            return;
        }
        build = handbooks.build(s.moduleId(), getLocale());
        state.removeAll();
        ProgressBar bar = new ProgressBar(0, 1, 0);
        bar.addClassName("handbook-progress");
        bar.getStyle().set("margin", "1.25rem 0 0.5rem").set("max-width", "36rem");
        bar.getElement().setAttribute("aria-label", getTranslation("handbook.building"));
        Span step = new Span(getTranslation("handbook.starting"));
        step.addClassName("handbook-step");
        state.add(bar, step);
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        stopPolling();
        polling = ui.addPollListener(e -> poll(ui, bar, step));
        poll(ui, bar, step);
    }

    private void poll(UI ui, ProgressBar bar, Span step) {
        HandbookService.Build b = build;
        if (b == null) {
            return;
        }
        HandbookService.Step now = b.step().get();
        bar.setValue(Math.max(0, Math.min(1, now.fraction())));
        step.setText(now.label().in(getLocale()));
        if (!b.result().isDone()) {
            return;
        }
        ui.setPollInterval(-1);
        stopPolling();
        build = null;
        state.removeAll();
        try {
            byte[] pdf = b.result().join();
            // read the stored handbook's size and page count as the next visit will show them
            status = handbooks.status(b.moduleId(), getLocale());
            HandbookService.Ready ready = status.ready();
            state.add(ready != null ? download(ready.pages(), ready.bytes()) : download(-1, pdf.length));
        } catch (CompletionException e) {
            Paragraph failed = new Paragraph(getTranslation("handbook.failed"));
            failed.addClassName("error-text");
            state.add(failed);
        }
    }

    private Div download(int pages, long bytes) {
        HandbookService.Status s = status;
        String moduleId = s == null ? "" : s.moduleId();
        Locale language = getLocale();
        // the file comes from the service at download time: the access check runs again for that request
        Anchor link = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] pdf = handbooks.pdf(moduleId, language);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "handbook-" + moduleId + ".pdf", "application/pdf", pdf.length);
        }), getTranslation("handbook.download"));
        link.getElement().setAttribute("download", true);
        link.addClassNames("button-link", "download-handbook");
        Div box = new Div(link);
        String megabytes = Numbers.fixed(bytes / 1048576.0, 1, language);
        box.add(PageParts.muted(pages > 0 ? getTranslation("handbook.pages-size", pages, megabytes) : getTranslation("handbook.size", megabytes)));
        return box;
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        stopPolling();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handbook.page-title", title != null ? title : getTranslation("handbook.title"));
    }
}
