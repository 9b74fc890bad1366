package org.siyaq.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A text to be indexed, with the metadata known about it. Blank metadata fields are null. */
public record SourceDocument(
        String fileName,
        String text,
        String title,
        String author,
        String date,
        String source,
        String genre,
        Map<String, String> extra) {

    public SourceDocument {
        extra = extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** This text's description once indexed as document {@code id}, of {@code tokens} tokens from {@code firstToken}. */
    public DocumentInfo indexedAs(int id, int tokens, int firstToken) {
        return new DocumentInfo(
                id, fileName, title, author, date, source, genre, extra, tokens, firstToken, text.length());
    }
}
