package org.sotcourseware.search.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search and glossary pages and how to reach them; the side navigation's "Glossary" entry. */
@Configuration
class SearchNavigation {

    static final String QUERY = "q";

    static Destination search(String query) {
        return Destination.of(SearchView.class).withQuery(QueryParameters.of(QUERY, query));
    }

    static Destination glossary() {
        return Destination.of(GlossaryView.class);
    }

    @Bean
    NavItem glossaryNavItem() {
        return new NavItem("search.nav.glossary", GlossaryView.class, VaadinIcon.OPEN_BOOK, 12, Set.of());
    }
}
