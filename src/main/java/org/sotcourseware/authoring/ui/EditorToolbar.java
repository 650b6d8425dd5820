package org.sotcourseware.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.authoring.AuthoringReadModel;
import org.sotcourseware.content.ContentDraft;

import static org.sotcourseware.authoring.ui.Words.t;

/**
 * The editor's actions for one file: save and publish, and under "More" the history, discard, rename,
 * delete, GIFT import and the student's view, each offered only where it applies to the file's kind and state.
 */
final class EditorToolbar extends Div {

    /** What each action does; the editor view implements them. */
    interface Actions {
        void save();

        void publish();

        void discard();

        void rename();

        void delete();

        void importGift();
    }

    /** {@code openAsStudent} is null when students have no page for the file (not a published lesson). */
    EditorToolbar(AuthoringReadModel.EditorFile f, Actions actions, @Nullable Runnable openAsStudent) {
        addClassName("editor-toolbar");
        boolean deleted = f.state() == AuthoringReadModel.State.DELETED;
        if (!deleted) {
            Button save = new Button(t("authoring.toolbar.save"), e -> actions.save());
            save.addClassName("editor-save");
            save.setTooltipText("Ctrl+S"); // not UI text: a key combination
            add(save);
        }
        Button publish = new Button(t(deleted ? "authoring.toolbar.publish-deletion" : "authoring.action.publish"), e -> actions.publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClassName("editor-publish");
        add(publish);
        MenuBar more = new MenuBar();
        more.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = more.addItem(t("authoring.toolbar.more"));
        root.setAriaLabel(t("authoring.toolbar.more-actions"));
        var sub = root.getSubMenu();
        sub.addItem(t("authoring.toolbar.history"), e -> AuthoringNavigation.history(f.path()).navigate());
        if (f.state() != AuthoringReadModel.State.PUBLISHED) {
            sub.addItem(t(f.state() == AuthoringReadModel.State.NEW ? "authoring.toolbar.discard-new" : "authoring.toolbar.discard"), e -> actions.discard());
        }
        boolean titled = f.kind() == ContentDraft.Kind.LESSON || f.kind() == ContentDraft.Kind.CASE || f.kind() == ContentDraft.Kind.MODULE;
        if (titled && !deleted) {
            sub.addItem(t("authoring.rename.heading"), e -> actions.rename());
        }
        if ((f.kind() == ContentDraft.Kind.LESSON || f.kind() == ContentDraft.Kind.CASE || f.kind() == ContentDraft.Kind.QUIZ) && !deleted
                && f.state() != AuthoringReadModel.State.NEW) {
            sub.addItem(t("authoring.toolbar.delete"), e -> actions.delete());
        }
        if (f.kind() == ContentDraft.Kind.QUIZ && !deleted) {
            sub.addItem(t("authoring.gift.heading"), e -> actions.importGift());
        }
        if (openAsStudent != null) {
            sub.addItem(t("authoring.toolbar.student-view"), e -> openAsStudent.run());
        }
        add(more);
    }
}
