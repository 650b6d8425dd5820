package org.sotcourseware.review.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.ui.DashboardBox;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.review.ReviewReadModel;
import org.sotcourseware.review.ReviewService;

/** The dashboard's review box: "N due today", the streak, and a link to the Review page. */
@org.springframework.stereotype.Component // the Vaadin Component is the one imported
class ReviewDashboard implements DashboardBox {

    private final ReviewService review;
    private final Clock clock;

    ReviewDashboard(ReviewService review, Clock clock) {
        this.review = review;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        ReviewReadModel.Summary s = review.summary();
        Locale locale = Locales.current();
        Div box = new Div();
        box.addClassNames("side-box", "dashboard-review");
        box.getElement().setAttribute("data-due", String.valueOf(s.dueToday()));
        box.add(PageParts.sideTitle(ReviewParts.t(locale, "review.title")));
        Div figures = PageParts.classed(new Div(), "review-tile");
        Span due = PageParts.classed(new Span(ReviewParts.t(locale, "review.dashboard.due-today", s.dueToday())), "review-due");
        Span streak = PageParts.classed(new Span(s.streakDays() == 0 ? ReviewParts.t(locale, "review.dashboard.no-streak")
                : ReviewParts.t(locale, "review.dashboard.streak", s.streakDays())), "review-streak");
        figures.add(due, streak);
        box.add(figures);
        if (s.activeCards() == 0) {
            box.add(new Paragraph(ReviewParts.t(locale, "review.dashboard.empty")));
        } else if (s.dueToday() == 0) {
            box.add(new Paragraph(s.nextDue() == null ? ReviewParts.t(locale, "review.dashboard.nothing-due")
                    : ReviewParts.t(locale, "review.dashboard.nothing-due-next", ReviewParts.date(s.nextDue(), LocalDate.now(clock)))));
        }
        var open = Links.to(ReviewNavigation.review(), ReviewParts.t(locale, s.dueToday() > 0 ? "review.dashboard.start" : "review.dashboard.open"));
        open.addClassName("button-link");
        box.add(open);
        return box;
    }
}
