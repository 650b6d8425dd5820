package org.sotcourseware.base.ui;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ValueNode;

/**
 * A bar, line or doughnut chart (Chart.js in {@code <sot-chart>}). Colours default to the app's palette (teal,
 * sand, slate, muted red, green) and follow light and dark mode. The chart is an image with an accessible name
 * for screen readers, followed by a visually hidden table of the same figures.
 * <p>
 * The chart fills its width and the height given with {@link #setHeight(String)} (16rem when none is set).
 */
@Tag("sot-chart")
@JsModule("./components/sot-chart.ts")
@NpmPackage(value = "chart.js", version = "4.6.1")
public class Chart extends Component implements HasSize {

    /**
     * One data set: its name (legend, tooltip, table column), one value per label, and optionally a CSS colour
     * ({@code #1d5e66}, {@code var(--sot-sand)}, ...) instead of the next palette colour. Doughnut slices always
     * take palette colours.
     */
    public record Series(String label, List<? extends Number> values, @Nullable String color) {
        public Series {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
            for (Number value : values) {
                if (!Double.isFinite(value.doubleValue())) {
                    throw new IllegalArgumentException("Series '" + label + "' has a value that is not a finite number: " + value);
                }
            }
        }

        public Series(String label, List<? extends Number> values) {
            this(label, values, null);
        }
    }

    private enum Type {
        BAR, LINE, DOUGHNUT;

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Type type;
    private List<String> labels;
    private List<Series> series;
    private @Nullable String xTitle;
    private @Nullable String yTitle;
    private @Nullable String title;
    private boolean stacked;
    private boolean horizontal;

    private Chart(Type type, String ariaLabel, List<String> labels, List<Series> series) {
        this.type = type;
        this.labels = List.copyOf(labels);
        this.series = checkedSeries(this.labels, series);
        setAriaLabel(ariaLabel);
        send();
    }

    public static Chart bar(String ariaLabel, List<String> labels, List<Series> series) {
        return new Chart(Type.BAR, ariaLabel, labels, series);
    }

    public static Chart line(String ariaLabel, List<String> labels, List<Series> series) {
        return new Chart(Type.LINE, ariaLabel, labels, series);
    }

    public static Chart doughnut(String ariaLabel, List<String> labels, List<Series> series) {
        return new Chart(Type.DOUGHNUT, ariaLabel, labels, series);
    }

    /** Replaces the figures, keeping the chart's type and settings. */
    public void update(List<String> labels, List<Series> series) {
        List<String> checked = List.copyOf(labels);
        this.series = checkedSeries(checked, series);
        this.labels = checked;
        send();
    }

    /**
     * Titles of the category axis (the labels) and of the value axis, whichever way the bars run. Doughnuts have
     * no axes and ignore them. {@code null} leaves an axis untitled.
     */
    public void setAxisTitles(@Nullable String x, @Nullable String y) {
        this.xTitle = x;
        this.yTitle = y;
        send();
    }

    /** A visible title drawn above the chart ({@code null}: none; the page's heading usually says it). */
    public void setTitle(@Nullable String title) {
        this.title = title;
        send();
    }

    /** Stacks the series of a bar or line chart instead of drawing them side by side. */
    public void setStacked(boolean stacked) {
        this.stacked = stacked;
        send();
    }

    /** Draws bars (or lines) along the horizontal axis, categories down the side. */
    public void setHorizontal(boolean horizontal) {
        this.horizontal = horizontal;
        send();
    }

    /** The accessible name of the chart image and the caption of its data table. */
    public void setAriaLabel(String ariaLabel) {
        getElement().setProperty("label", Objects.requireNonNull(ariaLabel, "ariaLabel"));
    }

    public String getAriaLabel() {
        return getElement().getProperty("label", "");
    }

    public List<String> getLabels() {
        return labels;
    }

    public List<Series> getSeries() {
        return series;
    }

    private void send() {
        getElement().setPropertyJson("config", config());
    }

    /** The {@code config} property the element renders: {type, labels, datasets, xTitle?, yTitle?, ...}. */
    ObjectNode config() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode config = json.objectNode();
        config.put("type", type.json());
        ArrayNode labelArray = config.putArray("labels");
        labels.forEach(labelArray::add);
        ArrayNode datasets = config.putArray("datasets");
        for (Series s : series) {
            ObjectNode dataset = datasets.addObject();
            dataset.put("label", s.label());
            ArrayNode data = dataset.putArray("data");
            s.values().forEach(value -> data.add(numberNode(json, value)));
            if (s.color() != null) {
                dataset.put("color", s.color());
            }
        }
        if (xTitle != null) {
            config.put("xTitle", xTitle);
        }
        if (yTitle != null) {
            config.put("yTitle", yTitle);
        }
        if (title != null) {
            config.put("title", title);
        }
        if (stacked) {
            config.put("stacked", true);
        }
        if (horizontal) {
            config.put("horizontal", true);
        }
        return config;
    }

    private static ValueNode numberNode(JsonNodeFactory json, Number value) {
        return switch (value) {
            case Integer i -> json.numberNode(i);
            case Long l -> json.numberNode(l);
            case Short s -> json.numberNode(s);
            case Byte b -> json.numberNode(b);
            case BigDecimal d -> json.numberNode(d);
            case BigInteger b -> json.numberNode(b);
            default -> json.numberNode(value.doubleValue());
        };
    }

    private static List<Series> checkedSeries(List<String> labels, List<Series> series) {
        List<Series> copy = List.copyOf(series);
        for (Series s : copy) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("Series '" + s.label() + "' has " + s.values().size()
                        + " values for " + labels.size() + " labels");
            }
        }
        return copy;
    }
}
