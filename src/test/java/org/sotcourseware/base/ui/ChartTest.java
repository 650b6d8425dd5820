package org.sotcourseware.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.ui.Chart.Series;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON the Java wrapper hands to {@code <sot-chart>}; no browser, no Spring. */
class ChartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode config(Chart chart) {
        return (JsonNode) chart.getElement().getPropertyRaw("config");
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static Chart attempts() {
        return Chart.bar("Quiz attempts per module", List.of("Foundations", "Category One"),
                List.of(new Series("Passed", List.of(12, 9)), new Series("Failed", List.of(2, 4))));
    }

    @Test
    void a_bar_chart_sends_its_type_labels_and_series_as_the_config_property() {
        assertThat(config(attempts())).isEqualTo(json("""
                {'type': 'bar', 'labels': ['Foundations', 'Category One'],
                 'datasets': [{'label': 'Passed', 'data': [12, 9]}, {'label': 'Failed', 'data': [2, 4]}]}"""));
    }

    @Test
    void line_and_doughnut_charts_send_their_own_type() {
        List<Series> one = List.of(new Series("Students", List.of(3)));
        assertThat(config(Chart.line("Scores", List.of("W1"), one)).get("type").asString()).isEqualTo("line");
        assertThat(config(Chart.doughnut("Tracks", List.of("Cranial"), one)).get("type").asString()).isEqualTo("doughnut");
    }

    @Test
    void the_aria_label_is_the_label_property_of_the_element() {
        Chart chart = attempts();
        assertThat(chart.getElement().getProperty("label")).isEqualTo("Quiz attempts per module");
        chart.setAriaLabel("Attempts");
        assertThat(chart.getElement().getProperty("label")).isEqualTo("Attempts");
        assertThat(chart.getAriaLabel()).isEqualTo("Attempts");
    }

    @Test
    void axis_titles_title_stacking_and_direction_are_part_of_the_config() {
        Chart chart = attempts();
        chart.setAxisTitles("Module", "Attempts");
        chart.setTitle("Attempts so far");
        chart.setStacked(true);
        chart.setHorizontal(true);
        JsonNode config = config(chart);
        assertThat(config.get("xTitle").asString()).isEqualTo("Module");
        assertThat(config.get("yTitle").asString()).isEqualTo("Attempts");
        assertThat(config.get("title").asString()).isEqualTo("Attempts so far");
        assertThat(config.get("stacked").asBoolean()).isTrue();
        assertThat(config.get("horizontal").asBoolean()).isTrue();
    }

    @Test
    void settings_that_are_off_or_unset_are_left_out_of_the_config() {
        Chart chart = attempts();
        chart.setAxisTitles("Module", "Attempts");
        chart.setStacked(true);
        chart.setAxisTitles(null, null);
        chart.setStacked(false);
        assertThat(config(chart).propertyNames()).containsExactly("type", "labels", "datasets");
    }

    @Test
    void a_series_colour_is_sent_only_when_one_is_given() {
        Chart chart = Chart.line("Scores", List.of("W1", "W2"), List.of(
                new Series("Average", List.of(61.5, 66)),
                new Series("Pass mark", List.of(70, 70), "var(--sot-red)")));
        JsonNode datasets = config(chart).get("datasets");
        assertThat(datasets.get(0).has("color")).isFalse();
        assertThat(datasets.get(1).get("color").asString()).isEqualTo("var(--sot-red)");
    }

    @Test
    void whole_and_decimal_values_keep_their_exact_value() {
        Chart chart = Chart.bar("Mixed", List.of("a", "b", "c", "d"),
                List.of(new Series("Values", List.of(3, 61.5, 7_000_000_000L, new BigDecimal("0.125")))));
        JsonNode data = config(chart).get("datasets").get(0).get("data");
        assertThat(data.get(0).isIntegralNumber()).isTrue();
        assertThat(data.get(0).asInt()).isEqualTo(3);
        assertThat(data.get(1).asDouble()).isEqualTo(61.5);
        assertThat(data.get(2).asLong()).isEqualTo(7_000_000_000L);
        assertThat(data.get(3).decimalValue()).isEqualByComparingTo("0.125");
    }

    @Test
    void update_replaces_labels_and_series_and_keeps_the_settings() {
        Chart chart = attempts();
        chart.setStacked(true);
        chart.update(List.of("Cranial"), List.of(new Series("Passed", List.of(5))));
        assertThat(config(chart)).isEqualTo(json("""
                {'type': 'bar', 'labels': ['Cranial'], 'datasets': [{'label': 'Passed', 'data': [5]}],
                 'stacked': true}"""));
        assertThat(chart.getLabels()).containsExactly("Cranial");
    }

    @Test
    void a_series_whose_value_count_differs_from_the_labels_is_rejected_with_a_clear_message() {
        assertThatThrownBy(() -> Chart.bar("Attempts", List.of("A", "B", "C"), List.of(new Series("Passed", List.of(1, 2)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Series 'Passed' has 2 values for 3 labels");
    }

    @Test
    void a_rejected_update_leaves_the_chart_as_it_was() {
        Chart chart = attempts();
        JsonNode before = config(chart).deepCopy();
        assertThatThrownBy(() -> chart.update(List.of("Only one"), List.of(new Series("Passed", List.of(1, 2)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(config(chart)).isEqualTo(before);
        assertThat(chart.getLabels()).containsExactly("Foundations", "Category One");
    }

    @Test
    void values_that_are_not_finite_numbers_are_rejected() {
        assertThatThrownBy(() -> new Series("Broken", List.of(1.0, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Broken'");
        assertThatThrownBy(() -> new Series("Broken", List.of(Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void later_changes_to_the_callers_lists_do_not_change_the_chart() {
        List<String> labels = new ArrayList<>(List.of("A"));
        List<Integer> values = new ArrayList<>(List.of(1));
        Chart chart = Chart.bar("Copy", labels, List.of(new Series("S", values)));
        labels.add("B");
        values.add(2);
        assertThat(chart.getLabels()).containsExactly("A");
        assertThat(chart.getSeries().getFirst().values()).isEqualTo(List.of(1));
    }

    @Test
    void the_element_is_sot_chart_loaded_from_the_frontend_folder_with_a_pinned_chart_js() {
        Chart chart = Chart.bar("Empty", List.of(), List.of());
        assertThat(chart.getElement().getTag()).isEqualTo("sot-chart");
        assertThat(Chart.class.getAnnotation(JsModule.class).value()).isEqualTo("./components/sot-chart.ts");
        NpmPackage npm = Chart.class.getAnnotation(NpmPackage.class);
        assertThat(npm.value()).isEqualTo("chart.js");
        assertThat(npm.version()).matches("\\d+\\.\\d+\\.\\d+");
    }
}
