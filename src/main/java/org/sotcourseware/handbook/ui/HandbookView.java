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
    private String title = "Module handbook";
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
        HandbookService.Status s = handbooks.status(event.getRouteParameters().get(HandbookNavigation.MODULE_ID).orElse(""));
        status = s;
        title = s.moduleTitle() + " · Handbook";
        removeAll();
        add(new Breadcrumbs().link("Modules", places.of(new CoursePlace.Catalogue())).link(s.moduleTitle(), places.of(new CoursePlace.ModulePage(s.moduleId())))
                .current("Handbook"));
        Span eyebrow = new Span("Module handbook (PDF)");
        eyebrow.addClassName("eyebrow");
        add(eyebrow, new H1(s.moduleTitle()));
        add(PageParts.lead("Every lesson of the module in one PDF to read offline or print: a cover, the learning outcomes, "
                + "contents with page numbers, and the " + s.lessons() + (s.lessons() == 1 ? " lesson" : " lessons")
                + " with their figures, tables, notes and references."));
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
            Paragraph locked = new Paragraph("The handbook opens with the module. " + s.lockedReason());
            locked.addClassName("lock-panel");
            state.add(locked);
            return;
        }
        if (s.ready() != null) {
            state.add(download(s.ready().pages(), s.ready().bytes()));
            return;
        }
        Button make = new Button("Build the handbook", e -> start());
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClassName("build-handbook");
        state.add(PageParts.muted("It is built once for this version of the module, which takes a few seconds, and then downloads at once."),
                make);
    }

    private void start() {
        HandbookService.Status s = status;
        if (s == null) {
            return;
        }
        build = handbooks.build(s.moduleId());
        state.removeAll();
        ProgressBar bar = new ProgressBar(0, 1, 0);
        bar.addClassName("handbook-progress");
        bar.getStyle().set("margin", "1.25rem 0 0.5rem").set("max-width", "36rem");
        bar.getElement().setAttribute("aria-label", "Building the handbook");
        Span step = new Span("Starting");
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
        step.setText(now.label());
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
            status = handbooks.status(b.moduleId());
            HandbookService.Ready ready = status.ready();
            state.add(ready != null ? download(ready.pages(), ready.bytes()) : download(-1, pdf.length));
        } catch (CompletionException e) {
            Paragraph failed = new Paragraph("The handbook could not be built. Please try again later; the error is in the server log.");
            failed.addClassName("error-text");
            state.add(failed);
        }
    }

    private Div download(int pages, long bytes) {
        HandbookService.Status s = status;
        String moduleId = s == null ? "" : s.moduleId();
        // the file comes from the service at download time: the access check runs again for that request
        Anchor link = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] pdf = handbooks.pdf(moduleId);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "handbook-" + moduleId + ".pdf", "application/pdf", pdf.length);
        }), "Download the handbook (PDF)");
        link.getElement().setAttribute("download", true);
        link.addClassNames("button-link", "download-handbook");
        Div box = new Div(link);
        box.add(PageParts.muted((pages > 0 ? pages + " pages · " : "") + String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)));
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
        return title + " · SOT Courseware";
    }
}
