package org.sotcourseware.notes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.Translations;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.notes.NoteException;
import org.sotcourseware.notes.NotesService;

/** The dialog for a highlight: the quoted passage and its note, to save (and, for a saved one, to delete). */
final class NoteDialog {

    /** Saves the note (null or blank: none); true when saved, so the dialog closes. */
    @FunctionalInterface
    interface Save {
        boolean save(@Nullable String note);
    }

    private NoteDialog() {
    }

    static Dialog forNew(String quote, Save save) {
        return dialog(text("notes.dialog.new-title"), quote, null, text("notes.dialog.save-highlight"), save, null);
    }

    /** The dialog of a saved highlight: its note saved, or the highlight deleted, then {@code changed} runs. */
    static Dialog edit(NotesService notes, NotesService.Highlight h, Runnable changed) {
        Save save = note -> {
            try {
                notes.updateNote(h.id(), note);
            } catch (NoteException ex) {
                Toasts.error(ex);
                return false;
            }
            changed.run();
            Toasts.success(text("notes.dialog.note-saved"));
            return true;
        };
        Runnable delete = () -> {
            notes.delete(h.id());
            changed.run();
            Toasts.success(text("notes.dialog.deleted"));
        };
        return dialog(text(h.note() == null ? "notes.dialog.highlight-title" : "notes.dialog.note-title"), h.quote(), h.note(),
                text("notes.dialog.save-note"), save, delete);
    }

    private static Dialog dialog(String title, String quote, @Nullable String note, String saveLabel, Save save, @Nullable Runnable delete) {
        Dialog d = new Dialog();
        d.addClassName("note-dialog");
        d.setHeaderTitle(title);
        d.setWidth("min(36rem, 94vw)");
        Div passage = new Div();
        passage.addClassName("note-quote");
        passage.setText(shorten(quote));
        passage.getElement().setAttribute("lang", "en"); // the lesson's words: the curriculum is English
        passage.getStyle().set("border-left", "4px solid #e0b000").set("background", "#fff6d1").set("color", "#1a2433")
                .set("padding", "0.5rem 0.75rem").set("margin", "0 0 0.75rem").set("white-space", "pre-wrap").set("font-style", "italic");
        TextArea text = new TextArea(text("notes.dialog.note-label"));
        text.addClassName("note-text");
        text.setWidthFull();
        text.setMinHeight("7rem");
        text.setMaxLength(TextLimits.NOTES);
        text.setHelperText(text("notes.dialog.note-helper"));
        if (note != null) {
            text.setValue(note);
        }
        d.add(passage, text);
        Button ok = new Button(saveLabel, e -> {
            if (save.save(text.getValue())) {
                d.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("save-note");
        Button cancel = new Button(text(delete == null ? "notes.dialog.cancel" : "notes.dialog.close"), e -> d.close());
        cancel.addClassName("cancel-note");
        if (delete != null) {
            Button remove = new Button(text("notes.dialog.delete-highlight"), e -> confirmDelete(d, delete));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.addClassName("delete-highlight");
            d.getFooter().add(remove);
        }
        d.getFooter().add(cancel, ok);
        d.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                text.focus();
            }
        });
        return d;
    }

    private static void confirmDelete(Dialog owner, Runnable delete) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(text("notes.confirm.title"));
        confirm.add(new Paragraph(text("notes.confirm.text")));
        Button yes = new Button(text("notes.confirm.delete"), e -> {
            delete.run();
            confirm.close();
            owner.close();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        yes.addClassName("confirm-delete");
        confirm.getFooter().add(new Button(text("notes.confirm.keep"), e -> confirm.close()), yes);
        confirm.open();
    }

    /** Words in the current UI's language. */
    private static String text(String key, Object... args) {
        return Translations.text(Locales.current(), key, args);
    }

    private static String shorten(String quote) {
        return quote.length() <= NotesService.MAX_QUOTE ? quote : quote.substring(0, NotesService.MAX_QUOTE) + "…";
    }
}
