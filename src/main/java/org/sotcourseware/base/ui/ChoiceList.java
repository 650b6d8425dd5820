package org.sotcourseware.base.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * Options as native {@code <label><input type=radio|checkbox> text</label>} rows: the whole row is
 * clickable, the browser gives keyboard behaviour (arrow keys between radios, space to toggle) and screen
 * readers announce a real radio group or checkbox list. Each row carries its option id (a hash of the
 * option text, never its correctness). Used by quizzes and case decisions.
 */
public class ChoiceList extends Div {

    private final boolean multiple;
    private final Map<String, Element> inputs = new LinkedHashMap<>();
    private final Set<String> selected = new LinkedHashSet<>();
    private final Consumer<Set<String>> onChange;

    public ChoiceList(Map<String, String> htmlById, boolean multiple, Set<String> initial, boolean readOnly, String ariaLabel,
               Consumer<Set<String>> onChange) {
        this.multiple = multiple;
        this.onChange = onChange;
        addClassName("answer-choices");
        getElement().setAttribute("role", multiple ? "group" : "radiogroup");
        getElement().setAttribute("aria-label", ariaLabel);
        String name = "q-" + UUID.randomUUID();
        selected.addAll(initial);
        htmlById.forEach((id, html) -> {
            Element input = new Element("input");
            input.setAttribute("type", multiple ? "checkbox" : "radio");
            input.setAttribute("name", name);
            input.setAttribute("value", id);
            input.setProperty("checked", selected.contains(id));
            if (readOnly) {
                input.setAttribute("disabled", true);
            }
            Element text = new Element("span");
            text.setAttribute("class", "choice-label");
            text.setAttribute("data-option", id);
            text.setProperty("innerHTML", html); // sanitised by the one Markdown pipeline
            Element row = new Element("label");
            row.setAttribute("class", "choice-row");
            row.appendChild(input, text);
            getElement().appendChild(row);
            inputs.put(id, input);
        });
        // one listener for the list, reading what the browser says in the event itself: "checked" is never a synchronised
        // property, so the server never writes it back after construction. (An echo of a radio's state from an earlier round
        // trip could arrive after a keyboard user's next arrow key and check or uncheck a radio they had moved on from.)
        getElement().addEventListener("change", e -> {
                    String id = e.getEventData().get("event.target.value").asString();
                    if (inputs.containsKey(id)) {
                        clientChanged(id, e.getEventData().get("event.target.checked").asBoolean());
                    }
                })
                .addEventData("event.target.value")
                .addEventData("event.target.checked")
                .setFilter("event.target.localName === 'input'"); // not UI text: a script expression
    }

    private void clientChanged(String id, boolean checked) {
        if (multiple) {
            if (checked) {
                selected.add(id);
            } else {
                selected.remove(id);
            }
        } else if (checked) {
            selected.clear(); // the browser has unchecked the other radios itself
            selected.add(id);
        }
        onChange.accept(Set.copyOf(selected));
    }

    /** What a click on an option does (for tests without a browser). */
    public void choose(String id) {
        clientChanged(id, !multiple || !selected.contains(id));
    }

    public Set<String> selected() {
        return Set.copyOf(selected);
    }
}
