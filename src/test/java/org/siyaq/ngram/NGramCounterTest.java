package org.siyaq.ngram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.index.CorpusIndex;
import org.siyaq.testing.FixtureCorpus;
import org.siyaq.testing.SeedTexts;

/** The packed table equals the one compared against the token stream's table, row for row, on the bundled articles. */
class NGramCounterTest {

    @Test
    void the_packed_table_equals_the_hashed_one_for_every_n_and_level() throws Exception {
        LoadedCorpus corpus = FixtureCorpus.of("seed", SeedTexts.all());
        CorpusIndex index = corpus.index();
        BitSet everyThird = new BitSet();
        for (int p = 0; p < index.size(); p += 3) {
            everyThird.set(p);
        }
        int compared = 0;
        for (Level level : Level.values()) {
            int types = index.lexicon().typeCount(level);
            for (int n = 1; n <= 5; n++) {
                if (!NGramCounter.fits(n, types)) {
                    continue;
                }
                for (BitSet allowed : new BitSet[] {null, everyThird}) {
                    NGramTable packed = NGramCounter.count(index, index.typeTable(level), types, n, allowed, true);
                    NGramTable hashed = NGramCounter.count(index, index.typeTable(level), types, n, allowed, false);
                    assertThat(packed.positions()).as("%s %d", level, n).isEqualTo(hashed.positions());
                    assertThat(packed.freq()).isEqualTo(hashed.freq());
                    assertThat(packed.range()).isEqualTo(hashed.range());
                    compared++;
                }
            }
        }
        // the articles have a few thousand types a level: n = 1, 2, 3 always fit in 64 bits, 5 never
        assertThat(compared).isGreaterThanOrEqualTo(2 * 3 * Level.values().length);
    }

    @Test
    void three_ids_fit_below_two_to_the_21_types_and_two_always() {
        // 2^21 types need 21 bits each: 63 bits for three; one more type needs 22 bits, 66 for three
        assertThat(NGramCounter.fits(3, 1 << 21)).isTrue();
        assertThat(NGramCounter.fits(3, (1 << 21) + 1)).isFalse();
        assertThat(NGramCounter.fits(2, Integer.MAX_VALUE)).isTrue();
    }
}
