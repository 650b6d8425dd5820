package org.sotcourseware.authoring.ui;

import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Locales;
import org.sotcourseware.content.ContentProblem;

import static org.sotcourseware.authoring.ui.Words.t;

/** Content problems on the authoring screens: as a clickable list, and as the reason a publish was refused. */
final class Problems {

    private Problems() {
    }

    /**
     * The problems as a list; those in {@code ownFile} jump to their line when clicked (when {@code goTo} is
     * given), the others name their file.
     */
    static Component list(List<ContentProblem> problems, @Nullable String ownFile, @Nullable IntConsumer goTo) {
        if (problems.isEmpty()) {
            Paragraph ok = new Paragraph(t("authoring.problems.none"));
            ok.addClassName("problems-none");
            return ok;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("problem-list");
        for (ContentProblem p : problems) {
            boolean own = p.file().equals(ownFile);
            Span where = new Span(own ? (p.line() > 0 ? t("authoring.problems.line", p.line()) : t("authoring.problems.file"))
                    : p.file() + (p.line() > 0 ? ":" + p.line() : ""));
            where.addClassName("problem-where");
            String message = p.text().in(Locales.current());
            Span what = new Span(message);
            what.addClassName("problem-message");
            ListItem item = new ListItem(where, what);
            if (own && goTo != null && p.line() > 0) {
                Button jump = new Button(new Div(where, what), e -> goTo.accept(p.line()));
                jump.addClassName("problem-jump");
                jump.setAriaLabel(t("authoring.problems.go-to-line", p.line(), message));
                item = new ListItem(jump);
            }
            list.add(item);
        }
        return list;
    }

    /** A dialog saying a publish was refused and why; nothing was changed. */
    static void showRefusal(List<ContentProblem> blocking) {
        Dialog d = new Dialog();
        d.setHeaderTitle(t("authoring.problems.refused-heading"));
        d.add(new Paragraph(t("authoring.problems.refused-text", blocking.size())));
        d.add(list(blocking, null, null));
        Button ok = new Button(t("authoring.action.close"), e -> d.close());
        d.getFooter().add(ok);
        d.setWidth("min(640px, 95vw)");
        d.open();
    }
}
