package org.siyaq.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.siyaq.index.CorpusIndex;
import org.siyaq.testing.FixtureCorpus;

/** A sub-corpus: its own index over the chosen documents, their original ids and texts, built once per opening. */
class SubCorpusTest {

    private static final String[] SOURCES = {"RT", "Tass", "RT", null, "rt"};
    private static final String[] TEXTS = {
        "روسيا وأمريكا", "محادثات في جنيف اليوم", "لقاء بين روسيا والولايات المتحدة", "نص بلا مصدر", "روسيا"
    };

    private final LoadedCorpus whole = FixtureCorpus.withSources("news", SOURCES, TEXTS);

    @Test
    void a_sub_corpus_holds_the_tokens_of_the_chosen_documents_only_with_the_same_type_ids() {
        LoadedCorpus rt = whole.restrictedTo(new DocumentFilter("source", "RT"));
        CorpusIndex sub = rt.index();
        CorpusIndex all = whole.index();

        assertThat(rt.documents()).extracting(DocumentInfo::id).containsExactly(0, 2, 4);
        assertThat(sub.docCount()).isEqualTo(3);
        int expectedSize = 0;
        for (int d : new int[] {0, 2, 4}) {
            expectedSize += all.docEnd(d) - all.docStart(d);
        }
        assertThat(sub.size()).isEqualTo(expectedSize);
        assertThat(rt.info().tokens()).isEqualTo(expectedSize);
        assertThat(rt.info().documents()).isEqualTo(3);
        assertThat(sub.lexicon()).isSameAs(all.lexicon());
        // the second chosen document (id 2) is ordinal 1 of the sub-corpus, token for token
        assertThat(sub.tokens().toArray(sub.docStart(1), sub.docEnd(1)))
                .containsExactly(all.tokens().toArray(all.docStart(2), all.docEnd(2)));
    }

    @Test
    void a_sub_corpus_reads_each_document_by_its_ordinal_and_knows_its_original_id() {
        LoadedCorpus rt = whole.restrictedTo(new DocumentFilter("source", "RT"));

        assertThat(rt.document(1).id()).isEqualTo(2);
        assertThat(rt.ordinalOf(4)).isEqualTo(2);
        assertThat(rt.text(1).text()).isEqualTo(TEXTS[2]);
        assertThat(rt.span(2, 0, 1).text()).isEqualTo(TEXTS[4]);
        assertThat(rt.filter()).isEqualTo(new DocumentFilter("source", "RT"));
        assertThat(rt.whole()).isSameAs(whole);
        assertThatThrownBy(() -> rt.ordinalOf(1)).isInstanceOf(DocumentNotFoundException.class);
    }

    @Test
    void a_filter_with_an_unknown_field_or_no_matching_document_is_refused_with_a_message() {
        assertThatThrownBy(() -> whole.restrictedTo(new DocumentFilter("source", "Reuters")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No document of corpus 'news' has source = 'Reuters'.");
        assertThatThrownBy(() -> whole.restrictedTo(new DocumentFilter("colour", "red")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no metadata field 'colour'")
                .hasMessageContaining("source");
    }

    @Test
    void the_registry_builds_a_sub_corpus_once_and_again_when_its_corpus_is_reopened() {
        CorpusRegistry registry = new CorpusRegistry(null, null, null);
        registry.put(whole);
        DocumentFilter tass = DocumentFilter.parse("source:Tass");

        LoadedCorpus first = registry.get("news", tass);
        assertThat(registry.get("news", DocumentFilter.parse("SOURCE: tass"))).isSameAs(first);
        assertThat(registry.get("news", null)).isSameAs(whole);

        LoadedCorpus reopened = FixtureCorpus.withSources("news", SOURCES, TEXTS);
        registry.put(reopened);
        LoadedCorpus second = registry.get("news", tass);
        assertThat(second).isNotSameAs(first);
        assertThat(second.whole()).isSameAs(reopened);
        assertThat(second.documents()).extracting(DocumentInfo::id).containsExactly(1);
    }
}
