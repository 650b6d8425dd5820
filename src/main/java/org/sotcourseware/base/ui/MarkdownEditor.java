package org.sotcourseware.base.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Markdown source editor (CodeMirror 6 in {@code <sot-markdown-editor>}): syntax highlighting, line numbers,
 * undo and redo, search and replace (Ctrl/Cmd-F), bracket matching, line wrapping and problem markers per line.
 * <p>
 * The value is the whole document. The browser sends it about 400 ms after the author stops typing and when
 * the editor loses focus, so a value-change listener sees each pause, not each key. Setting the value from the
 * server replaces the document (and its undo history) without echoing an event back.
 * <p>
 * Keyboard: Tab indents; Escape then Tab moves focus on, so the editor never traps the keyboard. Give the
 * editor a height ({@link #setHeight(String)}); it fills it and scrolls inside.
 */
@Tag("sot-markdown-editor")
@JsModule("./components/sot-markdown-editor.ts")
@NpmPackage(value = "@codemirror/state", version = "6.7.6")
@NpmPackage(value = "@codemirror/view", version = "6.44.2")
@NpmPackage(value = "@codemirror/commands", version = "6.11.2")
@NpmPackage(value = "@codemirror/language", version = "6.13.1")
@NpmPackage(value = "@codemirror/search", version = "6.7.2")
@NpmPackage(value = "@codemirror/lint", version = "6.9.8")
@NpmPackage(value = "@codemirror/lang-markdown", version = "6.5.2")
@NpmPackage(value = "@lezer/markdown", version = "1.8.2")
@NpmPackage(value = "@lezer/highlight", version = "1.2.5")
public class MarkdownEditor extends AbstractSinglePropertyField<MarkdownEditor, String> implements HasSize {

    /**
     * A problem to show on one line: the line is underlined, the gutter gets a marker, and the message appears
     * on hover. Lines are 1-based; a line past the end of the document is shown on the last line.
     */
    public record Diagnostic(int line, String message, boolean error) {
        public Diagnostic {
            if (line < 1) {
                throw new IllegalArgumentException("Diagnostic line must be 1 or more, was " + line);
            }
            Objects.requireNonNull(message, "message");
        }

        public static Diagnostic error(int line, String message) {
            return new Diagnostic(line, message, true);
        }

        public static Diagnostic warning(int line, String message) {
            return new Diagnostic(line, message, false);
        }
    }

    private List<Diagnostic> diagnostics = List.of();
    private @Nullable String ariaLabel;

    public MarkdownEditor() {
        super("value", "", false);
        // the element's own event: fired after a pause in typing and on blur
        setSynchronizedEvent("value-changed");
        getElement().setPropertyJson("diagnostics", JsonNodeFactory.instance.arrayNode());
    }

    public MarkdownEditor(String ariaLabel) {
        this();
        setAriaLabel(ariaLabel);
    }

    /**
     * Scrolls line {@code line} (1-based) into view, puts the cursor at its start and focuses the editor. A line
     * past the end goes to the last line.
     */
    public void goToLine(int line) {
        if (line < 1) {
            throw new IllegalArgumentException("Line must be 1 or more, was " + line);
        }
        getElement().callJsFunction("goToLine", line);
    }

    /** Replaces the problems shown in the editor; an empty list clears them. */
    public void setDiagnostics(List<Diagnostic> diagnostics) {
        this.diagnostics = List.copyOf(diagnostics);
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Diagnostic diagnostic : this.diagnostics) {
            ObjectNode item = array.addObject();
            item.put("line", diagnostic.line());
            item.put("message", diagnostic.message());
            item.put("severity", diagnostic.error() ? "error" : "warning");
        }
        getElement().setPropertyJson("diagnostics", array);
    }

    public List<Diagnostic> getDiagnostics() {
        return diagnostics;
    }

    /**
     * The accessible name screen readers announce for the text area (the editor has no visible label of its
     * own). {@code null} removes it.
     */
    public void setAriaLabel(@Nullable String ariaLabel) {
        this.ariaLabel = ariaLabel;
        if (ariaLabel == null) {
            getElement().removeProperty("label");
        } else {
            getElement().setProperty("label", ariaLabel);
        }
    }

    public Optional<String> getAriaLabel() {
        return Optional.ofNullable(ariaLabel);
    }

    /** The keyboard hint screen readers read with the editor, in the reader's language (English when not set). */
    public void setHint(String hint) {
        getElement().setProperty("hint", hint);
    }

    /**
     * CodeMirror's own words (its search panel: "Find", "replace all", ...) in the reader's language, as English
     * phrase to translation ({@code EditorState.phrases}); an empty map keeps English.
     */
    public void setPhrases(java.util.Map<String, String> phrases) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        phrases.forEach(json::put);
        getElement().setPropertyJson("phrases", json);
    }
}
