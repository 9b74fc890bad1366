package org.siyaq.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which documents of a corpus a query looks at (a sub-corpus): those whose metadata {@code field} has
 * {@code value}, or, {@code negated}, every other document (those with another value or none: the rest
 * of the corpus). The field is one of {@link #BUILT_IN} or a further column of the corpus manifest;
 * values match exactly after trimming, Latin letters without regard to case. Written {@code field:value}
 * in the API and in URLs ({@code where=source:RT}), and {@code !field:value} for the rest
 * ({@code where=!source:RT}).
 */
public record DocumentFilter(String field, String value, boolean negated) {

    /** The documents whose {@code field} has {@code value}. */
    public DocumentFilter(String field, String value) {
        this(field, value, false);
    }

    /** The metadata fields every document has (possibly empty), in the order they are listed. */
    public static final List<String> BUILT_IN = List.of("title", "author", "date", "source", "genre", "file_name");

    public DocumentFilter {
        field = field == null ? "" : field.strip();
        value = value == null ? "" : value.strip();
        if (field.isEmpty()) {
            throw InvalidRequestException.of("where.no-field");
        }
        if (value.isEmpty()) {
            throw InvalidRequestException.of("where.no-value", field);
        }
    }

    /**
     * Reads the {@code field:value} form (split at the first colon), or {@code !field:value} for every
     * document outside it; {@code null} for a missing or blank text, which means every document.
     *
     * @throws IllegalArgumentException when the text has no colon, or nothing on one side of it
     */
    public static DocumentFilter parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String body = text.strip();
        boolean not = body.startsWith("!");
        if (not) {
            body = body.substring(1);
        }
        int colon = body.indexOf(':');
        if (colon < 0) {
            throw InvalidRequestException.of("where.malformed", text.strip());
        }
        return new DocumentFilter(body.substring(0, colon), body.substring(colon + 1), not);
    }

    /** The documents this filter leaves out: {@code field:value} and {@code !field:value} are each other's complement. */
    public DocumentFilter complement() {
        return new DocumentFilter(field, value, !negated);
    }

    /** The {@code field:value} (or {@code !field:value}) form that {@link #parse} reads. */
    public String toParameter() {
        return (negated ? "!" : "") + field + ":" + value;
    }

    /** The same text for every spelling {@link #matches} treats as equal (a cache key). */
    public String key() {
        return (negated ? "!" : "") + fold(field) + ":" + fold(value);
    }

    /**
     * Whether {@code doc} has this value in this field (a field the document lacks never matches), or,
     * negated, whether it has not (a document that lacks the field is then matched).
     */
    public boolean matches(DocumentInfo doc) {
        String actual = valueOf(doc, field);
        return negated != (actual != null && fold(actual).equals(fold(value)));
    }

    /** Whether documents of {@code documents} can have this field: a built-in one or a manifest column of one of them. */
    public boolean isFieldOf(List<DocumentInfo> documents) {
        return fieldsOf(documents).stream().anyMatch(f -> fold(f).equals(fold(field)));
    }

    /** The built-in fields, then every further manifest column of {@code documents} in the order first seen. */
    public static List<String> fieldsOf(List<DocumentInfo> documents) {
        Set<String> fields = new LinkedHashSet<>(BUILT_IN);
        for (DocumentInfo doc : documents) {
            fields.addAll(doc.extra().keySet());
        }
        return new ArrayList<>(fields);
    }

    /** The value of {@code field} in {@code doc}, trimmed; {@code null} when it has none. */
    public static String valueOf(DocumentInfo doc, String field) {
        String raw = switch (fold(field)) {
            case "title" -> doc.title();
            case "author" -> doc.author();
            case "date" -> doc.date();
            case "source" -> doc.source();
            case "genre" -> doc.genre();
            case "file_name" -> doc.fileName();
            default -> extra(doc.extra(), field);
        };
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    private static String extra(Map<String, String> extra, String field) {
        String exact = extra.get(field);
        if (exact != null) {
            return exact;
        }
        return extra.entrySet().stream()
                .filter(e -> fold(e.getKey()).equals(fold(field)))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Trimmed, Latin (and other cased) letters in lower case; Arabic has no case and is unchanged. */
    static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return field + (negated ? " \u2260 " : " = ") + value;
    }
}
