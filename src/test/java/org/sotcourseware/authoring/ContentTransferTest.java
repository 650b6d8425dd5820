package org.sotcourseware.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Export then import, module and whole-curriculum zips, and zips that must be refused. */
@IntegrationTest
class ContentTransferTest {

    static final Path CONTENT = AuthoringServiceTest.copyOfContent();

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry r) {
        r.add("sot.content.root", CONTENT::toString);
    }

    @Autowired ContentTransferService transfer;
    @Autowired CatalogueService catalogue;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void exporting_the_curriculum_and_importing_it_again_changes_nothing_and_the_files_are_byte_for_byte_the_originals() {
        users.signIn("instructor");
        byte[] zip = transfer.export(null);
        Map<String, byte[]> files = ContentTransferService.readZip(zip);
        ContentTree original = ContentTree.read(CONTENT);
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(original.paths());
        files.forEach((p, b) -> assertThat(b).as(p).isEqualTo(original.read(p).orElseThrow()));
        assertThat(ContentTree.of(files, "zip").version()).isEqualTo(catalogue.curriculum().version());

        var preview = transfer.preview("sot-curriculum.zip", zip);
        assertThat(preview.scope()).isEqualTo(ContentTransferService.Scope.CURRICULUM);
        assertThat(preview.changes()).isEmpty();
        assertThat(preview.blocking()).isEmpty();
        assertThat(transfer.export(null)).isEqualTo(zip); // the same content gives the same bytes
    }

    @Test
    void a_module_zip_with_a_changed_lesson_is_previewed_then_applied_and_published() throws IOException {
        users.signIn("instructor");
        Map<String, byte[]> files = new java.util.TreeMap<>(ContentTransferService.readZip(transfer.export("cmrt")));
        assertThat(files.keySet()).allMatch(p -> p.startsWith("cmrt/"));
        String lesson = files.keySet().stream().filter(p -> p.startsWith("cmrt/lessons/")).findFirst().orElseThrow();
        files.put(lesson, (new String(files.get(lesson), StandardCharsets.UTF_8) + "Imported paragraph.\n").getBytes(StandardCharsets.UTF_8));
        // wrapped in a folder, as "compress folder" makes it
        Map<String, byte[]> wrapped = new java.util.TreeMap<>();
        files.forEach((p, b) -> wrapped.put("export/" + p, b));
        var preview = transfer.preview("cmrt.zip", zip(wrapped));
        assertThat(preview.scope()).isEqualTo(ContentTransferService.Scope.MODULE);
        assertThat(preview.changes()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo(lesson);
            assertThat(c.kind()).isEqualTo(ContentTransferService.ChangeKind.CHANGED);
            assertThat(c.linesAdded()).isEqualTo(1);
        });
        assertThat(transfer.apply(preview)).isEqualTo(1);
        assertThat(catalogue.module("cmrt").orElseThrow().lessons().stream().anyMatch(l -> l.markdown().contains("Imported paragraph.")))
                .isTrue();
    }

    @Test
    void a_zip_that_would_add_a_problem_is_previewed_with_it_and_cannot_be_applied() throws IOException {
        users.signIn("instructor");
        Map<String, byte[]> files = new java.util.TreeMap<>(ContentTransferService.readZip(transfer.export("tmj")));
        String lesson = files.keySet().stream().filter(p -> p.startsWith("tmj/lessons/")).findFirst().orElseThrow();
        files.put(lesson, new String(files.get(lesson), StandardCharsets.UTF_8).replaceFirst("(?m)^order: .*$", "order: soon")
                .getBytes(StandardCharsets.UTF_8));
        var preview = transfer.preview("tmj.zip", zip(files));
        assertThat(preview.blocking()).anySatisfy(p -> assertThat(p.file()).isEqualTo(lesson));
        assertThat(preview.applicable()).isFalse();
        assertThatThrownBy(() -> transfer.apply(preview)).hasMessageContaining("nothing was imported");
    }

    @Test
    void unsafe_or_unreadable_zips_are_refused_in_plain_words() throws IOException {
        users.signIn("instructor");
        assertThatThrownBy(() -> transfer.preview("evil.zip", zip(Map.of("../../etc/passwd", new byte[] {1}))))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("not a safe relative path");
        assertThatThrownBy(() -> transfer.preview("notes.zip", "not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("holds no files");
        assertThatThrownBy(() -> transfer.preview("two.zip", zip(Map.of("cmrt/module.md", new byte[] {1}, "tmj/module.md", new byte[] {1}))))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("one module's folder");
        assertThatThrownBy(() -> transfer.preview("x.zip", zip(Map.of("unknown-module/module.md", new byte[] {1}))))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("not a module of the curriculum");
    }

    @Test
    void only_instructors_and_administrators_export_and_import() {
        users.signIn("organiser");
        assertThatThrownBy(() -> transfer.export(null)).isInstanceOf(AccessDeniedException.class);
        users.signIn("student");
        assertThatThrownBy(() -> transfer.preview("a.zip", new byte[] {1})).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_zip_bomb_is_refused_as_soon_as_it_inflates_past_a_hundred_times_its_size() throws IOException {
        users.signIn("instructor");
        byte[] bomb = zip(Map.of("cmrt/lessons/01-zeros.md", new byte[4 * 1024 * 1024]));
        assertThat(bomb.length).isLessThan(10_000);
        assertThatThrownBy(() -> transfer.preview("bomb.zip", bomb))
                .isInstanceOf(AuthoringException.class)
                .hasMessageContaining("more than 100 times its own size")
                .hasMessageContaining("zip bomb")
                .hasMessageContaining("Nothing was imported");
    }

    @Test
    void a_zip_larger_than_the_upload_limit_is_refused_unread() {
        users.signIn("instructor");
        assertThatThrownBy(() -> transfer.preview("huge.zip", new byte[ContentTransferService.MAX_ZIP_BYTES + 1]))
                .isInstanceOf(AuthoringException.class).hasMessageContaining("at most 40 MB");
    }

    @Test
    void a_markdown_file_over_the_size_limit_in_a_zip_blocks_the_import_with_its_file() throws IOException {
        users.signIn("instructor");
        StringBuilder big = new StringBuilder("---\nid: huge\ntitle: Huge\norder: 90\nminutes: 5\n---\n\n# Huge\n\n");
        while (big.length() <= org.sotcourseware.base.TextLimits.MARKDOWN_FILE + 1_000) {
            big.append("A sentence of an enormous lesson about the pelvis, written over and over. ").append(big.length()).append("\n\n");
        }
        Map<String, byte[]> files = new java.util.TreeMap<>(ContentTransferService.readZip(transfer.export("cmrt")));
        files.put("cmrt/lessons/90-huge.md", big.toString().getBytes(StandardCharsets.UTF_8));
        var preview = transfer.preview("big.zip", zip(files));
        assertThat(preview.applicable()).isFalse();
        assertThat(preview.blocking()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("cmrt/lessons/90-huge.md");
            assertThat(p.message()).contains("a Markdown file may hold at most 500,000 characters");
        });
    }
}
