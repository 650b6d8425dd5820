package org.sotcourseware.handbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.handbook.HandbookService;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The handbook page without a browser: build with progress, then the download; a locked module's page says why. */
@IntegrationTest
class HandbookViewTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired HandbookService handbooks;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void building_shows_a_progress_bar_and_then_the_download() throws Exception {
        jdbc.sql("delete from handbook_pdf where module_id = 'foundations'").update();
        users.signIn(users.newStudent("handbook-view"));
        navigate("handbook/foundations", HandbookView.class);
        assertThat(find(Anchor.class).withClassName("download-handbook").all()).isEmpty();

        test(find(Button.class).withClassName("build-handbook").single()).click();
        assertThat(find(ProgressBar.class).withClassName("handbook-progress").all()).hasSize(1);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(500);

        handbooks.build("foundations").result().get(180, TimeUnit.SECONDS);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(find(Anchor.class).withClassName("download-handbook").single().getText()).isEqualTo("Download the handbook (PDF)");
        assertThat(getCurrentView().getElement().getTextRecursively()).containsPattern("\\d+ pages · \\d+\\.\\d MB");
        assertThat(find(ProgressBar.class).all()).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        // the next visit finds it built
        navigate("handbook/foundations", HandbookView.class);
        assertThat(find(Button.class).withClassName("build-handbook").all()).isEmpty();
        assertThat(find(Anchor.class).withClassName("download-handbook").single().getElement().getAttribute("download")).isNotNull();
    }

    @Test
    void a_locked_modules_handbook_page_says_what_opens_it_and_offers_nothing_to_build() {
        users.signIn(users.newStudent("handbook-locked"));
        navigate("handbook/category-one", HandbookView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("opens after you complete");
        assertThat(find(Button.class).withClassName("build-handbook").all()).isEmpty();
        assertThat(find(Anchor.class).withClassName("download-handbook").all()).isEmpty();
    }
}
