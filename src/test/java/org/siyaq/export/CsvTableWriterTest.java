package org.siyaq.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableWriterTest {

    /** A two-column table: a text cell and a number cell. */
    private record Row(String text, Object number) {}

    private static final TableColumns<Row> COLUMNS = TableColumns.<Row>builder()
            .add("text", Row::text)
            .add("number", Row::number)
            .build();

    private static String csv(Row... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTableWriter<Row> writer = new CsvTableWriter<>(out, COLUMNS);
        for (Row row : rows) {
            writer.write(row);
        }
        writer.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The records after the header, read back by an RFC 4180 parser. */
    private static List<CSVRecord> records(String csv) throws IOException {
        List<CSVRecord> all =
                CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        return all.subList(1, all.size());
    }

    @Test
    void the_file_starts_with_a_byte_order_mark_then_the_column_names() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvTableWriter<>(out, COLUMNS).flush();
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        assertEquals("\"text\",\"number\"\r\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void a_comma_inside_a_cell_is_quoted_so_it_does_not_split_the_cell() throws IOException {
        String csv = csv(new Row("a,b", 1));
        assertTrue(csv.contains("\"a,b\",1\r\n"), csv);
        assertEquals("a,b", records(csv).get(0).get(0));
    }

    @Test
    void a_double_quote_inside_a_cell_is_doubled() throws IOException {
        String csv = csv(new Row("say \"hi\"", 1));
        assertTrue(csv.contains("\"say \"\"hi\"\"\""), csv);
        assertEquals("say \"hi\"", records(csv).get(0).get(0));
    }

    @Test
    void a_newline_inside_a_cell_stays_inside_the_quoted_cell() throws IOException {
        String csv = csv(new Row("line one\nline two", 1), new Row("next", 2));
        List<CSVRecord> records = records(csv);
        assertEquals(2, records.size());
        assertEquals("line one\nline two", records.get(0).get(0));
        assertEquals("next", records.get(1).get(0));
    }

    @Test
    void arabic_text_is_written_as_utf8_unchanged() throws IOException {
        // a phrase with a hamza seat, a shadda and a comma (Arabic comma U+060C is not a delimiter)
        String phrase = "قالَ الرئيسُ، إنّ";
        String csv = csv(new Row(phrase, 3));
        assertEquals(phrase, records(csv).get(0).get(0));
        assertTrue(csv.contains("\"" + phrase + "\",3"), csv);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd"})
    void a_text_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote(String text) throws IOException {
        assertEquals("'" + text, CsvTableWriter.defuse(text));
        assertEquals("'" + text, records(csv(new Row(text, 1))).get(0).get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "word", "كلمة", "1+1", "a=b", "'quoted"})
    void other_text_cells_are_left_as_they_are(String text) throws IOException {
        assertEquals(text, CsvTableWriter.defuse(text));
    }

    @Test
    void a_negative_number_is_written_as_a_plain_number_not_defused() throws IOException {
        String csv = csv(new Row("w", -3.5), new Row("v", -7));
        assertTrue(csv.contains("\"w\",-3.5\r\n"), csv);
        assertTrue(csv.contains("\"v\",-7\r\n"), csv);
    }

    @Test
    void a_number_that_is_not_finite_and_a_missing_value_become_empty_cells() throws IOException {
        List<CSVRecord> records = records(csv(new Row(null, Double.NaN), new Row("x", Double.POSITIVE_INFINITY)));
        assertEquals("", records.get(0).get(0));
        assertEquals("", records.get(0).get(1));
        assertEquals("", records.get(1).get(1));
    }
}
