package org.sotcourseware.base;

/**
 * A page of the app named by what it shows (a module, a student's record), not by its address: the typed
 * way one feature links to another feature's page. The feature that owns the page maps it to its view
 * ({@code base.ui.PlaceRoute}); a place is declared in the owner's API, or lower down when a feature below
 * the owner links to it (the quiz links back to its module's page, which the lesson feature shows).
 */
public interface Place {
}
