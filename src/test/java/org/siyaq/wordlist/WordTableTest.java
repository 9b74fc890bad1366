package org.siyaq.wordlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.Lexicon;

/**
 * The table keeps range and DP only for the types of two tokens or more and derives them for a type of
 * one token from its document: every type's figures must be the very doubles the earlier table held
 * (an {@code int} and a {@code double} for every type, computed below as it computed them).
 */
class WordTableTest {

    @Test
    void range_and_dp_of_every_type_are_those_of_the_table_that_held_them_for_every_type() {
        // 5,000 forms over 40,000 tokens in 120 documents (some empty), about half of the forms seen once;
        // the norm merges forms in pairs (f and f + 1 for even f), so some norm types of one token come from two forms
        Random random = new Random(14);
        int forms = 5_000;
        int[] tokens = IntStream.range(0, 40_000)
                .map(p -> (int) Math.min(forms - 1, Math.abs(random.nextGaussian() * random.nextGaussian()) * 900))
                .toArray();
        int[] docStart = new int[121];
        for (int d = 1; d < 120; d++) {
            docStart[d] = random.nextInt(tokens.length);
        }
        docStart[120] = tokens.length;
        Arrays.sort(docStart);
        String[][] levels = new String[Level.values().length][forms];
        for (Level level : Level.values()) {
            Arrays.setAll(levels[level.ordinal()], f -> level == Level.FORM ? "w" + f : "w" + (f - f % 2));
        }
        CorpusIndex index = new CorpusIndex(new Lexicon(levels), tokens, docStart);
        for (Level level : new Level[] {Level.FORM, Level.NORM}) {
            WordTable table = WordTable.build(index, level);
            int[] range = new int[index.lexicon().typeCount(level)];
            double[] dp = new double[range.length];
            earlierDispersion(index, level, range, dp);
            int singles = 0;
            for (int t = 0; t < range.length; t++) {
                assertThat(table.range(t)).as("%s type %d", level, t).isEqualTo(range[t]);
                assertThat(Double.doubleToLongBits(table.dp(t)))
                        .as("%s type %d", level, t)
                        .isEqualTo(Double.doubleToLongBits(dp[t]));
                singles += index.freq(level, t) == 1 ? 1 : 0;
            }
            assertThat(singles).as("types of one token at %s", level).isGreaterThan(range.length / 10);
        }
    }

    /** Range and DP as the table computed and held them for every type before. */
    private static void earlierDispersion(CorpusIndex index, Level level, int[] range, double[] dp) {
        int n = index.size();
        int[] freq = index.freqTable(level);
        int[] inDoc = new int[freq.length];
        double[] sum = new double[freq.length];
        for (int d = 0; d < index.docCount(); d++) {
            int from = index.docStart(d);
            int to = index.docEnd(d);
            if (from == to) {
                continue;
            }
            double s = (double) (to - from) / n;
            for (int p = from; p < to; p++) {
                inDoc[index.typeAt(level, p)]++;
            }
            for (int t = 0; t < freq.length; t++) {
                if (inDoc[t] > 0) {
                    double v = (double) inDoc[t] / freq[t];
                    sum[t] += Math.abs(v - s) - s;
                    range[t]++;
                    inDoc[t] = 0;
                }
            }
        }
        for (int t = 0; t < freq.length; t++) {
            if (freq[t] > 0) {
                dp[t] = Math.max(0, 0.5 * (sum[t] + 1));
            }
        }
    }
}
