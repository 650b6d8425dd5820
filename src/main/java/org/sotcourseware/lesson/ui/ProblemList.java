package org.sotcourseware.lesson.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.sotcourseware.content.ContentProblem;

/** Content problems shown to instructors, as file:line: message. */
final class ProblemList {

    private ProblemList() {
    }

    static Div of(String title, List<ContentProblem> problems) {
        Div box = new Div();
        box.addClassName("problem-box");
        H2 h = new H2(title);
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(p.toString())));
        box.add(h, new Paragraph("Students do not see this. Fix the file and reload the content."), list);
        return box;
    }
}
