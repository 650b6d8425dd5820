package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.Curriculum;

/** References carry authors, year, title and a findable source; denied sources are flagged (docs/authoring.md). */
class ReferenceRulesTest {

    @TempDir
    Path dir;

    @Test
    void complete_references_of_every_accepted_form_pass() {
        assertThat(ReferenceRules.missing("Smith J, Brown K. Leg checks compared. *J Manipulative Physiol Ther*. 2010;33(4):280-289.")).isEmpty();
        assertThat(ReferenceRules.missing("Knutson GA. Leg-length inequality. Part II. *Chiropr Osteopat*. 2005;13:12.")).isEmpty();
        assertThat(ReferenceRules.missing("Page MJ, Green S. Manual therapy for rotator cuff disease. *Cochrane Database Syst Rev*. 2016;(6):CD012224.")).isEmpty();
        assertThat(ReferenceRules.missing("Guillaud A, Darbois N. Cranial osteopathy: a systematic review. PLoS One. 2016. doi:10.1371/journal.pone.0167823")).isEmpty();
        assertThat(ReferenceRules.missing("Guillaud A, Darbois N. Cranial osteopathy. PLoS One. 2016. https://doi.org/10.1371/journal.pone.0167823")).isEmpty();
        assertThat(ReferenceRules.missing("Beal MC. Viscerosomatic reflexes: a review. J Am Osteopath Assoc. 1985. PMID: 3908358.")).isEmpty();
        assertThat(ReferenceRules.missing("DeJarnette MB. *Sacro Occipital Technique*. Nebraska City: self-published; 1984.")).isEmpty();
        assertThat(ReferenceRules.missing("Sacro Occipital Research Society International. What are SOT methods? 2024. Available at: "
                + "https://www.sorsi.com/sot-methods (accessed 2026-12-06).")).isEmpty();
    }

    @Test
    void an_undated_web_page_says_n_d_and_is_dated_by_its_access_date() {
        assertThat(ReferenceRules.missing("SOTO Europe. The SOT story. n.d. Available at: https://soteurope.org/the-sot-story/ (accessed 2026-12-06).")).isEmpty();
        assertThat(ReferenceRules.missing("SOTO Europe. The SOT story. Available at: https://soteurope.org/the-sot-story/ (accessed 2026-12-06)."))
                .containsExactly("a year (or n.d. for a web page that shows no date)");
        assertThat(ReferenceRules.missing("SOTO Europe. The SOT story. n.d. Available at: https://soteurope.org/the-sot-story/."))
                .as("n.d. needs the access date").contains("a year (or n.d. for a web page that shows no date)");
        assertThat(ReferenceRules.missing("Blum CL. A seminar handout. n.d.")).as("n.d. is only for web pages").contains("a year");
    }

    @Test
    void a_journal_reference_without_volume_and_pages_lacks_a_source() {
        assertThat(ReferenceRules.missing("Downey PA, Barbano T. Craniosacral therapy. *J Orthop Sports Phys Ther*. 2006."))
                .singleElement().asString().startsWith("a source: a journal with volume and pages");
        assertThat(ReferenceRules.missing("Blum CL. Category Two. *Dynamic Chiropractic*. 2006;24(18).")).hasSize(1);
    }

    @Test
    void a_book_without_its_publisher_lacks_a_source() {
        assertThat(ReferenceRules.missing("Homola S. *Bonesetting, Chiropractic, and Cultism*. 1963. Chapter 11.")).hasSize(1);
    }

    @Test
    void a_web_page_needs_a_full_address_and_an_iso_access_date() {
        assertThat(ReferenceRules.missing("SOTO Europe. The SOT story. 2020. https://soteurope.org/the-sot-story/"))
                .containsExactly("an access date after the web address, written (accessed YYYY-MM-DD)");
        assertThat(ReferenceRules.missing("SOTO Europe. The SOT story. 2020. https://soteurope.org/the-sot-story/ (accessed 2026-13-40)."))
                .containsExactly("an access date after the web address, written (accessed YYYY-MM-DD)");
        assertThat(ReferenceRules.missing("SORSI. What are SOT methods? 2020. sorsi.com/sot-methods (accessed for this module)."))
                .containsExactly("the full web address (https://...) with an access date (accessed YYYY-MM-DD)");
    }

    @Test
    void a_reference_without_a_year_or_without_authors_and_title_is_reported() {
        assertThat(ReferenceRules.missing("WikiChiro. Major Bertrand DeJarnette. https://wikichiro.org/x (accessed 2026-12-06).")).containsExactly("a year (or n.d. for a web page that shows no date)");
        assertThat(ReferenceRules.missing("*J Anat*. 2012;221(6):537-567.")).containsExactly(
                "authors, a title and the source, each ending with a full stop (Smith J, Brown K. Title. Journal...)");
    }

    @Test
    void domains_are_read_from_full_and_bare_addresses() {
        assertThat(ReferenceRules.domains("Blum CL. Short legs. 2010. http://www.icakusa.com/short-legs and toshi-chiro.net/archives/845."))
                .containsExactly("icakusa.com", "toshi-chiro.net");
        assertThat(ReferenceRules.domains("Smith J. Title. *J Anat*. 2012;221(6):537-567. e.g. nothing here")).isEmpty();
    }

    private Curriculum load(String lessonReferences, String denyList) {
        ContentFixture f = ContentFixture.standard(dir)
                .lesson("a", "03-refs.md", "refs", 3, "# Refs\n\nA claim.[^1] Another.[^2]\n\n## References\n\n" + lessonReferences);
        if (denyList != null) {
            f.file("sources-deny.yml", denyList);
        }
        return new ContentLoader(new MarkdownRenderer()).load(dir);
    }

    @Test
    void an_incomplete_footnote_is_an_error_at_its_line_and_a_denied_source_a_warning() {
        Curriculum c = load("""
                [^1]: Smith J, Brown K. Leg checks compared. *J Manipulative Physiol Ther*. 2010;33(4):280-289.
                [^2]: Clinic K. What SOT is. 2019. https://blog.example-clinic.com/sot
                  (accessed 2026-12-06).
                """, "domains:\n  - example-clinic.com   # a clinic blog\npublications:\n  - Example Newsletter\n");
        assertThat(c.problems()).isEmpty();
        assertThat(c.warnings()).extracting(ContentProblem::toString).containsExactly(
                "a/lessons/03-refs.md:15: reference [^2] cites example-clinic.com, a sales or clinic page or blog (on sources-deny.yml); "
                        + "cite a published source");
        Curriculum bad = load("[^1]: Smith J. Leg checks. 2010.\n[^2]: Jones A. News. *Example newsletter*. 2019;3(2):1-2.\n", 
                "domains:\n  - example-clinic.com\npublications:\n  - Example Newsletter\n");
        assertThat(bad.problems()).extracting(ContentProblem::toString).containsExactly(
                "a/lessons/03-refs.md:14: reference [^1] needs a source: a journal with volume and pages (2010;33(4):280-289), a DOI, a PMID, "
                        + "a book's place and publisher (City: Publisher; 1984), or a web address with (accessed YYYY-MM-DD)");
        assertThat(bad.warnings()).extracting(ContentProblem::message).containsExactly(
                "reference [^2] cites Example Newsletter, a newsletter or trade magazine (on sources-deny.yml); cite a published source");
    }

    @Test
    void references_in_a_case_are_checked_too() {
        ContentFixture.standard(dir).file("a/cases/c.md", """
                ---
                id: c
                title: Case
                ---

                # Case

                A patient.[^1]

                ## End {#s-end type=end}

                Done.

                ### Score bands

                - 0-0: Done.

                [^1]: Someone. A claim. 2001.
                """);
        assertThat(new ContentLoader(new MarkdownRenderer()).load(dir).problems()).extracting(ContentProblem::toString)
                .singleElement().asString().startsWith("a/cases/c.md:18: reference [^1] needs a source");
    }

    @Test
    void a_malformed_deny_list_is_reported_and_a_missing_one_denies_nothing() {
        assertThat(load("[^1]: Smith J, Brown K. Leg. *J*. 2010;33(4):280-289.\n", "domains:\n  - not a domain\ncolours: [red]\n").problems())
                .extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                        "sources-deny.yml:3: unknown key 'colours' (use domains, publications)",
                        "sources-deny.yml:2: 'not a domain' is not a domain (example.com)");
        assertThat(load("[^1]: Smith J, Brown K. Leg. *J*. 2010;33(4):280-289.\n", null).warnings()).isEmpty();
    }

    @Test
    void the_seeded_deny_list_in_content_is_valid() {
        var deny = ReferenceRules.denyList(org.sotcourseware.content.ContentTree.read(Path.of("content")));
        assertThat(deny.problems()).isEmpty();
        assertThat(deny.domains()).contains("craniosomaticinstitute.com", "toshi-chiro.net", "franc066.wordpress.com");
    }
}
