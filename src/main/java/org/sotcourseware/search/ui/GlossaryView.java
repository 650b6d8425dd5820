package org.sotcourseware.search.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Text;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.ui.CurriculumText;
import org.sotcourseware.base.ui.Focus;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.search.GlossaryService;

/**
 * The glossary: every term with its definition, other spellings, related lessons and sources, filtered as the
 * reader types. Each term has an anchor (its id), so lessons' popovers and search results link to it.
 */
@Route(GlossaryService.ROUTE)
@PermitAll
class GlossaryView extends Main implements HasDynamicTitle {

    /** The language of the glossary's terms and definitions (content/glossary.md, part of the English curriculum). */
    static final String CONTENT_LANGUAGE = CurriculumText.DEFAULT_LANGUAGE;

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
        Div header = new Div(new H1(getTranslation("search.glossary.title")), PageParts.lead(getTranslation("search.glossary.lead")));
        header.addClassName("page-header");
        TextField filter = new TextField();
        filter.setMaxLength(MAX_FILTER);
        filter.setPlaceholder(getTranslation("search.glossary.filter-placeholder"));
        filter.setAriaLabel(getTranslation("search.glossary.filter-label"));
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
        count.setText(filter.isBlank() ? getTranslation("search.glossary.count", entries.size())
                : getTranslation("search.glossary.count-matching", entries.size(), filter.strip()));
        if (entries.isEmpty()) {
            list.add(PageParts.empty(filter.isBlank() ? getTranslation("search.glossary.empty")
                    : getTranslation("search.glossary.no-match", filter.strip())));
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
        term.getElement().setAttribute("lang", CONTENT_LANGUAGE);
        s.add(term);
        if (!t.aliases().isEmpty()) {
            Span names = new Span(String.join(", ", t.aliases()));
            names.getElement().setAttribute("lang", CONTENT_LANGUAGE);
            Span also = new Span(new Text(getTranslation("search.glossary.also") + " "), names);
            also.addClassName("glossary-entry-also");
            s.add(also);
        }
        Paragraph definition = new Paragraph(t.definition());
        definition.addClassName("glossary-entry-definition");
        definition.getElement().setAttribute("lang", CONTENT_LANGUAGE);
        s.add(definition);
        if (!e.lessons().isEmpty()) {
            UnorderedList lessons = new UnorderedList();
            lessons.addClassName("glossary-entry-lessons");
            lessons.getElement().setAttribute("lang", CONTENT_LANGUAGE);
            e.lessons().forEach(r -> lessons.add(new ListItem(Links.to(places.of(r.place()), r.title() + " (" + r.moduleTitle() + ")"))));
            s.add(label(getTranslation("search.glossary.lessons")), lessons);
        }
        UnorderedList sources = new UnorderedList();
        sources.addClassName("glossary-entry-sources");
        sources.getElement().setAttribute("lang", CONTENT_LANGUAGE);
        t.sources().forEach(src -> sources.add(new ListItem(src)));
        s.add(label(getTranslation("search.glossary.sources")), sources);
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.glossary.page-title");
    }

    private static Span label(String text) {
        Span l = new Span(text);
        l.addClassName("glossary-entry-label");
        return l;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        Focus.fragmentTarget(this);
    }
}
