package org.sotcourseware.certification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.sotcourseware.certification.CertificationService;
import org.sotcourseware.certification.ProgressMatrix;
import org.sotcourseware.certification.TrackRules;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The matrix screen: filters narrow the rows, and the CSV holds exactly the rows shown, made safe for spreadsheets. */
@IntegrationTest
class MatrixViewTest extends SpringBrowserlessTest {

    @Autowired CertificationService certification;

    @Test
    @WithUserDetails("organiser")
    @SuppressWarnings("unchecked")
    void search_and_track_status_filter_the_rows_and_the_csv_has_exactly_those_rows() {
        MatrixView view = navigate(MatrixView.class);
        Grid<ProgressMatrix.Row> grid = (Grid<ProgressMatrix.Row>) $(Grid.class).single();
        int everyone = grid.getListDataView().getItemCount();
        assertThat(everyone).isGreaterThan(3);

        TextField search = $(TextField.class).withCaption("Search").single();
        test(search).setValue("gabriel");
        assertThat(grid.getListDataView().getItems().map(ProgressMatrix.Row::name).toList()).containsExactly("Gabriel Silva");
        String csv = new String(view.csv(), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(2); // header and one row
        assertThat(csv).contains("Gabriel Silva").doesNotContain("Farah");

        test(search).setValue("");
        Select<String> track = (Select<String>) $(Select.class).withCaption("Track").single();
        test(track).selectItem("SOT Proficiency");
        Select<String> status = (Select<String>) $(Select.class).withCaption("Status").single();
        test(status).selectItem("Certified");
        // the demo certifies Farah; another test in the shared context may certify someone too, so the
        // expectation is every student the service says holds a valid Proficiency certificate, and nobody else
        ProgressMatrix all = certification.matrix(null);
        String proficiency = all.tracks().stream().filter(t -> t.title().equals("SOT Proficiency")).findFirst().orElseThrow().id();
        List<String> certified = all.rows().stream().filter(r -> r.tracks().get(proficiency).status() == TrackRules.Status.CERTIFIED)
                .map(ProgressMatrix.Row::name).toList();
        assertThat(certified).contains("Farah Haddad").hasSizeLessThan(everyone);
        assertThat(grid.getListDataView().getItems().map(ProgressMatrix.Row::name).toList()).containsExactlyInAnyOrderElementsOf(certified);
        assertThat(new String(view.csv(), StandardCharsets.UTF_8)).contains("Farah Haddad").contains("Certified");
    }

    @Test
    @WithUserDetails("organiser")
    @SuppressWarnings("unchecked")
    void filters_are_independent_and_an_empty_result_says_so_and_disables_export() {
        navigate(MatrixView.class);
        Grid<ProgressMatrix.Row> grid = (Grid<ProgressMatrix.Row>) $(Grid.class).single();
        Select<MatrixView.StatusChoice> status = (Select<MatrixView.StatusChoice>) $(Select.class).withCaption("Status").single();
        // Eligible and Certified are there with every track shown, and mean "in any track"
        assertThat(status.getListDataView().getItems().map(MatrixView.StatusChoice::label).toList()).contains("Certified", "Eligible");
        test(status).selectItem("Certified");
        assertThat(grid.getListDataView().getItems().map(ProgressMatrix.Row::name).toList()).contains("Farah Haddad")
                .allSatisfy(n -> assertThat(n).isNotBlank());
        assertThat(grid.getListDataView().getItems().toList()).allMatch(r -> !MatrixView.pinned(r, TrackRules.Status.CERTIFIED).isEmpty());
        // changing the track keeps the status
        Select<Object> track = (Select<Object>) (Select<?>) $(Select.class).withCaption("Track").single();
        test(track).selectItem("SOT Proficiency");
        assertThat(status.getValue().label()).isEqualTo("Certified");

        TextField search = $(TextField.class).withCaption("Search").single();
        test(search).setValue("nobody-has-this-name");
        assertThat(grid.isVisible()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all().stream().filter(p -> p.hasClassName("empty-state"))
                .filter(com.vaadin.flow.component.Component::isVisible).findFirst().orElseThrow().getText()).startsWith("No students match these filters.");
        com.vaadin.flow.component.html.Anchor export = $(com.vaadin.flow.component.html.Anchor.class).all().stream()
                .filter(a -> a.hasClassName("matrix-export")).findFirst().orElseThrow();
        assertThat(export.isEnabled()).isFalse();
        test(search).setValue("");
        assertThat(export.isEnabled()).isTrue();
        assertThat(grid.isVisible()).isTrue();
    }
}
