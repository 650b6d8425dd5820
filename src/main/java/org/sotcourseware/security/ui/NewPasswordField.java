package org.sotcourseware.security.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.sotcourseware.security.PasswordPolicy;

/**
 * A field for choosing a password, with a strength hint under it that follows the typing (estimated on the server
 * by {@link PasswordPolicy#hint}, a moment after the last key). The hint advises; the service refuses.
 */
public class NewPasswordField extends PasswordField {

    private final Div meter = new Div();
    private final Span hint = new Span();
    private List<String> personalWords = List.of();

    public NewPasswordField(String label) {
        super(label);
        addClassName("new-password");
        setMaxLength(PasswordPolicy.MAX_LENGTH);
        setValueChangeMode(ValueChangeMode.TIMEOUT);
        setValueChangeTimeout(250);
        getElement().setAttribute("autocomplete", "new-password"); // not UI text: an autofill token
        meter.addClassName("password-meter");
        meter.getElement().setAttribute("aria-hidden", "true");
        hint.addClassName("password-hint");
        Div helper = new Div(meter, hint);
        helper.addClassName("password-strength");
        setHelperComponent(helper);
        addValueChangeListener(e -> show());
        show();
    }

    /** Words an attacker would try first for this person: username, name, email. */
    public NewPasswordField withPersonalWords(List<String> words) {
        personalWords = words.stream().filter(w -> w != null && !w.isBlank()).toList();
        show();
        return this;
    }

    private void show() {
        PasswordPolicy.Hint h = PasswordPolicy.hint(getValue(), personalWords);
        meter.getElement().setAttribute("data-score", getValue().isEmpty() ? "" : String.valueOf(h.score()));
        hint.setText(h.text(getLocale()));
    }

    /** The hint shown now (for tests). */
    public String hintText() {
        return hint.getText();
    }
}
