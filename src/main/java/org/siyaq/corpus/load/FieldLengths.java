package org.siyaq.corpus.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siyaq.corpus.CorpusFields;
import org.siyaq.corpus.SourceDocument;

/**
 * Brings every document of an upload within the lengths the store keeps (issue 11, item 6), before
 * anything is written: a document whose file name is too long is skipped, an over-long title, author,
 * date, source, genre or metadata name or value is cut to its length; each with its reason. Before,
 * one such field failed the whole corpus half-way through indexing, with the SQL statement as its message.
 */
final class FieldLengths {

    private FieldLengths() {}

    static Extraction fit(Extraction extraction) {
        List<SourceDocument> kept = new ArrayList<>();
        List<Rejection> notes = new ArrayList<>(extraction.rejected());
        for (SourceDocument doc : extraction.documents()) {
            String file = doc.fileName() == null ? "" : doc.fileName();
            if (!CorpusFields.FILE_NAME.fits(file)) {
                String shown = file.substring(0, 80) + "\u2026";
                notes.add(new Rejection(
                        shown,
                        UploadProblem.FILE_NAME_TOO_LONG,
                        List.of(
                                Integer.toString(file.length()),
                                Integer.toString(CorpusFields.FILE_NAME.maxLength()))));
                continue;
            }
            List<CorpusFields> cut = new ArrayList<>();
            Map<String, String> extra = new LinkedHashMap<>();
            doc.extra()
                    .forEach((k, v) ->
                            extra.put(cut(CorpusFields.META_KEY, k, cut), cut(CorpusFields.META_VALUE, v, cut)));
            SourceDocument fitted = new SourceDocument(
                    file,
                    doc.text(),
                    cut(CorpusFields.TITLE, doc.title(), cut),
                    cut(CorpusFields.AUTHOR, doc.author(), cut),
                    cut(CorpusFields.DATE, doc.date(), cut),
                    cut(CorpusFields.SOURCE, doc.source(), cut),
                    cut(CorpusFields.GENRE, doc.genre(), cut),
                    extra);
            for (CorpusFields field : cut.stream().distinct().toList()) {
                notes.add(new Rejection(
                        file,
                        UploadProblem.FIELD_SHORTENED,
                        List.of("harden.field." + field, Integer.toString(field.maxLength()))));
            }
            kept.add(fitted);
        }
        return new Extraction(kept, notes);
    }

    private static String cut(CorpusFields field, String value, List<CorpusFields> cut) {
        if (field.fits(value)) {
            return value;
        }
        cut.add(field);
        return field.cut(value);
    }
}
