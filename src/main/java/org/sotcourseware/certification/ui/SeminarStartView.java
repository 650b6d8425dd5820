package org.sotcourseware.certification.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
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
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
class SeminarStartView extends Main implements HasDynamicTitle {

    public SeminarStartView(CertificationService certification, CurrentUser currentUser, Places places, Clock clock) {
        addClassNames("page", "start-page", "seminar-start");
        LocalDate today = LocalDate.now(clock);
        List<SeminarReadModel.Summary> upcoming = certification.seminars().stream().filter(s -> !s.endsOn().isBefore(today))
                .sorted(Comparator.comparing(SeminarReadModel.Summary::startsOn)).toList();
        ProgressMatrix matrix = certification.matrix(null);
        long eligible = matrix.tracks().stream().mapToLong(t -> count(matrix, t, TrackRules.Status.ELIGIBLE)).sum();

        add(StartParts.hero(getTranslation("certification.seminar-start.title"), currentUser.require().displayName(),
                getTranslation("certification.seminar-start.lead", upcoming.size(), matrix.rows().size(), eligible)));
        add(StartParts.actions(Links.to(CertificationNavigation.matrix(), getTranslation("certification.nav.progress-matrix")),
                Links.to(CertificationNavigation.eligibility(), getTranslation("certification.eligibility.title")),
                places.link(new SeminarPlace.All(), getTranslation("certification.seminar-start.all-seminars"))));

        UnorderedList seminars = new UnorderedList();
        seminars.addClassName("start-list");
        upcoming.forEach(s -> {
            Span when = new Span(" " + getTranslation("certification.seminar-start.seminar-line", s.startsOn(), s.endsOn(),
                    seminarStatus(s.status(), getLocale()), s.enrolled(), s.capacity()));
            when.addClassName("muted");
            seminars.add(new ListItem(places.link(new SeminarPlace.One(s.id()), s.title()), when));
        });

        Div standing = new Div();
        standing.addClassName("start-standing");
        for (Track t : matrix.tracks()) {
            Div row = new Div(PageParts.classed(new Span(t.title()), "start-standing-track"),
                    badge(getTranslation("certification.seminar-start.eligible", count(matrix, t, TrackRules.Status.ELIGIBLE)), "badge-eligible"),
                    badge(getTranslation("certification.seminar-start.certified", count(matrix, t, TrackRules.Status.CERTIFIED)), "badge-success"),
                    badge(getTranslation("certification.seminar-start.working-towards", count(matrix, t, TrackRules.Status.IN_PROGRESS)),
                            "badge-warning"));
            row.addClassName("start-standing-row");
            row.getElement().setAttribute("data-track", t.id());
            standing.add(row);
        }
        add(StartParts.cards(
                StartParts.card("seminars", getTranslation("certification.seminar-start.seminars"), upcoming.isEmpty()
                        ? PageParts.empty(getTranslation("certification.seminar-start.no-seminars")) : seminars),
                StartParts.card("standing", getTranslation("certification.seminar-start.standing"), matrix.rows().isEmpty()
                        ? PageParts.empty(getTranslation("certification.seminar-start.no-students")) : standing)));
    }

    /** A seminar's state (planned, running, finished) in the reader's language. */
    static String seminarStatus(SeminarReadModel.Status status, Locale locale) {
        return CertificationParts.t(locale, "certification.seminar-status." + status.name().toLowerCase(Locale.ROOT));
    }

    private static long count(ProgressMatrix matrix, Track track, TrackRules.Status status) {
        return matrix.rows().stream().filter(r -> r.tracks().get(track.id()) != null && r.tracks().get(track.id()).status() == status).count();
    }

    private static Span badge(String text, String cls) {
        Span b = new Span(text);
        b.addClassNames("badge", cls);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certification.seminar-start.page-title");
    }
}
