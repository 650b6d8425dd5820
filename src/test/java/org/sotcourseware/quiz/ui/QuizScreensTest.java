package org.sotcourseware.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import com.vaadin.flow.component.html.H1;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.ui.ChoiceList;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.Question;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The quiz screens without a browser: intro, answering, the submit confirmation, the result. */
@IntegrationTest
@WithUserDetails("instructor") // a user with no demo quiz history
class QuizScreensTest extends SpringBrowserlessTest {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    org.sotcourseware.testsupport.TestUsers users;

    @Test
    void a_locked_modules_quiz_shows_the_lock_panel_instead_of_a_start_button() {
        users.signIn(users.newStudent("locked-quiz")); // a new student: Category One opens after Foundations
        navigate("modules/category-one/quiz", QuizView.class);
        Div lock = find(Div.class).withClassName("lock-card").single();
        assertThat(lock.getElement().getTextRecursively()).contains("Category One opens after you complete Foundations of SOT.");
        assertThat(find(H1.class).single().getText()).isEqualTo(catalogue.module("category-one").orElseThrow().quiz().title());
        assertThat(find(Button.class).withClassName("quiz-start").all()).isEmpty();
    }

    @Test
    void question_inputs_are_named_after_their_question_and_the_heading_is_a_real_heading() {
        navigate("modules/foundations/quiz", QuizView.class);
        test(find(Button.class).withClassName("quiz-start").single()).click();
        ChoiceList choices = find(ChoiceList.class).single();
        assertThat(choices.getElement().getAttribute("aria-label")).startsWith("Question 1: ").doesNotContain("Choose one answer");
        assertThat(find(com.vaadin.flow.component.html.H2.class).withClassName("question-heading").single().getText()).startsWith("Question 1 of ");
    }

    @Test
    void the_module_page_links_to_its_quiz() {
        navigate("modules/foundations", Component.class);
        assertThat(find(Anchor.class).all().stream().map(Anchor::getHref)).contains("modules/foundations/quiz");
    }

    @Test
    void a_student_starts_answers_confirms_and_sees_the_result() {
        QuizView intro = navigate("modules/foundations/quiz", QuizView.class);
        var quiz = catalogue.module("foundations").orElseThrow().quiz();
        assertThat(find(H1.class).single().getText()).isEqualTo(quiz.title());
        assertThat(intro.getElement().getTextRecursively()).contains(quiz.questions().size() + " questions", "Pass mark 75%");

        test(find(Button.class).withClassName("quiz-start").single()).click();
        assertThat(getCurrentView()).isInstanceOf(QuizAttemptView.class);

        // answer the first question (single choice in Foundations) correctly by its option id
        Div card = find(Div.class).withClassName("question-card").single();
        String questionId = card.getElement().getAttribute("data-question");
        Question q = quiz.question(questionId).orElseThrow();
        find(ChoiceList.class).single().choose(q.correctOptions().getFirst().id());
        assertThat(find(Div.class).withClassName("attempt-progress-row").single().getElement().getTextRecursively()).contains("1 of " + quiz.questions().size() + " answered");

        test(find(Button.class).withText("Submit attempt").single()).click();
        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains((quiz.questions().size() - 1) + " questions are not answered yet");
        test(find(Button.class).withText("Submit now").single()).click();

        Div result = find(Div.class).withClassName("result-card").single();
        assertThat(result.getElement().getTextRecursively()).contains("Not passed", q.points() % 1 == 0 ? String.valueOf((int) q.points()) : "");
        // the review is one HTML block with a card per question, each naming its question
        Html review = find(Html.class).withClassName("review-list").single();
        Document doc = Jsoup.parseBodyFragment(review.getInnerHtml());
        assertThat(doc.select(".review-card").eachAttr("data-question"))
                .containsExactlyInAnyOrderElementsOf(quiz.questions().stream().map(Question::id).toList());
        assertThat(doc.select(".review-card[data-question=" + questionId + "]").text()).contains("Your answer");
    }

    @Test
    void in_german_the_quiz_speaks_german_and_its_questions_stay_english_with_their_language_marked() {
        users.signIn(users.newStudent("german-quiz"));
        UI.getCurrent().setLocale(Locale.GERMAN);
        QuizView intro = navigate("modules/foundations/quiz", QuizView.class);
        var quiz = catalogue.module("foundations").orElseThrow().quiz();
        assertThat(find(H1.class).single().getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(intro.getElement().getTextRecursively()).contains("Modulquiz", quiz.questions().size() + " Fragen", "Bestehensgrenze 75\u00a0%",
                "Ihre Versuche", "Sie haben dieses Quiz noch nicht bearbeitet.");
        assertThat(find(Button.class).withClassName("quiz-start").single().getText()).isEqualTo("Quiz starten");
        assertThat(intro.getPageTitle()).isEqualTo(quiz.title() + " · SOT Courseware");

        test(find(Button.class).withClassName("quiz-start").single()).click();
        assertThat(find(com.vaadin.flow.component.html.H2.class).withClassName("question-heading").single().getText()).startsWith("Frage 1 von ");
        assertThat(find(ChoiceList.class).single().getElement().getAttribute("aria-label")).startsWith("Frage 1: ");
        assertThat(find(Div.class).withClassName("question-prompt").single().getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(find(Div.class).withClassName("attempt-progress-row").single().getElement().getTextRecursively())
                .contains("0 von " + quiz.questions().size() + " beantwortet");

        test(find(Button.class).withText("Versuch abgeben").single()).click();
        assertThat(find(Dialog.class).single().getElement().getTextRecursively()).contains(quiz.questions().size() + " Fragen sind noch nicht beantwortet");
        test(find(Button.class).withText("Jetzt abgeben").single()).click();
        assertThat(find(Div.class).withClassName("result-card").single().getElement().getTextRecursively()).contains("Nicht bestanden", "Bestehensgrenze");
        Document doc = Jsoup.parseBodyFragment(find(Html.class).withClassName("review-list").single().getInnerHtml());
        assertThat(doc.text()).contains("Ihre Antwort", "Keine Antwort").doesNotContain("Your answer");
        assertThat(doc.select(".question-prompt").eachAttr("lang")).containsOnly("en");
    }

    @Test
    void in_german_a_number_that_cannot_be_read_is_refused_with_a_german_message() {
        Question numeric = catalogue.curriculum().modules().stream().map(m -> m.quiz()).filter(java.util.Objects::nonNull)
                .flatMap(q -> q.questions().stream()).filter(q -> q.type() == org.sotcourseware.content.QuestionType.NUMERIC).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(numeric != null, "the curriculum has a numeric question");
        UI.getCurrent().setLocale(Locale.GERMAN);
        var presented = org.sotcourseware.quiz.QuizPresentation.presentOne(catalogue.curriculum().modules().stream().map(m -> m.quiz())
                .filter(q -> q != null && q.questions().contains(numeric)).findFirst().orElseThrow(), numeric, 1L, md -> md);
        com.vaadin.flow.component.textfield.TextField field = (com.vaadin.flow.component.textfield.TextField)
                QuestionParts.input(presented, new org.sotcourseware.quiz.Answer.Typed("fünfundsiebzig"), false, a -> { });
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Geben Sie eine Zahl ein, z. B. 75");
        assertThat(field.getPlaceholder()).isEqualTo("Eine Zahl");
    }
}
