package org.siyaq.benchmark;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Token;
import org.siyaq.corpus.SourceDocument;

/**
 * A deterministic synthetic Arabic corpus of a given size, from a word-bigram model of the bundled
 * articles: each next word is drawn from the words that follow the current one in the articles (in
 * proportion to how often), so frequencies follow the articles' curve. The words keep their surface
 * spelling and the punctuation and line breaks that followed them. A small share of tokens get a
 * clitic prefix or a pronoun suffix, or are numbers, so the vocabulary keeps growing with the size of
 * the corpus as a real one does (Heaps' law) instead of stopping at the articles' few thousand words.
 * Document {@code i} depends only on the seed and {@code i}, so the list is generated on demand.
 */
public final class SyntheticCorpus extends AbstractList<SourceDocument> {

    static final int MIN_DOCUMENT = 500;
    static final int MAX_DOCUMENT = 5_000;

    private static final double RESTART = 0.03;
    private static final double DERIVED = 0.03;
    private static final double NUMBER = 0.003;
    static final int FUNCTION_WORDS = 120;
    static final double CONTENT = Double.parseDouble(System.getProperty("voc.content", "0.7"));
    private static final String[] PREFIXES = {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فل"};
    private static final String[] SUFFIXES = {"ه", "ها", "هم", "هما", "كم", "نا", "ي", "هن"};

    private final String[] words;
    private final int[] unigrams;
    private final int[][] successors;
    private final String[] gaps;
    private final int[] documentLengths;
    private final long seed;
    private final long tokens;
    /** The content words of the inflected corpus; {@code null} for the plain bigram corpus. */
    private final InflectedVocabulary vocabulary;
    /** Which of the articles' words are function words (the most frequent), kept as they are in the inflected corpus. */
    private final boolean[] function;

    /** The two corpora: content words from {@link InflectedVocabulary} (the default), or the articles' own words only. */
    public enum Kind {
        INFLECTED,
        BIGRAM;

        /** The kind named by {@code s} ({@code inflected} or {@code bigram}, any case). */
        public static Kind parse(String s) {
            return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    private SyntheticCorpus(
            String[] words,
            int[] unigrams,
            int[][] successors,
            String[] gaps,
            int[] documentLengths,
            long seed,
            long tokens,
            InflectedVocabulary vocabulary,
            boolean[] function) {
        this.words = words;
        this.unigrams = unigrams;
        this.successors = successors;
        this.gaps = gaps;
        this.documentLengths = documentLengths;
        this.seed = seed;
        this.tokens = tokens;
        this.vocabulary = vocabulary;
        this.function = function;
    }

    /**
     * The inflected corpus: the articles' bigram model gives the sentence skeleton and the function words
     * (their {@value #FUNCTION_WORDS} most frequent words); every other word is replaced, with probability
     * {@value #CONTENT}, by a content word of {@link InflectedVocabulary}, so the vocabulary has the
     * clitics, inflections and long tail of real Arabic.
     */
    /** An in-memory index (no store) of an inflected corpus trained on the bundled articles, for equivalence tests. */
    public static org.siyaq.index.CorpusIndex inflectedIndex(ArabicAnalysis analysis, long tokens, long seed) {
        org.siyaq.index.IndexBuilder builder = new org.siyaq.index.IndexBuilder(analysis);
        List<String> training = new org.siyaq.corpus.SeedCorpus()
                .documents().stream().map(SourceDocument::text).toList();
        for (SourceDocument d : inflected(analysis, training, tokens, seed)) {
            builder.addDocument(analysis.tokenize(d.text()));
        }
        return builder.build();
    }

    public static SyntheticCorpus inflected(
            ArabicAnalysis analysis, List<String> trainingTexts, long tokens, long seed) {
        SyntheticCorpus bigram = of(analysis, trainingTexts, tokens, seed);
        int[] counts = new int[bigram.words.length];
        for (int w : bigram.unigrams) {
            counts[w]++;
        }
        boolean[] function = new boolean[counts.length];
        java.util.stream.IntStream.range(0, counts.length)
                .boxed()
                .sorted(java.util.Comparator.comparingInt((Integer w) -> -counts[w])
                        .thenComparingInt(w -> w))
                .limit(FUNCTION_WORDS)
                .forEach(w -> function[w] = true);
        return new SyntheticCorpus(
                bigram.words,
                bigram.unigrams,
                bigram.successors,
                bigram.gaps,
                bigram.documentLengths,
                seed,
                tokens,
                new InflectedVocabulary(seed),
                function);
    }

    /** The corpus of {@code kind}. */
    public static SyntheticCorpus of(
            Kind kind, ArabicAnalysis analysis, List<String> trainingTexts, long tokens, long seed) {
        return kind == Kind.INFLECTED
                ? inflected(analysis, trainingTexts, tokens, seed)
                : of(analysis, trainingTexts, tokens, seed);
    }

    /** Trains the model on {@code trainingTexts} and plans documents totalling {@code tokens} words. */
    public static SyntheticCorpus of(ArabicAnalysis analysis, List<String> trainingTexts, long tokens, long seed) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<Integer> stream = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (String text : trainingTexts) {
            List<Token> found = analysis.tokenize(text);
            for (int i = 0; i < found.size(); i++) {
                Token t = found.get(i);
                String surface = text.substring(t.start(), t.end());
                stream.add(ids.computeIfAbsent(surface, s -> {
                    words.add(s);
                    return words.size() - 1;
                }));
                int gapEnd = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
                gaps.add(gap(text.substring(t.end(), gapEnd)));
            }
            stream.add(-1);
        }
        List<List<Integer>> next = new ArrayList<>();
        words.forEach(w -> next.add(new ArrayList<>()));
        List<Integer> unigrams = new ArrayList<>();
        for (int i = 0; i < stream.size(); i++) {
            int w = stream.get(i);
            if (w >= 0) {
                unigrams.add(w);
                if (i + 1 < stream.size() && stream.get(i + 1) >= 0) {
                    next.get(w).add(stream.get(i + 1));
                }
            }
        }
        int[][] successors = new int[words.size()][];
        for (int w = 0; w < successors.length; w++) {
            successors[w] = next.get(w).stream().mapToInt(Integer::intValue).toArray();
        }
        Random plan = new Random(seed);
        List<Integer> lengths = new ArrayList<>();
        for (long planned = 0; planned < tokens; ) {
            int n = (int) Math.min(tokens - planned, MIN_DOCUMENT + plan.nextInt(MAX_DOCUMENT - MIN_DOCUMENT + 1));
            lengths.add(n);
            planned += n;
        }
        return new SyntheticCorpus(
                words.toArray(String[]::new),
                unigrams.stream().mapToInt(Integer::intValue).toArray(),
                successors,
                gaps.toArray(String[]::new),
                lengths.stream().mapToInt(Integer::intValue).toArray(),
                seed,
                tokens,
                null,
                null);
    }

    /** What separates two words: one space, or the punctuation and line break the article had there. */
    private static String gap(String between) {
        String stripped = between.strip();
        if (stripped.isEmpty()) {
            return between.contains("\n") ? "\n" : " ";
        }
        if (stripped.length() > 3) {
            stripped = stripped.substring(0, 1);
        }
        return stripped + (between.contains("\n") ? "\n" : " ");
    }

    /** The number of words generated in all documents together. */
    long plannedTokens() {
        return tokens;
    }

    @Override
    public int size() {
        return documentLengths.length;
    }

    @Override
    public SourceDocument get(int doc) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + doc);
        int n = documentLengths[doc];
        StringBuilder text = new StringBuilder(n * 8);
        int word = unigrams[random.nextInt(unigrams.length)];
        for (int i = 0; i < n; i++) {
            text.append(surface(word, random));
            text.append(gaps[random.nextInt(gaps.length)]);
            int[] next = successors[word];
            word = next.length == 0 || random.nextDouble() < RESTART
                    ? unigrams[random.nextInt(unigrams.length)]
                    : next[random.nextInt(next.length)];
        }
        return new SourceDocument(
                String.format("synthetic-%06d.txt", doc),
                text.toString(),
                "وثيقة " + doc,
                null,
                null,
                "synthetic",
                "news",
                null);
    }

    private String surface(int word, SplittableRandom random) {
        double roll = random.nextDouble();
        String w = words[word];
        if (roll < NUMBER) {
            return Integer.toString(random.nextInt(1, 100_000));
        }
        if (vocabulary != null) {
            return function[word] || random.nextDouble() >= CONTENT ? w : vocabulary.word(random);
        }
        if (roll < NUMBER + DERIVED && isArabicLetter(w.charAt(0)) && w.length() > 2) {
            return random.nextBoolean()
                    ? PREFIXES[random.nextInt(PREFIXES.length)] + w
                    : w + SUFFIXES[random.nextInt(SUFFIXES.length)];
        }
        return w;
    }

    private static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A';
    }
}
