package org.sotcourseware.progress.ui;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.progress.ProgressReadModel;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardCardTest {

    /** Addresses as the app's places resolve them, written out so a test sees which place a card links to. */
    private static final Function<CoursePlace, String> HREF = place -> place instanceof CoursePlace.ModulePage m
            ? "module-page/" + m.moduleId() : "elsewhere";

    private static ProgressReadModel.Module module(String title, ProgressReadModel.Status status, boolean locked, Double best) {
        return new ProgressReadModel.Module("category-two", title, 3, status, status == ProgressReadModel.Status.COMPLETED
                ? Instant.parse("2026-11-02T10:00:00Z") : null, 40, 2, 5, locked,
                List.of(new ProgressReadModel.ModuleRef("category-one", "Category <One>")), false, List.of(), Set.of(), best, false, 1, 2);
    }

    private static Document inside(Component card) {
        return Jsoup.parseBodyFragment(card.getElement().getProperty("innerHTML"));
    }

    @Test
    void a_card_is_one_router_link_with_its_figures_and_escaped_text_inside() {
        Component card = DashboardView.moduleCard(module("Category Two & <script>alert(1)</script>", ProgressReadModel.Status.IN_PROGRESS, false, 82.5), HREF);
        assertThat(card.getElement().getAttribute("router-link")).isNotNull();
        assertThat(card.getElement().getAttribute("href")).isEqualTo("module-page/category-two");
        assertThat(card.getElement().getAttribute("data-status")).isEqualTo("IN_PROGRESS");
        assertThat(card.getElement().getAttribute("data-percent")).isEqualTo("40");
        assertThat(card.getChildren()).as("no child components").isEmpty();
        Document d = inside(card);
        assertThat(d.select("script")).isEmpty();
        assertThat(d.selectFirst(".module-card-title").text()).isEqualTo("Category Two & <script>alert(1)</script>");
        assertThat(d.selectFirst("[data-status]").attr("data-status")).isEqualTo("IN_PROGRESS");
        assertThat(d.selectFirst("[data-percent]").attr("data-percent")).isEqualTo("40");
        assertThat(d.selectFirst("vaadin-progress-bar").attr("aria-label")).isEqualTo("Category Two & <script>alert(1)</script>: 40%");
        assertThat(d.select(".dashboard-module-meta span").eachText()).containsExactly("Quiz best 82.5%", "Cases 1/2");
        assertThat(d.select(".dashboard-module-lock")).isEmpty();
    }

    @Test
    void a_locked_card_says_what_opens_it() {
        Component card = DashboardView.moduleCard(module("Category Two", ProgressReadModel.Status.NOT_STARTED, true, null), HREF);
        assertThat(card.getElement().getAttribute("data-status")).isEqualTo("LOCKED");
        assertThat(card.getElement().getClassList()).contains("dashboard-module", "is-locked");
        Document d = inside(card);
        assertThat(d.selectFirst(".badge-locked vaadin-icon").attr("icon")).isEqualTo("vaadin:lock");
        assertThat(d.selectFirst(".dashboard-module-lock").text()).isEqualTo("After Category <One>");
        assertThat(d.select(".dashboard-module-meta span").eachText()).containsExactly("Cases 1/2");
    }

    @Test
    void a_completed_card_shows_the_date() {
        Document d = inside(DashboardView.moduleCard(module("Category Two", ProgressReadModel.Status.COMPLETED, false, 100.0), HREF));
        assertThat(d.selectFirst(".badge-success").text()).startsWith("Completed ").contains("2026");
        assertThat(d.select(".dashboard-module-meta span").eachText()).contains("Quiz best 100%");
    }
}
