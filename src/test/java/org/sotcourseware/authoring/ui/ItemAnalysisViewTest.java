package org.sotcourseware.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Item analysis shows each prompt rendered from its Markdown, and says what discrimination and a "–" mean. */
@IntegrationTest
class ItemAnalysisViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("instructor")
    void prompts_are_rendered_and_the_legend_explains_the_dash() {
        navigate("authoring/analysis/foundations", Component.class);
        List<String> prompts = $(Html.class).all().stream().map(Html::getInnerHtml).toList();
        List<String> all = $(Html.class).all().stream().map(h -> h.getElement().getOuterHTML()).filter(h -> h.contains("analysis-prompt")).toList();
        assertThat(all).isNotEmpty().noneMatch(h -> h.contains("**"));
        assertThat(all).anyMatch(h -> h.contains("<span class=\"inline-md\">") || h.contains("<p>"));
        assertThat(prompts).isNotEmpty();
        String legend = $(Paragraph.class).all().stream().filter(p -> p.hasClassName("analysis-legend")).findFirst().orElseThrow().getText();
        assertThat(legend).contains("Discrimination").contains("-1 to 1").contains("\u201c\u2013\u201d means the figure cannot be worked out yet");
    }
}
