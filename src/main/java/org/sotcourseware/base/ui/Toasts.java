package org.sotcourseware.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.Translatable;

/** Short confirmations and plain-words errors at the bottom of the screen. */
public final class Toasts {

    private Toasts() {
    }

    /** A confirmation; error toasts still open from earlier tries are closed first (they no longer apply). */
    public static void success(String message) {
        clearErrors();
        Notification n = Notification.show(message, 3500, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Closes the error toasts still showing in the current UI. */
    public static void clearErrors() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        ui.getChildren().filter(Notification.class::isInstance).map(Notification.class::cast)
                .filter(n -> n.getThemeNames().contains(NotificationVariant.LUMO_ERROR.getVariantName())).toList().forEach(Notification::close);
    }

    /**
     * The refusal of a service in the reader's language: the {@link Translatable} exception's message, or the plain
     * text of any other exception.
     */
    public static void error(RuntimeException refusal) {
        error(refusal instanceof Translatable t ? t.message().in(Locales.current()) : String.valueOf(refusal.getMessage()));
    }

    /** A confirmation given as words to translate. */
    public static void success(Message message) {
        success(message.in(Locales.current()));
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 7000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
