package org.sotcourseware.exam.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.sotcourseware.exam.ExamService;
import org.sotcourseware.exam.PracticalExams;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The organiser's exam page on the demo exam (results, standards, a correction through the dialog) and a candidate's feedback page. */
@IntegrationTest
class ExamScreensTest extends SpringBrowserlessTest {

    @Autowired ExamService exams;

    @Test
    @WithUserDetails("organiser")
    @SuppressWarnings("unchecked")
    void the_organiser_reads_the_results_and_standards_and_corrects_a_sheet_with_a_reason() {
        // the demo exam (other tests in the shared context add exams of their own)
        PracticalExams.Summary demo = exams.list().stream().filter(e -> e.seminarTitle().startsWith("Proficiency weekend")).findFirst().orElseThrow();
        ExamView view = navigate("organiser/exams/" + demo.id().value(), ExamView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Results released").contains(demo.title()).contains("Cronbach's alpha");
        assertThat($(Button.class).withClassName("release-results").all()).as("released: no release button").isEmpty();
        int before = exams.results(demo.id()).corrections().size();

        test($(Tabs.class).single()).select(1);
        assertThat(view.getElement().getTextRecursively()).contains("Cut score").contains("R²").contains("kappa");
        test($(Tabs.class).single()).select(0);

        // open the first sheet and change its global rating, with a reason
        NativeButton chip = $(NativeButton.class).withClassName("sheet-chip").first();
        test(chip).click();
        Select<String> what = (Select<String>) $(Select.class).withCaption("Change").single();
        test(what).selectItem("Global rating");
        Select<Integer> value = (Select<Integer>) $(Select.class).withCaption("New value").single();
        test(value).selectItem("Good");
        test($(TextArea.class).withCaption("Reason (recorded and audited)").single()).setValue("Rating entered on the wrong row");
        test($(Button.class).withText("Save change").single()).click();
        PracticalExams.Results after = exams.results(demo.id());
        assertThat(after.corrections()).hasSize(before + 1);
        assertThat(after.corrections().getLast().reason()).isEqualTo("Rating entered on the wrong row");
        assertThat(after.corrections().getLast().newValue()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("demo-farah")
    void a_candidate_reads_their_released_results_station_by_station() {
        FeedbackView view = navigate(FeedbackView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Proficiency practical exam (OSCE)").contains("practical result recorded").contains("global rating");
    }

    @Test
    @WithUserDetails("student")
    void a_student_without_released_results_is_told_so() {
        assertThat(navigate(FeedbackView.class).getElement().getTextRecursively()).contains("No released practical exam results yet.");
    }

    @Test
    @WithUserDetails("organiser")
    void an_organiser_reading_german_gets_the_exam_list_results_and_standards_in_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        ExamsView list = navigate(ExamsView.class);
        assertThat(list.getElement().getTextRecursively()).contains("Praktische Prüfungen").contains("Neue praktische Prüfung")
                .contains("Ergebnisse freigegeben").doesNotContain("Practical exams");
        assertThat(list.getPageTitle()).isEqualTo("Praktische Prüfungen · SOT Courseware");

        PracticalExams.Summary demo = exams.list().stream().filter(e -> e.seminarTitle().startsWith("Proficiency weekend")).findFirst().orElseThrow();
        ExamView view = navigate("organiser/exams/" + demo.id().value(), ExamView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Ergebnisse freigegeben").contains("Cronbachs Alpha")
                .contains("Ablaufplan (PDF)").contains("Prüfling").contains("Bestanden").doesNotContain("Release").doesNotContain("!exam.");
        test($(Tabs.class).single()).select(1);
        assertThat(view.getElement().getTextRecursively()).contains("Bestehensgrenze").contains("Kappa").contains("gewichtet")
                .doesNotContain("Cut score");
        test($(Tabs.class).single()).select(3);
        assertThat(view.getElement().getTextRecursively()).doesNotContain("!exam.");
    }

    @Test
    @WithUserDetails("demo-farah")
    void a_candidate_reading_german_gets_feedback_and_its_pdf_in_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        FeedbackView view = navigate(FeedbackView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Meine Prüfungen").contains("Globalbewertung").contains("Bestehensgrenze")
                .contains("Als PDF herunterladen").doesNotContain("global rating");
        PracticalExams.Feedback f = exams.myFeedback().getFirst();
        assertThat(pdfText(exams.myFeedbackPdf(f.exam(), Locale.GERMAN))).contains("Rückmeldung zur praktischen Prüfung")
                .contains("Globalbewertung");
    }

    @Test
    @WithUserDetails("instructor")
    void an_examiner_reading_german_gets_the_examining_page_in_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        ExaminerView view = navigate(ExaminerView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Prüfen").contains("Ihre Stationen in praktischen Prüfungen")
                .contains("2 Stunden");
    }

    static String pdfText(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
