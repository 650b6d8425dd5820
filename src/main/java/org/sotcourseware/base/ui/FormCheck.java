package org.sotcourseware.base.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.BindingValidationStatus;

/**
 * Field-level validation for the staff forms with Vaadin's {@link Binder}: each field's rule is bound to the field,
 * so its message shows next to it; {@link #validate} checks every field at once and puts the focus on the first
 * one in the form's order that needs fixing. The services check the same rules again: a form never replaces them.
 */
public final class FormCheck {

    private FormCheck() {
    }

    /** A binder for a form whose values are read from the fields directly (no bean). */
    public static Binder<Object> binder() {
        return new Binder<>();
    }

    /** Binds {@code field}'s validators; the binding only validates (no bean is read or written). */
    public static <V> Binder.BindingBuilder<Object, V> field(Binder<Object> binder, HasValue<?, V> field) {
        return binder.forField(field);
    }

    /**
     * The setter of a validation-only binding: it writes nothing. (A binding without a setter would make its field
     * read-only.)
     */
    public static <V> com.vaadin.flow.data.binder.Setter<Object, V> unused() {
        return (bean, value) -> { };
    }

    /** Every field checked, messages shown beside them; false (and the first field with an error focused) if any failed. */
    public static boolean validate(Binder<?> binder) {
        BinderValidationStatus<?> status = binder.validate();
        if (status.isOk()) {
            return true;
        }
        status.getFieldValidationErrors().stream().map(BindingValidationStatus::getField).filter(Focusable.class::isInstance).findFirst()
                .ifPresent(f -> ((Focusable<?>) f).focus());
        return false;
    }

    /** Messages for a number field's own checks (not a number, below min, above max), so it never turns red without words. */
    public static void explain(NumberField field, String range) {
        field.setI18n(new NumberField.NumberFieldI18n().setBadInputErrorMessage(field.getTranslation("base.form.enter-a-number"))
                .setMinErrorMessage(range).setMaxErrorMessage(range).setStepErrorMessage(range).setRequiredErrorMessage(range));
    }

    /** As {@link #explain(NumberField, String)} for whole numbers. */
    public static void explain(IntegerField field, String range) {
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(field.getTranslation("base.form.enter-a-whole-number"))
                .setMinErrorMessage(range).setMaxErrorMessage(range).setStepErrorMessage(range).setRequiredErrorMessage(range));
    }
}
