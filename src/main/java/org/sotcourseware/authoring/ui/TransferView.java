package org.sotcourseware.authoring.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.authoring.AuthoringException;
import org.sotcourseware.authoring.ContentTransferService;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.security.Roles;

/**
 * Export the published curriculum or one module as a zip in the content-folder format, and import such a
 * zip: it is read and checked first, the changes are listed, and nothing happens until the instructor
 * confirms (or at all, if the zip would add a problem).
 */
@Route("authoring/transfer")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
class TransferView extends Main implements HasDynamicTitle {

    private final ContentTransferService transfer;
    private final Div preview = new Div();

    public TransferView(ContentTransferService transfer, CatalogueService catalogue) {
        this.transfer = transfer;
        addClassNames("page", "transfer-page");
        add(new Breadcrumbs().link(getTranslation("authoring.home.heading"), AuthoringNavigation.authoring())
                .current(getTranslation("authoring.home.export-import")));
        Div header = new Div(new H1(getTranslation("authoring.home.export-import")), PageParts.lead(getTranslation("authoring.transfer.lead")));
        add(header);

        Div export = new Div();
        export.addClassName("transfer-card");
        export.add(new H2(getTranslation("authoring.transfer.export")), new Paragraph(getTranslation("authoring.transfer.export-text")));
        Anchor all = download(null, getTranslation("authoring.transfer.download-all"));
        Select<CourseModule> module = new Select<>();
        module.setLabel(getTranslation("authoring.transfer.one-module"));
        module.setItems(catalogue.curriculum().modules());
        module.setItemLabelGenerator(CourseModule::title);
        Div moduleLink = new Div();
        module.addValueChangeListener(e -> {
            moduleLink.removeAll();
            if (e.getValue() != null) {
                moduleLink.add(download(e.getValue().id(), getTranslation("authoring.transfer.download-module", e.getValue().title())));
            }
        });
        export.add(new Div(all), module, moduleLink);

        Div imp = new Div();
        imp.addClassName("transfer-card");
        Upload upload = new Upload(org.sotcourseware.base.ui.Uploads.inMemory(ContentTransferService.MAX_ZIP_BYTES, (meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> showPreview(meta.fileName(), bytes)))));
        Words.upload(upload);
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFileSize(ContentTransferService.MAX_ZIP_BYTES);
        upload.setDropLabel(new Span(getTranslation("authoring.transfer.drop-label")));
        upload.addFileRejectedListener(e -> Toasts.error(e.getErrorMessage()));
        upload.addClassName("import-upload");
        imp.add(new H2(getTranslation("authoring.transfer.import")), new Paragraph(getTranslation("authoring.transfer.import-text")), upload, preview);

        Div grid = new Div(export, imp);
        grid.addClassName("transfer-grid");
        add(grid);
    }

    private Anchor download(@Nullable String moduleId, String text) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = transfer.export(moduleId);
            return new DownloadResponse(new ByteArrayInputStream(zip), transfer.exportName(moduleId), "application/zip", zip.length);
        }), text);
        a.addClassName("button-link");
        a.getElement().setAttribute("download", true);
        return a;
    }

    private void showPreview(String fileName, byte[] zip) {
        preview.removeAll();
        ContentTransferService.Preview p;
        try {
            p = transfer.preview(fileName, zip);
        } catch (AuthoringException e) {
            Paragraph err = new Paragraph(e.message().in(getLocale()));
            err.addClassName("error-text");
            preview.add(err);
            return;
        }
        preview.add(new H2(getTranslation("authoring.transfer.preview-heading", fileName)));
        String scope = p.scope() == ContentTransferService.Scope.CURRICULUM ? getTranslation("authoring.transfer.scope-curriculum")
                : getTranslation("authoring.transfer.scope-module", String.valueOf(p.moduleId()));
        preview.add(new Paragraph(getTranslation("authoring.transfer.preview-summary", scope, p.files(), p.changes().size())));
        if (!p.blocking().isEmpty()) {
            Paragraph why = new Paragraph(getTranslation("authoring.transfer.refused"));
            why.addClassName("error-text");
            preview.add(why, Problems.list(p.blocking(), null, null));
        }
        Div list = new Div();
        list.addClassName("change-list");
        for (ContentTransferService.Change c : p.changes()) {
            list.add(change(c));
        }
        if (p.changes().isEmpty()) {
            list.add(new Paragraph(getTranslation("authoring.transfer.no-changes")));
        }
        preview.add(list);
        if (p.applicable()) {
            Button apply = new Button(getTranslation("authoring.transfer.apply", p.changes().size()), e -> {
                try {
                    int n = transfer.apply(p);
                    preview.removeAll();
                    Toasts.success(getTranslation("authoring.transfer.done", n));
                } catch (AuthoringException ex) {
                    Toasts.error(ex);
                }
            });
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            apply.addClassName("apply-import");
            preview.add(apply);
        }
    }

    private static Component change(ContentTransferService.Change c) {
        Div row = new Div();
        row.addClassName("change-row");
        Span kind = new Span(switch (c.kind()) {
            case ADDED -> Words.t("authoring.transfer.added");
            case CHANGED -> Words.t("authoring.transfer.changed");
            case REMOVED -> Words.t("authoring.transfer.removed");
        });
        kind.addClassNames("badge", c.kind() == ContentTransferService.ChangeKind.REMOVED ? "badge-error"
                : c.kind() == ContentTransferService.ChangeKind.ADDED ? "badge-success" : "badge-warning");
        Span path = new Span(c.path());
        path.addClassName("file-path");
        Span lines = new Span(c.linesAdded() + c.linesRemoved() == 0 ? "" : "+" + c.linesAdded() + " \u2212" + c.linesRemoved());
        lines.addClassName("change-lines");
        row.add(kind, path, lines);
        if (c.replacesDraft()) {
            Span d = new Span(Words.t("authoring.transfer.replaces-draft"));
            d.addClassNames("badge", "badge-warning");
            row.add(d);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.transfer.page-title");
    }
}
