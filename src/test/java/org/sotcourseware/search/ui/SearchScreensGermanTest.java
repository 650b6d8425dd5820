package org.sotcourseware.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search and glossary pages in German, without a browser: the page speaks German, the curriculum's words (titles,
 * quotes, glossary terms and definitions) stay English inside elements marked {@code lang="en"}.
 */
@IntegrationTest
class SearchScreensGermanTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;

    @BeforeEach
    void student() {
        users.signIn(users.newStudent("search-de"));
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    /** Types the query into the page's field and presses the Search button, as a reader does. */
    private HasDynamicTitle search(String query) {
        navigate("search", Component.class);
        test($(TextField.class).withClassName("search-page-field").single()).setValue(query);
        test($(Button.class).withText("Suchen").single()).click();
        return (HasDynamicTitle) getCurrentView();
    }

    @Test
    void search_results_speak_german_around_english_titles_and_quotes() {
        HasDynamicTitle view = search("arm fossa test");

        assertThat(view.getPageTitle()).isEqualTo("arm fossa test · Suche · SOT Courseware");
        assertThat($(H1.class).single().getText()).isEqualTo("Suche");
        assertThat($(TextField.class).withClassName("search-page-field").single().getAriaLabel()).contains("Kursinhalte durchsuchen");
        assertThat($(Paragraph.class).withClassName("search-count").single().getText()).matches("\\d+ Treffer für „arm fossa test“.*");
        ListItem found = $(ListItem.class).withClassName("search-hit").all().stream().filter(li -> !li.hasClassName("is-locked")).findFirst().orElseThrow();
        assertThat(found.getElement().getChildren().findFirst().orElseThrow().getTextRecursively()).matches("(Glossar|Lektion).*");
        assertThat($(Anchor.class).withClassName("search-hit-title").first().getElement().getAttribute("lang")).isEqualTo("en");
        assertThat($(Html.class).first().getElement().getAttribute("lang")).isEqualTo("en");
        // Category Two is locked for a new student: its lessons show their title and what opens them, in German
        assertThat($(Paragraph.class).withClassName("search-locked").first().getText())
                .startsWith("Wird freigeschaltet, sobald Sie ").endsWith(" abgeschlossen haben.");
    }

    @Test
    void an_empty_search_and_no_results_speak_german() {
        HasDynamicTitle view = (HasDynamicTitle) navigate("search", Component.class);
        assertThat(view.getPageTitle()).isEqualTo("Suche · SOT Courseware");
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText()).startsWith("Geben Sie ein, wonach Sie suchen");
        search("xqzzyv");
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText()).startsWith("Keine Treffer für „xqzzyv“");
    }

    @Test
    void the_glossary_speaks_german_and_keeps_terms_and_definitions_english() {
        HasDynamicTitle view = (HasDynamicTitle) navigate("glossary", Component.class);

        assertThat(view.getPageTitle()).isEqualTo("Glossar · SOT Courseware");
        assertThat($(H1.class).single().getText()).isEqualTo("Glossar");
        assertThat($(TextField.class).withClassName("glossary-filter").single().getPlaceholder()).isEqualTo("Begriff finden");
        assertThat($(Paragraph.class).withClassName("search-count").single().getText()).matches("\\d+ Begriffe");
        Section first = $(Section.class).withClassName("glossary-entry").first();
        assertThat($(H2.class).withClassName("glossary-entry-term").first().getElement().getAttribute("lang")).isEqualTo("en");
        assertThat($(Paragraph.class).withClassName("glossary-entry-definition").first().getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(first.getElement().getTextRecursively()).contains("Quellen");
        assertThat($(Span.class).withClassName("glossary-entry-label").all()).extracting(Span::getText).contains("Quellen").doesNotContain("Sources");

        test($(TextField.class).withClassName("glossary-filter").single()).setValue("xqzzyv");
        assertThat($(Paragraph.class).withClassName("search-count").single().getText()).isEqualTo("Keine Begriffe zu „xqzzyv“");
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText()).startsWith("Kein Begriff passt zu „xqzzyv“");
    }
}
