package org.sotcourseware.base.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import org.sotcourseware.base.Place;
import org.springframework.stereotype.Component;

/**
 * Links to other features' pages: resolves a {@link Place} to its {@link Destination} through the
 * {@link PlaceRoute}s the features contribute. Views inject it; links inside a feature use the feature's
 * own navigation type directly.
 */
@Component
public class Places {

    private final Map<Class<?>, PlaceRoute<?>> routes = new HashMap<>();

    Places(List<PlaceRoute<?>> routes) {
        routes.forEach(r -> {
            if (this.routes.put(r.place(), r) != null) {
                throw new IllegalStateException("two routes for " + r.place().getSimpleName());
            }
        });
    }

    public Destination of(Place place) {
        PlaceRoute<?> route = routes.get(place.getClass());
        if (route == null) {
            throw new IllegalArgumentException("no view shows " + place.getClass().getSimpleName());
        }
        return route.resolve(place);
    }

    public Anchor link(Place place, String text) {
        return Links.to(of(place), text);
    }

    public void navigate(Place place) {
        of(place).navigate();
    }
}
