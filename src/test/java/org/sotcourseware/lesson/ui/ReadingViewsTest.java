package org.sotcourseware.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.ui.MissingView;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails("student")
class ReadingViewsTest extends SpringBrowserlessTest {

    @Autowired
    CatalogueService catalogue;

    @Test
    void the_catalogue_has_a_card_per_module_in_curriculum_order() {
        navigate(CatalogueView.class);
        var cards = find(Anchor.class).withClassName("module-card").all();
        assertThat(cards).extracting(a -> a.getElement().getAttribute("data-module"))
                .containsExactlyElementsOf(catalogue.curriculum().modules().stream().map(m -> m.id()).toList());
        assertThat(cards.getFirst().getElement().getTextRecursively()).contains("Module 1", "Foundations");
    }

    @Test
    void a_module_overview_lists_its_lessons_in_order_and_links_to_the_first() {
        navigate("modules/foundations", ModuleView.class);
        var module = catalogue.module("foundations").orElseThrow();
        assertThat(find(H1.class).single().getText()).isEqualTo(module.title());
        var lessonLinks = find(Anchor.class).all().stream()
                .filter(a -> a.getHref().matches("modules/foundations/[^/]+") && !a.getHref().endsWith("/quiz") && !a.getHref().endsWith("/cases")).map(Anchor::getHref).distinct().toList();
        assertThat(lessonLinks).containsExactlyElementsOf(module.publishedLessons().stream().map(l -> "modules/foundations/" + l.id()).toList());
    }

    @Test
    void a_lesson_shows_its_rendered_text_contents_and_next_link() {
        var module = catalogue.module("foundations").orElseThrow();
        var first = module.publishedLessons().get(0);
        var second = module.publishedLessons().get(1);
        LessonView view = navigate("modules/foundations/" + first.id(), LessonView.class);
        String html = find(Html.class).all().getFirst().getInnerHtml();
        assertThat(html).contains("<h1").contains(first.title());
        var doc = catalogue.renderLesson(first);
        assertThat(find(Anchor.class).withClassName("toc-level-2").all()).hasSizeGreaterThanOrEqualTo(doc.headings().stream().filter(h -> h.level() == 2).count() > 0 ? 1 : 0);
        assertThat(find(Anchor.class).withClassName("pager-next").single().getHref()).isEqualTo("modules/foundations/" + second.id());
        assertThat(view.getPageTitle()).startsWith(first.title());
    }

    @Test
    void in_page_links_keep_the_lesson_route_so_they_do_not_jump_to_the_start_page() {
        var first = catalogue.module("foundations").orElseThrow().publishedLessons().getFirst();
        navigate("modules/foundations/" + first.id(), LessonView.class);
        String html = find(Html.class).all().getFirst().getInnerHtml();
        assertThat(html).doesNotContain("href=\"#");
    }

    @Test
    void unknown_modules_and_lessons_get_the_not_found_page() {
        navigate("modules/no-such-module", MissingView.class);
        navigate("modules/foundations/no-such-lesson", MissingView.class);
    }
}
