package org.sotcourseware.search.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
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
import org.sotcourseware.base.ui.CurriculumText;
import org.sotcourseware.base.Message;
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

    /** The language of the curriculum, from which titles and quotes come. */
    private static final String CONTENT_LANGUAGE = CurriculumText.DEFAULT_LANGUAGE;
    private static final String SEPARATOR = " · ";

    private final SearchService search;
    private final Places places;
    private final TextField field = new TextField();
    private final Div results = new Div();
    private String query = "";

    SearchView(SearchService search, Places places) {
        this.search = search;
        this.places = places;
        addClassName("page");
        addClassName("search-page");
        field.setMaxLength(SearchService.MAX_QUERY);
        field.setPlaceholder(getTranslation("search.page.placeholder"));
        field.setAriaLabel(getTranslation("search.page.field-label"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.addClassName("search-page-field");
        field.setValueChangeMode(ValueChangeMode.EAGER); // the value is on the server before Enter's key event
        field.addKeyPressListener(Key.ENTER, e -> submit());
        Button go = new Button(getTranslation("search.page.search"), e -> submit());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(field, go);
        form.addClassName("search-form");
        form.getElement().setAttribute("role", "search");
        Div header = new Div(new H1(getTranslation("search.page.title")), PageParts.lead(getTranslation("search.page.lead")));
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
        query = q.strip();
        show(search.search(field.getValue()));
    }

    private void show(SearchResults r) {
        results.removeAll();
        if (r.query().isEmpty()) {
            results.add(PageParts.empty(getTranslation("search.page.start")));
            return;
        }
        if (r.hits().isEmpty()) {
            results.add(PageParts.empty(getTranslation("search.page.nothing", r.query())));
            return;
        }
        Paragraph count = new Paragraph(r.hits().size() == SearchService.MAX_RESULTS
                ? getTranslation("search.page.count-best", r.hits().size(), r.query())
                : getTranslation("search.page.count", r.hits().size(), r.query()));
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
        Span eyebrow = new Span(new Text(getTranslation(f.kind().key())));
        if (f.kind() != SearchResults.Kind.GLOSSARY) {
            eyebrow.add(new Text(SEPARATOR), content(f.moduleTitle() + (f.kind() == SearchResults.Kind.LESSON && !f.context().equals(f.title())
                    ? SEPARATOR + f.context() : "")));
        }
        eyebrow.addClassName("eyebrow");
        li.add(eyebrow);
        // a plain link (a page load), so the address keeps its #heading and the page opens there
        Anchor link = new Anchor(href(f), f.title());
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("lang", CONTENT_LANGUAGE);
        link.addClassName("search-hit-title");
        Div titleRow = new Div(link);
        titleRow.addClassName("search-hit-heading");
        if (f.draft()) {
            Span draft = new Span(getTranslation("search.hit.draft"));
            draft.addClassName("badge-draft");
            titleRow.add(draft);
        }
        li.add(titleRow);
        // the snippet is escaped text with <mark> only (SearchIndex cleans it)
        li.add(new Html("<p class=\"search-snippet\" lang=\"" + CONTENT_LANGUAGE + "\">" + f.snippetHtml() + "</p>")); // not UI text: markup around the English quote
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
        Span eyebrow = new Span(new Text(getTranslation(l.kind().key())), new Text(SEPARATOR), content(l.moduleTitle()));
        eyebrow.addClassName("eyebrow");
        Span name = content(l.title());
        name.addClassName("search-hit-title");
        Paragraph opens = new Paragraph(l.opensAfter().isEmpty() ? getTranslation("search.locked.not-open")
                : getTranslation("search.locked.opens-after", list(l.opensAfter())));
        opens.addClassName("search-locked");
        li.add(eyebrow, new Div(name), opens);
        return li;
    }

    /** Words from the curriculum (titles), which is English: marked so, inside a page in the reader's language. */
    private static Span content(String text) {
        Span s = new Span(text);
        s.getElement().setAttribute("lang", CONTENT_LANGUAGE);
        return s;
    }

    /** Titles joined as a reader lists them: "A", "A and B", "A, B and C". */
    static Message list(List<String> titles) {
        return switch (titles.size()) {
            case 0, 1 -> Message.of("search.list.one", titles.isEmpty() ? "" : titles.getFirst());
            case 2 -> Message.of("search.list.two", titles.get(0), titles.get(1));
            default -> Message.of("search.list.more", titles.getFirst(), list(titles.subList(1, titles.size())));
        };
    }

    @Override
    public String getPageTitle() {
        return query.isEmpty() ? getTranslation("search.page.page-title") : getTranslation("search.page.page-title-query", query);
    }
}
