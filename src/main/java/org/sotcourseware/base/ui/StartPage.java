package org.sotcourseware.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The page a member of staff lands on at the app's address instead of the student dashboard: contributed as a
 * bean by the navigation type of the feature that shows it, for users whose main role is {@code role} (the
 * shell forwards there). A student, and any role without a start page, keeps the dashboard.
 */
public record StartPage(String role, Class<? extends Component> view) {
}
