package org.sotcourseware.authoring.ui;

import java.util.Locale;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.sotcourseware.authoring.AuthoringReadModel;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.Translations;
import org.sotcourseware.content.ContentDraft;
import org.sotcourseware.content.QuestionType;

/** The authoring screens' words outside a component (dialogs built by static helpers), in the current reader's language. */
final class Words {

    private Words() {
    }

    /** The text for {@code key} in the current UI's language. */
    static String t(String key, Object... args) {
        return Translations.text(Locales.current(), key, args);
    }

    /** Vaadin's upload texts (buttons, drop hint, errors, progress) in the current reader's language. */
    static Upload upload(Upload upload) {
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(t("authoring.upload.drop-one")).setMany(t("authoring.upload.drop-many")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(t("authoring.upload.add-one")).setMany(t("authoring.upload.add-many")))
                .setError(new UploadI18N.Error().setTooManyFiles(t("authoring.upload.too-many")).setFileIsTooBig(t("authoring.upload.too-big"))
                        .setIncorrectFileType(t("authoring.upload.wrong-type")))
                .setFile(new UploadI18N.File().setRetry(t("authoring.upload.retry")).setStart(t("authoring.upload.start"))
                        .setRemove(t("authoring.upload.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(t("authoring.upload.connecting"))
                                .setStalled(t("authoring.upload.stalled")).setProcessing(t("authoring.upload.processing"))
                                .setHeld(t("authoring.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t("authoring.upload.remaining"))
                                .setUnknown(t("authoring.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t("authoring.upload.server-unavailable"))
                                .setUnexpectedServerError(t("authoring.upload.server-error")).setForbidden(t("authoring.upload.forbidden"))
                                .setFileTooLarge(t("authoring.upload.too-big")))));
        return upload;
    }

    /** A message from a service in the current UI's language. */
    static String of(Message message) {
        return message.in(Locales.current());
    }

    /** A file kind's name ("Lesson", "Lektion"). */
    static String kind(ContentDraft.Kind kind) {
        return t("authoring.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    /** What made a revision ("Edited", "Rollback"); an origin this version does not know stays as stored. */
    static String origin(String origin) {
        return switch (origin) {
            case "DISK", "EDIT", "ROLLBACK", "IMPORT", "UPLOAD", "GIFT", "TEMPLATE", "DELETE", "RENAME", "REORDER", "ACCEPT" ->
                    t("authoring.origin." + origin.toLowerCase(Locale.ROOT));
            default -> origin;
        };
    }

    /** A question type's name ("Single choice", "Single Choice"). */
    static String questionType(QuestionType type) {
        return t("authoring.question-type." + type.key());
    }

    /** A file state's name ("Draft changes"). */
    static String state(AuthoringReadModel.State state) {
        return t("authoring.state." + state.name().toLowerCase(Locale.ROOT));
    }
}
