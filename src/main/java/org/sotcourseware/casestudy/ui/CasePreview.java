package org.sotcourseware.casestudy.ui;

import java.util.Set;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.sotcourseware.casestudy.CasePlay;
import org.sotcourseware.casestudy.CaseReadModel;
import org.sotcourseware.content.CaseStudy;
import org.springframework.modulith.NamedInterface;

/**
 * A case worked as students work it, for authors: the real case screen over a run kept in memory
 * ({@link CasePlay}), with a restart. Nothing is stored.
 */
@NamedInterface("preview")
public class CasePreview extends Div {

    public CasePreview(CaseStudy cs, String moduleTitle, UnaryOperator<String> html) {
        addClassName("case-preview");
        CasePlay play = new CasePlay(cs, moduleTitle, html);
        CaseRunPanel panel = new CaseRunPanel(new CaseRunPanel.Actions() {
            @Override
            public CaseReadModel.Run decide(String stageId, Set<String> chosen) {
                return play.decide(stageId, chosen);
            }

            @Override
            public CaseReadModel.Run proceed(String stageId) {
                return play.proceed(stageId);
            }

            @Override
            public CaseReadModel.Run startAgain() {
                return play.restart();
            }

            @Override
            public CaseReadModel.Run reload() {
                return play.view();
            }
        });
        Span note = new Span(getTranslation("casestudy.preview.note"));
        note.addClassName("preview-note");
        Button restart = new Button(getTranslation("casestudy.preview.restart"), e -> panel.show(play.restart()));
        restart.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div bar = new Div(note, restart);
        bar.addClassName("preview-bar");
        add(bar, panel);
        panel.show(play.view());
    }
}
