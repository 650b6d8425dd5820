package org.sotcourseware.security;

import com.vaadin.flow.component.Component;

/**
 * The sign-in page: its route, and its view (package-private in {@code security.ui}), which that package hands to the
 * security configuration and to tests as this bean, so nothing outside it needs the view's class by name.
 */
public record LoginPage(Class<? extends Component> view) {

    /** The sign-in page's address. */
    public static final String ROUTE = "login";
}
