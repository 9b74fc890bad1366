package org.siyaq.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siyaq.corpus.DocumentInfo;

/** The distribution of a filtered concordance is counted from its lines, every document listed. */
class DocumentHitsTest {

    private static DocumentInfo doc(int id, int tokens) {
        return new DocumentInfo(id, "f" + id + ".txt", "", null, null, null, null, Map.of(), tokens, 0, 0);
    }

    private static KwicLine line(int docId) {
        return new KwicLine(docId, "t", 0, "", "w", "", 0, 1, 0, 1);
    }

    @Test
    void lines_are_counted_per_document_with_their_rate_per_million_tokens() {
        List<DocumentHits> hits =
                DocumentHits.count(List.of(doc(0, 2000), doc(1, 500), doc(2, 0)), List.of(line(0), line(1), line(0)));
        assertThat(hits).extracting(DocumentHits::hits).containsExactly(2, 1, 0);
        assertThat(hits.get(0).perMillion()).isEqualTo(2 * 1_000_000.0 / 2000);
        assertThat(hits.get(1).perMillion()).isEqualTo(1_000_000.0 / 500);
        assertThat(hits.get(2).perMillion()).isZero();
        assertThat(hits.get(1).title()).isEqualTo("f1.txt");
    }

    @Test
    void the_documents_of_a_sub_corpus_are_counted_by_their_ids_in_the_whole_corpus() {
        List<DocumentHits> hits =
                DocumentHits.count(List.of(doc(2, 100), doc(5, 100)), List.of(line(5), line(5), line(2)));
        assertThat(hits).extracting(DocumentHits::docId).containsExactly(2, 5);
        assertThat(hits).extracting(DocumentHits::hits).containsExactly(1, 2);
    }
}
