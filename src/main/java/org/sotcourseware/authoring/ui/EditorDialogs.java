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

import static org.sotcourseware.authoring.ui.Words.t;

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
        d.setHeaderTitle(t("authoring.conflict.heading"));
        d.addClassName("conflict-dialog");
        d.add(new Paragraph(t("authoring.conflict.text", c.theirAuthor(), TIME.format(c.theirTime()))));
        d.add(DiffPanel.of(c.diff()));
        Button mine = new Button(t("authoring.conflict.keep-mine"), e -> {
            d.close();
            keepMine.run();
        });
        mine.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button theirs = new Button(t("authoring.conflict.take-theirs"), e -> {
            d.close();
            takeTheirs.run();
            Toasts.success(t("authoring.conflict.theirs-loaded"));
        });
        Button cancel = new Button(t("authoring.conflict.keep-editing"), e -> d.close());
        d.getFooter().add(cancel, theirs, mine);
        d.setWidth("min(900px, 96vw)");
        d.open();
    }

    /** Asks for the publish message, then runs {@code publish} with it. */
    static void confirmPublish(boolean deletion, boolean unsaved, Consumer<String> publish) {
        Dialog d = new Dialog();
        d.setHeaderTitle(t(deletion ? "authoring.publish.deletion-heading" : unsaved ? "authoring.publish.save-heading" : "authoring.publish.heading"));
        TextField message = new TextField(t("authoring.publish.message-label"));
        message.setMaxLength(TextLimits.REASON);
        message.setWidthFull();
        message.addClassName("publish-message");
        Button ok = new Button(t(unsaved && !deletion ? "authoring.publish.save-and-publish" : "authoring.publish.now"), e -> {
            d.close();
            publish.accept(message.getValue());
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm-publish");
        d.add(new Paragraph(t(unsaved && !deletion ? "authoring.publish.save-text" : "authoring.publish.text")), message);
        d.getFooter().add(new Button(t("authoring.action.cancel"), e -> d.close()), ok);
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
                Toasts.error(ex);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        d.getFooter().add(new Button(t("authoring.action.cancel"), e -> d.close()), ok);
        d.open();
    }

    /** Asks for a new title; {@code rename} refusing it (AuthoringException) keeps the dialog open with the reason. */
    static void rename(String currentTitle, Consumer<String> rename) {
        Dialog d = new Dialog();
        d.setHeaderTitle(t("authoring.rename.heading"));
        TextField name = new TextField(t("authoring.rename.new-title"));
        name.setMaxLength(TextLimits.NAME);
        name.setValue(currentTitle);
        name.setWidthFull();
        name.setHelperText(t("authoring.rename.helper"));
        Button ok = new Button(t("authoring.rename.action"), e -> {
            try {
                rename.accept(name.getValue());
                d.close();
            } catch (AuthoringException ex) {
                name.setInvalid(true);
                name.setErrorMessage(Words.of(ex.message()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(name);
        d.getFooter().add(new Button(t("authoring.action.cancel"), e -> d.close()), ok);
        d.setWidth("min(520px, 95vw)");
        d.open();
    }

    /** The content folder's version of a file beside the app's, as a diff. */
    static void incoming(AuthoringReadModel.Incoming in) {
        Dialog d = new Dialog();
        d.setHeaderTitle(t("authoring.incoming.heading"));
        d.add(new Paragraph(t("authoring.incoming.legend")), DiffPanel.of(in.diff()));
        d.getFooter().add(new Button(t("authoring.action.close"), x -> d.close()));
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
        d.setHeaderTitle(t("authoring.gift.heading"));
        TextArea gift = new TextArea(t("authoring.gift.text-label"));
        gift.setMaxLength(TextLimits.MARKDOWN_FILE);
        gift.setWidthFull();
        gift.setHeight("14rem");
        gift.setPlaceholder(t("authoring.gift.placeholder", "{", "}"));
        Upload upload = new Upload(Uploads.inMemory(1024 * 1024, (meta, bytes) ->
                ui.access(() -> gift.setValue(new String(bytes, StandardCharsets.UTF_8)))));
        Words.upload(upload);
        upload.setAcceptedFileTypes(".gift", ".txt", "text/plain");
        upload.setMaxFileSize(1024 * 1024);
        upload.setDropLabel(new Span(t("authoring.gift.drop-label")));
        Div report = new Div();
        report.addClassName("gift-report");
        Button add = new Button(t("authoring.gift.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(false);
        Button convert = new Button(t("authoring.gift.check"), e -> {
            GiftConverter.Result r = gifts.check(gift.getValue());
            report.removeAll();
            report.add(giftReport(r));
            add.setText(t("authoring.gift.add-count", r.converted().size()));
            add.setEnabled(!r.converted().isEmpty());
        });
        add.addClickListener(e -> {
            try {
                gifts.add(gift.getValue());
                d.close();
                Toasts.success(t("authoring.gift.added"));
            } catch (EditConflict c) {
                d.close();
                Toasts.error(t("authoring.gift.conflict", c.message()));
            } catch (AuthoringException ex) {
                Toasts.error(ex);
            }
        });
        d.add(new Paragraph(t("authoring.gift.help")), gift, upload, report);
        d.getFooter().add(new Button(t("authoring.action.cancel"), e -> d.close()), convert, add);
        d.setWidth("min(760px, 96vw)");
        d.open();
    }

    private static Component giftReport(GiftConverter.Result r) {
        Div box = new Div();
        box.add(new Paragraph(t("authoring.gift.summary", r.converted().size(), r.skipped().size(), r.notes().size())));
        UnorderedList list = new UnorderedList();
        r.converted().forEach(c -> list.add(new ListItem(t("authoring.gift.converted-line", c.line(), Words.questionType(c.type()), c.title(), c.id()))));
        r.skipped().forEach(s -> {
            ListItem li = new ListItem(t("authoring.gift.skipped-line", s.line(), s.why(), s.excerpt()));
            li.addClassName("gift-skipped");
            list.add(li);
        });
        r.notes().forEach(n -> {
            ListItem li = new ListItem(t("authoring.gift.note-line", n.line(), n.text()));
            li.addClassName("gift-note");
            list.add(li);
        });
        box.add(list);
        return box;
    }

    /** Leaving with unsaved changes: save and leave, leave without saving, or stay. */
    static void leave(BeforeLeaveEvent.ContinueNavigationAction action, Consumer<Runnable> saveThen) {
        Dialog d = new Dialog();
        d.setHeaderTitle(t("authoring.leave.heading"));
        d.add(new Paragraph(t("authoring.leave.text")));
        Button saveAndGo = new Button(t("authoring.leave.save"), e -> {
            d.close();
            saveThen.accept(action::proceed);
        });
        saveAndGo.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(t("authoring.leave.discard"), e -> {
            d.close();
            action.proceed();
        });
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        d.getFooter().add(new Button(t("authoring.leave.stay"), e -> d.close()), discard, saveAndGo);
        d.open();
    }
}
