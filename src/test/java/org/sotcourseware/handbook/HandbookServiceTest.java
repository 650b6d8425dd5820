package org.sotcourseware.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.ModuleGate;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The module handbook through its service: built once per content version, kept in the database, and who gets it. */
@IntegrationTest
class HandbookServiceTest {

    static final String MODULE = "tmj";

    @Autowired HandbookService handbooks;
    @Autowired HandbookStore store;
    @Autowired CatalogueService catalogue;
    @Autowired ObjectProvider<ModuleGate> gate;
    @Autowired Clock clock;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void a_handbook_is_built_once_per_content_version_and_then_served_from_the_database_by_every_node() throws Exception {
        jdbc.sql("delete from handbook_pdf").update();
        users.signIn("instructor");
        HandbookService.Status before = handbooks.status(MODULE);
        assertThat(before.ready()).isNull();
        assertThat(before.lockedReason()).isNull();

        HandbookService.Build build = handbooks.build(MODULE);
        assertThat(handbooks.build(MODULE)).as("a second reader on the node shares the running build").isSameAs(build);
        byte[] pdf = build.result().get(120, TimeUnit.SECONDS);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(build.step().get().fraction()).isEqualTo(1.0);
        HandbookService.Status after = handbooks.status(MODULE);
        assertThat(after.ready()).isNotNull();
        assertThat(after.ready().bytes()).isEqualTo(pdf.length);
        assertThat(after.ready().pages()).isEqualTo(HandbookService.pageCount(pdf)).isGreaterThan(3);
        assertThat(jdbc.sql("select count(*) from handbook_pdf where module_id = ? and content_version = ?")
                .params(MODULE, catalogue.curriculum().version()).query(Integer.class).single()).isOne();

        // another node: its own service, the same database; it serves the stored file without building
        HandbookService otherNode = new HandbookService(catalogue, gate, store, clock);
        try {
            HandbookService.Build served = otherNode.build(MODULE);
            assertThat(served.result()).isDone();
            assertThat(served.result().get()).isEqualTo(pdf);
        } finally {
            otherNode.stop();
        }

        // a handbook of an older content version is replaced, not kept beside the new one
        assertThat(store.save(MODULE, "0123456789abcdef", pdf, 1, 1, clock.instant())).isTrue();
        assertThat(jdbc.sql("select count(*) from handbook_pdf where module_id = ?").param(MODULE).query(Integer.class).single()).isOne();
        assertThat(store.save(MODULE, "0123456789abcdef", pdf, 1, 1, clock.instant())).as("a version stored twice keeps the first").isFalse();
    }

    @Test
    void a_student_gets_the_handbook_of_an_open_module_and_is_refused_a_locked_ones() {
        users.signIn(users.newStudent("handbook-student"));
        assertThat(handbooks.status("foundations").lockedReason()).isNull();

        HandbookService.Status locked = handbooks.status("category-one");
        assertThat(locked.lockedReason().english()).contains("opens after you complete");
        assertThat(locked.ready()).isNull();
        assertThatThrownBy(() -> handbooks.build("category-one")).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("opens after you complete");
        assertThatThrownBy(() -> handbooks.pdf("category-one")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_out_gets_a_handbook() {
        users.signOut();
        assertThatThrownBy(() -> handbooks.build("foundations")).isInstanceOfAny(AuthenticationCredentialsNotFoundException.class,
                AccessDeniedException.class);
        assertThatThrownBy(() -> handbooks.status("foundations")).isInstanceOfAny(AuthenticationCredentialsNotFoundException.class,
                AccessDeniedException.class);
    }

    @Test
    void a_german_handbook_is_stored_beside_the_english_one_with_german_fixed_words() throws Exception {
        jdbc.sql("delete from handbook_pdf").update();
        users.signIn("instructor");
        byte[] english = handbooks.build(MODULE).result().get(120, TimeUnit.SECONDS);
        HandbookService.Build german = handbooks.build(MODULE, Locale.GERMAN);
        byte[] de = german.result().get(120, TimeUnit.SECONDS);

        assertThat(german.step().get().label()).isEqualTo(Message.of("handbook.step.ready"));
        assertThat(german.fileName()).endsWith("-de.pdf");
        assertThat(handbooks.status(MODULE, Locale.GERMAN).ready()).isNotNull();
        assertThat(handbooks.status(MODULE, Locale.ENGLISH).ready()).isNotNull();
        assertThat(jdbc.sql("select count(*) from handbook_pdf where module_id = ?").param(MODULE).query(Integer.class).single()).isEqualTo(2);
        try (var doc = Loader.loadPDF(de)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Inhalt").contains("Lernziele").containsPattern("Seite \\d+ von \\d+");
        }
        try (var doc = Loader.loadPDF(english)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Contents").containsPattern("Page \\d+ of \\d+");
        }
    }
}
