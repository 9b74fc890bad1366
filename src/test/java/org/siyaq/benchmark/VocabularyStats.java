package org.siyaq.benchmark;

import java.util.HashMap;
import java.util.Map;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Token;
import org.siyaq.corpus.SeedCorpus;
import org.siyaq.corpus.SourceDocument;

/**
 * Prints how a synthetic corpus's vocabulary grows (Heaps' law) and how much of it is rare: {@code form}
 * and {@code norm} types, and the share of {@code norm} types seen once (hapax legomena) or twice, at each
 * doubling of the size. {@code java ... VocabularyStats [tokens] [inflected|bigram]}.
 */
public final class VocabularyStats {

    private VocabularyStats() {}

    public static void main(String[] args) {
        long tokens = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        SyntheticCorpus.Kind kind =
                args.length > 1 ? SyntheticCorpus.Kind.parse(args[1]) : SyntheticCorpus.Kind.INFLECTED;
        ArabicAnalysis analysis = new ArabicAnalysis();
        SyntheticCorpus corpus = SyntheticCorpus.of(
                kind,
                analysis,
                new SeedCorpus().documents().stream().map(SourceDocument::text).toList(),
                tokens,
                20260101L);
        Map<String, int[]> forms = new HashMap<>();
        long seen = 0;
        long next = 1_000_000;
        for (SourceDocument d : corpus) {
            for (Token t : analysis.tokenize(d.text())) {
                forms.computeIfAbsent(t.form(), f -> new int[1])[0]++;
                seen++;
            }
            if (seen >= next) {
                report(analysis, seen, forms);
                next *= 2;
            }
        }
        report(analysis, seen, forms);
    }

    private static void report(ArabicAnalysis analysis, long tokens, Map<String, int[]> forms) {
        Map<String, int[]> norms = new HashMap<>();
        forms.forEach((form, n) -> norms.computeIfAbsent(analysis.norm(form), k -> new int[1])[0] += n[0]);
        long once = norms.values().stream().filter(n -> n[0] == 1).count();
        long twice = norms.values().stream().filter(n -> n[0] == 2).count();
        System.out.printf(
                "%,d tokens: %,d form types, %,d norm types (%.1f%% once, %.1f%% twice)%n",
                tokens, forms.size(), norms.size(), 100.0 * once / norms.size(), 100.0 * twice / norms.size());
    }
}
