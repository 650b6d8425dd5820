package org.sotcourseware.certification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.sotcourseware.certification.CertificationService;
import org.sotcourseware.certification.ProgressMatrix;
import org.sotcourseware.certification.TrackRules;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** "Award certificate" is disabled, with the reason beside it, on every track a student does not meet; enabled where they do. */
@IntegrationTest
class AwardButtonTest extends SpringBrowserlessTest {

    @Autowired CertificationService certification;

    @Test
    @WithUserDetails("organiser")
    void the_award_button_is_disabled_with_the_missing_requirements_on_tracks_the_student_fails() {
        ProgressMatrix matrix = certification.matrix(null);
        ProgressMatrix.Row row = matrix.rows().stream()
                .filter(r -> r.tracks().values().stream().anyMatch(e -> !e.eligible() && e.current() == null)).findFirst().orElseThrow();
        navigate("organiser/students/" + row.id().value(), Component.class);
        int checked = 0;
        for (TrackRules.Evaluation e : row.tracks().values()) {
            if (e.current() != null) {
                continue; // a held certificate has no award button
            }
            Div card = $(Div.class).all().stream().filter(d -> e.track().id().equals(d.getElement().getAttribute("data-track"))
                    && d.hasClassName("record-track")).findFirst().orElseThrow();
            Button award = $(Button.class, card).withText("Award certificate").single();
            assertThat(award.isEnabled()).as(e.track().title()).isEqualTo(e.eligible());
            String text = card.getElement().getTextRecursively();
            if (!e.eligible()) {
                assertThat(text).contains("Cannot be awarded yet").contains((e.missing().getFirst().kind() == TrackRules.Kind.TRACK
                        ? e.missing().getFirst().text() : e.missing().getFirst().figure()).english());
                assertThat(award.getElement().getAttribute("aria-describedby")).isEqualTo("award-why-" + e.track().id());
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }
}
