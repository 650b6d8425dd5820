package org.sotcourseware.search.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.search.GlossaryService;

/**
 * The glossary: every term with its definition, other spellings, related lessons and sources, filtered as the
 * reader types. Each term has an anchor (its id), so lessons' popovers and search results link to it.
 */
@Route(GlossaryService.ROUTE)
@PageTitle("Glossary · SOT Courseware")
@PermitAll
class GlossaryView extends Main {

    static final int MAX_FILTER = 100;

    private final GlossaryService glossary;
    private final Places places;
    private final Div list = new Div();
    private final Paragraph count = new Paragraph();

    GlossaryView(GlossaryService glossary, Places places) {
        this.glossary = glossary;
        this.places = places;
        addClassName("page");
        addClassName("glossary-page");
        Div header = new Div(new H1("Glossary"), PageParts.lead("The terms of SOT and the anatomy the lessons use, each in plain "
                + "words, with the lessons that use it and where to read more."));
        header.addClassName("page-header");
        TextField filter = new TextField();
        filter.setMaxLength(MAX_FILTER);
        filter.setPlaceholder("Find a term");
        filter.setAriaLabel("Find a term in the glossary");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addClassName("glossary-filter");
        filter.addValueChangeListener(e -> show(e.getValue()));
        Div form = new Div(filter);
        form.addClassName("search-form");
        form.getElement().setAttribute("role", "search");
        count.addClassName("search-count");
        count.getElement().setAttribute("aria-live", "polite");
        list.addClassName("glossary-list");
        add(header, form, count, list);
        show("");
    }

    private void show(String filter) {
        List<GlossaryService.Entry> entries = glossary.terms(filter);
        list.removeAll();
        count.setText(filter.isBlank() ? entries.size() + " terms" : entries.size() + (entries.size() == 1 ? " term" : " terms")
                + " matching “" + filter.strip() + "”");
        if (entries.isEmpty()) {
            list.add(PageParts.empty(filter.isBlank() ? "The glossary is empty." : "No term matches “" + filter.strip() + "”. Try the search in the top bar."));
            return;
        }
        entries.forEach(e -> list.add(entry(e)));
    }

    private Section entry(GlossaryService.Entry e) {
        var t = e.term();
        Section s = new Section();
        s.setId(t.id());
        s.addClassName("glossary-entry");
        H2 term = new H2(t.term());
        term.addClassName("glossary-entry-term");
        s.add(term);
        if (!t.aliases().isEmpty()) {
            Span also = new Span("Also: " + String.join(", ", t.aliases()));
            also.addClassName("glossary-entry-also");
            s.add(also);
        }
        Paragraph definition = new Paragraph(t.definition());
        definition.addClassName("glossary-entry-definition");
        s.add(definition);
        if (!e.lessons().isEmpty()) {
            UnorderedList lessons = new UnorderedList();
            lessons.addClassName("glossary-entry-lessons");
            e.lessons().forEach(r -> lessons.add(new ListItem(Links.to(places.of(r.place()), r.title() + " (" + r.moduleTitle() + ")"))));
            s.add(label("Lessons"), lessons);
        }
        UnorderedList sources = new UnorderedList();
        sources.addClassName("glossary-entry-sources");
        t.sources().forEach(src -> sources.add(new ListItem(src)));
        s.add(label("Sources"), sources);
        return s;
    }

    private static Span label(String text) {
        Span l = new Span(text);
        l.addClassName("glossary-entry-label");
        return l;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs(SearchNavigation.SCROLL_TO_FRAGMENT);
    }
}
