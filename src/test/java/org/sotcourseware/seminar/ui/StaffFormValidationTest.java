package org.sotcourseware.seminar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.sotcourseware.seminar.SeminarReadModel;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The seminar and exam-result forms put each problem beside its field (Vaadin Binder), and save nothing until it is fixed. */
@IntegrationTest
class StaffFormValidationTest extends SpringBrowserlessTest {

    @Autowired SeminarService seminars;

    @Test
    @WithUserDetails("organiser")
    @SuppressWarnings("unchecked")
    void a_new_seminar_with_problems_shows_each_beside_its_field_and_is_not_created() {
        int before = seminars.list().size();
        navigate("organiser/seminars", Component.class);
        test($(Button.class).withText("New seminar").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withCaption("Title").single()).setValue("");
        IntegerField capacity = $(IntegerField.class, dialog).withCaption("Capacity").single();
        capacity.setValue(0); // as typed in the browser: the tester itself refuses values outside min and max
        NumberField hours = $(NumberField.class, dialog).withCaption("CE hours per day").single();
        hours.setValue(15.0);
        test($(Button.class, dialog).withText("Create seminar").single()).click();

        TextField title = $(TextField.class, dialog).withCaption("Title").single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the seminar a title.");
        assertThat(capacity.isInvalid()).isTrue();
        assertThat(capacity.getErrorMessage()).isEqualTo("Between 1 and 5000 places");
        assertThat(hours.getErrorMessage()).isEqualTo("More than 0 and at most 12 hours a day");
        CheckboxGroup<?> modules = $(CheckboxGroup.class, dialog).withCaption("Modules covered").single();
        assertThat(modules.getErrorMessage()).isEqualTo("Choose at least one module the seminar covers.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(seminars.list()).hasSize(before);
    }

    @Test
    @WithUserDetails("organiser")
    @SuppressWarnings("unchecked")
    void an_exam_result_of_150_or_minus_5_percent_is_explained_beside_the_field() {
        SeminarReadModel.Summary s = seminars.list().stream().filter(x -> x.enrolled() > 0).findFirst().orElseThrow();
        navigate("organiser/seminars/" + s.id().value(), Component.class);
        $(com.vaadin.flow.component.tabs.Tabs.class).single().setSelectedIndex(2); // "Exam results"
        test($(Button.class).withText("Record an exam result").single()).click();
        Dialog dialog = $(Dialog.class).single();
        ComboBox<SeminarReadModel.Participant> student = $(ComboBox.class, dialog).withCaption("Student").single();
        test(student).selectItem(student.getListDataView().getItem(0).person().name());
        NumberField written = $(NumberField.class, dialog).withCaption("Written exam %").single();
        NumberField practical = $(NumberField.class, dialog).withCaption("Practical exam %").single();
        written.setValue(150.0); // as typed in the browser: the tester itself refuses values outside min and max
        practical.setValue(-5.0);
        test($(Button.class, dialog).withText("Save result").single()).click();
        assertThat(written.isInvalid()).isTrue();
        assertThat(written.getErrorMessage()).isEqualTo("A percentage from 0 to 100");
        assertThat(practical.isInvalid()).isTrue();
        assertThat(practical.getErrorMessage()).isEqualTo("A percentage from 0 to 100");
        assertThat(dialog.isOpened()).isTrue();

        test(written).setValue(80.0);
        test(practical).setValue(75.0);
        assertThat(written.isInvalid()).isFalse();
        assertThat(practical.isInvalid()).isFalse();
    }
}
