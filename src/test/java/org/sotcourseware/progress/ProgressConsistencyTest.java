package org.sotcourseware.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.security.UserId;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.Learner;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * One student's history, built event by event; after every event, the figures each screen shows (the
 * student's dashboard, the catalogue, each module's overview, and the staff's Students page) must agree
 * with each other and with the progress service, module by module.
 */
@IntegrationTest
class ProgressConsistencyTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired Learner learner;
    @Autowired ProgressService progress;
    @Autowired CatalogueService catalogue;

    record Figure(String percent, String status) {
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    @WithAnonymousUser
    void every_screen_shows_the_same_figures_after_every_event() {
        String student = users.newStudent("consistent");
        var foundations = catalogue.module("foundations").orElseThrow();
        List<Runnable> history = new java.util.ArrayList<>();
        history.add(() -> { });
        foundations.publishedLessons().forEach(l -> history.add(() -> progress.markRead("foundations", l.id())));
        history.add(() -> learner.takeQuiz("foundations", false));
        history.add(() -> learner.takeQuiz("foundations", true));
        foundations.publishedCases().forEach(c -> history.add(() -> learner.workCase("foundations", c.id())));
        history.add(() -> progress.markRead("category-one", catalogue.module("category-one").orElseThrow().publishedLessons().getFirst().id()));
        history.add(() -> progress.markUnread("foundations", foundations.publishedLessons().getFirst().id()));

        int step = 0;
        for (Runnable event : history) {
            users.signIn(student);
            event.run();
            ProgressReadModel.Student truth = progress.mine();

            navigate("", Component.class);
            Map<String, Figure> dashboard = figures("dashboard-module");
            String overall = find(Div.class).withClassName("progress-line").all().getFirst().getElement().getAttribute("data-percent");
            navigate("modules", Component.class);
            Map<String, Figure> catalogueFigures = figures("module-card");
            for (ProgressReadModel.Module m : truth.modules()) {
                Figure expected = new Figure(String.valueOf(m.percent()), m.locked() ? "LOCKED" : m.status().name());
                assertThat(dashboard.get(m.moduleId())).as("step " + step + ", dashboard, " + m.moduleId()).isEqualTo(expected);
                assertThat(catalogueFigures.get(m.moduleId())).as("step " + step + ", catalogue, " + m.moduleId()).isEqualTo(expected);
                if (m.moduleId().equals("foundations") || m.moduleId().equals("category-one")) {
                    navigate("modules/" + m.moduleId(), Component.class);
                    Div box = find(Div.class).withClassName("module-progress").single();
                    assertThat(figure(box.getElement())).as("step " + step + ", module page, " + m.moduleId()).isEqualTo(expected);
                    long met = box.getElement().getChildren().filter(c -> c.getTag().equals("ul")).flatMap(Element::getChildren)
                            .filter(li -> li.getClassList().contains("met")).count();
                    assertThat(met).as("step " + step + ", requirements met on the module page").isEqualTo(m.done());
                }
            }
            assertThat(overall).as("step " + step + ", overall").isEqualTo(String.valueOf(truth.percent()));

            // the staff's view of the same student: the Students page (by its route; the view is package-private) shows the
            // figures of progress.cohort, and a student's record those of progress.student
            users.signIn("instructor");
            UserId id = new UserId(users.id(student));
            navigate("students", Component.class);
            test(find(TextField.class).withClassName("users-filter").single()).setValue(student);
            @SuppressWarnings("unchecked")
            Grid<Object> grid = find(Grid.class).single();
            assertThat(test(grid).size()).as("step " + step + ", one row for the student").isEqualTo(1);
            assertThat(test(grid).getCellComponent(0, 1).getElement().getAttribute("data-percent")).as("step " + step + ", staff overall")
                    .isEqualTo(String.valueOf(truth.percent()));
            assertThat(test(grid).getCellText(0, 2)).as("step " + step + ", staff modules completed")
                    .isEqualTo(truth.modulesCompleted() + " of " + truth.modules().size());
            assertThat(progress.cohort(List.of(id)).get(id).modules()).as("step " + step + ", staff modules").isEqualTo(truth.modules());
            assertThat(progress.student(id).modules()).isEqualTo(truth.modules());
            step++;
        }
        users.signIn(student);
        ProgressReadModel.Student end = progress.mine();
        assertThat(end.module("foundations").status()).isEqualTo(ProgressReadModel.Status.COMPLETED);
        assertThat(end.module("foundations").percent()).isLessThan(100); // a lesson was marked unread after completion
        assertThat(end.module("category-one").status()).isEqualTo(ProgressReadModel.Status.IN_PROGRESS);
    }

    private Map<String, Figure> figures(String cardClass) {
        Map<String, Figure> out = new LinkedHashMap<>();
        find(com.vaadin.flow.component.html.Anchor.class).withClassName(cardClass).all()
                .forEach(a -> out.put(a.getElement().getAttribute("data-module"), figure(a.getElement())));
        return out;
    }

    private static Figure figure(Element root) {
        String percent = null;
        String status = null;
        java.util.Deque<Element> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            if (percent == null && e.hasAttribute("data-percent")) {
                percent = e.getAttribute("data-percent");
            }
            if (status == null && e.hasAttribute("data-status")) {
                status = e.getAttribute("data-status");
            }
            e.getChildren().forEach(todo::add);
        }
        return new Figure(percent, status);
    }
}
