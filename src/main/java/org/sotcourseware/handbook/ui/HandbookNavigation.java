package org.sotcourseware.handbook.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Translations;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.StudyTools;

/** The handbook page's route, and its link on every open module's page. */
@org.springframework.stereotype.Component
class HandbookNavigation implements StudyTools {

    static final String ROUTE = "handbook/:moduleId"; // not UI text: the route
    static final String MODULE_ID = "moduleId";

    @Override
    public List<Component> moduleTools(String moduleId) {
        var link = Links.to(org.sotcourseware.base.ui.Destination.of(HandbookView.class, new RouteParameters(MODULE_ID, moduleId)),
                Translations.text(Locales.current(), "handbook.link"));
        link.addClassName("handbook-link");
        return List.of(link);
    }

    @Override
    public int order() {
        return 20;
    }
}
