package org.sotcourseware.authoring.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.authoring.AuthoringException;
import org.sotcourseware.authoring.AuthoringService;
import org.sotcourseware.authoring.AuthoringReadModel;
import org.sotcourseware.authoring.PublishingService;
import org.sotcourseware.authoring.StructureService;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.content.ContentDraft;
import org.sotcourseware.content.ContentImages;
import org.sotcourseware.security.Roles;

/**
 * The authoring home: every module with its files and their state (published, draft changes, new, to be
 * deleted, incoming from the content folder, errors), and the module-level actions: new lesson, new case,
 * upload an image, reorder lessons, publish every change in the module.
 */
@Route("authoring")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
class AuthoringView extends Main implements HasDynamicTitle {

    private final AuthoringService authoring;
    private final StructureService structure;
    private final PublishingService publishing;
    private final Div body = new Div();

    public AuthoringView(AuthoringService authoring, StructureService structure, PublishingService publishing) {
        this.authoring = authoring;
        this.structure = structure;
        this.publishing = publishing;
        addClassNames("page", "authoring-page");
        Div header = new Div();
        header.addClassName("page-header");
        Div titles = new Div(new H1(getTranslation("authoring.home.heading")), PageParts.lead(getTranslation("authoring.home.lead")));
        Div actions = new Div(Links.to(AuthoringNavigation.transfer(), getTranslation("authoring.home.export-import")),
                Links.to(AuthoringNavigation.analysis(), getTranslation("authoring.nav.item-analysis")));
        actions.addClassName("header-links");
        header.add(titles, actions);
        add(header, body);
        refresh();
    }

    private void refresh() {
        body.removeAll();
        AuthoringReadModel.Tree tree = authoring.tree();
        Div summary = new Div();
        summary.addClassName("authoring-summary");
        long fileCount = tree.modules().stream().mapToLong(m -> m.files().size()).sum();
        summary.add(PageParts.stat(count(tree.modules().size()), getTranslation("authoring.home.stat-modules", tree.modules().size())),
                PageParts.stat(count(fileCount), getTranslation("authoring.home.stat-files", fileCount)),
                PageParts.stat(count(tree.drafts()), getTranslation("authoring.home.stat-unpublished", tree.drafts())),
                PageParts.stat(count(tree.incoming()), getTranslation("authoring.home.stat-incoming", tree.incoming())));
        body.add(summary);
        if (tree.incoming() > 0) {
            Div note = new Div(new Span(getTranslation("authoring.home.incoming-notice", tree.incoming())));
            note.addClassName("notice");
            body.add(note);
        }
        if (tree.curriculum() != null) {
            Div top = new Div(fileRow(tree.curriculum()));
            top.addClassNames("file-list", "curriculum-file");
            body.add(top);
        }
        for (AuthoringReadModel.ModuleNode m : tree.modules()) {
            body.add(module(m));
        }
    }

    private Component module(AuthoringReadModel.ModuleNode m) {
        Span title = new Span(m.title());
        title.addClassName("module-node-title");
        HorizontalLayout summary = new HorizontalLayout(title);
        summary.setAlignItems(FlexComponent.Alignment.CENTER);
        long drafts = m.files().stream().filter(f -> f.state() != AuthoringReadModel.State.PUBLISHED).count();
        int errors = m.files().stream().mapToInt(AuthoringReadModel.FileStatus::errors).sum();
        if (drafts > 0) {
            summary.add(badge(getTranslation("authoring.home.changes", drafts), "badge-warning"));
        }
        if (errors > 0) {
            summary.add(badge(getTranslation("authoring.problems.count", errors), "badge-error"));
        }
        Details details = new Details(summary);
        details.addClassName("module-node");
        details.getElement().setAttribute("data-module", m.moduleId());
        details.setOpened(drafts > 0 || errors > 0);

        Div tools = new Div();
        tools.addClassName("module-tools");
        tools.add(button(getTranslation("authoring.home.new-lesson"), VaadinIcon.FILE_ADD, () -> askTitle(
                getTranslation("authoring.home.new-lesson-in", m.title()), getTranslation("authoring.home.lesson-title"),
                t -> open(structure.createLesson(m.moduleId(), t)))));
        tools.add(button(getTranslation("authoring.home.new-case"), VaadinIcon.DOCTOR, () -> askTitle(
                getTranslation("authoring.home.new-case-in", m.title()), getTranslation("authoring.home.case-title"),
                t -> open(structure.createCase(m.moduleId(), t)))));
        tools.add(button(getTranslation("authoring.home.upload-image"), VaadinIcon.PICTURE, () -> upload(m)));
        tools.add(button(getTranslation("authoring.home.reorder-lessons"), VaadinIcon.SORT, () -> reorder(m)));
        if (drafts > 0) {
            Button publish = new Button(getTranslation("authoring.home.publish-changes", drafts), e -> publishModule(m));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            publish.addClassName("publish-module");
            tools.add(publish);
        }
        Div files = new Div();
        files.addClassName("file-list");
        m.files().forEach(f -> files.add(fileRow(f)));
        details.add(tools, files);
        return details;
    }

    private Component fileRow(AuthoringReadModel.FileStatus f) {
        Div row = new Div();
        row.addClassName("file-row");
        row.getElement().setAttribute("data-path", f.path());
        Span kind = new Span(Words.kind(f.kind()));
        kind.addClassName("file-kind");
        Component name = f.kind() == ContentDraft.Kind.IMAGE
                ? new Span(f.title())
                : Links.to(AuthoringNavigation.edit(f.path()), f.title());
        Span path = new Span(f.path());
        path.addClassName("file-path");
        Div text = new Div(name, path);
        text.addClassName("file-text");
        Div badges = new Div();
        badges.addClassName("badges");
        if (f.state() != AuthoringReadModel.State.PUBLISHED) {
            badges.add(badge(Words.state(f.state()), f.state() == AuthoringReadModel.State.DELETED ? "badge-error" : "badge-warning"));
        }
        if (f.incoming()) {
            badges.add(badge(getTranslation("authoring.home.incoming-badge"), "badge-warning"));
        }
        if (f.errors() > 0) {
            badges.add(badge(getTranslation("authoring.problems.count", f.errors()), "badge-error"));
        }
        row.add(kind, text, badges);
        return row;
    }

    private static Span badge(String text, String variant) {
        Span s = new Span(text);
        s.addClassNames("badge", variant);
        return s;
    }

    private static Button button(String text, VaadinIcon icon, Runnable action) {
        Button b = new Button(text, icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void open(String path) {
        AuthoringNavigation.edit(path).navigate();
    }

    private void askTitle(String heading, String label, Consumer<String> then) {
        Dialog d = new Dialog();
        d.setHeaderTitle(heading);
        TextField title = new TextField(label);
        title.setMaxLength(TextLimits.NAME);
        title.setWidthFull();
        title.setHelperText(getTranslation("authoring.home.title-helper"));
        d.add(title);
        Button create = new Button(getTranslation("authoring.home.create-draft"), e -> {
            try {
                then.accept(title.getValue());
                d.close();
            } catch (AuthoringException ex) {
                title.setInvalid(true);
                title.setErrorMessage(ex.message().in(getLocale()));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("authoring.action.cancel"), e -> d.close()), create);
        d.open();
        title.focus();
    }

    private void upload(AuthoringReadModel.ModuleNode m) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("authoring.image.heading", m.title()));
        Paragraph help = new Paragraph(getTranslation("authoring.image.help", ContentImages.MAX_BYTES / 1024 / 1024));
        Div result = new Div();
        Upload upload = new Upload(org.sotcourseware.base.ui.Uploads.inMemory(ContentImages.MAX_BYTES, (meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                String path = structure.uploadImage(m.moduleId(), meta.fileName(), bytes);
                String name = path.substring(path.lastIndexOf('/') + 1);
                result.removeAll();
                Span code = new Span("![" + getTranslation("authoring.image.alt-placeholder") + "](../images/" + name + ")"); // not UI text: Markdown
                code.addClassName("code-snippet");
                result.add(new Paragraph(getTranslation("authoring.image.uploaded", path)), code);
                refresh();
            } catch (AuthoringException ex) {
                result.removeAll();
                Paragraph p = new Paragraph(ex.message().in(getLocale()));
                p.addClassName("error-text");
                result.add(p);
            }
        }))));
        Words.upload(upload);
        upload.setAcceptedFileTypes(".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", "image/svg+xml", "image/png", "image/jpeg", "image/gif",
                "image/webp");
        upload.setMaxFileSize(ContentImages.MAX_BYTES);
        upload.addFileRejectedListener(e -> Toasts.error(e.getErrorMessage()));
        d.add(help, upload, result);
        d.getFooter().add(new Button(getTranslation("authoring.action.close"), e -> d.close()));
        d.setWidth("min(560px, 95vw)");
        d.open();
    }

    private void reorder(AuthoringReadModel.ModuleNode m) {
        List<AuthoringReadModel.FileStatus> lessons = new ArrayList<>(m.files().stream()
                .filter(f -> f.kind() == ContentDraft.Kind.LESSON && f.state() != AuthoringReadModel.State.DELETED).toList());
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("authoring.reorder.heading", m.title()));
        Div list = new Div();
        list.addClassName("reorder-list");
        Runnable[] draw = new Runnable[1];
        draw[0] = () -> {
            list.removeAll();
            for (int i = 0; i < lessons.size(); i++) {
                int at = i;
                Span n = new Span(String.valueOf(i + 1));
                n.addClassName("lesson-number");
                Span t = new Span(lessons.get(i).title());
                t.addClassName("reorder-title");
                Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
                    Collections.swap(lessons, at, at - 1);
                    draw[0].run();
                });
                up.setAriaLabel(getTranslation("authoring.reorder.move-up", lessons.get(i).title()));
                up.setEnabled(i > 0);
                Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
                    Collections.swap(lessons, at, at + 1);
                    draw[0].run();
                });
                down.setAriaLabel(getTranslation("authoring.reorder.move-down", lessons.get(i).title()));
                down.setEnabled(i < lessons.size() - 1);
                up.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                down.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                Div row = new Div(n, t, up, down);
                row.addClassName("reorder-row");
                list.add(row);
            }
        };
        draw[0].run();
        Paragraph help = PageParts.muted(getTranslation("authoring.reorder.help"));
        Button save = new Button(getTranslation("authoring.reorder.save"), e -> {
            try {
                structure.reorderLessons(m.moduleId(), lessons.stream().map(AuthoringReadModel.FileStatus::path).toList());
                d.close();
                Toasts.success(getTranslation("authoring.reorder.saved"));
                refresh();
            } catch (AuthoringException ex) {
                Toasts.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(help, list);
        d.getFooter().add(new Button(getTranslation("authoring.action.cancel"), e -> d.close()), save);
        d.setWidth("min(560px, 95vw)");
        d.open();
    }

    private void publishModule(AuthoringReadModel.ModuleNode m) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("authoring.publish.module-heading", m.title()));
        Div list = new Div();
        list.addClassName("file-list");
        m.files().stream().filter(f -> f.state() != AuthoringReadModel.State.PUBLISHED).forEach(f -> list.add(fileRow(f)));
        TextField message = new TextField(getTranslation("authoring.publish.message-label"));
        message.setMaxLength(TextLimits.REASON);
        message.setWidthFull();
        Button publish = new Button(getTranslation("authoring.action.publish"), e -> {
            AuthoringReadModel.PublishResult r = publishing.publishModule(m.moduleId(), message.getValue());
            d.close();
            if (r.ok()) {
                Toasts.success(getTranslation("authoring.publish.module-done", r.published().size()));
            } else {
                Problems.showRefusal(r.blocking());
            }
            refresh();
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClassName("confirm-publish");
        d.add(new Paragraph(getTranslation("authoring.publish.module-text")), list, message);
        d.getFooter().add(new Button(getTranslation("authoring.action.cancel"), e -> d.close()), publish);
        d.setWidth("min(640px, 95vw)");
        d.open();
    }

    private String count(long n) {
        return getTranslation("authoring.number", n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.home.page-title");
    }
}
