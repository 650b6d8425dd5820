package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CatalogueService;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo student works the Category Two case through a dead end to the debrief. */
class CaseE2E extends BrowserTest {

    @Autowired
    CatalogueService catalogue;

    @Test
    void the_demo_student_works_the_category_two_case_through_a_dead_end_to_the_debrief() {
        CaseStudy cs = catalogue.module("category-two").orElseThrow().caseStudy("c2-hairdresser-low-back").orElseThrow();
        openModuleFor("student", "category-two");
        signIn("student", "demo-student");
        page.navigate(url("modules/category-two"));
        page.locator(".activity-card a[href='modules/category-two/cases']").click();
        page.locator(".case-card[data-case='c2-hairdresser-low-back'] a").click();
        page.waitForURL(Pattern.compile(".*/modules/category-two/cases/c2-hairdresser-low-back$"));
        assertThat(page.locator(".case-presentation")).isVisible();
        // later stages are not on the page
        assertThat(page.locator(".case-stage")).hasCount(2);
        assertThat(page.locator("body")).not().containsText(cs.stage("s-findings").orElseThrow().title());

        // the tempting wrong first choice leads into a dead end, which explains and sends the student back
        choose("Put her on the blocks now");
        Locator dead = page.locator(".case-current.case-dead-end");
        assertThat(dead).containsText(cs.stage("s-blocks-first-dead-end").orElseThrow().title());
        int beforeReturn = page.locator(".case-stage").count();
        dead.locator("vaadin-button.case-proceed").click();
        page.waitForCondition(() -> page.locator(".case-stage").count() > beforeReturn);
        assertThat(page.locator(".case-current")).hasAttribute("data-stage", "s-history");

        // then the expert's path to the end, feedback after every decision
        workCaseIdeally(cs);
        Locator debrief = page.locator(".case-debrief");
        // the unsafe first choice cost its point; everything after it was the expert's
        int max = cs.maxPoints();
        assertThat(debrief).containsText((max - 1) + " of " + max + " points");
        assertThat(debrief.locator(".case-band")).containsText("expert path");
        assertThat(debrief.locator(".case-path-yours li")).hasCount(cs.idealPath().size() + 2);
        assertThat(debrief.locator(".case-path-ideal li")).hasCount(cs.idealPath().size());
        long idealDecisions = cs.idealPath().stream().map(id -> cs.stage(id).orElseThrow()).filter(st -> st.decision() != null).count();
        assertThat(debrief.locator(".case-points-row")).hasCount((int) idealDecisions + 1);

        page.navigate(url("modules/category-two/cases"));
        assertThat(page.locator(".case-card[data-case='c2-hairdresser-low-back']")).containsText("Completed");
        assertThat(page.locator(".case-card[data-case='c2-hairdresser-low-back']")).containsText("best " + (max - 1) + " of " + max);
    }

    private void choose(String textStart) {
        Locator current = page.locator(".case-current");
        int stagesOnPage = page.locator(".case-stage").count();
        current.locator("label.choice-row", new Locator.LocatorOptions().setHasText(textStart)).click();
        current.locator("vaadin-button.case-decide").click();
        page.waitForCondition(() -> page.locator(".case-stage").count() > stagesOnPage);
    }
}
