package org.sotcourseware.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.search.SearchResults;
import org.sotcourseware.search.SearchService;

/**
 * Search results: the query in a field, then the results best first. A result the student may read shows where
 * it is, its title (a link to its heading) and a quote with the matched words marked; a result in a locked
 * module shows only its title and what opens it.
 */
@Route(SearchService.ROUTE)
@PermitAll
class SearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchService search;
    private final Places places;
    private final TextField field = new TextField();
    private final Div results = new Div();
    private String title = "Search · SOT Courseware";

    SearchView(SearchService search, Places places) {
        this.search = search;
        this.places = places;
        addClassName("page");
        addClassName("search-page");
        field.setMaxLength(SearchService.MAX_QUERY);
        field.setPlaceholder("A term, a test, a structure…");
        field.setAriaLabel("Search the course");
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.addClassName("search-page-field");
        field.setValueChangeMode(ValueChangeMode.EAGER); // the value is on the server before Enter's key event
        field.addKeyPressListener(Key.ENTER, e -> submit());
        Button go = new Button("Search", e -> submit());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(field, go);
        form.addClassName("search-form");
        form.getElement().setAttribute("role", "search");
        Div header = new Div(new H1("Search"), PageParts.lead("Lessons, cases, quiz explanations you have seen, and the glossary."));
        header.addClassName("page-header");
        results.addClassName("search-results");
        results.getElement().setAttribute("aria-live", "polite");
        add(header, form, results);
    }

    private void submit() {
        SearchNavigation.search(field.getValue().strip()).navigate();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter(SearchNavigation.QUERY).orElse("");
        field.setValue(q.length() > SearchService.MAX_QUERY ? q.substring(0, SearchService.MAX_QUERY) : q);
        title = (q.isBlank() ? "Search" : q.strip() + " · Search") + " · SOT Courseware";
        show(search.search(field.getValue()));
    }

    private void show(SearchResults r) {
        results.removeAll();
        if (r.query().isEmpty()) {
            results.add(PageParts.empty("Type what you are looking for: a term such as “arm-fossa test”, a structure, a procedure."));
            return;
        }
        if (r.hits().isEmpty()) {
            results.add(PageParts.empty("Nothing found for “" + r.query() + "”. Check the spelling, use fewer words, or look in the glossary."));
            return;
        }
        Paragraph count = new Paragraph(r.hits().size() + (r.hits().size() == 1 ? " result" : " results") + " for “" + r.query() + "”"
                + (r.hits().size() == SearchService.MAX_RESULTS ? " (the best " + SearchService.MAX_RESULTS + ")" : ""));
        count.addClassName("search-count");
        OrderedList list = new OrderedList();
        list.addClassName("search-hits");
        for (SearchResults.Hit hit : r.hits()) {
            list.add(switch (hit) {
                case SearchResults.Found f -> found(f);
                case SearchResults.Locked l -> locked(l);
            });
        }
        results.add(count, list);
    }

    private ListItem found(SearchResults.Found f) {
        ListItem li = new ListItem();
        li.addClassName("search-hit");
        li.getElement().setAttribute("data-kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
        String where = f.kind() == SearchResults.Kind.GLOSSARY ? f.kind().label()
                : f.kind().label() + " · " + f.moduleTitle() + (f.kind() == SearchResults.Kind.LESSON && !f.context().equals(f.title())
                ? " · " + f.context() : "");
        Span eyebrow = new Span(where);
        eyebrow.addClassName("eyebrow");
        li.add(eyebrow);
        // a plain link (a page load), so the address keeps its #heading and the page opens there
        Anchor link = new Anchor(href(f), f.title());
        link.getElement().setAttribute("router-ignore", true);
        link.addClassName("search-hit-title");
        Div titleRow = new Div(link);
        titleRow.addClassName("search-hit-heading");
        if (f.draft()) {
            Span draft = new Span("Has problems: students do not see it");
            draft.addClassName("badge-draft");
            titleRow.add(draft);
        }
        li.add(titleRow);
        // the snippet is escaped text with <mark> only (SearchIndex cleans it)
        li.add(new Html("<p class=\"search-snippet\">" + f.snippetHtml() + "</p>"));
        return li;
    }

    private String href(SearchResults.Found f) {
        CoursePlace place = f.place();
        String base = place == null ? SearchNavigation.glossary().href() : places.of(place).href();
        return f.anchor() == null ? base : base + "#" + f.anchor();
    }

    private Component locked(SearchResults.Locked l) {
        ListItem li = new ListItem();
        li.addClassName("search-hit");
        li.addClassName("is-locked");
        Span eyebrow = new Span(l.kind().label() + " · " + l.moduleTitle());
        eyebrow.addClassName("eyebrow");
        Span name = new Span(l.title());
        name.addClassName("search-hit-title");
        Paragraph opens = new Paragraph(l.opensAfter().isEmpty() ? "This module is not open to you yet."
                : "Opens after you complete " + String.join(" and ", l.opensAfter()) + ".");
        opens.addClassName("search-locked");
        li.add(eyebrow, new Div(name), opens);
        return li;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
