package org.sotcourseware.authoring.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.authoring.AuthoringReadModel;
import org.sotcourseware.authoring.AuthoringService;
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
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
class TeachingStartView extends Main implements HasDynamicTitle {

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

        String summary = getTranslation("authoring.teaching.summary", drafts.size(), problemCount, problems.size());
        add(StartParts.hero(getTranslation("authoring.nav.teaching-overview"), currentUser.require().displayName(),
                tree.incoming() > 0 ? getTranslation("authoring.teaching.summary-incoming", summary, tree.incoming()) : summary));
        add(StartParts.actions(Links.to(AuthoringNavigation.authoring(), getTranslation("authoring.teaching.open-authoring")),
                Links.to(AuthoringNavigation.analysis(), getTranslation("authoring.nav.item-analysis")),
                Links.to(AuthoringNavigation.transfer(), getTranslation("authoring.home.export-import"))));
        add(StartParts.cards(
                StartParts.card("drafts", getTranslation("authoring.teaching.drafts"), drafts.isEmpty()
                        ? PageParts.empty(getTranslation("authoring.teaching.no-drafts"))
                        : fileList(drafts, f -> Words.state(f.state()))),
                StartParts.card("problems", getTranslation("authoring.teaching.problems"), problems.isEmpty()
                        ? PageParts.empty(getTranslation("authoring.teaching.no-problems"))
                        : fileList(problems, f -> getTranslation("authoring.problems.count", f.errors())))));
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
            list.add(new ListItem(Links.to(AuthoringNavigation.authoring(), Words.t("authoring.teaching.more", files.size() - SHOWN))));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.teaching.page-title");
    }
}
