package org.sotcourseware.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.ui.MarkdownEditor;
import org.sotcourseware.exam.ui.StationPreview;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The editor on a practical station: the examiner's form as the preview, updated as the author types, and the station's problems with their lines. */
@IntegrationTest
@WithUserDetails("instructor")
class StationEditorPreviewTest extends SpringBrowserlessTest {

    static final String PATH = "category-one/practical/c1-station-neck-compaction.md";

    /** Types into the editor as the author would (a value change from the client). */
    static final class Typing extends ComponentTester<MarkdownEditor> {
        Typing(MarkdownEditor editor) {
            super(editor);
        }

        void type(String text) {
            setValueAsUser(text);
        }
    }

    @Test
    void a_station_is_previewed_as_the_examiners_form_with_items_marks_critical_items_and_the_rating_scale() {
        navigate("authoring/edit/" + PATH, EditorView.class);
        StationPreview form = $(StationPreview.class).single();
        String text = form.getElement().getTextRecursively();
        assertThat(text).contains("Examiner's form preview").contains("Category One: neck screen and the compaction test")
                .contains("8 minutes").contains("8 checklist items").contains("15 marks").contains("pass mark 11.25 of 15 (75%)").contains("3 critical")
                .contains("Candidate's task").contains("Examiner notes")
                .contains("States that a positional test cannot exclude a dissection").contains("2 marks · partial 1")
                .contains("Global rating").contains("borderline: safe decision, but the screen is incomplete");
        // the task and the notes as rendered Markdown (Html components carry their content as inner HTML)
        String rendered = String.join("\n", $(Html.class, form).all().stream().map(Html::getInnerHtml).toList());
        assertThat(rendered).contains("Mr Bertie Caldwell").contains("<strong>Script B (must not proceed)</strong>").contains("<ol>");
        assertThat($(NativeButton.class, form).all()).as("read-only").allMatch(b -> !b.isEnabled());
        // the item with marks=2 partial=1: the examiner's three buttons
        List<String> measures = $(NativeButton.class, form).all().stream().map(b -> b.getElement().getAttribute("aria-label"))
                .filter(l -> l != null && l.startsWith("Measures blood pressure")).toList();
        assertThat(measures).containsExactly("Measures blood pressure and screens cranial nerves and gait: 0 of 2 marks",
                "Measures blood pressure and screens cranial nerves and gait: 1 of 2 marks",
                "Measures blood pressure and screens cranial nerves and gait: 2 of 2 marks");
        assertThat(text.split("Critical", -1).length - 1).as("critical badges").isEqualTo(3);
        assertThat($(NativeButton.class, form).all().stream().map(NativeButton::getText).filter(t -> List.of("Fail", "Borderline", "Pass", "Good", "Excellent").contains(t)))
                .hasSize(5);
        assertThat(text).doesNotContain("cannot be used in an exam");
    }

    @Test
    void the_preview_follows_the_text_and_a_broken_station_shows_its_problem_with_its_line() {
        EditorView view = navigate("authoring/edit/" + PATH, EditorView.class);
        MarkdownEditor editor = $(MarkdownEditor.class).single();
        String original = editor.getValue();
        Typing typing = new Typing(editor);

        typing.type(original.replace("title: \"Category One: neck screen and the compaction test\"", "title: \"Neck screen before compaction\""));
        assertThat($(StationPreview.class).single().getElement().getTextRecursively()).contains("Neck screen before compaction");

        String broken = original.replace("Measures blood pressure and screens cranial nerves and gait {marks=2 partial=1}",
                "Measures blood pressure and screens cranial nerves and gait {marks=2 partial=3}");
        int line = Arrays.asList(broken.split("\n", -1)).indexOf("- Measures blood pressure and screens cranial nerves and gait {marks=2 partial=3}") + 1;
        assertThat(line).isGreaterThan(1);
        typing.type(broken);

        String problems = view.getElement().getTextRecursively();
        assertThat(problems).contains("line " + line).contains("partial mark 3 must be between 1 and 1");
        assertThat(editor.getDiagnostics()).anyMatch(d -> d.line() == line && d.message().contains("partial mark 3"));
        assertThat($(StationPreview.class).single().getElement().getTextRecursively()).contains("This station has 1 problem")
                .contains("cannot be used in an exam");

        typing.type(original.replace("## Checklist", "## Check list"));
        assertThat(view.getElement().getTextRecursively()).contains("Checklist").containsPattern("line \\d+");
    }
}
