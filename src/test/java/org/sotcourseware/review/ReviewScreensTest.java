package org.sotcourseware.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.ui.ChoiceList;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.quiz.Answer;
import org.sotcourseware.quiz.AttemptId;
import org.sotcourseware.quiz.QuizReadModel;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The Review page and the dashboard's review box without a browser, for a new student with two due cards. */
@IntegrationTest
class ReviewScreensTest extends SpringBrowserlessTest {

    @Autowired CatalogueService catalogue;
    @Autowired TestUsers users;
    @Autowired MissedQuestions missed;
    @Autowired Clock clock;
    @Autowired QuizService quizzes;
    @Autowired ReviewService review;

    Quiz quiz;
    List<Question> singles;

    @BeforeEach
    void twoDueCards() {
        String student = users.newStudent("review-screens");
        users.signIn(student);
        quiz = catalogue.module("foundations").orElseThrow().publishedQuiz().orElseThrow();
        singles = quiz.questions().stream().filter(q -> q.type() == QuestionType.SINGLE).limit(2).toList();
        missed.record(users.id(student), "foundations", quiz.id(), singles.stream().map(Question::id).toList(), LocalDate.now(clock),
                ReviewStore.MISSED, clock.instant());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_dashboard_says_how_many_cards_are_due_today() {
        navigate("", Component.class);
        Div box = find(Div.class).withClassName("dashboard-review").single();
        assertThat(box.getElement().getAttribute("data-due")).isEqualTo("2");
        assertThat(box.getElement().getTextRecursively()).contains("2 due today", "no streak yet", "Start today's review");
    }

    @Test
    void the_quiz_result_marks_missed_questions_in_review_and_adds_another_on_request() {
        AttemptId attempt = quizzes.startOrResume("foundations");
        List<String> drawn = quizzes.session(attempt).questions().stream().map(QuizReadModel.PresentedQuestion::id).toList();
        List<Question> others = quiz.questions().stream().filter(q -> drawn.contains(q.id()) && !singles.contains(q)).toList();
        Question missedOne = others.stream().filter(q -> q.type() == QuestionType.SINGLE).findFirst().orElseThrow();
        Question another = others.stream().filter(q -> q != missedOne).findFirst().orElseThrow();
        quizzes.saveAnswer(attempt, missedOne.id(), new Answer.Choice(java.util.Set.of(
                missedOne.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().id())));
        quizzes.submit(attempt);

        navigate("modules/foundations/quiz/attempt/" + attempt.value(), Component.class);
        Button missedButton = reviewButton(missedOne.id());
        assertThat(missedButton.getText()).endsWith("in review");
        assertThat(missedButton.isEnabled()).isFalse();
        Button add = reviewButton(another.id());
        assertThat(add.isEnabled()).isTrue();
        test(add).click();
        assertThat(add.getText()).endsWith("in review");
        assertThat(review.queued("foundations")).contains(missedOne.id(), another.id());
    }

    private Button reviewButton(String questionId) {
        return find(Button.class).withClassName("add-to-review-button").all().stream()
                .filter(b -> questionId.equals(b.getElement().getAttribute("data-question"))).findFirst().orElseThrow();
    }

    @Test
    void a_card_is_answered_with_the_quiz_input_checked_and_rated_and_the_next_one_follows() {
        navigate("review", Component.class);
        assertThat(find(Div.class).withClassName("review-figures").single().getElement().getTextRecursively()).contains("2", "due today");
        Div card = find(Div.class).withClassName("review-question").single();
        Question q = quiz.question(card.getElement().getAttribute("data-question")).orElseThrow();
        // before answering, nothing of the key is on the page
        assertThat(find(Html.class).all()).noneMatch(h -> h.getElement().getClassList().contains("feedback-box"));
        assertThat(find(Html.class).all().stream().map(Html::getInnerHtml).toList()).noneMatch(h -> h.contains("Correct answer"));
        assertThat(find(Button.class).withClassName("review-rate").all()).isEmpty();

        test(find(Button.class).withClassName("review-check").single()).click(); // nothing chosen yet: refused, nothing graded
        assertThat(find(Button.class).withClassName("review-rate").all()).isEmpty();

        find(ChoiceList.class).single().choose(q.correctOptions().getFirst().id());
        test(find(Button.class).withClassName("review-check").single()).click();
        assertThat(find(Html.class).all()).anyMatch(h -> h.getElement().getClassList().contains("feedback-correct"));
        assertThat(find(Html.class).all().stream().map(Html::getInnerHtml).toList()).anyMatch(h -> h.contains("Correct answer"));
        List<Button> ratings = find(Button.class).withClassName("review-rate").all();
        assertThat(ratings).extracting(b -> b.getElement().getAttribute("data-rating")).containsExactly("AGAIN", "HARD", "GOOD", "EASY");
        assertThat(ratings).extracting(Button::getText).containsExactly("Again · 1 day", "Hard · 1 day", "Good · 2 days", "Easy · 8 days");
        Button suggested = find(Button.class).withClassName("suggested").single();
        assertThat(suggested.getElement().getAttribute("data-rating")).isEqualTo("GOOD");

        test(suggested).click();
        Div next = find(Div.class).withClassName("review-question").single();
        assertThat(next.getElement().getAttribute("data-question")).isNotEqualTo(q.id());
        assertThat(find(Div.class).withClassName("review-figures").single().getElement().getTextRecursively()).contains("1 day", "streak, today done");

        Question other = quiz.question(next.getElement().getAttribute("data-question")).orElseThrow();
        find(ChoiceList.class).single().choose(other.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().id());
        test(find(Button.class).withClassName("review-check").single()).click();
        assertThat(find(Button.class).withClassName("suggested").single().getElement().getAttribute("data-rating")).isEqualTo("AGAIN");
        test(find(Button.class).withClassName("suggested").single()).click();
        assertThat(find(Div.class).withClassName("review-done").single().getElement().getTextRecursively())
                .contains("All done for today", "Your next card is due tomorrow");
    }

    @Test
    void in_german_the_review_page_and_the_dashboard_box_speak_german_and_the_question_stays_english() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("", Component.class);
        assertThat(find(Div.class).withClassName("dashboard-review").single().getElement().getTextRecursively())
                .contains("2 heute fällig", "noch keine Serie", "Heutige Wiederholung starten");

        navigate("review", Component.class);
        assertThat(find(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Wiederholung");
        assertThat(find(Div.class).withClassName("review-figures").single().getElement().getTextRecursively())
                .contains("heute fällig", "0 Tage", "in Folge", "2 Karten", "in der Wiederholung");
        Div card = find(Div.class).withClassName("review-question").single();
        assertThat(card.getElement().getTextRecursively()).contains("im Quiz verfehlt", "noch 2 für heute",
                "Einfachauswahl");
        assertThat(find(Div.class).withClassName("question-prompt").single().getElement().getAttribute("lang")).isEqualTo("en");
        Question q = quiz.question(card.getElement().getAttribute("data-question")).orElseThrow();
        test(find(Button.class).withClassName("review-check").single()).click(); // nothing chosen: a German refusal, nothing graded
        assertThat(find(Button.class).withClassName("review-rate").all()).isEmpty();

        find(ChoiceList.class).single().choose(q.correctOptions().getFirst().id());
        Button check = find(Button.class).withClassName("review-check").single();
        assertThat(check.getText()).isEqualTo("Antwort prüfen");
        test(check).click();
        assertThat(find(Html.class).all().stream().map(Html::getInnerHtml).toList()).anyMatch(h -> h.contains("Richtige Antwort"));
        assertThat(find(Button.class).withClassName("review-rate").all()).extracting(Button::getText)
                .containsExactly("Nochmal · 1 Tag", "Schwer · 1 Tag", "Gut · 2 Tage", "Leicht · 8 Tage");
        assertThat(find(Button.class).withClassName("suggested").single().getElement().getAttribute("aria-label")).isEqualTo("Gut: wieder in 2 Tagen (Vorschlag)");
        test(find(Button.class).withClassName("suggested").single()).click();
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("review-status").single().getText())
                .isEqualTo("Gut: Diese Karte kommt in 2 Tagen wieder.");
    }
}
