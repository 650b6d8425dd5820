package org.sotcourseware.base.ui;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An entry in the side navigation, contributed by a feature as a Spring bean, shown to users holding
 * any of {@code roles} (empty: everyone signed in).
 */
public record NavItem(String label, String path, VaadinIcon icon, int order, Set<String> roles) {

    public NavItem {
        roles = Set.copyOf(roles);
    }

    public Component iconComponent() {
        return icon.create();
    }
}
