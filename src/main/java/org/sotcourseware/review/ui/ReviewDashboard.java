package org.sotcourseware.review.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
        Div box = new Div();
        box.addClassNames("side-box", "dashboard-review");
        box.getElement().setAttribute("data-due", String.valueOf(s.dueToday()));
        box.add(PageParts.sideTitle("Review"));
        Div figures = PageParts.classed(new Div(), "review-tile");
        Span due = PageParts.classed(new Span(s.dueToday() + " due today"), "review-due");
        Span streak = PageParts.classed(new Span(s.streakDays() == 0 ? "no streak yet" : ReviewParts.days(s.streakDays()) + " streak"),
                "review-streak");
        figures.add(due, streak);
        box.add(figures);
        if (s.activeCards() == 0) {
            box.add(new Paragraph("Questions you miss in a quiz come back here for spaced review."));
        } else if (s.dueToday() == 0) {
            box.add(new Paragraph("Nothing due today" + (s.nextDue() == null ? "."
                    : "; the next card is due " + ReviewParts.date(s.nextDue(), LocalDate.now(clock)) + ".")));
        }
        var open = Links.to(ReviewNavigation.review(), s.dueToday() > 0 ? "Start today's review" : "Open review");
        open.addClassName("button-link");
        box.add(open);
        return box;
    }
}
