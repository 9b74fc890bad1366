package org.siyaq.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.export.TableColumns;
import org.siyaq.query.QueryError;
import org.siyaq.query.QueryException;

/** Reading request parameters the controllers share, and shaping rows for JSON. */
final class ApiParams {

    static final String DEFAULT_LIMIT = "50";
    static final String CSV = "csv";

    private ApiParams() {}

    /** The level named by a parameter; an unknown name is a query error, so it has an Arabic message too. */
    static Level level(String s) {
        try {
            return Level.parse(s);
        } catch (IllegalArgumentException e) {
            throw new QueryException(QueryError.UNKNOWN_LEVEL, "'" + s + "'");
        }
    }

    /** Checks {@code format} on a JSON handler: the CSV handler answers {@code format=csv}, this one the rest. */
    static void requireJson(String format) {
        if (format != null && !format.isBlank() && !format.strip().equalsIgnoreCase("json")) {
            throw InvalidRequestException.of("request.unknown-format", format);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A JSON object with its keys in the order given (key, value, key, value, ...). */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static <R> List<Map<String, Object>> rows(TableColumns<R> columns, List<R> rows) {
        return rows.stream().map(columns::toMap).toList();
    }

    /** A file name safe in any header and file system: {@code <corpus>-<tool>.csv}. */
    static String csvFileName(String corpusId, String tool) {
        String safe = corpusId.replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT);
        return safe + "-" + tool + ".csv";
    }
}
