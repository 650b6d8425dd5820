package org.sotcourseware.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;

/**
 * Study tools that other features add to the reading pages (decision 010's shape): the notes feature adds
 * highlighting to a lesson and a "My notes" link, the handbook feature a PDF link to a module's page. The
 * lesson feature shows what every bean of this type returns, in {@link #order()}, without knowing the features.
 */
public interface StudyTools {

    /**
     * Components for an open lesson's page, shown above its text; {@code text} is the component that holds the
     * lesson's rendered HTML (a tool may script it, e.g. to paint highlights).
     */
    default List<Component> lessonTools(String moduleId, String lessonId, Component text) {
        return List.of();
    }

    /** Components for the page of a module that is open to the signed-in user. */
    default List<Component> moduleTools(String moduleId) {
        return List.of();
    }

    /** Position among the tools, lowest first. */
    int order();
}
