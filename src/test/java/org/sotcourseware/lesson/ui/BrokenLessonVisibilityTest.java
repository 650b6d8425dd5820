package org.sotcourseware.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.ui.MissingView;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** A lesson with errors is hidden from students and shown with its problems to instructors. */
@IntegrationTest(properties = "sot.content.root=src/test/resources/fixtures/content-with-problems")
class BrokenLessonVisibilityTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("student")
    void a_student_does_not_see_a_broken_lesson() {
        navigate("modules/m", ModuleView.class);
        assertThat(find(Div.class).withClassName("module-main").single().getElement().getTextRecursively())
                .contains("A good lesson").doesNotContain("A broken lesson");
        navigate("modules/m/broken", MissingView.class);
    }

    @Test
    @WithUserDetails("instructor")
    void an_instructor_sees_the_broken_lesson_with_file_and_line() {
        navigate("modules/m", ModuleView.class);
        assertThat(find(Div.class).withClassName("module-main").single().getElement().getTextRecursively())
                .contains("A broken lesson").contains("Has errors");
        navigate("modules/m/broken", LessonView.class);
        assertThat(find(Div.class).withClassName("problem-box").single().getElement().getTextRecursively())
                .contains("m/lessons/02-broken.md:10: unknown callout '[!NOPE]'");
    }

    @Test
    @WithUserDetails("instructor")
    void an_instructor_reads_the_problems_in_german_with_the_same_file_and_line() {
        VaadinSession.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("modules/m", ModuleView.class);
        assertThat(find(Div.class).withClassName("module-main").single().getElement().getTextRecursively()).contains("Fehlerhaft");
        navigate("modules/m/broken", LessonView.class);
        assertThat(find(Div.class).withClassName("problem-box").single().getElement().getTextRecursively())
                .contains("Diese Lektion enthält Fehler").contains("Studierende sehen diesen Hinweis nicht")
                .contains("m/lessons/02-broken.md:10: unbekannte Hinweisbox '[!NOPE]'");
    }
}
