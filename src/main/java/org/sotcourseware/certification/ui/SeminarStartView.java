package org.sotcourseware.certification.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.base.ui.StartParts;
import org.sotcourseware.certification.CertificationService;
import org.sotcourseware.certification.ProgressMatrix;
import org.sotcourseware.certification.TrackRules;
import org.sotcourseware.content.Track;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.seminar.SeminarPlace;
import org.sotcourseware.seminar.SeminarReadModel;

/**
 * A seminar organiser's start page: the seminars that are running or still to come (each a link), and the
 * certification standing of every student per track from the progress matrix (who is eligible and waiting for a
 * certificate, who is certified, who is working towards it), with the way to the matrix and the certificates.
 */
@Route("start/seminars")
@PageTitle("Seminar overview · SOT Courseware")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
class SeminarStartView extends Main {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public SeminarStartView(CertificationService certification, CurrentUser currentUser, Places places, Clock clock) {
        addClassNames("page", "start-page", "seminar-start");
        LocalDate today = LocalDate.now(clock);
        List<SeminarReadModel.Summary> upcoming = certification.seminars().stream().filter(s -> !s.endsOn().isBefore(today))
                .sorted(Comparator.comparing(SeminarReadModel.Summary::startsOn)).toList();
        ProgressMatrix matrix = certification.matrix(null);
        long eligible = matrix.tracks().stream().mapToLong(t -> count(matrix, t, TrackRules.Status.ELIGIBLE)).sum();

        add(StartParts.hero("Seminar overview", currentUser.require().displayName(),
                Numbers.count(upcoming.size(), "seminar", "seminars") + " running or to come · " + Numbers.count(matrix.rows().size(), "student", "students")
                        + " · " + Numbers.count(eligible, "certificate", "certificates") + " waiting to be awarded"));
        add(StartParts.actions(Links.to(CertificationNavigation.matrix(), "Progress matrix"),
                Links.to(CertificationNavigation.eligibility(), "Eligibility and certificates"), places.link(new SeminarPlace.All(), "All seminars")));

        UnorderedList seminars = new UnorderedList();
        seminars.addClassName("start-list");
        upcoming.forEach(s -> {
            Span when = new Span(" " + DAY.format(s.startsOn()) + " \u2013 " + DAY.format(s.endsOn()) + " · " + s.status().label() + " · "
                    + s.enrolled() + " of " + s.capacity() + " places taken");
            when.addClassName("muted");
            seminars.add(new ListItem(places.link(new SeminarPlace.One(s.id()), s.title()), when));
        });

        Div standing = new Div();
        standing.addClassName("start-standing");
        for (Track t : matrix.tracks()) {
            Div row = new Div(PageParts.classed(new Span(t.title()), "start-standing-track"),
                    badge(count(matrix, t, TrackRules.Status.ELIGIBLE), "eligible", "badge-eligible"),
                    badge(count(matrix, t, TrackRules.Status.CERTIFIED), "certified", "badge-success"),
                    badge(count(matrix, t, TrackRules.Status.IN_PROGRESS), "working towards", "badge-warning"));
            row.addClassName("start-standing-row");
            row.getElement().setAttribute("data-track", t.id());
            standing.add(row);
        }
        add(StartParts.cards(
                StartParts.card("seminars", "Running and upcoming seminars", upcoming.isEmpty()
                        ? PageParts.empty("No seminar is running or planned. Plan one on the seminars page.") : seminars),
                StartParts.card("standing", "Certification standing", matrix.rows().isEmpty()
                        ? PageParts.empty("No students yet.") : standing)));
    }

    private static long count(ProgressMatrix matrix, Track track, TrackRules.Status status) {
        return matrix.rows().stream().filter(r -> r.tracks().get(track.id()) != null && r.tracks().get(track.id()).status() == status).count();
    }

    private static Span badge(long n, String what, String cls) {
        Span b = new Span(n + " " + what);
        b.addClassNames("badge", cls);
        return b;
    }
}
