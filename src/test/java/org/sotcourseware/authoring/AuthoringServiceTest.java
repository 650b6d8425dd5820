package org.sotcourseware.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.sotcourseware.audit.AuditEntry;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.ContentDraft;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.testsupport.Folders;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Drafts, publishing, conflicts, history and rollback through the service, on a copy of the real content. */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthoringServiceTest {

    static final Path CONTENT = copyOfContent();
    static final String LESSON = "category-one/lessons/01-category-one-model.md";

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry r) {
        r.add("sot.content.root", CONTENT::toString);
    }

    @Autowired
    AuthoringService authoring;
    @Autowired
    DraftService drafts;
    @Autowired
    StructureService structure;
    @Autowired
    PublishingService publishing;
    @Autowired
    GiftImportService gifts;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.sotcourseware.audit.AuditLog audit;
    @Autowired
    PublishedContent published;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ItemAnalysisService analysis;
    @Autowired
    org.sotcourseware.testsupport.Learner learner;
    @Autowired
    org.sotcourseware.progress.ProgressService progress;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private String lessonText() {
        return authoring.open(LESSON).text();
    }

    private Lesson publishedLesson() {
        return catalogue.curriculum().modules().stream().flatMap(m -> m.lessons().stream())
                .filter(l -> l.sourceFile().equals(LESSON)).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void the_first_start_seeds_every_content_file_as_published_and_the_catalogue_serves_the_same_content() {
        users.signIn("instructor");
        long files;
        try (Stream<Path> walk = Files.walk(CONTENT)) {
            files = walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(jdbc.sql("select count(*) from content_file").query(Long.class).single()).isGreaterThanOrEqualTo(files);
        assertThat(catalogue.curriculum().version()).isEqualTo(ContentTree.read(CONTENT).version());
        assertThat(authoring.tree().modules()).hasSize(12);
    }

    @Test
    void a_published_lesson_title_reaches_the_students_progress_requirements_at_once() {
        String file = "category-one/lessons/03-category-one-indicators.md";
        String student = users.newStudent("plan");
        users.signIn(student);
        String before = requirementOf("category-one-indicators");
        users.signIn("instructor");
        var open = authoring.open(file);
        String oldTitle = open.text().lines().filter(l -> l.startsWith("title: ")).findFirst().orElseThrow().substring(7);
        assertThat(before).contains(oldTitle);
        drafts.saveDraft(file, open.text().replace("title: " + oldTitle, "title: Indicators of Category One, renamed"), open.head(), "Rename");
        assertThat(publishing.publish(List.of(file), "Rename a lesson").ok()).isTrue();

        // the progress rules' plan is made once per published version: the new version brings the new title
        users.signIn(student);
        assertThat(requirementOf("category-one-indicators")).contains("Indicators of Category One, renamed").doesNotContain(oldTitle);
    }

    private String requirementOf(String lessonId) {
        return progress.mine().module("category-one").requirements().stream()
                .filter(r -> r.place() instanceof org.sotcourseware.content.CoursePlace.LessonPage p && p.lessonId().equals(lessonId))
                .findFirst().orElseThrow().text();
    }

    @Test
    void a_draft_is_invisible_to_students_until_it_is_published_and_then_the_catalogue_shows_it() {
        users.signIn("instructor");
        var file = authoring.open(LESSON);
        String changed = file.text().replace("# What Category One means in SOT\n", "# What Category One means in SOT\n\nA sentence added in a draft.\n");
        assertThat(changed).isNotEqualTo(file.text());
        long rev = drafts.saveDraft(LESSON, changed, file.head(), "Add a sentence");

        assertThat(publishedLesson().markdown()).doesNotContain("A sentence added in a draft.");
        assertThat(authoring.open(LESSON).state()).isEqualTo(AuthoringReadModel.State.DRAFT);

        var result = publishing.publish(List.of(LESSON), "Publish the added sentence");
        assertThat(result.ok()).isTrue();
        assertThat(publishedLesson().markdown()).contains("A sentence added in a draft.");
        assertThat(authoring.open(LESSON).state()).isEqualTo(AuthoringReadModel.State.PUBLISHED);
        assertThat(authoring.history(LESSON).getFirst().id()).isEqualTo(rev);
        assertThat(authoring.history(LESSON).getFirst().published()).isTrue();
        // the "what changed" note is kept with the publication, for the history screen
        assertThat(authoring.history(LESSON).getFirst().publications()).extracting(AuthoringReadModel.Publication::message)
                .containsExactly("Publish the added sentence");
        users.signIn("admin");
        assertThat(audit.recent("publish", 50)).extracting(AuditEntry::target).contains(LESSON);
    }

    @Test
    void a_problem_that_an_edit_only_moves_down_is_not_added_but_a_second_one_is() {
        users.signIn("instructor");
        ContentTree published = catalogue.tree();
        String text = new String(published.read(LESSON).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
        String withBrokenImage = text.replace("# What Category One means in SOT\n", "# What Category One means in SOT\n\n![A missing diagram](../images/none.svg)\n");
        assertThat(withBrokenImage).isNotEqualTo(text);
        ContentTree before = published.with(LESSON, withBrokenImage.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ContentTree moved = published.with(LESSON, withBrokenImage.replace("# What Category One means in SOT\n",
                "# What Category One means in SOT\n\nA new first sentence.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(publishing.addedProblems(before, moved)).isEmpty();
        ContentTree twice = published.with(LESSON, withBrokenImage.replace("# What Category One means in SOT\n",
                "# What Category One means in SOT\n\n![A missing diagram](../images/none.svg)\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(publishing.addedProblems(before, twice)).singleElement().satisfies(p -> assertThat(p.message()).contains("none.svg"));
    }

    @Test
    void a_second_editor_saving_over_a_newer_revision_gets_a_conflict_with_a_diff_and_nothing_is_overwritten() {
        users.signIn("instructor");
        var first = authoring.open(LESSON);
        var second = authoring.open(LESSON);
        String mine = first.text() + "\nFirst editor's line.\n";
        drafts.saveDraft(LESSON, mine, first.head(), null);

        String theirs = second.text() + "\nSecond editor's line.\n";
        assertThatThrownBy(() -> drafts.saveDraft(LESSON, theirs, second.head(), null))
                .isInstanceOfSatisfying(EditConflict.class, c -> {
                    assertThat(c.theirText()).contains("First editor's line.");
                    assertThat(c.diff()).anySatisfy(l -> {
                        assertThat(l.type()).isEqualTo(AuthoringReadModel.DiffLine.Type.ADDED);
                        assertThat(l.text()).isEqualTo("Second editor's line.");
                    });
                    assertThat(c.diff()).anySatisfy(l -> {
                        assertThat(l.type()).isEqualTo(AuthoringReadModel.DiffLine.Type.REMOVED);
                        assertThat(l.text()).isEqualTo("First editor's line.");
                    });
                });
        assertThat(lessonText()).contains("First editor's line.").doesNotContain("Second editor's line.");
        drafts.discardDraft(LESSON);
    }

    @Test
    void a_save_returns_the_new_head_the_file_as_it_now_opens_and_the_draft_world_and_an_unchanged_text_keeps_the_head() {
        users.signIn("instructor");
        var file = authoring.open(LESSON);
        String changed = file.text() + "\nA line saved in one call.\n";
        AuthoringReadModel.Saved saved = drafts.save(LESSON, changed, file.head());
        assertThat(saved.head()).isNotEqualTo(file.head());
        assertThat(saved.file()).isEqualTo(authoring.open(LESSON));
        assertThat(saved.file().head()).isEqualTo(saved.head());
        assertThat(saved.file().text()).isEqualTo(changed);
        assertThat(saved.file().state()).isEqualTo(AuthoringReadModel.State.DRAFT);
        assertThat(new String(saved.draftWorld().read(LESSON).orElseThrow(), StandardCharsets.UTF_8)).isEqualTo(changed);

        AuthoringReadModel.Saved again = drafts.save(LESSON, changed, saved.head());
        assertThat(again.head()).isEqualTo(saved.head());
        drafts.discardDraft(LESSON);
    }

    @Test
    void a_file_with_errors_cannot_be_published_and_nothing_changes() {
        users.signIn("instructor");
        var file = authoring.open(LESSON);
        String broken = file.text().replaceFirst("(?m)^order: .*$", "order: first");
        drafts.saveDraft(LESSON, broken, file.head(), null);
        ContentDraft check = authoring.check(LESSON, broken);
        assertThat(check.problems()).anySatisfy(p -> assertThat(p.message()).contains("order"));

        var result = publishing.publish(List.of(LESSON), null);
        assertThat(result.ok()).isFalse();
        assertThat(result.blocking()).anySatisfy(p -> assertThat(p.file()).isEqualTo(LESSON));
        assertThat(publishedLesson().order()).isEqualTo(1);
        drafts.discardDraft(LESSON);
        assertThat(authoring.open(LESSON).state()).isEqualTo(AuthoringReadModel.State.PUBLISHED);
    }

    @Test
    void removing_an_image_a_lesson_shows_is_refused_at_publish() {
        users.signIn("instructor");
        String lessons = catalogue.module("category-one").orElseThrow().lessons().stream().map(Lesson::markdown)
                .reduce("", String::concat);
        String image = authoring.tree().modules().stream().filter(m -> m.moduleId().equals("category-one")).findFirst().orElseThrow()
                .files().stream().filter(f -> f.kind() == ContentDraft.Kind.IMAGE)
                .filter(f -> lessons.contains(f.path().substring(f.path().lastIndexOf('/') + 1))).findFirst().orElseThrow().path();
        drafts.deleteDraft(image);
        var result = publishing.publish(List.of(image), null);
        assertThat(result.ok()).isFalse();
        assertThat(result.blocking()).anySatisfy(p -> assertThat(p.message()).contains("does not exist"));
        drafts.discardDraft(image);
    }

    @Test
    void a_rollback_is_a_new_published_revision_with_the_old_text() {
        users.signIn("instructor");
        var file = authoring.open(LESSON);
        long original = file.head();
        drafts.saveDraft(LESSON, file.text() + "\nA line that will be rolled back.\n", file.head(), null);
        assertThat(publishing.publish(List.of(LESSON), null).ok()).isTrue();
        assertThat(publishedLesson().markdown()).contains("A line that will be rolled back.");

        long publishedNow = authoring.open(LESSON).head();
        var diff = authoring.diff(LESSON, original, publishedNow, false);
        assertThat(diff).anySatisfy(l -> assertThat(l.text()).isEqualTo("A line that will be rolled back."));

        assertThat(publishing.rollback(LESSON, original, "Take it back").ok()).isTrue();
        assertThat(publishedLesson().markdown()).doesNotContain("A line that will be rolled back.");
        var history = authoring.history(LESSON);
        assertThat(history.getFirst().origin()).isEqualTo("ROLLBACK");
        assertThat(history.getFirst().published()).isTrue();
        assertThat(history.getFirst().id()).isNotEqualTo(original);
        assertThat(authoring.revisionText(LESSON, history.getFirst().id())).isEqualTo(authoring.revisionText(LESSON, original));
        // readable: the revision rolled back to by number and the app's date format, never a raw ISO instant
        assertThat(history.getFirst().message()).startsWith("Rollback to revision #" + original + " of ")
                .matches(".* of \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} by .*: Take it back").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
        assertThat(history.getFirst().publications()).extracting(AuthoringReadModel.Publication::message).containsExactly("Take it back");
    }

    @Test
    void a_new_lesson_from_the_template_validates_and_publishes_at_the_end_of_its_module() {
        users.signIn("instructor");
        int before = catalogue.module("cranial").orElseThrow().lessons().size();
        String path = structure.createLesson("cranial", "Palpation practice: a checklist");
        assertThat(path).startsWith("cranial/lessons/").endsWith("-palpation-practice-a-checklist.md");
        assertThat(authoring.open(path).state()).isEqualTo(AuthoringReadModel.State.NEW);
        assertThat(authoring.check(path, authoring.open(path).text()).problems()).isEmpty();
        assertThat(catalogue.module("cranial").orElseThrow().lessons()).hasSize(before);

        assertThat(publishing.publish(List.of(path), null).ok()).isTrue();
        var lessons = catalogue.module("cranial").orElseThrow().lessons();
        assertThat(lessons).hasSize(before + 1);
        assertThat(lessons.getLast().title()).isEqualTo("Palpation practice: a checklist");
    }

    @Test
    void a_new_case_from_the_template_has_no_problems() {
        users.signIn("instructor");
        String path = structure.createCase("tmj", "A violinist with jaw pain");
        ContentDraft d = authoring.check(path, authoring.open(path).text());
        assertThat(d.problems()).isEmpty();
        assertThat(d.caseStudy()).isNotNull();
        drafts.discardDraft(path);
        assertThat(authoring.tree().modules().stream().flatMap(m -> m.files().stream())).noneMatch(f -> f.path().equals(path));
    }

    @Test
    void renaming_and_reordering_change_only_the_front_matter_and_keep_ids() {
        users.signIn("instructor");
        var module = authoring.tree().modules().stream().filter(m -> m.moduleId().equals("tmj")).findFirst().orElseThrow();
        List<String> lessons = module.files().stream().filter(f -> f.kind() == ContentDraft.Kind.LESSON).map(AuthoringReadModel.FileStatus::path).toList();
        String first = lessons.getFirst();
        structure.rename(first, "A renamed lesson");
        assertThat(authoring.check(first, authoring.open(first).text()).lesson().title()).isEqualTo("A renamed lesson");

        List<String> reversed = new java.util.ArrayList<>(lessons);
        java.util.Collections.reverse(reversed);
        structure.reorderLessons("tmj", reversed);
        var tree = authoring.tree().modules().stream().filter(m -> m.moduleId().equals("tmj")).findFirst().orElseThrow();
        assertThat(tree.files().stream().filter(f -> f.kind() == ContentDraft.Kind.LESSON).map(AuthoringReadModel.FileStatus::path).toList())
                .isEqualTo(reversed);
        String id = catalogue.module("tmj").orElseThrow().lessons().getFirst().id();
        assertThat(publishing.publishModule("tmj", "Rename and reorder").ok()).isTrue();
        var published = catalogue.module("tmj").orElseThrow().lessons();
        assertThat(published.getLast().id()).isEqualTo(id);
        assertThat(published.getLast().title()).isEqualTo("A renamed lesson");
    }

    @Test
    void an_uploaded_svg_is_sanitised_and_served_and_a_bad_file_is_refused_in_plain_words() {
        users.signIn("instructor");
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script>"
                + "<rect width=\"10\" height=\"10\" onclick=\"alert(2)\"/></svg>";
        String path = structure.uploadImage("cmrt", "My Diagram.svg", svg.getBytes(StandardCharsets.UTF_8));
        assertThat(path).isEqualTo("cmrt/images/my-diagram.svg");
        String stored = new String(catalogue.tree().read(path).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(stored).contains("<rect").doesNotContain("script").doesNotContain("onclick");

        assertThatThrownBy(() -> structure.uploadImage("cmrt", "photo.png", "not a png".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("not a PNG image");
        assertThatThrownBy(() -> structure.uploadImage("cmrt", "notes.txt", new byte[] {1}))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("Only SVG, PNG");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void a_changed_file_in_the_content_folder_follows_the_folder_while_nobody_edited_it_and_is_incoming_once_they_did() throws IOException {
        users.signIn("instructor");
        String untouched = "intraoral/module.md";
        String edited = "paediatrics/module.md";
        var e = authoring.open(edited);
        drafts.saveDraft(edited, e.text() + "\nEdited in the app.\n", e.head(), null);
        assertThat(publishing.publish(List.of(edited), null).ok()).isTrue();

        Path u = CONTENT.resolve(untouched);
        Path p = CONTENT.resolve(edited);
        Files.writeString(u, Files.readString(u) + "\nChanged on disk.\n");
        Files.writeString(p, Files.readString(p) + "\nAlso changed on disk.\n");
        var report = tx.execute(s -> published.sync(ContentTree.read(CONTENT)));
        catalogue.reload();

        assertThat(report.paths(DiskSync.Action.APPLY)).containsExactly(untouched);
        assertThat(report.paths(DiskSync.Action.INCOMING)).containsExactly(edited);
        assertThat(catalogue.module("intraoral").orElseThrow().overviewMarkdown()).contains("Changed on disk.");
        assertThat(catalogue.module("paediatrics").orElseThrow().overviewMarkdown()).contains("Edited in the app.")
                .doesNotContain("Also changed on disk.");
        var opened = authoring.open(edited);
        assertThat(opened.incoming()).isNotNull();
        assertThat(opened.incoming().diff()).anySatisfy(l -> assertThat(l.text()).isEqualTo("Also changed on disk."));

        drafts.acceptIncoming(edited);
        assertThat(authoring.open(edited).text()).contains("Also changed on disk.");
        assertThat(authoring.open(edited).incoming()).isNull();
        assertThat(publishing.publish(List.of(edited), null).ok()).isTrue();
        assertThat(catalogue.module("paediatrics").orElseThrow().overviewMarkdown()).contains("Also changed on disk.");
    }

    @Test
    void gift_questions_are_converted_appended_to_the_quiz_draft_and_audited_and_the_result_has_no_problems() {
        users.signIn("instructor");
        String quiz = "intraoral/quiz.md";
        var file = authoring.open(quiz);
        int before = authoring.check(quiz, file.text()).quiz().questions().size();
        String gift = """
                // two questions and an essay that cannot be converted
                ::Gloves:: Intraoral work is done with gloves on. {T#Correct: always.#Gloves are always worn.}

                ::Consent:: Which comes first? {=Explaining the procedure and asking for consent ~Starting the adjustment#Never before consent.}

                ::Essay:: Describe your hygiene routine. {}
                """;
        var preview = gifts.giftPreview(quiz, gift);
        assertThat(preview.converted()).hasSize(2);
        assertThat(preview.skipped()).singleElement().satisfies(sk -> assertThat(sk.line()).isEqualTo(6));
        gifts.giftImport(quiz, gift, file.head());
        var draft = authoring.check(quiz, authoring.open(quiz).text());
        // GIFT has no learning outcomes: the imported questions name the module's first one (the preview notes it)
        assertThat(draft.problems()).isEmpty();
        assertThat(preview.notes()).extracting(org.sotcourseware.authoring.internal.GiftConverter.Note::message).anyMatch(m -> m.startsWith("every imported question names the outcome"));
        assertThat(draft.quiz().questions()).hasSize(before + 2);
        assertThat(draft.quiz().questions().getLast().id()).startsWith("q-intraoral-gift-");
        users.signIn("admin");
        assertThat(audit.recent("gift-import", 10)).extracting(AuditEntry::target).contains(quiz);
        users.signIn("instructor");
        drafts.discardDraft(quiz);
    }

    @Test
    void item_analysis_counts_first_attempts_by_default_and_every_attempt_on_request_and_is_for_staff_only() {
        String name = users.newStudent("item-analysis");
        users.signIn(name);
        learner.takeQuiz("foundations", false);
        learner.takeQuiz("foundations", true);
        users.signIn("instructor");
        var first = analysis.analyse("foundations", false).stats();
        var all = analysis.analyse("foundations", true).stats();
        assertThat(all.attempts()).isEqualTo(first.attempts() + 1);
        assertThat(first.students()).isEqualTo(all.students());
        assertThat(first.attempts()).isEqualTo(first.students());
        assertThat(first.questions()).hasSize(catalogue.module("foundations").orElseThrow().quiz().questions().size());
        users.signIn(name);
        assertThatThrownBy(() -> analysis.analyse("foundations", false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void students_and_organisers_cannot_use_authoring() {
        users.signIn("student");
        assertThatThrownBy(() -> authoring.tree()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.open(LESSON)).isInstanceOf(AccessDeniedException.class);
        users.signIn("organiser");
        assertThatThrownBy(() -> publishing.publish(List.of(LESSON), null)).isInstanceOf(AccessDeniedException.class);
    }

    static Path copyOfContent() {
        try {
            return Folders.copyToTemp(Path.of("content"), "sot-authoring-content");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_draft_or_a_message_over_its_length_is_refused_and_nothing_is_saved() {
        users.signIn("instructor");
        var file = authoring.open(LESSON);
        String huge = file.text() + "x".repeat(org.sotcourseware.base.TextLimits.MARKDOWN_FILE);
        assertThatThrownBy(() -> drafts.saveDraft(LESSON, huge, file.head(), null))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("at most 500,000 are allowed");
        assertThatThrownBy(() -> drafts.saveDraft(LESSON, file.text() + "\nMore.\n", file.head(), "m".repeat(1_001)))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("The message is 1,001 characters long");
        assertThat(authoring.open(LESSON).head()).isEqualTo(file.head());
    }
}
