package org.siyaq.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.export.TableColumns;
import org.siyaq.tool.CommonParams;
import org.siyaq.tool.ParamSource;

/** Reading request parameters the controllers share, and shaping rows for JSON. */
final class ApiParams {

    static final String CSV = "csv";

    private ApiParams() {}

    /**
     * The query parameters of a JSON request, read strictly ({@link ParamSource#strict}); checks
     * {@code format} first: the CSV handler answers {@code format=csv}, the JSON one the rest.
     */
    static ParamSource json(Map<String, String> params) {
        String format = params.get("format");
        if (format != null && !format.isBlank() && !format.strip().equalsIgnoreCase("json")) {
            throw InvalidRequestException.of("request.unknown-format", format);
        }
        return ParamSource.strict(params);
    }

    /** The query parameters of a CSV request (its {@code format=csv} chose the handler). */
    static ParamSource csv(Map<String, String> params) {
        return ParamSource.strict(params);
    }

    static DocumentFilter where(ParamSource in) {
        return in.get(CommonParams.WHERE);
    }

    static int offset(ParamSource in) {
        return in.get(CommonParams.OFFSET);
    }

    static int limit(ParamSource in) {
        return in.get(CommonParams.LIMIT);
    }

    /** A JSON object with its keys in the order given (key, value, key, value, ...). */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The rows as JSON writes them: an array of objects keyed by column name, in column order. */
    static <R> JsonRows<R> rows(TableColumns<R> columns, List<R> rows) {
        return new JsonRows<>(columns, rows);
    }

    /** A file name safe in any header and file system: {@code <corpus>-<tool>.csv}. */
    static String csvFileName(String corpusId, String tool) {
        String safe = corpusId.replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT);
        return safe + "-" + tool + ".csv";
    }
}
