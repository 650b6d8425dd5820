package org.sotcourseware.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.DisabledUpdateMode;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.ui.MarkdownEditor.Diagnostic;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the Java wrapper puts on {@code <sot-markdown-editor>} and takes back from it; no browser, no Spring. */
class MarkdownEditorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MarkdownEditor editor = new MarkdownEditor("Lesson source");
    private final List<ComponentValueChangeEvent<MarkdownEditor, String>> events = new ArrayList<>();

    {
        editor.addValueChangeListener(events::add);
    }

    /** What Flow does when the browser reports a new value with the synchronised event. */
    private void typedInTheBrowser(String value) {
        try {
            ElementPropertyMap.getModel(editor.getElement().getNode()).deferredUpdateFromClient("value", value).run();
        } catch (Exception e) {
            throw new AssertionError("The browser may not update 'value'", e);
        }
    }

    private JsonNode diagnostics() {
        return (JsonNode) editor.getElement().getPropertyRaw("diagnostics");
    }

    @Test
    void a_new_editor_is_empty_and_shows_no_problems() {
        assertThat(editor.getValue()).isEmpty();
        assertThat(editor.isEmpty()).isTrue();
        assertThat(editor.getElement().getProperty("value", "")).isEmpty();
        assertThat(diagnostics()).isEqualTo(JSON.readTree("[]"));
    }

    @Test
    void a_value_set_on_the_server_is_the_value_property_of_the_element() {
        editor.setValue("# Title\n\nText\n");
        assertThat(editor.getElement().getProperty("value")).isEqualTo("# Title\n\nText\n");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.isFromClient()).isFalse());
    }

    @Test
    void text_typed_in_the_browser_becomes_the_value_as_a_change_from_the_client() {
        editor.setValue("# Draft");
        events.clear();
        typedInTheBrowser("# Draft\n\nMore");
        assertThat(editor.getValue()).isEqualTo("# Draft\n\nMore");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.isFromClient()).isTrue();
            assertThat(e.getOldValue()).isEqualTo("# Draft");
            assertThat(e.getValue()).isEqualTo("# Draft\n\nMore");
        });
    }

    @Test
    void the_value_is_synchronised_when_the_element_fires_value_changed() {
        ElementListenerMap listeners = editor.getElement().getNode().getFeature(ElementListenerMap.class);
        assertThat(listeners.getPropertySynchronizationMode("value")).isEqualTo(DisabledUpdateMode.ONLY_WHEN_ENABLED);
        // the event carries the element's value property to the server
        assertThat(listeners.getExpressions("value-changed")).anySatisfy(e -> assertThat(e).endsWith("value"));
    }

    @Test
    void the_same_text_coming_back_from_the_browser_is_not_a_change() {
        editor.setValue("Same");
        events.clear();
        typedInTheBrowser("Same");
        assertThat(events).isEmpty();
    }

    @Test
    void read_only_is_the_readonly_property_of_the_element() {
        editor.setReadOnly(true);
        assertThat(editor.getElement().getProperty("readonly", false)).isTrue();
        assertThat(editor.isReadOnly()).isTrue();
        editor.setReadOnly(false);
        assertThat(editor.getElement().getProperty("readonly", true)).isFalse();
    }

    @Test
    void diagnostics_are_sent_as_line_message_and_severity() {
        editor.setDiagnostics(List.of(Diagnostic.error(3, "title: must not be empty"), Diagnostic.warning(10, "Long line")));
        assertThat(diagnostics()).isEqualTo(JSON.readTree("""
                [{"line": 3, "message": "title: must not be empty", "severity": "error"},
                 {"line": 10, "message": "Long line", "severity": "warning"}]"""));
        assertThat(editor.getDiagnostics()).extracting(Diagnostic::line).containsExactly(3, 10);
    }

    @Test
    void new_diagnostics_replace_the_previous_set_and_an_empty_list_clears_them() {
        editor.setDiagnostics(List.of(Diagnostic.error(1, "a"), Diagnostic.error(2, "b")));
        editor.setDiagnostics(List.of(new Diagnostic(7, "c", false)));
        assertThat(diagnostics()).hasSize(1);
        assertThat(diagnostics().get(0).get("line").asInt()).isEqualTo(7);
        editor.setDiagnostics(List.of());
        assertThat(diagnostics()).isEmpty();
        assertThat(editor.getDiagnostics()).isEmpty();
    }

    @Test
    void lines_are_counted_from_one() {
        assertThatThrownBy(() -> Diagnostic.error(0, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Diagnostic line must be 1 or more, was 0");
        assertThatThrownBy(() -> editor.goToLine(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Line must be 1 or more, was 0");
    }

    @Test
    void the_aria_label_is_the_label_property_and_can_be_removed() {
        assertThat(editor.getElement().getProperty("label")).isEqualTo("Lesson source");
        editor.setAriaLabel("Quiz source");
        assertThat(editor.getElement().getProperty("label")).isEqualTo("Quiz source");
        assertThat(editor.getAriaLabel()).contains("Quiz source");
        editor.setAriaLabel(null);
        assertThat(editor.getElement().hasProperty("label")).isFalse();
        assertThat(editor.getAriaLabel()).isEmpty();
    }

    @Test
    void the_height_set_from_java_is_the_hosts_height() {
        editor.setHeight("24rem");
        assertThat(editor.getElement().getStyle().get("height")).isEqualTo("24rem");
    }

    @Test
    void the_element_is_sot_markdown_editor_loaded_from_the_frontend_folder_with_pinned_packages() {
        assertThat(editor.getElement().getTag()).isEqualTo("sot-markdown-editor");
        assertThat(MarkdownEditor.class.getAnnotation(JsModule.class).value()).isEqualTo("./components/sot-markdown-editor.ts");
        NpmPackage[] packages = MarkdownEditor.class.getAnnotationsByType(NpmPackage.class);
        assertThat(packages).extracting(NpmPackage::value)
                .contains("@codemirror/view", "@codemirror/state", "@codemirror/lang-markdown", "@codemirror/lint");
        assertThat(packages).allSatisfy(p -> assertThat(p.version()).matches("\\d+\\.\\d+\\.\\d+"));
    }
}
