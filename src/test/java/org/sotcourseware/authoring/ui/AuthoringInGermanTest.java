package org.sotcourseware.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The authoring screens in German: headings, buttons and titles come from authoring_de.properties, no key is missing. */
@IntegrationTest
class AuthoringInGermanTest extends SpringBrowserlessTest {

    @BeforeEach
    void german() {
        VaadinSession.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    private Component view;

    private String page() {
        return view.getElement().getTextRecursively();
    }

    private void noMissingKeys() {
        assertThat(page()).doesNotContain("!authoring.");
    }

    @Test
    @WithUserDetails("instructor")
    void the_authoring_home_speaks_german() {
        view = navigate("authoring", Component.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Inhalte bearbeiten");
        assertThat($(Button.class).all().stream().map(Button::getText)).contains("Neue Lektion", "Bild hochladen", "Lektionen ordnen");
        assertThat(page()).contains("Module").contains("Export und Import").doesNotContain("New lesson");
        noMissingKeys();
    }

    @Test
    @WithUserDetails("instructor")
    void the_editor_speaks_german() {
        view = navigate("authoring/edit/category-one/lessons/01-category-one-model.md", Component.class);
        assertThat($(Button.class).all().stream().map(Button::getText)).contains("Entwurf speichern", "Veröffentlichen");
        assertThat($(Tab.class).all().stream().map(Tab::getLabel)).contains("Schreiben", "Vorschau");
        assertThat(page()).contains("Lektion · category-one/lessons/01-category-one-model.md").contains("Vorschau der Lektion");
        noMissingKeys();
    }

    @Test
    @WithUserDetails("instructor")
    void the_history_speaks_german_with_german_dates() {
        view = navigate("authoring/history/category-one/lessons/01-category-one-model.md", Component.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Verlauf von 01-category-one-model.md");
        assertThat($(H2.class).all().stream().map(H2::getText)).contains("Unterschiede");
        assertThat(page()).contains("Studierende sehen diese Version").containsPattern("\\d{1,2}\\.\u00a0\\p{L}{3,4}\\.? \\d{4}, \\d{2}:\\d{2}");
        noMissingKeys();
    }

    @Test
    @WithUserDetails("instructor")
    void item_analysis_speaks_german() {
        view = navigate("authoring/analysis/foundations", Component.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Aufgabenanalyse");
        assertThat($(RadioButtonGroup.class).single().getLabel()).isEqualTo("Gezählte Versuche");
        assertThat(page()).contains("Quiz: Foundations of SOT");
        noMissingKeys();
    }

    @Test
    @WithUserDetails("instructor")
    void export_and_import_speaks_german() {
        view = navigate("authoring/transfer", Component.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Export und Import");
        assertThat(page()).contains("Ganzes Curriculum herunterladen");
        noMissingKeys();
    }

    @Test
    @WithUserDetails("instructor")
    void the_teaching_start_page_speaks_german() {
        view = navigate("start/teaching", Component.class);
        assertThat(page()).contains("Lehrübersicht").contains("Noch nicht veröffentlichte Entwürfe").contains("Dateien mit Problemen");
        noMissingKeys();
    }

    @Test
    void the_legend_of_item_analysis_reads_in_german() {
        assertThat(ItemAnalysisView.legend().getElement().getText()).contains("Trennschärfe").contains("„–“");
    }
}
