package org.sotcourseware.authoring.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sotcourseware.authoring.AuthoringReadModel;

/** A line diff: removed lines marked −, added lines +, the words that changed in an edited line highlighted, unchanged stretches folded; text only, never HTML. */
final class DiffPanel {

    private DiffPanel() {
    }

    static Component of(List<AuthoringReadModel.DiffLine> lines) {
        if (lines.isEmpty()) {
            Paragraph p = new Paragraph(Words.t("authoring.diff.none"));
            p.addClassName("diff-none");
            return p;
        }
        Div box = new Div();
        box.addClassName("diff");
        box.getElement().setAttribute("role", "table");
        box.getElement().setAttribute("aria-label", Words.t("authoring.diff.label"));
        for (AuthoringReadModel.DiffLine l : lines) {
            Div row = new Div();
            row.addClassName("diff-line");
            row.addClassName("diff-" + l.type().name().toLowerCase(Locale.ROOT));
            row.getElement().setAttribute("role", "row");
            Span oldNo = new Span(l.oldLine() > 0 ? String.valueOf(l.oldLine()) : "");
            Span newNo = new Span(l.newLine() > 0 ? String.valueOf(l.newLine()) : "");
            oldNo.addClassName("diff-no");
            newNo.addClassName("diff-no");
            Span mark = new Span(switch (l.type()) {
                case ADDED -> "+";
                case REMOVED -> "\u2212";
                case GAP -> "\u22ef";
                default -> " ";
            });
            mark.addClassName("diff-mark");
            Span text = new Span();
            if (l.words().isEmpty()) {
                text.setText(l.text());
            } else {
                // the words that differ from the counterpart line are marked (as text nodes and <mark>s, never HTML)
                for (AuthoringReadModel.Words w : l.words()) {
                    if (w.changed()) {
                        Span changed = new Span(w.text());
                        changed.addClassName("diff-word");
                        changed.getElement().setAttribute("data-changed", l.type() == AuthoringReadModel.DiffLine.Type.ADDED ? "added" : "removed");
                        text.add(changed);
                    } else {
                        text.add(new Text(w.text()));
                    }
                }
            }
            text.addClassName("diff-text");
            // a row of a role=table needs cells (aria-required-children)
            for (Span cell : List.of(oldNo, newNo, mark, text)) {
                cell.getElement().setAttribute("role", "cell");
            }
            row.add(oldNo, newNo, mark, text);
            box.add(row);
        }
        return box;
    }
}
