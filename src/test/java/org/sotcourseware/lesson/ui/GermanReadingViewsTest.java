package org.sotcourseware.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The reading pages in German: the interface's words in German, the curriculum's texts marked as English. */
@IntegrationTest
class GermanReadingViewsTest extends SpringBrowserlessTest {

    @Autowired CatalogueService catalogue;
    @Autowired TestUsers users;

    @BeforeEach
    void german() {
        users.signIn(users.newStudent("german-reader"));
        VaadinSession.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void the_catalogue_speaks_german_and_marks_module_titles_as_english() {
        CatalogueView view = navigate(CatalogueView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Module");
        assertThat(view.getPageTitle()).isEqualTo("Module – SOT Courseware");
        var card = find(Anchor.class).withClassName("module-card").all().getFirst();
        assertThat(card.getElement().getTextRecursively()).contains("Modul 1").containsPattern("\\d+ Lektionen");
        assertThat(card.getElement().getOuterHTML()).contains("lang=\"en\"");
    }

    @Test
    void a_module_page_speaks_german_around_its_english_texts() {
        navigate("modules/foundations", ModuleView.class);
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Modul 1 von " + catalogue.curriculum().modules().size()).contains("Lektionen").contains("Ihr Fortschritt")
                .contains("Lernziele").contains("Mit Lektion 1 beginnen").doesNotContain("Your progress");
        assertThat(find(H1.class).single().getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(find(Div.class).withClassName("module-overview").single().getElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void a_locked_module_says_in_german_what_opens_it() {
        navigate("modules/category-one", ModuleView.class);
        assertThat(find(Div.class).withClassName("lock-panel").single().getElement().getTextRecursively())
                .startsWith("Dieses Modul wird freigeschaltet, sobald Sie Folgendes abgeschlossen haben:")
                .endsWith("Die Übersicht unten können Sie bereits lesen.");
    }

    @Test
    void a_lesson_reads_in_english_inside_the_german_page() {
        var module = catalogue.module("foundations").orElseThrow();
        var first = module.publishedLessons().getFirst();
        LessonView view = navigate("modules/foundations/" + first.id(), LessonView.class);
        Html lesson = find(Html.class).all().getFirst();
        assertThat(lesson.getElement().getAttribute("lang")).isEqualTo("en");
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Lektion 1 von " + module.publishedLessons().size()).contains("Weiter").contains("Als gelesen markieren");
        assertThat(view.getPageTitle()).isEqualTo(first.title() + " – SOT Courseware");
    }
}
