package org.sotcourseware.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A box another feature adds to the student's dashboard (progress owns the dashboard and knows none of them),
 * contributed as a Spring bean; the dashboard shows them by {@link #order()}, above its lower row. Spaced
 * review contributes "N due today" this way (decision 010).
 */
public interface DashboardBox {

    /** Position among the contributed boxes, lowest first. */
    int order();

    /** A new box for the signed-in user. */
    Component create();
}
