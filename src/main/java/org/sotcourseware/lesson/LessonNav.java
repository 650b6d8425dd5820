package org.sotcourseware.lesson;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.sotcourseware.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reading entries of the side navigation. */
@Configuration
class LessonNav {

    @Bean
    NavItem modulesNavItem() {
        return new NavItem("Modules", "modules", VaadinIcon.BOOK, 10, Set.of());
    }
}
