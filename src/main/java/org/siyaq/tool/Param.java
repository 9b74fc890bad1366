package org.siyaq.tool;

import java.util.Locale;
import java.util.function.Function;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.query.QueryError;
import org.siyaq.query.QueryException;

/**
 * One parameter of a tool, as the HTTP API and the page's address name it: its default, how its text is
 * read and written, and for a whole number the range a page keeps it in. The API reads a parameter
 * {@linkplain #read strictly} (a value that is not of the parameter's type is a bad request, explained in
 * both languages; the tool's query record then checks the range), a page {@linkplain #readLenient leniently}
 * (a stale or hand-edited link opens the page with the default, or the number put in range).
 *
 * @param parse reads a value; throws an {@link IllegalArgumentException} (or a {@link QueryException})
 *     naming the problem in both languages when the text is not one
 */
public record Param<T>(
        String name, T fallback, Function<String, T> parse, Function<T, String> write, int min, int max) {

    /** A whole number kept within {@code [min, max]} on a page; the API leaves the range to the query record. */
    public static Param<Integer> integer(String name, int fallback, int min, int max) {
        return new Param<>(name, fallback, text -> wholeNumber(name, text), String::valueOf, min, max);
    }

    /** {@code true} for true/yes/on/1 and {@code false} for false/no/off/0, in any case. */
    public static Param<Boolean> flag(String name, boolean fallback) {
        return new Param<>(name, fallback, text -> truth(name, text), String::valueOf, 0, 0);
    }

    /** Free text (a query, a filter): {@code ""} when absent. */
    public static Param<String> text(String name) {
        return new Param<>(name, "", text -> text, text -> text, 0, 0);
    }

    /** One of a set of values named by their keys; {@code parse} explains an unknown key. */
    public static <E> Param<E> choice(String name, E fallback, Function<String, E> parse, Function<E, String> key) {
        return new Param<>(name, fallback, parse, key, 0, 0);
    }

    /** The level of analysis, {@code norm} by default; an unknown one is a query error, as the query box reports it. */
    public static Param<Level> level() {
        return choice(
                "level",
                Level.NORM,
                text -> {
                    try {
                        return Level.parse(text);
                    } catch (IllegalArgumentException e) {
                        throw new QueryException(QueryError.UNKNOWN_LEVEL, "'" + text + "'");
                    }
                },
                Level::key);
    }

    /** The documents a tool looks at, {@code field:value} ({@link DocumentFilter}); {@code null} for all. */
    public static Param<DocumentFilter> documents(String name) {
        return choice(name, null, DocumentFilter::parse, DocumentFilter::toParameter);
    }

    /** The value of {@code text}, the default when it is absent or blank; throws when it is not one. */
    public T read(String text) {
        return text == null || text.isBlank() ? fallback : parse.apply(text);
    }

    /** The value of {@code text}, the default when it is absent or not one; a number is put in range. */
    public T readLenient(String text) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            T value = parse.apply(text.strip());
            return value instanceof Integer n ? cast(Math.clamp(n.longValue(), min, max)) : value;
        } catch (IllegalArgumentException | QueryException e) {
            return fallback;
        }
    }

    /** The text of {@code value}, as the address and the API write it; {@code null} for none. */
    public String format(T value) {
        return value == null ? null : write.apply(value);
    }

    @SuppressWarnings("unchecked")
    private T cast(int n) {
        return (T) Integer.valueOf(n);
    }

    private static int wholeNumber(String name, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.of("param.whole-number", name, text);
        }
    }

    private static boolean truth(String name, String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw InvalidRequestException.of("param.true-or-false", name, text);
        };
    }
}
