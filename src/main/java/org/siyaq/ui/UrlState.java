package org.siyaq.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.tool.Param;
import org.siyaq.tool.ParamSource;

/**
 * A tool page's state as it travels in the URL ({@code corpus}, {@code q}, {@code level}, {@code sort},
 * …): typed reads with fallbacks, so a hand-edited or stale link opens the page instead of failing,
 * and copies with a value changed, for the next navigation. A tool's parameters are read with
 * {@link #get(Param)}, leniently: the default when absent or malformed, a number put in its range.
 */
public final class UrlState implements ParamSource {

    public static final String CORPUS = "corpus";
    /** The documents a tool looks at, {@code field:value} (see {@link org.siyaq.corpus.DocumentFilter}); absent for all. */
    public static final String WHERE = "where";

    private final Map<String, String> values;

    private UrlState(Map<String, String> values) {
        this.values = values;
    }

    public static UrlState of(QueryParameters parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.getParameters().forEach((name, list) -> {
            if (!list.isEmpty() && list.get(0) != null) {
                values.put(name, list.get(0));
            }
        });
        return new UrlState(values);
    }

    public static UrlState empty() {
        return new UrlState(new LinkedHashMap<>());
    }

    /** The corpus named in the URL, the bundled corpus when none is. */
    public String corpus() {
        return text(CORPUS, CorpusRegistry.BUNDLED_ID);
    }

    /** The value of {@code name} stripped of surrounding blanks, {@code ""} when absent. */
    public String text(String name) {
        return text(name, "");
    }

    public String text(String name, String fallback) {
        String value = values.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** An integer kept within {@code [min, max]}; {@code fallback} when absent or not a number. */
    public int integer(String name, int fallback, int min, int max) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Math.clamp(Long.parseLong(value.strip()), min, max);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** {@code true} for 1/true/yes/on, {@code false} for 0/false/no/off, otherwise {@code fallback}. */
    public boolean flag(String name, boolean fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> fallback;
        };
    }

    public Level level(Level fallback) {
        return choice("level", Level::parse, fallback);
    }

    /** A value read by {@code parser}; {@code fallback} when absent or when the parser rejects it. */
    public <E> E choice(String name, Function<String, E> parser, E fallback) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    @Override
    public <T> T get(Param<T> param) {
        return param.readLenient(values.get(param.name()));
    }

    /** A copy with {@code param} set to {@code value}, or removed when the value is null or blank. */
    public <T> UrlState with(Param<T> param, T value) {
        return with(param.name(), param.format(value));
    }

    /** A copy with every one of {@code parameters} set (a tool's parameters, as its {@code parameters(query)} gives them). */
    public UrlState with(Map<String, String> parameters) {
        UrlState next = this;
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            next = next.with(e.getKey(), e.getValue());
        }
        return next;
    }

    /** A copy with {@code name} set to {@code value}, or removed when the value is null or blank. */
    public UrlState with(String name, Object value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        String text = value == null ? null : String.valueOf(value);
        if (text == null || text.isBlank()) {
            copy.remove(name);
        } else {
            copy.put(name, text);
        }
        return new UrlState(copy);
    }

    /** A copy holding only the named parameters (those present). */
    public UrlState only(String... names) {
        Map<String, String> copy = new LinkedHashMap<>();
        for (String name : names) {
            if (values.containsKey(name)) {
                copy.put(name, values.get(name));
            }
        }
        return new UrlState(copy);
    }

    public QueryParameters toQueryParameters() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        values.forEach((name, value) -> map.put(name, List.of(value)));
        return new QueryParameters(map);
    }

    /** The state as a URL query string without the leading {@code ?}, values percent-encoded. */
    public String queryString() {
        return toQueryParameters().getQueryString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UrlState other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return queryString();
    }
}
