package org.sotcourseware.authoring.ui;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeLeaveEvent;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.ui.Uploads;
import org.sotcourseware.authoring.AuthoringException;
import org.sotcourseware.authoring.AuthoringReadModel;
import org.sotcourseware.authoring.EditConflict;
import org.sotcourseware.authoring.internal.GiftConverter;
import org.sotcourseware.base.ui.Toasts;

/**
 * The editor's dialogs: a save that met someone else's newer revision, publishing, discarding and deleting,
 * renaming, the content folder's version of a file, the Moodle GIFT import, and leaving with unsaved
 * changes. Each takes what to do as a callback; the editor view does the service calls.
 */
final class EditorDialogs {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private EditorDialogs() {
    }

    /** A save refused because {@code c} was saved since: save mine over theirs, load theirs, or keep editing. */
    static void conflict(EditConflict c, Runnable keepMine, Runnable takeTheirs) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Someone else saved this file");
        d.addClassName("conflict-dialog");
        d.add(new Paragraph(c.theirAuthor() + " saved a newer revision at " + TIME.format(c.theirTime())
                + " after you opened the file. Nothing has been overwritten. Below, lines marked \u2212 are only in their version, "
                + "lines marked + only in yours."));
        d.add(DiffPanel.of(c.diff()));
        Button mine = new Button("Save mine over theirs", e -> {
            d.close();
            keepMine.run();
        });
        mine.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button theirs = new Button("Load their version", e -> {
            d.close();
            takeTheirs.run();
            Toasts.success("Their version is loaded. Your text is gone from the editor; copy it from the diff first if you need it.");
        });
        Button cancel = new Button("Keep editing", e -> d.close());
        d.getFooter().add(cancel, theirs, mine);
        d.setWidth("min(900px, 96vw)");
        d.open();
    }

    /** Asks for the publish message, then runs {@code publish} with it. */
    static void confirmPublish(boolean deletion, boolean unsaved, Consumer<String> publish) {
        Dialog d = new Dialog();
        d.setHeaderTitle(deletion ? "Publish the deletion" : unsaved ? "Save and publish to students" : "Publish to students");
        TextField message = new TextField("What changed (for the history and audit log)");
        message.setMaxLength(TextLimits.REASON);
        message.setWidthFull();
        message.addClassName("publish-message");
        Button ok = new Button(unsaved && !deletion ? "Save and publish" : "Publish now", e -> {
            d.close();
            publish.accept(message.getValue());
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm-publish");
        d.add(new Paragraph((unsaved && !deletion ? "Your unsaved changes are saved first; then the text as it stands in the editor "
                : "Your saved text ") + "replaces what students see now. If it would add a problem anywhere in the curriculum, "
                + "nothing is published and you will see why."), message);
        d.getFooter().add(new Button("Cancel", e -> d.close()), ok);
        d.setWidth("min(560px, 95vw)");
        d.open();
        message.focus();
    }

    /** A destructive action confirmed first; a refusal from the service is shown as an error. */
    static void confirm(String heading, String text, String action, Runnable then) {
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

    /** Asks for a new title; {@code rename} refusing it (AuthoringException) keeps the dialog open with the reason. */
    static void rename(String currentTitle, Consumer<String> rename) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Rename");
        TextField name = new TextField("New title");
        name.setMaxLength(TextLimits.NAME);
        name.setValue(currentTitle);
        name.setWidthFull();
        name.setHelperText("Only the title changes; the id, the links and every student's progress stay.");
        Button ok = new Button("Rename", e -> {
            try {
                rename.accept(name.getValue());
                d.close();
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

    /** The content folder's version of a file beside the app's, as a diff. */
    static void incoming(AuthoringReadModel.Incoming in) {
        Dialog d = new Dialog();
        d.setHeaderTitle("The content folder's version");
        d.add(new Paragraph("\u2212 lines are in the app's version, + lines in the content folder's."), DiffPanel.of(in.diff()));
        d.getFooter().add(new Button("Close", x -> d.close()));
        d.setWidth("min(900px, 96vw)");
        d.open();
    }

    /** What the GIFT import does with pasted text: checks it, and adds the converted questions. */
    interface GiftImport {
        GiftConverter.Result check(String gift);

        /** Adds the questions to the quiz draft; throws EditConflict or AuthoringException when refused. */
        void add(String gift);
    }

    /** Paste or upload GIFT text, check the conversion, then add the questions to the quiz draft. */
    static void gift(GiftImport gifts) {
        UI ui = UI.getCurrent();
        Dialog d = new Dialog();
        d.setHeaderTitle("Import questions from Moodle GIFT");
        TextArea gift = new TextArea("GIFT text");
        gift.setMaxLength(TextLimits.MARKDOWN_FILE);
        gift.setWidthFull();
        gift.setHeight("14rem");
        gift.setPlaceholder("::Q1:: Which bone ... {=sacrum ~occiput#Not the base of the spine}");
        Upload upload = new Upload(Uploads.inMemory(1024 * 1024, (meta, bytes) ->
                ui.access(() -> gift.setValue(new String(bytes, StandardCharsets.UTF_8)))));
        upload.setAcceptedFileTypes(".gift", ".txt", "text/plain");
        upload.setMaxFileSize(1024 * 1024);
        upload.setDropLabel(new Span("or drop a .gift / .txt file here"));
        Div report = new Div();
        report.addClassName("gift-report");
        Button add = new Button("Add to the quiz draft");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(false);
        Button convert = new Button("Check the conversion", e -> {
            GiftConverter.Result r = gifts.check(gift.getValue());
            report.removeAll();
            report.add(giftReport(r));
            add.setText("Add " + r.converted().size() + (r.converted().size() == 1 ? " question" : " questions") + " to the quiz draft");
            add.setEnabled(!r.converted().isEmpty());
        });
        add.addClickListener(e -> {
            try {
                gifts.add(gift.getValue());
                d.close();
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

    /** Leaving with unsaved changes: save and leave, leave without saving, or stay. */
    static void leave(BeforeLeaveEvent.ContinueNavigationAction action, Consumer<Runnable> saveThen) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Leave without saving?");
        d.add(new Paragraph("You have changes that are not saved as a draft."));
        Button saveAndGo = new Button("Save draft and leave", e -> {
            d.close();
            saveThen.accept(action::proceed);
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
}
