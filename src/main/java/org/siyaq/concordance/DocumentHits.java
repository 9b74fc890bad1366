package org.siyaq.concordance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.siyaq.corpus.DocumentInfo;

/** How often a query matches in one document: the concordance's distribution plot. */
public record DocumentHits(int docId, String title, int hits, int tokens, double perMillion) {

    /** {@code hits} matches in {@code doc}, with their rate per million tokens of the document (0 for an empty one). */
    public static DocumentHits of(DocumentInfo doc, int hits) {
        double perMillion = doc.tokenCount() == 0 ? 0 : hits * 1_000_000.0 / doc.tokenCount();
        return new DocumentHits(doc.id(), doc.displayTitle(), hits, doc.tokenCount(), perMillion);
    }

    /** Hits per document counted from a list of lines, every one of {@code documents} listed (zeros included), in their order. */
    public static List<DocumentHits> count(List<DocumentInfo> documents, List<KwicLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (KwicLine line : lines) {
            counts.merge(line.docId(), 1, Integer::sum);
        }
        List<DocumentHits> out = new ArrayList<>(documents.size());
        for (DocumentInfo doc : documents) {
            out.add(of(doc, counts.getOrDefault(doc.id(), 0)));
        }
        return out;
    }
}
