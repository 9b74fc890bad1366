package org.siyaq.export;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a table as RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheets read Arabic correctly),
 * one row at a time, so an export never holds the whole file. Text cells are quoted and, when they begin
 * with a character a spreadsheet would read as a formula, prefixed with a single quote (OWASP, "CSV
 * Injection"); numbers are written as plain numbers.
 */
public final class CsvTableWriter<R> implements Flushable {

    /** U+FEFF, written first so that spreadsheet programs detect UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final char FORMULA_GUARD = '\'';
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

    private final TableColumns<R> columns;
    private final CSVPrinter printer;

    /** Writes the byte-order mark and the header row (the column names). */
    public CsvTableWriter(OutputStream out, TableColumns<R> columns) throws IOException {
        this.columns = columns;
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        this.printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(columns.names());
    }

    /** Writes one row; fits {@code service.forEachRow(query, writer::write)}. */
    public void write(R row) {
        List<Object> cells = new ArrayList<>(columns.columns().size());
        for (Object value : columns.values(row)) {
            cells.add(cell(value));
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pushes what is buffered to the output stream, which stays open. */
    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /**
     * A text cell as it is written: a cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab
     * or a carriage return gets a leading single quote, so a spreadsheet shows it as text instead of
     * running it as a formula (OWASP, "CSV Injection").
     */
    public static String defuse(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return FORMULA_GUARD + text;
        }
        return text;
    }

    /** Numbers are ours and stay numbers; everything else is text from a document or a user. */
    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value;
        }
        return defuse(value.toString());
    }
}
