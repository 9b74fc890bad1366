package org.siyaq.analysis.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.junit.jupiter.api.Test;

class WordFilterTest {

    private final MorphDictionary dictionary = MorphDictionary.shared();

    @Test
    void everyWordOfTheDictionaryPasses() {
        long[] words = {0, 0};
        dictionary.forEach((form, lemma, tag) -> {
            words[0]++;
            if (!dictionary.mightHold(form)) {
                words[1]++;
            }
        });
        assertThat(words[0]).isGreaterThan(5_000_000L);
        assertThat(words[1]).as("dictionary entries the filter turns away").isZero();
    }

    @Test
    void theSupplementsWordsPassAndAreFound() throws Exception {
        List<String> lines;
        try (var in = MorphDictionary.class.getResourceAsStream(MorphDictionary.SUPPLEMENT)) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        int words = 0;
        for (String line : lines) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f.length == 3) {
                words++;
                assertThat(dictionary.mightHold(f[0])).as(f[0]).isTrue();
                assertThat(dictionary.lookup(f[0])).as(f[0]).contains(new Reading(f[1], f[2]));
            }
        }
        assertThat(words).isGreaterThan(10);
    }

    @Test
    void turnsAwayMostMissesAndLookupsAnswerAsTheAutomatonDoes() throws Exception {
        DictionaryLookup raw = new DictionaryLookup(
                morfologik.stemming.Dictionary.read(MorphDictionary.class.getResource(MorphDictionary.RESOURCE)));
        SplittableRandom random = new SplittableRandom(14);
        int misses = 0;
        int passed = 0;
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder word = new StringBuilder();
            int length = 2 + random.nextInt(6);
            for (int c = 0; c < length; c++) {
                word.append((char) (0x0621 + random.nextInt(0x064A - 0x0621 + 1)));
            }
            String w = word.toString();
            List<String> expected = new ArrayList<>();
            for (WordData data : raw.lookup(w)) {
                expected.add(data.getStem() + "/" + data.getTag());
            }
            List<String> actual = new ArrayList<>();
            for (Reading r : dictionary.lookup(w)) {
                actual.add(r.lemma() + "/" + r.tag());
            }
            // the supplement's readings (the verb kana) come first, then the automaton's, in its order
            assertThat(actual).as(w).endsWith(expected.toArray(String[]::new));
            if (expected.isEmpty()) {
                misses++;
                if (dictionary.mightHold(w)) {
                    passed++;
                }
            } else {
                found++;
            }
        }
        assertThat(found).isPositive();
        assertThat(misses).isGreaterThan(100_000);
        assertThat((double) passed / misses)
                .as("misses that still walk the automaton")
                .isLessThan(0.03);
    }

    @Test
    void theBatchOfReadsAnswersWhatOneReadAWordAnswers() {
        String[] words = new String[64];
        int[] count = {0};
        long[] held = {0};
        boolean[] out = new boolean[words.length];
        dictionary.forEach((form, lemma, tag) -> {
            if (count[0] % 1000 == 0 && count[0] / 1000 < words.length) {
                words[count[0] / 1000] = form; // words the automaton holds
            }
            count[0]++;
        });
        SplittableRandom random = new SplittableRandom(15);
        for (int round = 0; round < 200; round++) {
            String[] batch = words.clone();
            for (int i = 0; i < batch.length; i += 1 + random.nextInt(3)) {
                batch[i] = batch[i] + (char) (0x0621 + random.nextInt(40)); // most of these are no word
            }
            int n = 1 + random.nextInt(batch.length);
            dictionary.mayHold(batch, n, out);
            for (int i = 0; i < n; i++) {
                assertThat(out[i]).as(batch[i]).isEqualTo(dictionary.mightHold(batch[i]));
                held[0] += out[i] ? 1 : 0;
            }
        }
        assertThat(held[0]).as("words passed").isGreaterThan(1000);
    }
}
