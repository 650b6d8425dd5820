package org.sotcourseware.authoring.ui;

import java.util.Locale;

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
