package org.sotcourseware.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;

/**
 * Where a link or a button goes: a view class with its route parameters (and query parameters), never an
 * address built from strings. Each feature's navigation type makes the destinations of its own views.
 */
public record Destination(Class<? extends Component> view, RouteParameters parameters, QueryParameters query) {

    public static Destination of(Class<? extends Component> view) {
        return new Destination(view, RouteParameters.empty(), QueryParameters.empty());
    }

    public static Destination of(Class<? extends Component> view, RouteParameters parameters) {
        return new Destination(view, parameters, QueryParameters.empty());
    }

    public Destination withQuery(QueryParameters query) {
        return new Destination(view, parameters, query);
    }

    /** The address inside the app (relative, as router links use it), with the query when there is one. */
    public String href() {
        String path = RouteConfiguration.forSessionScope().getUrl(view, parameters);
        String q = query.getQueryString();
        return q.isEmpty() ? path : path + "?" + q;
    }

    /** Goes there in the current UI. */
    public void navigate() {
        UI.getCurrent().navigate(view, parameters, query);
    }
}
