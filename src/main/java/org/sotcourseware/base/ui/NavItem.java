package org.sotcourseware.base.ui;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An entry in the side navigation to a {@code view} (its label: the translation key {@code labelKey}), contributed as a Spring bean by the navigation type of
 * the feature that shows it, shown to users holding any of {@code roles} (empty: everyone signed in).
 */
public record NavItem(String labelKey, Class<? extends Component> view, VaadinIcon icon, int order, Set<String> roles) {

    public NavItem {
        roles = Set.copyOf(roles);
    }

    public Component iconComponent() {
        return icon.create();
    }
}
