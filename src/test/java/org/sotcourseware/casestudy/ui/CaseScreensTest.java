package org.sotcourseware.casestudy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.ui.ChoiceList;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The case screens without a browser, in German: the interface speaks German, the case texts stay English and say so. */
@IntegrationTest
class CaseScreensTest extends SpringBrowserlessTest {

    @Autowired CatalogueService catalogue;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void in_german_a_modules_cases_are_listed_in_german_with_their_titles_in_english() {
        users.signIn(users.newStudent("german-cases"));
        UI.getCurrent().setLocale(Locale.GERMAN);
        CaseListView view = navigate("modules/foundations/cases", CaseListView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Klinische Fälle");
        assertThat(view.getPageTitle()).startsWith("Fälle · ").endsWith(" · SOT Courseware");
        Div card = find(Div.class).withClassName("case-card").first();
        assertThat(card.getElement().getTextRecursively()).contains("Nicht begonnen", "bis zu");
        assertThat(find(H2.class).withClassName("case-card-title").first().getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(find(Anchor.class).withClassName("button-link").all()).extracting(Anchor::getText).contains("Fall beginnen");
    }

    @Test
    void in_german_a_case_is_worked_with_german_controls_and_english_case_texts() {
        users.signIn(users.newStudent("german-case-run"));
        UI.getCurrent().setLocale(Locale.GERMAN);
        CaseStudy cs = catalogue.module("foundations").orElseThrow().publishedCases().getFirst();
        navigate("modules/foundations/cases/" + cs.id(), CaseRunView.class);
        Div panel = find(Div.class).withClassName("case-run-panel").single();
        assertThat(panel.getElement().getTextRecursively()).contains("Klinischer Fall", "Fallvorstellung", "Abschnitt 1");
        assertThat(find(H1.class).single().getElement().getAttribute("lang")).isEqualTo("en");
        Div presentation = find(Div.class).withClassName("case-presentation").single();
        assertThat(presentation.getChildren().skip(1).map(c -> c.getElement().getAttribute("lang"))).containsOnly("en");
        assertThat(presentation.getChildren().findFirst().orElseThrow().getElement().getAttribute("lang")).isNull();

        // work the case to its end on the expert's path, and read the debrief in German
        for (int step = 0; step < 40 && find(Div.class).withClassName("case-debrief").all().isEmpty(); step++) {
            var lists = find(ChoiceList.class).all();
            if (!lists.isEmpty()) {
                String stageId = find(Div.class).withClassName("case-current").single().getElement().getAttribute("data-stage");
                CaseStudy.Decision d = cs.stage(stageId).orElseThrow().decision();
                d.options().stream().filter(CaseStudy.Option::ideal).forEach(o -> lists.getFirst().choose(o.id()));
                Button decide = find(Button.class).withClassName("case-decide").single();
                assertThat(decide.getText()).isIn("Entscheidung bestätigen", "Auswahl bestätigen");
                test(decide).click();
            } else {
                test(find(Button.class).withClassName("case-proceed").single()).click();
            }
        }
        Div debrief = find(Div.class).withClassName("case-debrief").single();
        assertThat(debrief.getElement().getTextRecursively()).contains("Nachbesprechung", "Ihr Weg", "Der Weg der Fachleute", "Punkte pro Entscheidung",
                "Neu beginnen");
        assertThat(find(Div.class).withClassName("case-debrief-text").single().getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(panel.getElement().getTextRecursively()).contains("Ihre Entscheidung").doesNotContain("Your decision");
    }
}
