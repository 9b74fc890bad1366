package org.siyaq.corpus;

import java.util.Map;

/**
 * One document of a corpus: its metadata and where its tokens sit in the corpus token stream.
 *
 * @param id         0-based ordinal of the document in its corpus
 * @param firstToken corpus position of its first token
 * @param extra      any further metadata columns (from a manifest), in column order
 */
public record DocumentInfo(
        int id,
        String fileName,
        String title,
        String author,
        String date,
        String source,
        String genre,
        Map<String, String> extra,
        int tokenCount,
        int firstToken,
        int characters) {

    /** The title, or the file name when the document has none. */
    public String displayTitle() {
        return title == null || title.isBlank() ? fileName : title;
    }
}
