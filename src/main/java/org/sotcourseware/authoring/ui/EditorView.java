package org.sotcourseware.authoring.ui;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.authoring.AuthoringException;
import org.sotcourseware.authoring.AuthoringService;
import org.sotcourseware.authoring.AuthoringReadModel;
import org.sotcourseware.authoring.DraftService;
import org.sotcourseware.authoring.GiftImportService;
import org.sotcourseware.authoring.PublishingService;
import org.sotcourseware.authoring.StructureService;
import org.sotcourseware.authoring.EditConflict;
import org.sotcourseware.authoring.internal.GiftConverter;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.base.ui.MarkdownEditor;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.content.ContentDraft;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.content.CourseModule;
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
class EditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final AuthoringService authoring;
    private final DraftService drafts;
    private final StructureService structure;
    private final PublishingService publishing;
    private final GiftImportService gifts;
    private final CatalogueService catalogue;
    private final Places places;
    private final MarkdownEditor editor = new MarkdownEditor(getTranslation("authoring.editor.source-label"));
    private final Span saveState = new Span();
    private final Div layout = new Div();
    private final EditorPreview preview = new EditorPreview(editor, line -> {
        layout.getElement().setAttribute("data-pane", "write");
        editor.goToLine(line);
    });
    private String path = "";
    private String title = getTranslation("authoring.editor.heading");
    private String plainTitle = "";
    private AuthoringReadModel.@Nullable EditorFile file;
    private String savedText = "";
    private long head;
    private @Nullable ContentTree base;
    private boolean leaving;

    public EditorView(AuthoringService authoring, DraftService drafts, StructureService structure, PublishingService publishing,
                      GiftImportService gifts, CatalogueService catalogue, Places places) {
        this.places = places;
        this.authoring = authoring;
        this.drafts = drafts;
        this.structure = structure;
        this.publishing = publishing;
        this.gifts = gifts;
        this.catalogue = catalogue;
        addClassNames("page", "editor-page");
        editor.addClassName("editor-source");
        editor.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                refreshPreview(e.getValue());
            }
        });
        editor.setHint(getTranslation("authoring.editor.hint"));
        editor.setPhrases(editorPhrases());
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
            event.rerouteToError(NotFoundException.class, getTranslation("authoring.editor.no-file", path));
        }
    }

    private void load() {
        file = authoring.open(path);
        if (file.kind() == ContentDraft.Kind.IMAGE) {
            throw new AuthoringException(Message.of("authoring.error.image-not-text"));
        }
        savedText = file.text();
        head = file.head();
        base = authoring.draftWorld();
        AuthoringService.Preview first = authoring.preview(base, path, savedText);
        title = EditorPreview.displayTitle(first.draft());
        plainTitle = EditorPreview.plainTitle(first.draft());
        build();
        editor.setValue(savedText);
        editor.setReadOnly(file.state() == AuthoringReadModel.State.DELETED);
        showPreview(first);
    }

    private AuthoringReadModel.EditorFile file() {
        if (file == null) {
            throw new IllegalStateException("no file open");
        }
        return file;
    }

    private void build() {
        removeAll();
        AuthoringReadModel.EditorFile f = file();
        String moduleTitle = f.moduleId() == null ? getTranslation("authoring.editor.curriculum") : catalogue.module(f.moduleId()).map(CourseModule::title).orElse(f.moduleId());
        add(new Breadcrumbs().link(getTranslation("authoring.home.heading"), AuthoringNavigation.authoring())
                .current(getTranslation("authoring.editor.place", moduleTitle, Words.kind(f.kind()))));
        add(header(f));
        if (f.state() == AuthoringReadModel.State.DELETED) {
            add(notice(getTranslation("authoring.editor.marked-deleted")));
        }
        if (f.incoming() != null) {
            add(incomingBanner(f.incoming()));
        }
        buildPanes();
    }

    private Div header(AuthoringReadModel.EditorFile f) {
        Div header = new Div();
        header.addClassName("editor-header");
        Span eyebrow = new Span(getTranslation("authoring.editor.place", Words.kind(f.kind()), path));
        eyebrow.addClassName("eyebrow");
        H1 h = new H1(title);
        h.addClassName("editor-title");
        Div titles = new Div(eyebrow, h);
        Div state = new Div(stateBadge(f.state()), saveState);
        state.addClassName("editor-state");
        titles.add(state);
        header.add(titles, new EditorToolbar(f, new ToolbarActions(), studentPage(f)));
        return header;
    }

    /** Opens the lesson as students see it, when the file is a published lesson. */
    private @Nullable Runnable studentPage(AuthoringReadModel.EditorFile f) {
        if (f.kind() != ContentDraft.Kind.LESSON || f.published() == null || f.moduleId() == null) {
            return null;
        }
        return catalogue.curriculum().modules().stream().flatMap(m -> m.lessons().stream()).filter(l -> l.sourceFile().equals(path)).findFirst()
                .<Runnable>map(l -> () -> places.navigate(new CoursePlace.LessonPage(l.moduleId(), l.id()))).orElse(null);
    }

    /** The source beside the preview and problems; on a phone, tabs switch between the three. */
    private void buildPanes() {
        layout.removeAll();
        layout.addClassName("editor-layout");
        layout.getElement().setAttribute("data-pane", "write");
        Tabs phoneTabs = new Tabs(new Tab(getTranslation("authoring.editor.tab-write")), new Tab(getTranslation("authoring.editor.tab-preview")),
                new Tab(getTranslation("authoring.editor.tab-problems")));
        phoneTabs.addClassName("editor-phone-tabs");
        phoneTabs.addSelectedChangeListener(e -> layout.getElement().setAttribute("data-pane",
                switch (phoneTabs.getSelectedIndex()) {
                    case 1 -> "preview";
                    case 2 -> "problems";
                    default -> "write";
                }));
        Tab previewTab = new Tab(getTranslation("authoring.editor.tab-preview"));
        Tab problemsTab = preview.problemsTab();
        Tabs side = new Tabs(previewTab, problemsTab);
        side.addClassName("editor-side-tabs");
        side.addSelectedChangeListener(e -> layout.getElement().setAttribute("data-side", side.getSelectedTab() == problemsTab ? "problems" : "preview"));
        layout.getElement().setAttribute("data-side", "preview");
        Div sourcePane = new Div(editor);
        sourcePane.addClassName("editor-pane-source");
        Div sidePane = new Div(side, preview.preview(), preview.problems());
        sidePane.addClassName("editor-pane-side");
        layout.add(sourcePane, sidePane);
        add(phoneTabs, layout);
    }

    // ----- preview and problems -----

    private void refreshPreview(String text) {
        if (base == null) {
            return;
        }
        try {
            showPreview(authoring.preview(base, path, text));
        } catch (AuthoringException e) {
            preview.showMessage(e.message().in(getLocale()));
        } catch (IllegalArgumentException e) {
            preview.showMessage(String.valueOf(e.getMessage()));
        }
    }

    private void showPreview(AuthoringService.Preview p) {
        preview.show(p, path);
        updateSaveState();
    }

    // ----- the toolbar's actions -----

    private final class ToolbarActions implements EditorToolbar.Actions {
        @Override
        public void save() {
            EditorView.this.save(null);
        }

        @Override
        public void publish() {
            EditorView.this.publish();
        }

        @Override
        public void discard() {
            EditorView.this.discard();
        }

        @Override
        public void rename() {
            EditorView.this.rename();
        }

        @Override
        public void delete() {
            EditorView.this.delete();
        }

        @Override
        public void importGift() {
            EditorView.this.importGift();
        }
    }

    /** Saves the editor's current text (read from the browser, so nothing typed is missed), then runs {@code then}. */
    private void save(@Nullable Runnable then) {
        if (file().state() == AuthoringReadModel.State.DELETED) {
            if (then != null) {
                then.run();
            }
            return;
        }
        editor.getElement().executeJs("return this.value").then(String.class, text -> {
            String value = text == null ? editor.getValue() : text;
            try {
                AuthoringReadModel.Saved saved = drafts.save(path, value, head);
                boolean changed = saved.head() != head;
                head = saved.head();
                savedText = value;
                base = saved.draftWorld();
                file = saved.file();
                if (changed) {
                    saveState.setText(getTranslation("authoring.editor.saved-at", EditorDialogs.TIME.format(Instant.now())));
                    saveState.getElement().setAttribute("data-saved", "true");
                }
                updateSaveState();
                if (then != null) {
                    then.run();
                } else if (changed) {
                    Toasts.success(getTranslation("authoring.editor.saved-toast"));
                }
            } catch (EditConflict c) {
                EditorDialogs.conflict(c, () -> {
                    head = c.theirRevision();
                    save(then);
                }, () -> {
                    head = c.theirRevision();
                    savedText = c.theirText();
                    editor.setValue(c.theirText());
                    refreshPreview(c.theirText());
                });
            } catch (AuthoringException e) {
                Toasts.error(e);
            }
        });
    }

    private void updateSaveState() {
        AuthoringReadModel.EditorFile f = file;
        if (f == null) {
            return;
        }
        boolean dirty = !editor.getValue().equals(savedText);
        if (dirty) {
            saveState.setText(getTranslation("authoring.editor.unsaved"));
            saveState.getElement().setAttribute("data-state", "dirty");
        } else {
            saveState.getElement().setAttribute("data-state", "clean");
            if (!"true".equals(saveState.getElement().getAttribute("data-saved"))) {
                saveState.setText(getTranslation(f.state() == AuthoringReadModel.State.PUBLISHED ? "authoring.editor.students-see" : "authoring.editor.saved"));
            }
        }
    }

    private void publish() {
        EditorDialogs.confirmPublish(file().state() == AuthoringReadModel.State.DELETED, !editor.getValue().equals(savedText),
                message -> save(() -> publish(message)));
    }

    private void publish(String message) {
        AuthoringReadModel.PublishResult r = publishing.publish(List.of(path), message);
        if (!r.ok()) {
            Problems.showRefusal(r.blocking());
            return;
        }
        if (r.published().isEmpty()) {
            Toasts.success(getTranslation("authoring.editor.nothing-to-publish"));
            return;
        }
        Toasts.success(getTranslation(file().state() == AuthoringReadModel.State.DELETED ? "authoring.editor.deleted-toast"
                : "authoring.editor.published-toast"));
        if (file().state() == AuthoringReadModel.State.DELETED) {
            leaving = true;
            AuthoringNavigation.authoring().navigate();
            return;
        }
        saveState.setText("");
        saveState.getElement().removeAttribute("data-saved");
        load();
    }

    private void discard() {
        EditorDialogs.confirm(getTranslation("authoring.discard.heading"), getTranslation(file().state() == AuthoringReadModel.State.NEW
                        ? "authoring.discard.new-text" : "authoring.discard.text"),
                getTranslation("authoring.discard.action"), () -> {
                    drafts.discardDraft(path);
                    Toasts.success(getTranslation("authoring.discard.done"));
                    if (file().state() == AuthoringReadModel.State.NEW) {
                        leaving = true;
                        AuthoringNavigation.authoring().navigate();
                    } else {
                        savedText = "";
                        load();
                    }
                });
    }

    private void delete() {
        EditorDialogs.confirm(getTranslation("authoring.delete.heading"), getTranslation("authoring.delete.text"),
                getTranslation("authoring.delete.action"), () -> {
                    drafts.deleteDraft(path);
                    load();
                });
    }

    private void rename() {
        if (!editor.getValue().equals(savedText)) {
            Toasts.error(getTranslation("authoring.rename.save-first"));
            return;
        }
        EditorDialogs.rename(plainTitle, newTitle -> {
            structure.rename(path, newTitle);
            load();
            Toasts.success(getTranslation("authoring.rename.done"));
        });
    }

    private void importGift() {
        if (!editor.getValue().equals(savedText)) {
            Toasts.error(getTranslation("authoring.gift.save-first"));
            return;
        }
        EditorDialogs.gift(new EditorDialogs.GiftImport() {
            @Override
            public GiftConverter.Result check(String gift) {
                return gifts.giftPreview(path, gift);
            }

            @Override
            public void add(String gift) {
                gifts.giftImport(path, gift, head);
                load();
            }
        });
    }

    private Component incomingBanner(AuthoringReadModel.Incoming in) {
        Div box = notice(getTranslation(in.removal() ? "authoring.incoming.removed" : "authoring.incoming.changed"));
        Button compare = new Button(getTranslation("authoring.incoming.compare"), e -> EditorDialogs.incoming(in));
        Button accept = new Button(getTranslation(in.removal() ? "authoring.incoming.accept-removal" : "authoring.incoming.accept"), e -> {
            drafts.acceptIncoming(path);
            load();
        });
        Button dismiss = new Button(getTranslation("authoring.incoming.dismiss"), e -> {
            drafts.dismissIncoming(path);
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

    // ----- helpers -----

    private static Div notice(String text) {
        Div d = new Div(new Paragraph(text));
        d.addClassName("notice");
        return d;
    }

    private static Span stateBadge(AuthoringReadModel.State s) {
        Span b = new Span(Words.state(s));
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
        EditorDialogs.leave(event.postpone(), this::save);
    }

    /** CodeMirror's words: its English phrase (from the English bundle) to the reader's; nothing for English readers. */
    private java.util.Map<String, String> editorPhrases() {
        java.util.Map<String, String> phrases = new java.util.LinkedHashMap<>();
        if (!org.sotcourseware.base.Locales.closest(getLocale()).equals(java.util.Locale.ENGLISH)) {
            for (String phrase : PHRASES) {
                String key = "authoring.editor.phrase." + phrase;
                phrases.put(org.sotcourseware.base.Translations.text(java.util.Locale.ENGLISH, key), getTranslation(key));
            }
        }
        return phrases;
    }

    /** The phrases of CodeMirror's search panel and go-to-line dialog, as keys under authoring.editor.phrase. */
    private static final List<String> PHRASES = List.of("find", "replace-field", "next", "previous", "all", "match-case", "regexp",
            "by-word", "replace", "replace-all", "close", "current-match", "on-line", "replaced-match", "replaced-matches", "go-to-line", "go");

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.editor.page-title", title);
    }
}
