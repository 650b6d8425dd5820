package org.sotcourseware.seminar.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.Dates;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.Translations;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.UserDirectory;
import org.sotcourseware.seminar.SeminarId;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.seminar.SeminarReadModel;

/** The seminars: planned, running and finished, with dates, venue, modules and places taken; organisers create them. */
@Route("organiser/seminars")
@RolesAllowed({Roles.ORGANISER, Roles.INSTRUCTOR, Roles.ADMIN})
class SeminarsView extends Main implements HasDynamicTitle {

    public SeminarsView(SeminarService seminars, CatalogueService catalogue, UserDirectory directory, CurrentUser currentUser) {
        addClassNames("page", "seminars-page");
        Div header = new Div();
        header.addClassName("page-header");
        Paragraph lead = new Paragraph(getTranslation("seminar.seminars.lead"));
        lead.addClassName("lead");
        header.add(new Div(new H1(getTranslation("seminar.seminars.title")), lead));
        boolean organiser = currentUser.require().hasRole(Roles.ORGANISER) || currentUser.require().hasRole(Roles.ADMIN);
        if (organiser) {
            Button create = new Button(getTranslation("seminar.form.new"), e -> SeminarForm.open(null, catalogue, directory, form -> {
                SeminarId id = seminars.create(form);
                SeminarNavigation.seminar(id).navigate();
            }));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClassName("new-seminar");
            header.add(create);
        }
        add(header);
        List<SeminarReadModel.Summary> all = seminars.list();
        if (all.isEmpty()) {
            Paragraph empty = PageParts.empty(getTranslation(organiser ? "seminar.seminars.empty-organiser" : "seminar.seminars.empty"));
            add(empty);
            return;
        }
        Div list = new Div();
        list.addClassName("seminar-grid");
        for (SeminarReadModel.Summary s : all) {
            list.add(card(s, getLocale()));
        }
        add(list);
    }

    private static Div card(SeminarReadModel.Summary s, Locale locale) {
        Span status = new Span(s.status().message().in(locale));
        status.addClassName("badge");
        status.addClassName(switch (s.status()) {
            case RUNNING -> "badge-warning";
            case FINISHED -> "badge-success";
            default -> "badge-plain";
        });
        Span title = new Span(s.title());
        title.addClassName("module-card-title");
        Span when = new Span(Translations.text(locale, "seminar.seminars.when", dates(s.startsOn(), s.endsOn(), locale), s.venue()));
        when.addClassName("muted");
        Span modules = new Span(String.join(", ", s.modules()));
        modules.addClassName("seminar-modules");
        Span places = new Span(Translations.text(locale, "seminar.seminars.places", s.enrolled(), s.capacity(), fmt(s.hours(), locale)));
        places.addClassName("seminar-places");
        Div body = new Div(status, title, when, modules, places);
        var card = Links.to(SeminarNavigation.seminar(s.id()), body);
        card.addClassName("seminar-card");
        card.getElement().setAttribute("data-seminar", String.valueOf(s.id()));
        return new Div(card);
    }

    static String dates(LocalDate from, LocalDate to, Locale locale) {
        return from.equals(to) ? Dates.day(from, locale) : Dates.day(from, locale) + " \u2013 " + Dates.day(to, locale);
    }

    /** Hours or a percentage as people read them in {@code locale}: 8, 7.5 or 7,5. */
    static String fmt(double d, Locale locale) {
        return Numbers.upTo(d, 2, locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminar.page-title", getTranslation("seminar.seminars.title"), getTranslation("shell.product"));
    }
}
