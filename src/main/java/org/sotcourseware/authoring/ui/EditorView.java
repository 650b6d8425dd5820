package org.sotcourseware.authoring.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.authoring.AuthoringException;
import org.sotcourseware.authoring.AuthoringService;
import org.sotcourseware.authoring.AuthoringViews;
import org.sotcourseware.authoring.EditConflict;
import org.sotcourseware.authoring.internal.GiftConverter;
import org.sotcourseware.base.ui.Bits;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.base.ui.MarkdownEditor;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.casestudy.ui.CasePreview;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.content.ContentDraft;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.quiz.ui.QuizPreview;
import org.sotcourseware.security.Roles;

/**
 * The editor: CodeMirror on the left, on the right a live preview through the very pipeline students get
 * (lessons rendered, quizzes answerable, cases workable) and the problems, updated as the author types.
 * Save a draft (Ctrl+S), publish, discard, rename, delete, import GIFT into a quiz, accept an incoming
 * change. A save over someone else's newer revision shows the conflict and a diff; nothing is overwritten
 * silently. On a phone the panes become tabs.
 */
@Route("authoring/edit/:path*")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class EditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final AuthoringService authoring;
    private final CatalogueService catalogue;
    private final Places places;
    private final MarkdownEditor editor = new MarkdownEditor("Markdown source");
    private final Div preview = new Div();
    private final Div problems = new Div();
    private final Span saveState = new Span();
    private final Tab problemsTab = new Tab("Problems");
    private final Div layout = new Div();
    private String path = "";
    private String title = "Editor";
    private AuthoringViews.@Nullable EditorFile file;
    private String savedText = "";
    private long head;
    private @Nullable ContentTree base;
    private boolean leaving;

    public EditorView(AuthoringService authoring, CatalogueService catalogue, Places places) {
        this.places = places;
        this.authoring = authoring;
        this.catalogue = catalogue;
        addClassNames("page", "editor-page");
        editor.addClassName("editor-source");
        editor.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                refreshPreview(e.getValue());
            }
        });
        saveState.addClassName("save-state");
        saveState.getElement().setAttribute("aria-live", "polite");
        Shortcuts.addShortcutListener(this, () -> save(null), Key.KEY_S, KeyModifier.CONTROL).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> save(null), Key.KEY_S, KeyModifier.META).listenOn(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        path = String.join("/", event.getRouteParameters().getWildcard(AuthoringNavigation.PATH));
        try {
            load();
        } catch (AuthoringException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class, "There is no file " + path + " to edit.");
        }
    }

    private void load() {
        file = authoring.open(path);
        if (file.kind() == ContentDraft.Kind.IMAGE) {
            throw new AuthoringException("images are not edited as text");
        }
        savedText = file.text();
        head = file.head();
        base = authoring.draftWorld();
        AuthoringService.Preview first = authoring.preview(base, path, savedText);
        title = displayTitle(first.draft());
        build();
        editor.setValue(savedText);
        editor.setReadOnly(file.state() == AuthoringViews.State.DELETED);
        showPreview(first);
    }

    private AuthoringViews.EditorFile file() {
        if (file == null) {
            throw new IllegalStateException("no file open");
        }
        return file;
    }

    private void build() {
        removeAll();
        AuthoringViews.EditorFile f = file();
        String moduleTitle = f.moduleId() == null ? "Curriculum" : catalogue.module(f.moduleId()).map(CourseModule::title).orElse(f.moduleId());
        add(new Breadcrumbs().link("Authoring", AuthoringNavigation.authoring()).current(moduleTitle + " · " + f.kind().label()));

        Div header = new Div();
        header.addClassName("editor-header");
        Span eyebrow = new Span(f.kind().label() + " · " + path);
        eyebrow.addClassName("eyebrow");
        H1 h = new H1(title);
        h.addClassName("editor-title");
        Div titles = new Div(eyebrow, h);
        Div state = new Div(stateBadge(f.state()), saveState);
        state.addClassName("editor-state");
        titles.add(state);
        header.add(titles, toolbar(f));
        add(header);

        if (f.state() == AuthoringViews.State.DELETED) {
            add(notice("This file is marked for deletion. Students still see it until the deletion is published; discard the draft to keep it."));
        }
        if (f.incoming() != null) {
            add(incomingBanner(f.incoming()));
        }

        layout.removeAll();
        layout.addClassName("editor-layout");
        layout.getElement().setAttribute("data-pane", "write");
        Tabs phoneTabs = new Tabs(new Tab("Write"), new Tab("Preview"), new Tab("Problems"));
        phoneTabs.addClassName("editor-phone-tabs");
        phoneTabs.addSelectedChangeListener(e -> layout.getElement().setAttribute("data-pane",
                switch (phoneTabs.getSelectedIndex()) {
                    case 1 -> "preview";
                    case 2 -> "problems";
                    default -> "write";
                }));
        Tab previewTab = new Tab("Preview");
        Tabs side = new Tabs(previewTab, problemsTab);
        side.addClassName("editor-side-tabs");
        side.addSelectedChangeListener(e -> layout.getElement().setAttribute("data-side", side.getSelectedTab() == problemsTab ? "problems" : "preview"));
        layout.getElement().setAttribute("data-side", "preview");
        preview.addClassName("editor-preview");
        problems.addClassName("editor-problems");
        Div sourcePane = new Div(editor);
        sourcePane.addClassName("editor-pane-source");
        Div sidePane = new Div(side, preview, problems);
        sidePane.addClassName("editor-pane-side");
        layout.add(sourcePane, sidePane);
        add(phoneTabs, layout);
    }

    private Component toolbar(AuthoringViews.EditorFile f) {
        Div bar = new Div();
        bar.addClassName("editor-toolbar");
        boolean deleted = f.state() == AuthoringViews.State.DELETED;
        if (!deleted) {
            Button save = new Button("Save draft", e -> save(null));
            save.addClassName("editor-save");
            save.setTooltipText("Ctrl+S");
            bar.add(save);
        }
        Button publish = new Button(deleted ? "Publish deletion" : "Publish", e -> confirmPublish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClassName("editor-publish");
        bar.add(publish);
        MenuBar more = new MenuBar();
        more.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = more.addItem("More");
        root.setAriaLabel("More actions");
        var sub = root.getSubMenu();
        sub.addItem("History and rollback", e -> AuthoringNavigation.history(path).navigate());
        if (f.state() != AuthoringViews.State.PUBLISHED) {
            sub.addItem(f.state() == AuthoringViews.State.NEW ? "Discard this new file" : "Discard the draft", e -> confirmDiscard());
        }
        boolean titled = f.kind() == ContentDraft.Kind.LESSON || f.kind() == ContentDraft.Kind.CASE || f.kind() == ContentDraft.Kind.MODULE;
        if (titled && !deleted) {
            sub.addItem("Rename", e -> rename());
        }
        if ((f.kind() == ContentDraft.Kind.LESSON || f.kind() == ContentDraft.Kind.CASE || f.kind() == ContentDraft.Kind.QUIZ) && !deleted
                && f.state() != AuthoringViews.State.NEW) {
            sub.addItem("Delete", e -> confirmDelete());
        }
        if (f.kind() == ContentDraft.Kind.QUIZ && !deleted) {
            sub.addItem("Import questions from Moodle GIFT", e -> giftDialog());
        }
        if (f.kind() == ContentDraft.Kind.LESSON && f.published() != null && f.moduleId() != null) {
            catalogue.curriculum().modules().stream().flatMap(m -> m.lessons().stream()).filter(l -> l.sourceFile().equals(path)).findFirst()
                    .ifPresent(l -> sub.addItem("Open as students see it", e -> places.navigate(new CoursePlace.LessonPage(l.moduleId(), l.id()))));
        }
        bar.add(more);
        return bar;
    }

    // ----- preview and problems -----

    private void refreshPreview(String text) {
        if (base == null) {
            return;
        }
        try {
            showPreview(authoring.preview(base, path, text));
        } catch (AuthoringException | IllegalArgumentException e) {
            preview.removeAll();
            preview.add(new Paragraph(e.getMessage()));
        }
    }

    /** The preview, the problems and the editor's markers for one parse of the text. */
    private void showPreview(AuthoringService.Preview p) {
        ContentDraft d = p.draft();
        List<ContentProblem> own = d.problems();
        editor.setDiagnostics(own.stream().filter(x -> x.line() > 0).map(x -> MarkdownEditor.Diagnostic.error(x.line(), x.message())).toList());
        problemsTab.setLabel(own.isEmpty() ? "Problems" : "Problems (" + own.size() + ")");
        problems.removeAll();
        problems.add(Problems.list(own, path, line -> {
            layout.getElement().setAttribute("data-pane", "write");
            editor.goToLine(line);
        }));
        if (!d.warnings().isEmpty()) {
            H2 h = new H2("Warnings (publishing is not refused)");
            h.addClassName("problems-related-title");
            problems.add(h, Problems.list(d.warnings(), path, line -> {
                layout.getElement().setAttribute("data-pane", "write");
                editor.goToLine(line);
            }));
        }
        if (!d.related().isEmpty()) {
            H2 h = new H2("Elsewhere in this module");
            h.addClassName("problems-related-title");
            problems.add(h, Problems.list(d.related(), path, null));
        }
        preview.removeAll();
        preview.add(previewOf(d, p));
        updateSaveState();
    }

    private Component previewOf(ContentDraft d, AuthoringService.Preview p) {
        try {
            return switch (d.kind()) {
                case LESSON -> d.lesson() == null || d.rendered() == null ? unparsed()
                        : article(d.lesson().title(), d.rendered().html());
                case MODULE -> d.module() == null || d.rendered() == null ? unparsed() : moduleOverview(d.module(), d.rendered().html());
                case QUIZ -> d.quiz() == null || d.quiz().questions().isEmpty() ? unparsed() : new QuizPreview(d.quiz(), p.render());
                case CASE -> d.caseStudy() == null || d.caseStudy().stages().isEmpty() ? unparsed()
                        : new CasePreview(d.caseStudy(), d.module() == null ? "" : d.module().title(), p.render());
                case CURRICULUM -> curriculumSummary(d);
                default -> new Paragraph("This file has no preview.");
            };
        } catch (RuntimeException e) {
            return new Paragraph("The preview cannot be shown yet: " + e.getMessage());
        }
    }

    private static Component unparsed() {
        Paragraph p = Bits.empty("The preview appears once the file can be read. See the problems.");
        return p;
    }

    private static Component article(String heading, String html) {
        Div a = new Div();
        a.addClassName("preview-article");
        Span eyebrow = new Span("Lesson preview");
        eyebrow.addClassName("eyebrow");
        a.add(eyebrow, new Html(html.startsWith("<div") ? html : "<div>" + html + "</div>"));
        a.getElement().setAttribute("aria-label", "Preview of " + heading);
        return a;
    }

    private static Component moduleOverview(CourseModule m, String html) {
        Div a = new Div();
        a.addClassName("preview-article");
        Span eyebrow = new Span("Module overview preview");
        eyebrow.addClassName("eyebrow");
        H2 h = new H2(m.title());
        Paragraph summary = Bits.lead(m.summary());
        UnorderedList outcomes = new UnorderedList();
        m.outcomes().forEach(o -> outcomes.add(new ListItem(o.text())));
        a.add(eyebrow, h, summary, new Paragraph(m.hours() + " hours · " + m.lessons().size() + " lessons"), outcomes,
                new Html(html.startsWith("<div") ? html : "<div>" + html + "</div>"));
        return a;
    }

    private Component curriculumSummary(ContentDraft d) {
        Div a = new Div();
        a.addClassName("preview-article");
        Span eyebrow = new Span("Curriculum preview");
        eyebrow.addClassName("eyebrow");
        a.add(eyebrow);
        if (d.problems().isEmpty() && d.related().isEmpty()) {
            a.add(new Paragraph("The curriculum file is valid: module order, prerequisites and tracks load without problems."));
        } else {
            a.add(new Paragraph("Publishing is refused while the curriculum has problems; see Problems."));
        }
        return a;
    }

    private static String displayTitle(ContentDraft d) {
        if (d.lesson() != null) {
            return d.lesson().title();
        }
        if (d.caseStudy() != null) {
            return d.caseStudy().title();
        }
        if (d.quiz() != null) {
            return d.quiz().title() + " quiz";
        }
        if (d.kind() == ContentDraft.Kind.MODULE && d.module() != null) {
            return d.module().title() + ": overview";
        }
        return d.path().substring(d.path().lastIndexOf('/') + 1);
    }

    // ----- saving and publishing -----

    /** Saves the editor's current text (read from the browser, so nothing typed is missed), then runs {@code then}. */
    private void save(@Nullable Runnable then) {
        if (file().state() == AuthoringViews.State.DELETED) {
            if (then != null) {
                then.run();
            }
            return;
        }
        editor.getElement().executeJs("return this.value").then(String.class, text -> {
            String value = text == null ? editor.getValue() : text;
            try {
                long rev = authoring.saveDraft(path, value, head, null);
                boolean changed = rev != head;
                head = rev;
                savedText = value;
                base = authoring.draftWorld();
                file = authoring.open(path);
                if (changed) {
                    saveState.setText("Draft saved at " + TIME.format(java.time.Instant.now()));
                }
                updateSaveState();
                if (then != null) {
                    then.run();
                } else if (changed) {
                    Toasts.success("Draft saved. Students see it once you publish.");
                }
            } catch (EditConflict c) {
                conflict(c, value, then);
            } catch (AuthoringException e) {
                Toasts.error(e.getMessage());
            }
        });
    }

    private void updateSaveState() {
        AuthoringViews.EditorFile f = file;
        if (f == null) {
            return;
        }
        boolean dirty = !editor.getValue().equals(savedText);
        if (dirty) {
            saveState.setText("Unsaved changes");
            saveState.getElement().setAttribute("data-state", "dirty");
        } else {
            saveState.getElement().setAttribute("data-state", "clean");
            if (!saveState.getText().startsWith("Draft saved")) {
                saveState.setText(f.state() == AuthoringViews.State.PUBLISHED ? "Students see this text" : "Saved");
            }
        }
    }

    private void conflict(EditConflict c, String mine, @Nullable Runnable then) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Someone else saved this file");
        d.addClassName("conflict-dialog");
        d.add(new Paragraph(c.theirAuthor() + " saved a newer revision at " + TIME.format(c.theirTime())
                + " after you opened the file. Nothing has been overwritten. Below, lines marked \u2212 are only in their version, "
                + "lines marked + only in yours."));
        d.add(DiffPanel.of(c.diff()));
        Button keepMine = new Button("Save mine over theirs", e -> {
            head = c.theirRevision();
            d.close();
            save(then);
        });
        keepMine.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button takeTheirs = new Button("Load their version", e -> {
            d.close();
            head = c.theirRevision();
            savedText = c.theirText();
            editor.setValue(c.theirText());
            refreshPreview(c.theirText());
            Toasts.success("Their version is loaded. Your text is gone from the editor; copy it from the diff first if you need it.");
        });
        Button cancel = new Button("Keep editing", e -> d.close());
        d.getFooter().add(cancel, takeTheirs, keepMine);
        d.setWidth("min(900px, 96vw)");
        d.open();
    }

    private void confirmPublish() {
        Dialog d = new Dialog();
        d.setHeaderTitle(file().state() == AuthoringViews.State.DELETED ? "Publish the deletion" : "Publish to students");
        TextField message = new TextField("What changed (for the history and audit log)");
        message.setMaxLength(TextLimits.REASON);
        message.setWidthFull();
        message.addClassName("publish-message");
        Button publish = new Button("Publish now", e -> {
            d.close();
            save(() -> publish(message.getValue()));
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClassName("confirm-publish");
        d.add(new Paragraph("Your saved text replaces what students see now. If it would add a problem anywhere in the curriculum, "
                + "nothing is published and you will see why."), message);
        d.getFooter().add(new Button("Cancel", e -> d.close()), publish);
        d.setWidth("min(560px, 95vw)");
        d.open();
        message.focus();
    }

    private void publish(String message) {
        AuthoringViews.PublishResult r = authoring.publish(List.of(path), message);
        if (!r.ok()) {
            Problems.showRefusal(r.blocking());
            return;
        }
        if (r.published().isEmpty()) {
            Toasts.success("Nothing to publish: students already see this text.");
            return;
        }
        Toasts.success(file().state() == AuthoringViews.State.DELETED ? "Deleted. Students no longer see this file."
                : "Published. Students see the new text now.");
        if (file().state() == AuthoringViews.State.DELETED) {
            leaving = true;
            AuthoringNavigation.authoring().navigate();
            return;
        }
        saveState.setText("");
        load();
    }

    private void confirmDiscard() {
        confirm("Discard the draft?", file().state() == AuthoringViews.State.NEW
                        ? "This new file has never been published. Discarding removes it (its revisions stay in the history)."
                        : "The file goes back to the text students see now. The draft stays in the history, so you can get it back.",
                "Discard", () -> {
                    authoring.discardDraft(path);
                    Toasts.success("Draft discarded.");
                    if (file().state() == AuthoringViews.State.NEW) {
                        leaving = true;
                        AuthoringNavigation.authoring().navigate();
                    } else {
                        savedText = "";
                        load();
                    }
                });
    }

    private void confirmDelete() {
        confirm("Delete this file?", "The deletion is a draft: students keep seeing the file until you publish the deletion. "
                + "Publishing is refused if anything still needs the file.", "Mark for deletion", () -> {
                    authoring.deleteDraft(path);
                    load();
                });
    }

    private void rename() {
        if (!editor.getValue().equals(savedText)) {
            Toasts.error("Save your changes first, then rename.");
            return;
        }
        Dialog d = new Dialog();
        d.setHeaderTitle("Rename");
        TextField name = new TextField("New title");
        name.setMaxLength(TextLimits.NAME);
        name.setValue(title.replaceFirst(": overview$", ""));
        name.setWidthFull();
        name.setHelperText("Only the title changes; the id, the links and every student's progress stay.");
        Button ok = new Button("Rename", e -> {
            try {
                authoring.rename(path, name.getValue());
                d.close();
                load();
                Toasts.success("Renamed (a draft until published).");
            } catch (AuthoringException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(name);
        d.getFooter().add(new Button("Cancel", e -> d.close()), ok);
        d.setWidth("min(520px, 95vw)");
        d.open();
    }

    private Component incomingBanner(AuthoringViews.Incoming in) {
        Div box = notice(in.removal()
                ? "This file was removed from the content folder, but instructors have changed it here. Accept the removal or keep the file."
                : "The content folder has a different version of this file, changed after instructors edited it here.");
        Button compare = new Button("Compare", e -> {
            Dialog d = new Dialog();
            d.setHeaderTitle("The content folder's version");
            d.add(new Paragraph("\u2212 lines are in the app's version, + lines in the content folder's."), DiffPanel.of(in.diff()));
            d.getFooter().add(new Button("Close", x -> d.close()));
            d.setWidth("min(900px, 96vw)");
            d.open();
        });
        Button accept = new Button(in.removal() ? "Accept the removal as a draft" : "Take it as the draft", e -> {
            authoring.acceptIncoming(path);
            load();
        });
        Button dismiss = new Button("Keep the app's version", e -> {
            authoring.dismissIncoming(path);
            load();
        });
        compare.addThemeVariants(ButtonVariant.LUMO_SMALL);
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(compare, accept, dismiss);
        actions.addClassName("notice-actions");
        box.add(actions);
        return box;
    }

    private void giftDialog() {
        if (!editor.getValue().equals(savedText)) {
            Toasts.error("Save your changes first, then import.");
            return;
        }
        Dialog d = new Dialog();
        d.setHeaderTitle("Import questions from Moodle GIFT");
        TextArea gift = new TextArea("GIFT text");
        gift.setMaxLength(TextLimits.MARKDOWN_FILE);
        gift.setWidthFull();
        gift.setHeight("14rem");
        gift.setPlaceholder("::Q1:: Which bone ... {=sacrum ~occiput#Not the base of the spine}");
        Upload upload = new Upload(org.sotcourseware.base.ui.Uploads.inMemory(1024 * 1024, (meta, bytes) -> getUI().ifPresent(ui ->
                ui.access(() -> gift.setValue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))))));
        upload.setAcceptedFileTypes(".gift", ".txt", "text/plain");
        upload.setMaxFileSize(1024 * 1024);
        upload.setDropLabel(new Span("or drop a .gift / .txt file here"));
        Div report = new Div();
        report.addClassName("gift-report");
        Button add = new Button("Add to the quiz draft");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(false);
        Button convert = new Button("Check the conversion", e -> {
            GiftConverter.Result r = authoring.giftPreview(path, gift.getValue());
            report.removeAll();
            report.add(giftReport(r));
            add.setText("Add " + r.converted().size() + (r.converted().size() == 1 ? " question" : " questions") + " to the quiz draft");
            add.setEnabled(!r.converted().isEmpty());
        });
        add.addClickListener(e -> {
            try {
                authoring.giftImport(path, gift.getValue(), head);
                d.close();
                load();
                Toasts.success("Questions added to the draft. Review them in the preview, then publish.");
            } catch (EditConflict c) {
                d.close();
                Toasts.error(c.getMessage() + " Reload the file and import again.");
            } catch (AuthoringException ex) {
                Toasts.error(ex.getMessage());
            }
        });
        d.add(new Paragraph("Paste GIFT text or upload a file. Supported: multiple choice, true/false, short answer, numeric, matching and "
                + "missing-word questions. Essays and descriptions are skipped with the reason."), gift, upload, report);
        d.getFooter().add(new Button("Cancel", e -> d.close()), convert, add);
        d.setWidth("min(760px, 96vw)");
        d.open();
    }

    private static Component giftReport(GiftConverter.Result r) {
        Div box = new Div();
        box.add(new Paragraph(r.converted().size() + " converted, " + r.skipped().size() + " skipped"
                + (r.notes().isEmpty() ? "." : ", " + r.notes().size() + " notes.")));
        UnorderedList list = new UnorderedList();
        r.converted().forEach(c -> list.add(new ListItem("Line " + c.line() + ": " + c.type().label() + " \u2014 " + c.title() + " (" + c.id() + ")")));
        r.skipped().forEach(s -> {
            ListItem li = new ListItem("Line " + s.line() + ": skipped \u2014 " + s.reason() + " (\u201c" + s.excerpt() + "\u201d)");
            li.addClassName("gift-skipped");
            list.add(li);
        });
        r.notes().forEach(n -> {
            ListItem li = new ListItem("Line " + n.line() + ": note \u2014 " + n.message());
            li.addClassName("gift-note");
            list.add(li);
        });
        box.add(list);
        return box;
    }

    // ----- helpers -----

    private void confirm(String heading, String text, String action, Runnable then) {
        Dialog d = new Dialog();
        d.setHeaderTitle(heading);
        d.add(new Paragraph(text));
        Button ok = new Button(action, e -> {
            d.close();
            try {
                then.run();
            } catch (AuthoringException ex) {
                Toasts.error(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        d.getFooter().add(new Button("Cancel", e -> d.close()), ok);
        d.open();
    }

    private static Div notice(String text) {
        Div d = new Div(new Paragraph(text));
        d.addClassName("notice");
        return d;
    }

    private static Span stateBadge(AuthoringViews.State s) {
        Span b = new Span(s.label());
        b.addClassName("badge");
        b.addClassName(switch (s) {
            case PUBLISHED -> "badge-success";
            case DELETED -> "badge-error";
            default -> "badge-warning";
        });
        b.addClassName("editor-state-badge");
        return b;
    }


    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (leaving || file == null || editor.getValue().equals(savedText)) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        Dialog d = new Dialog();
        d.setHeaderTitle("Leave without saving?");
        d.add(new Paragraph("You have changes that are not saved as a draft."));
        Button saveAndGo = new Button("Save draft and leave", e -> {
            d.close();
            save(action::proceed);
        });
        saveAndGo.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button("Leave without saving", e -> {
            d.close();
            action.proceed();
        });
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        d.getFooter().add(new Button("Stay", e -> d.close()), discard, saveAndGo);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return title + " · Authoring · SOT Courseware";
    }
}
