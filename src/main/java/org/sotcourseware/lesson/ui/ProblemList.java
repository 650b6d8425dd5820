package org.sotcourseware.lesson.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.sotcourseware.base.Translations;
import org.sotcourseware.content.ContentProblem;

/** Content problems shown to instructors, as file:line: what is wrong, in the reader's language. */
final class ProblemList {

    private ProblemList() {
    }

    static Div of(String title, List<ContentProblem> problems, Locale locale) {
        Div box = new Div();
        box.addClassName("problem-box");
        H2 h = new H2(title);
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(Translations.text(locale, "lesson.problems.line", p.file(), p.line(), p.text()))));
        box.add(h, new Paragraph(Translations.text(locale, "lesson.problems.students-do-not-see")), list);
        return box;
    }
}
