package org.sotcourseware.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.NotFound;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.progress.ProgressService;
import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The reading rules, through the service the reading views call: locks, what students and staff see, read state. */
@IntegrationTest
class LessonServiceTest {

    @Autowired LessonService lessons;
    @Autowired CatalogueService catalogue;
    @Autowired ProgressService progress;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void a_student_in_a_locked_module_gets_what_opens_it_instead_of_the_lesson_and_no_quiz_or_cases() {
        users.signIn(users.newStudent("lesson-locked"));
        Lesson first = catalogue.requireModule("category-one").publishedLessons().getFirst();

        LessonService.LessonPage page = lessons.open("category-one", first.id());

        assertThat(page).isInstanceOfSatisfying(LessonService.Locked.class, locked -> assertThat(locked.missingPrerequisites())
                .extracting(ProgressReadModel.ModuleRef::id).containsExactly("foundations"));
        LessonService.ModulePage module = lessons.module("category-one");
        assertThat(module.locked()).isTrue();
        assertThat(module.quiz()).isNull();
        assertThat(module.cases()).isEmpty();
        assertThatThrownBy(() -> lessons.markRead("category-one", first.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_read_a_locked_module_as_it_is() {
        users.signIn("instructor");
        Lesson first = catalogue.requireModule("category-one").publishedLessons().getFirst();

        assertThat(lessons.open("category-one", first.id())).isInstanceOf(LessonService.Readable.class);
        LessonService.ModulePage module = lessons.module("category-one");
        assertThat(module.locked()).isFalse();
        assertThat(module.quiz()).isNotNull();
    }

    @Test
    void opening_a_lesson_records_where_to_continue_and_reading_it_to_the_end_marks_it_read() {
        String me = users.newStudent("lesson-reader");
        users.signIn(me);
        CourseModule foundations = catalogue.requireModule("foundations");
        Lesson second = foundations.publishedLessons().get(1);

        LessonService.Readable page = (LessonService.Readable) lessons.open("foundations", second.id());

        assertThat(page.index()).isEqualTo(1);
        assertThat(page.lessons()).isEqualTo(foundations.publishedLessons());
        assertThat(page.read()).isFalse();
        assertThat(page.document().html()).contains(second.title());
        assertThat(progress.mine().continueAt()).isNotNull().satisfies(a -> assertThat(a.itemId()).isEqualTo(second.id()));

        lessons.markRead("foundations", second.id());
        assertThat(((LessonService.Readable) lessons.open("foundations", second.id())).read()).isTrue();
        assertThat(lessons.module("foundations").progress().readLessons()).containsExactly(second.id());

        lessons.markUnread("foundations", second.id());
        assertThat(lessons.module("foundations").progress().readLessons()).isEmpty();
    }

    @Test
    void unknown_modules_and_lessons_are_not_found_with_a_message_that_says_which() {
        users.signIn("student");
        assertThatThrownBy(() -> lessons.module("no-such-module")).isInstanceOf(NotFound.class)
                .hasMessage("There is no module called 'no-such-module'.");
        assertThatThrownBy(() -> lessons.open("foundations", "no-such-lesson")).isInstanceOf(NotFound.class)
                .hasMessageContaining("has no lesson called 'no-such-lesson'");
    }

    @Test
    void the_catalogue_numbers_every_module_in_teaching_order_and_names_its_prerequisites() {
        users.signIn("student");
        LessonService.Catalogue c = lessons.catalogue();
        assertThat(c.modules()).extracting(m -> m.module().id())
                .containsExactlyElementsOf(catalogue.curriculum().modules().stream().map(CourseModule::id).toList());
        assertThat(c.modules().getFirst().number()).isEqualTo(1);
        assertThat(c.modules().get(1).requiredTitles()).containsExactly(catalogue.requireModule("foundations").title());
    }

    @Test
    void nobody_reads_without_signing_in() {
        assertThatThrownBy(() -> lessons.catalogue()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
