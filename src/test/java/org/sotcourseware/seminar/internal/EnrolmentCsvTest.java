package org.sotcourseware.seminar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sotcourseware.base.CsvExport;
import org.sotcourseware.seminar.internal.EnrolmentCsv.Parsed;
import org.sotcourseware.seminar.internal.EnrolmentCsv.Problem;
import org.sotcourseware.seminar.internal.EnrolmentCsv.Row;

class EnrolmentCsvTest {

    /** A problem's words in English, as the tests compare them. */
    static String english(Problem p) {
        return p.message().english();
    }


    private static String fixture(String name) {
        try (InputStream in = EnrolmentCsvTest.class.getResourceAsStream("/fixtures/csv/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> messagesOn(Parsed parsed, int line) {
        return parsed.problems().stream().filter(p -> p.line() == line).map(EnrolmentCsvTest::english).toList();
    }

    @Test
    void a_good_comma_separated_file_gives_one_row_per_student() {
        Parsed parsed = EnrolmentCsv.parse(fixture("good-comma.csv"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.dataLines()).isEqualTo(3);
        assertThat(parsed.rows()).containsExactly(
                new Row(2, "anne.martin@example.org", "Anne Martin", "amartin"),
                new Row(3, "bertrand@example.fr", "Dupont, Bertrand", null),
                new Row(4, "chloe@example.de", "Chloë Müller", "chloe.m"));
    }

    @Test
    void a_good_semicolon_separated_file_is_read_the_same_way_and_unknown_columns_are_ignored() {
        Parsed parsed = EnrolmentCsv.parse(fixture("good-semicolon.csv"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new Row(2, "anne.martin@example.org", "Anne Martin", null),
                new Row(3, "bertrand@example.fr", "Dupont; Bertrand", null),
                new Row(4, "chloe@example.de", "Chloë Müller", null));
    }

    @Test
    void the_delimiter_is_whichever_occurs_more_outside_quotes_in_the_header() {
        Parsed parsed = EnrolmentCsv.parse("\"email;address\",name\nanne@example.org,Anne\n");
        assertThat(parsed.problems()).singleElement().extracting(EnrolmentCsvTest::english).asString()
                .contains("'email;address'", "'name'");

        Parsed semicolons = EnrolmentCsv.parse("\"Email, please\";email;name\nx;anne@example.org;Anne\n");
        assertThat(semicolons.problems()).isEmpty();
        assertThat(semicolons.rows()).extracting(Row::email).containsExactly("anne@example.org");
    }

    @Test
    void a_byte_order_mark_crlf_line_ends_and_blank_lines_are_accepted() {
        Parsed parsed = EnrolmentCsv.parse(fixture("bom-crlf.csv"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.dataLines()).isEqualTo(3);
        assertThat(parsed.rows()).extracting(Row::line, Row::email, Row::displayName).containsExactly(
                tuple(2, "anne.martin@example.org", "Anne Martin"),
                tuple(4, "bertrand@example.fr", "Bertrand Dupont"),
                tuple(6, "chloe@example.de", "Chloë Müller"));
    }

    @Test
    void old_mac_line_ends_are_accepted() {
        Parsed parsed = EnrolmentCsv.parse("email,name\ranne@example.org,Anne\rbob@example.org,Bob");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(Row::line).containsExactly(2, 3);
    }

    @Test
    void a_record_is_numbered_by_the_physical_line_it_starts_on_even_after_quoted_line_breaks() {
        Parsed parsed = EnrolmentCsv.parse(fixture("multiline.csv"));

        assertThat(parsed.rows()).extracting(Row::line, Row::email).containsExactly(
                tuple(2, "anne.martin@example.org"),
                tuple(5, "bertrand@example.fr"),
                tuple(9, "dara@example.ie"));
        assertThat(parsed.problems()).extracting(Problem::line, EnrolmentCsvTest::english)
                .containsExactly(tuple(7, "The name contains a line break, which is not allowed in a name."));
        assertThat(parsed.dataLines()).isEqualTo(4);
    }

    @Test
    void first_and_last_name_columns_are_joined_with_a_space() {
        Parsed parsed = EnrolmentCsv.parse(fixture("first-last.csv"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new Row(2, "anne.martin@example.org", "Anne Martin", null),
                new Row(3, "bertrand@example.fr", "Bertrand Dupont", "bdupont"),
                new Row(4, "chloe@example.de", "Müller", null));
    }

    @Test
    void a_name_column_wins_over_first_and_last_name_which_fill_in_where_it_is_empty() {
        Parsed parsed = EnrolmentCsv.parse("email,first name,last name,name\n"
                + "a@example.org,Anne,Martin,Dr Anne Martin\n"
                + "b@example.org,Bertrand,Dupont,\n");

        assertThat(parsed.rows()).extracting(Row::displayName).containsExactly("Dr Anne Martin", "Bertrand Dupont");
    }

    @Test
    void values_are_trimmed_including_no_break_spaces_and_runs_of_spaces_in_a_name_become_one() {
        Parsed parsed = EnrolmentCsv.parse("email,name\n\u00A0 Anne@Example.ORG\u00A0,  Anne \u00A0  Martin  \n");

        assertThat(parsed.rows()).containsExactly(new Row(2, "anne@example.org", "Anne Martin", null));
    }

    @Test
    void a_header_lacking_required_columns_is_one_problem_on_line_1_naming_them_and_the_columns_found() {
        Parsed parsed = EnrolmentCsv.parse(fixture("header-missing.csv"));

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.dataLines()).isEqualTo(1);
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message().english()).contains("an 'email' column", "a 'last name' column to go with 'first name'",
                    "the columns found are: 'Mail', 'First name', 'Notes'");
        });
    }

    @Test
    void a_header_with_no_name_column_at_all_says_which_names_are_accepted() {
        Parsed parsed = EnrolmentCsv.parse("email,phone\na@example.org,123\n");

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message().english()).contains("'name', 'full name' or 'display name', or both 'first name' and 'last name'")
                    .doesNotContain("'email' column");
        });
    }

    @Test
    void a_file_that_starts_with_a_student_instead_of_a_header_is_told_so() {
        Parsed parsed = EnrolmentCsv.parse("anne@example.org,Anne Martin\nbob@example.org,Bob\n");

        assertThat(parsed.problems()).singleElement().extracting(EnrolmentCsvTest::english).asString()
                .contains("the columns found are: 'anne@example.org', 'Anne Martin'", "must be the header row");
    }

    @Test
    void header_names_ignore_case_spaces_underscores_and_hyphens() {
        Parsed parsed = EnrolmentCsv.parse(" E-MAIL ;DISPLAY_NAME;  user name\nanne@example.org;Anne;Anne.M\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(new Row(2, "anne@example.org", "Anne", "anne.m"));
    }

    @Test
    void two_columns_giving_the_same_thing_are_a_problem_rather_than_a_guess() {
        Parsed parsed = EnrolmentCsv.parse("email,name,display name\nanne@example.org,Anne,Anne M\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).extracting(Problem::line, EnrolmentCsvTest::english).containsExactly(tuple(1,
                "The columns 'name' (column 2) and 'display name' (column 3) both give the name: keep only one of them."));
    }

    @Test
    void an_empty_file_and_a_header_without_students_are_problems() {
        assertThat(EnrolmentCsv.parse("").problems()).extracting(Problem::line).containsExactly(1);
        assertThat(EnrolmentCsv.parse("\uFEFF\r\n\r\n").problems()).singleElement().extracting(EnrolmentCsvTest::english).asString()
                .startsWith("The file is empty");

        Parsed headerOnly = EnrolmentCsv.parse("email,name\r\n\r\n");
        assertThat(headerOnly.ok()).isFalse();
        assertThat(headerOnly.dataLines()).isZero();
        assertThat(headerOnly.problems()).extracting(Problem::line, EnrolmentCsvTest::english)
                .containsExactly(tuple(1, "The file has a header row but no students below it."));
    }

    @Test
    void each_kind_of_problem_is_reported_on_its_line_and_only_good_rows_are_listed() {
        Parsed parsed = EnrolmentCsv.parse(fixture("problems.csv"));

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.dataLines()).isEqualTo(17);
        assertThat(messagesOn(parsed, 3)).containsExactly("The email is missing.");
        assertThat(messagesOn(parsed, 4)).containsExactly("'not-an-email' is not a valid email address: it has no @.");
        assertThat(messagesOn(parsed, 5)).containsExactly("'two@@example.org' is not a valid email address: it has more than one @.");
        assertThat(messagesOn(parsed, 6)).containsExactly("'@example.org' is not a valid email address: there is nothing before the @.");
        assertThat(messagesOn(parsed, 7)).containsExactly(
                "'anne@localhost' is not a valid email address: the part after the @ has no dot (as in example.org).");
        assertThat(messagesOn(parsed, 8)).containsExactly("'anne smith@example.org' is not a valid email address: it contains a space.");
        assertThat(messagesOn(parsed, 9)).containsExactly("The name is missing.");
        assertThat(messagesOn(parsed, 10)).containsExactly("The name is 201 characters long; at most 200 are allowed.");
        assertThat(messagesOn(parsed, 11)).containsExactly("The name contains a tab, which is not allowed in a name.");
        assertThat(messagesOn(parsed, 12)).isEmpty();
        assertThat(messagesOn(parsed, 13)).singleElement().asString().startsWith("The username 'ab' is not valid: use 3 to 100 characters");
        assertThat(messagesOn(parsed, 14)).singleElement().asString().startsWith("The username 'anne martin' is not valid");
        assertThat(messagesOn(parsed, 15)).containsExactly("'anne.martin@example.org' is the same email as line 2.");
        assertThat(messagesOn(parsed, 16)).containsExactly("The username 'amartin' is already used on line 2.");
        assertThat(messagesOn(parsed, 17)).hasSize(3).satisfiesExactly(
                m -> assertThat(m).isEqualTo("'worst' is not a valid email address: it has no @."),
                m -> assertThat(m).isEqualTo("The name is missing."),
                m -> assertThat(m).startsWith("The username 'x' is not valid"));
        assertThat(messagesOn(parsed, 18)).containsExactly(
                "This line has 4 values but the header row has 3 columns: a value that contains a comma must be put in double quotes.");

        assertThat(parsed.problems()).extracting(Problem::line).isSorted().doesNotContain(1, 2, 12);
        assertThat(parsed.rows()).extracting(Row::line, Row::displayName).containsExactly(
                tuple(2, "Anne Martin"),
                tuple(12, "=cmd|' /C calc'!A0"));
    }

    @Test
    void duplicate_emails_that_differ_only_in_case_and_spaces_are_caught() {
        Parsed parsed = EnrolmentCsv.parse("email,name\nAnne@Example.org,Anne\nbob@example.org,Bob\n  ANNE@EXAMPLE.ORG ,Anne again\n");

        assertThat(parsed.problems()).extracting(Problem::line, EnrolmentCsvTest::english)
                .containsExactly(tuple(4, "'anne@example.org' is the same email as line 2."));
        assertThat(parsed.rows()).extracting(Row::line).containsExactly(2, 3);
    }

    @Test
    void other_malformed_emails_are_caught_with_a_reason() {
        assertThat(EnrolmentCsv.emailFault("anne@example.org")).isNull();
        assertThat(EnrolmentCsv.emailFault("o'brien+seminar@mail.example.ie")).isNull();
        assertThat(String.valueOf(EnrolmentCsv.emailFault("anne@"))).isEqualTo("there is nothing after the @");
        assertThat(String.valueOf(EnrolmentCsv.emailFault("anne@example."))).contains("empty part between dots");
        assertThat(String.valueOf(EnrolmentCsv.emailFault("anne@.example.org"))).contains("empty part between dots");
        assertThat(String.valueOf(EnrolmentCsv.emailFault("anne@example..org"))).contains("empty part between dots");
        assertThat(String.valueOf(EnrolmentCsv.emailFault("anne martin <anne@example.org>"))).isEqualTo("it contains a space");
        assertThat(String.valueOf(EnrolmentCsv.emailFault("<anne@example.org>"))).contains("<");
        assertThat(EnrolmentCsv.emailFault("a".repeat(242) + "@example.org")).isNull();
        assertThat(String.valueOf(EnrolmentCsv.emailFault("a".repeat(243) + "@example.org"))).isEqualTo("it is longer than 254 characters");
    }

    @Test
    void control_characters_and_hidden_direction_overrides_in_a_name_are_problems() {
        Parsed parsed = EnrolmentCsv.parse("email,name\na@example.org,Anne\u0007\nb@example.org,Bob\u202Egnp.exe\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).extracting(Problem::line, EnrolmentCsvTest::english).containsExactly(
                tuple(2, "The name contains a control character (U+0007), which is not allowed in a name."),
                tuple(3, "The name contains an invisible text-direction control character (U+202E), which is not allowed in a name."));
    }

    @Test
    void a_name_of_exactly_200_characters_is_allowed_counting_accented_letters_once() {
        String name = "é".repeat(200);
        Parsed parsed = EnrolmentCsv.parse("email,name\na@example.org," + name + "\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(Row::displayName).containsExactly(name);
    }

    @Test
    void a_quote_that_is_never_closed_is_reported_on_the_line_where_it_opens() {
        Parsed parsed = EnrolmentCsv.parse("email,name\na@example.org,Anne\nb@example.org,\"Bob\nc@example.org,Chloë\n");

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.rows()).extracting(Row::line).containsExactly(2);
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(3);
        assertThat(parsed.problems().getFirst().message().english()).contains("closing double quote");
    }

    @Test
    void a_space_before_an_opening_quote_still_opens_a_quoted_value() {
        Parsed parsed = EnrolmentCsv.parse("email, name\nanne@example.org, \"Martin, Anne\"\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(Row::displayName).containsExactly("Martin, Anne");
    }

    @Test
    void trailing_empty_cells_and_short_rows_are_fine() {
        Parsed parsed = EnrolmentCsv.parse("email,name,username\na@example.org,Anne,,,\nb@example.org,Bob\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(Row::line).containsExactly(2, 3);
    }

    @Test
    void up_to_the_row_limit_a_file_is_fine() {
        Parsed parsed = EnrolmentCsv.parse(students(EnrolmentCsv.MAX_ROWS));

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.rows()).hasSize(EnrolmentCsv.MAX_ROWS);
    }

    @Test
    void more_rows_than_the_limit_is_one_problem_that_says_the_limit() {
        Parsed parsed = EnrolmentCsv.parse(students(EnrolmentCsv.MAX_ROWS + 5));

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.dataLines()).isEqualTo(EnrolmentCsv.MAX_ROWS + 5);
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(EnrolmentCsv.MAX_ROWS + 2);
            assertThat(p.message().english()).contains("2,005 students", "at most 2,000");
        });
    }

    private static String students(int count) {
        StringBuilder csv = new StringBuilder("email,name\n");
        for (int i = 1; i <= count; i++) {
            csv.append("student").append(i).append("@example.org,Student ").append(i).append('\n');
        }
        return csv.toString();
    }

    @Test
    void a_file_exported_with_csv_export_reads_back_as_the_same_rows() {
        List<Row> original = List.of(
                new Row(2, "anne.martin@example.org", "Anne Martin", "amartin"),
                new Row(3, "bertrand@example.fr", "Dupont, Bertrand \"Bert\"", null),
                new Row(4, "chloe@example.de", "Chloë Müller; née Weiß", "chloe.m"),
                new Row(5, "dara@example.ie", "Dara O'Brien", "d-obrien_2"));
        List<List<?>> cells = new ArrayList<>();
        for (Row row : original) {
            cells.add(java.util.Arrays.asList(row.email(), row.displayName(), row.username()));
        }

        byte[] exported = CsvExport.write(List.of("Email", "Display name", "Username"), cells);
        Parsed parsed = EnrolmentCsv.parse(new String(exported, StandardCharsets.UTF_8));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).isEqualTo(original);
    }

    @Test
    void a_file_over_a_million_characters_is_refused_before_it_is_read() {
        StringBuilder csv = new StringBuilder("email,name\n");
        while (csv.length() <= EnrolmentCsv.MAX_CHARS) {
            csv.append("someone@example.org,").append("x".repeat(150)).append('\n');
        }
        Parsed parsed = EnrolmentCsv.parse(csv.toString());
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message().english()).contains("at most 1,000,000 are read from one file", "Split it");
        });
    }

    @Test
    void problems_are_words_to_translate_with_their_values_and_read_well_in_german() {
        Parsed parsed = EnrolmentCsv.parse("email,name\nworst,Anne\nbob@example.org,\n");
        Problem first = parsed.problems().getFirst();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.message()).isEqualTo(org.sotcourseware.base.Message.of("seminar.csv.email-invalid", "worst",
                org.sotcourseware.base.Message.of("seminar.csv.email-fault.no-at")));
        assertThat(first.message().in(java.util.Locale.GERMAN)).isEqualTo("\u201eworst\u201c ist keine g\u00fcltige E-Mail-Adresse: sie enth\u00e4lt kein @.");
        assertThat(parsed.problems().get(1).message().in(java.util.Locale.GERMAN)).isEqualTo("Der Name fehlt.");
        assertThat(EnrolmentCsv.parse("email,name\n").problems().getFirst().message().in(java.util.Locale.GERMAN))
                .isEqualTo("Die Datei hat eine Kopfzeile, aber darunter keine Studierenden.");
    }
}
