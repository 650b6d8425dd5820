package org.sotcourseware.authoring.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.authoring.AuthoringReadModel;
import org.sotcourseware.authoring.AuthoringService;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.StartParts;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;

/**
 * An instructor's start page: their unpublished drafts and the files with problems, each a link into the
 * editor, with the way to authoring, item analysis and transfer. The figures are those of the authoring tree.
 */
@Route("start/teaching")
@PageTitle("Teaching overview · SOT Courseware")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
class TeachingStartView extends Main {

    /** How many files a card lists before it says "and N more". */
    static final int SHOWN = 8;

    public TeachingStartView(AuthoringService authoring, CurrentUser currentUser) {
        addClassNames("page", "start-page", "teaching-start");
        AuthoringReadModel.Tree tree = authoring.tree();
        List<AuthoringReadModel.FileStatus> files = new ArrayList<>();
        if (tree.curriculum() != null) {
            files.add(tree.curriculum());
        }
        tree.modules().forEach(m -> files.addAll(m.files()));
        List<AuthoringReadModel.FileStatus> drafts = files.stream().filter(f -> f.state() != AuthoringReadModel.State.PUBLISHED).toList();
        List<AuthoringReadModel.FileStatus> problems = files.stream().filter(f -> f.errors() > 0).toList();
        int problemCount = problems.stream().mapToInt(AuthoringReadModel.FileStatus::errors).sum();

        add(StartParts.hero("Teaching overview", currentUser.require().displayName(),
                Numbers.count(drafts.size(), "unpublished draft", "unpublished drafts") + " · "
                        + Numbers.count(problemCount, "problem", "problems") + " in " + Numbers.count(problems.size(), "file", "files")
                        + (tree.incoming() > 0 ? " · " + Numbers.count(tree.incoming(), "incoming change", "incoming changes") : "")));
        add(StartParts.actions(Links.to(AuthoringNavigation.authoring(), "Open authoring"), Links.to(AuthoringNavigation.analysis(), "Item analysis"),
                Links.to(AuthoringNavigation.transfer(), "Export and import")));
        add(StartParts.cards(
                StartParts.card("drafts", "Drafts not yet published", drafts.isEmpty()
                        ? PageParts.empty("No drafts: students see everything as it stands in authoring.")
                        : fileList(drafts, f -> f.state().label())),
                StartParts.card("problems", "Files with problems", problems.isEmpty()
                        ? PageParts.empty("No problems: every file passes the content checks.")
                        : fileList(problems, f -> Numbers.count(f.errors(), "problem", "problems")))));
    }

    private static Component fileList(List<AuthoringReadModel.FileStatus> files, java.util.function.Function<AuthoringReadModel.FileStatus, String> note) {
        UnorderedList list = new UnorderedList();
        list.addClassName("start-list");
        files.stream().limit(SHOWN).forEach(f -> {
            Span what = new Span(note.apply(f));
            what.addClassName("muted");
            list.add(new ListItem(Links.to(AuthoringNavigation.edit(f.path()), f.title()), new Span(" "), what));
        });
        if (files.size() > SHOWN) {
            list.add(new ListItem(Links.to(AuthoringNavigation.authoring(), "and " + (files.size() - SHOWN) + " more in authoring")));
        }
        return list;
    }
}
