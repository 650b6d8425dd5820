package org.sotcourseware.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Reads the export back with Commons CSV, an independent RFC 4180 reader. */
    private static List<List<String>> readBack(byte[] bytes) throws IOException {
        String body = text(bytes);
        assertThat(body).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(body.substring(1)), CSVFormat.RFC4180)) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    @Test
    void the_file_starts_with_a_utf8_byte_order_mark_and_keeps_accents_as_utf8() {
        byte[] bytes = CsvExport.write(List.of("Name"), List.of(List.of("Chloë Müller")));

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(Arrays.copyOfRange(bytes, 3, bytes.length))
                .isEqualTo("Name\r\nChloë Müller\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void every_record_ends_with_crlf_and_cells_are_separated_by_commas() {
        byte[] bytes = CsvExport.write(List.of("Email", "Score"), List.of(List.of("a@example.org", 3), List.of("b@example.org", 4)));

        assertThat(text(bytes)).isEqualTo("\uFEFFEmail,Score\r\na@example.org,3\r\nb@example.org,4\r\n");
    }

    @Test
    void cells_with_commas_semicolons_quotes_or_line_breaks_are_quoted_and_quotes_doubled() {
        byte[] bytes = CsvExport.write(List.of("a", "b", "c", "d", "e", "f"),
                List.of(List.of("Dupont, Bertrand", "x;y", "say \"hi\"", "two\nlines", "cr\rhere", "plain")));

        assertThat(text(bytes)).endsWith("\"Dupont, Bertrand\",\"x;y\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",plain\r\n");
    }

    @Test
    void an_independent_csv_reader_gets_back_exactly_the_cells_written() throws IOException {
        List<String> header = List.of("Name", "Comment, with comma", "Score");
        List<List<?>> rows = List.of(
                List.of("O'Brien, \"Dara\"", "line one\r\nline two", 12.5),
                List.of("Chloë", "", -3));

        assertThat(readBack(CsvExport.write(header, rows))).containsExactly(
                header,
                List.of("O'Brien, \"Dara\"", "line one\r\nline two", "12.5"),
                List.of("Chloë", "", "-3"));
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe() {
        assertThat(CsvExport.safeCell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExport.safeCell("+SUM(A1)")).isEqualTo("'+SUM(A1)");
        assertThat(CsvExport.safeCell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.safeCell("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvExport.safeCell("\tfoo")).isEqualTo("'\tfoo");
        assertThat(CsvExport.safeCell("\rfoo")).isEqualTo("'\rfoo");
        assertThat(CsvExport.safeCell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
    }

    @Test
    void a_negative_number_given_as_text_is_prefixed_but_a_number_is_not() {
        assertThat(CsvExport.safeCell("-5")).isEqualTo("'-5");
        assertThat(CsvExport.safeCell(-5)).isEqualTo("-5");
        assertThat(CsvExport.safeCell(-2.5)).isEqualTo("-2.5");
    }

    @Test
    void ordinary_text_is_left_alone() {
        assertThat(CsvExport.safeCell("Anne Martin")).isEqualTo("Anne Martin");
        assertThat(CsvExport.safeCell("O'Brien")).isEqualTo("O'Brien");
        assertThat(CsvExport.safeCell("a=b")).isEqualTo("a=b");
        assertThat(CsvExport.safeCell(" =1+1")).isEqualTo(" =1+1");
        assertThat(CsvExport.safeCell("anne@example.org")).isEqualTo("anne@example.org");
        assertThat(CsvExport.safeCell("")).isEmpty();
        assertThat(CsvExport.safeCell(true)).isEqualTo("true");
    }

    @Test
    void a_neutralised_cell_is_still_quoted_when_it_contains_a_delimiter() {
        byte[] bytes = CsvExport.write(List.of("x"), List.of(List.of("=HYPERLINK(\"http://evil\",\"x\")")));

        assertThat(text(bytes)).endsWith("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n");
    }

    @Test
    void header_cells_are_made_safe_too() {
        byte[] bytes = CsvExport.write(List.of("@module", "Name"), List.of());

        assertThat(text(bytes)).isEqualTo("\uFEFF'@module,Name\r\n");
    }

    @Test
    void null_is_an_empty_cell() {
        assertThat(CsvExport.safeCell(null)).isEmpty();

        List<Object> row = Arrays.asList("a@example.org", null, 1);
        assertThat(text(CsvExport.write(List.of("Email", "Name", "N"), List.of(row)))).endsWith("a@example.org,,1\r\n");
    }

    @Test
    void numbers_are_written_plainly_without_grouping_exponent_or_trailing_point_zero() {
        assertThat(CsvExport.safeCell(42)).isEqualTo("42");
        assertThat(CsvExport.safeCell(Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
        assertThat(CsvExport.safeCell(2.0)).isEqualTo("2");
        assertThat(CsvExport.safeCell(-0.0)).isEqualTo("0");
        assertThat(CsvExport.safeCell(1234567.0)).isEqualTo("1234567");
        assertThat(CsvExport.safeCell(0.1)).isEqualTo("0.1");
        assertThat(CsvExport.safeCell(1e20)).isEqualTo("100000000000000000000");
        assertThat(CsvExport.safeCell(1.5e-7)).isEqualTo("0.00000015");
        assertThat(CsvExport.safeCell(0.1f)).isEqualTo("0.1");
        assertThat(CsvExport.safeCell(3.0f)).isEqualTo("3");
        assertThat(CsvExport.safeCell(new BigDecimal("12.50"))).isEqualTo("12.50");
        assertThat(CsvExport.safeCell(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CsvExport.safeCell(new BigInteger("123456789012345678901234567890"))).isEqualTo("123456789012345678901234567890");
        assertThat(CsvExport.safeCell(new AtomicInteger(-7))).isEqualTo("-7");
    }

    @Test
    void numbers_use_a_point_for_decimals_whatever_the_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(CsvExport.safeCell(1234.5)).isEqualTo("1234.5");
            assertThat(CsvExport.safeCell(new BigDecimal("9876543.21"))).isEqualTo("9876543.21");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_number_type_whose_text_is_not_a_plain_number_is_treated_as_text() {
        Number odd = new Number() {
            @Override
            public int intValue() {
                return 0;
            }

            @Override
            public long longValue() {
                return 0;
            }

            @Override
            public float floatValue() {
                return 0;
            }

            @Override
            public double doubleValue() {
                return 0;
            }

            @Override
            public String toString() {
                return "=cmd|'/C calc'!A0";
            }
        };

        assertThat(CsvExport.safeCell(odd)).isEqualTo("'=cmd|'/C calc'!A0");
    }

    @Test
    void dates_and_instants_are_written_in_iso_8601() {
        assertThat(CsvExport.safeCell(LocalDate.of(2026, 3, 14))).isEqualTo("2026-03-14");
        assertThat(CsvExport.safeCell(Instant.parse("2026-03-14T09:30:00Z"))).isEqualTo("2026-03-14T09:30:00Z");
    }

    @Test
    void a_row_with_a_different_number_of_cells_than_the_header_is_refused() {
        assertThatThrownBy(() -> CsvExport.write(List.of("a", "b"), List.of(List.of("1", "2"), List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Row 2 has 1 cells but the header has 2");
        assertThatThrownBy(() -> CsvExport.write(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
