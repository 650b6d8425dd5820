package org.sotcourseware.base.ui;

import java.util.function.Function;

import org.sotcourseware.base.Place;

/**
 * How one kind of {@link Place} is reached: contributed as a bean by the navigation type of the feature
 * that shows it, so a feature links to a place without depending on the feature that owns the view.
 */
public record PlaceRoute<P extends Place>(Class<P> place, Function<P, Destination> destination) {

    public static <P extends Place> PlaceRoute<P> of(Class<P> place, Function<P, Destination> destination) {
        return new PlaceRoute<>(place, destination);
    }

    Destination resolve(Place p) {
        return destination.apply(place.cast(p));
    }
}
