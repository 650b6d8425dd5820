package org.sotcourseware.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The certification box of the student's dashboard, contributed by the certification feature (which
 * depends on progress, so progress asks for it through this interface instead). Without one, the
 * dashboard shows the tracks' modules only.
 */
public interface TracksBoxProvider {

    /** A new box for the signed-in user. */
    Component create();
}
