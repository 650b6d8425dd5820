package org.sotcourseware.seminar.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
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
@PageTitle("Seminars · SOT Courseware")
@RolesAllowed({Roles.ORGANISER, Roles.INSTRUCTOR, Roles.ADMIN})
class SeminarsView extends Main {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public SeminarsView(SeminarService seminars, CatalogueService catalogue, UserDirectory directory, CurrentUser currentUser) {
        addClassNames("page", "seminars-page");
        Div header = new Div();
        header.addClassName("page-header");
        Paragraph lead = new Paragraph("Seminars teach the modules in person or online. Enrol students, record attendance each day and the "
                + "exam results; seminar hours and exams count towards certification.");
        lead.addClassName("lead");
        header.add(new Div(new H1("Seminars"), lead));
        boolean organiser = currentUser.require().hasRole(Roles.ORGANISER) || currentUser.require().hasRole(Roles.ADMIN);
        if (organiser) {
            Button create = new Button("New seminar", e -> SeminarForm.open(null, catalogue, directory, form -> {
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
            Paragraph empty = PageParts.empty("No seminars yet." + (organiser ? " Create the first with \u201cNew seminar\u201d." : ""));
            add(empty);
            return;
        }
        Div list = new Div();
        list.addClassName("seminar-grid");
        for (SeminarReadModel.Summary s : all) {
            list.add(card(s));
        }
        add(list);
    }

    private static Div card(SeminarReadModel.Summary s) {
        Span status = new Span(s.status().label());
        status.addClassName("badge");
        status.addClassName(switch (s.status()) {
            case RUNNING -> "badge-warning";
            case FINISHED -> "badge-success";
            default -> "badge-plain";
        });
        Span title = new Span(s.title());
        title.addClassName("module-card-title");
        Span when = new Span(dates(s.startsOn(), s.endsOn()) + " · " + s.venue());
        when.addClassName("muted");
        Span modules = new Span(String.join(", ", s.modules()));
        modules.addClassName("seminar-modules");
        Span places = new Span(s.enrolled() + " of " + s.capacity() + " places · " + fmt(s.hours()) + " CE hours");
        places.addClassName("seminar-places");
        Div body = new Div(status, title, when, modules, places);
        var card = Links.to(SeminarNavigation.seminar(s.id()), body);
        card.addClassName("seminar-card");
        card.getElement().setAttribute("data-seminar", String.valueOf(s.id()));
        return new Div(card);
    }

    static String dates(LocalDate from, LocalDate to) {
        return from.equals(to) ? DAY.format(from) : DAY.format(from) + " \u2013 " + DAY.format(to);
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
