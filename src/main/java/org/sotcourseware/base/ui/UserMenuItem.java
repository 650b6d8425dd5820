package org.sotcourseware.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An entry in the user menu of the app shell (under the person's name), labelled by the translation key {@code labelKey}, contributed as a Spring bean by the
 * feature that owns the action; {@code action} runs when it is chosen (typically opens a dialog).
 */
public record UserMenuItem(String labelKey, VaadinIcon icon, int order, Runnable action) {
}
