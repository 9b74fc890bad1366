package org.siyaq.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.index.CorpusIndex;
import org.siyaq.testing.FixtureCorpus;
import org.siyaq.testing.SeedTexts;

/**
 * Every CQL construct against hits counted by a plain scan of the token stream written here, not by
 * the engine: on the bundled corpus (seeds/) and on a generated one where every word is frequent. A
 * hit is written "start:length"; the engine gives one hit per start, the longest.
 */
class CqlScanTest {

    private static final String[] VOCABULARY = {"كتب", "الكتاب", "كاتب", "قال", "يقول", "و", "في", "الطلاب"};

    private final QueryParser parser = new QueryParser(FixtureCorpus.ANALYSIS);
    private final QueryMatcher matcher = new QueryMatcher();

    static LoadedCorpus bundled() throws IOException {
        return FixtureCorpus.of("seeds", SeedTexts.all());
    }

    /** 40 documents of 50–250 words drawn from eight, with a full stop now and then. */
    static LoadedCorpus generated() {
        Random random = new Random(13);
        String[] texts = new String[40];
        for (int d = 0; d < texts.length; d++) {
            StringBuilder text = new StringBuilder();
            int words = 50 + random.nextInt(200);
            for (int w = 0; w < words; w++) {
                text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(random.nextInt(9) == 0 ? ". " : " ");
            }
            texts[d] = text.toString();
        }
        return FixtureCorpus.of("generated", texts);
    }

    /** The engine's hits as "start:length". */
    private List<String> engine(LoadedCorpus corpus, String cql) {
        Hits hits = matcher.find(corpus.index(), parser.parse(cql, Level.NORM), Deadline.none());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < hits.count(); i++) {
            out.add(hits.starts()[i] + ":" + hits.lengthAt(i));
        }
        return out;
    }

    /** A plain scan: for every start, the longest length {@code longest} finds (0: no hit). */
    private interface Longest {
        int at(Stream0 s, int start);
    }

    /** What a scan reads: the level strings of the token stream and the document boundaries. */
    record Stream0(CorpusIndex index) {
        String s(Level level, int p) {
            return index.lexicon().string(level, index.typeAt(level, p));
        }

        boolean is(int p, int docOfStart, Level level, String value) {
            return p < index.size()
                    && index.docOf(p) == docOfStart
                    && s(level, p).equals(value);
        }

        boolean in(int p, int docOfStart) {
            return p < index.size() && index.docOf(p) == docOfStart;
        }
    }

    private static List<String> scan(LoadedCorpus corpus, Longest longest) {
        Stream0 s = new Stream0(corpus.index());
        List<String> out = new ArrayList<>();
        for (int p = 0; p < corpus.index().size(); p++) {
            int n = longest.at(s, p);
            if (n > 0) {
                out.add(p + ":" + n);
            }
        }
        return out;
    }

    private static Longest one(IntPredicate test) {
        return (s, p) -> test.test(p) ? 1 : 0;
    }

    private void check(LoadedCorpus corpus, String cql, Longest longest) {
        List<String> expected = scan(corpus, longest);
        assertThat(engine(corpus, cql)).as(cql).isEqualTo(expected);
    }

    private void both(String cqlOnGenerated, Longest onGenerated, String cqlOnBundled, Longest onBundled)
            throws IOException {
        LoadedCorpus g = generated();
        List<String> expected = scan(g, onGenerated);
        assertThat(expected)
                .as("the generated corpus has hits for " + cqlOnGenerated)
                .isNotEmpty();
        check(g, cqlOnGenerated, onGenerated);
        LoadedCorpus b = bundled();
        List<String> expectedB = scan(b, onBundled);
        assertThat(expectedB)
                .as("the bundled corpus has hits for " + cqlOnBundled)
                .isNotEmpty();
        check(b, cqlOnBundled, onBundled);
    }

    @Test
    void a_token_constraint_at_each_level_finds_the_tokens_whose_string_is_the_value() throws IOException {
        LoadedCorpus g = generated();
        CorpusIndex ix = g.index();
        Stream0 s = new Stream0(ix);
        for (Level level : Level.values()) {
            String value = s.s(level, 3);
            check(
                    g,
                    "[" + level.key() + "=\"" + value + "\"]",
                    one(p -> s.s(level, p).equals(value)));
        }
        LoadedCorpus b = bundled();
        Stream0 sb = new Stream0(b.index());
        check(b, "[norm=\"روسيا\"]", one(p -> sb.s(Level.NORM, p).equals("روسيا")));
        check(b, "[stem=\"محادث\"]", one(p -> sb.s(Level.STEM, p).equals("محادث")));
    }

    @Test
    void a_quoted_value_alone_is_the_default_level_and_its_letters_are_spelled_as_norm_spells_them()
            throws IOException {
        LoadedCorpus b = bundled();
        Stream0 s = new Stream0(b.index());
        // الولايات المتحدة: typed with ة, norm spells it ه, so the value is read as المتحده
        check(b, "\"المتحدة\"", one(p -> s.s(Level.NORM, p).equals("المتحده")));
    }

    @Test
    void a_regex_value_matches_the_whole_string_of_the_level() throws IOException {
        LoadedCorpus b = bundled();
        Stream0 s = new Stream0(b.index());
        check(b, "[norm=\"ال.*ات\"]", one(p -> s.s(Level.NORM, p).matches("ال.*ات")));
        check(b, "[form=\"و.+\"]", one(p -> s.s(Level.FORM, p).matches("و.+")));
    }

    @Test
    void not_equal_and_or_not_and_parentheses_combine_tests_on_one_token() throws IOException {
        LoadedCorpus g = generated();
        Stream0 s = new Stream0(g.index());
        check(
                g,
                "[stem=\"كتاب\" & form!=\"الكتاب\"]",
                one(p ->
                        s.s(Level.STEM, p).equals("كتاب") && !s.s(Level.FORM, p).equals("الكتاب")));
        check(
                g,
                "[norm=\"قال\" | norm=\"يقول\"]",
                one(p -> s.s(Level.NORM, p).equals("قال") || s.s(Level.NORM, p).equals("يقول")));
        check(
                g,
                "[!(norm=\"و\" | norm=\"في\") & root=\"" + s.s(Level.ROOT, firstWith(g, "كتب")) + "\"]",
                one(p -> !s.s(Level.NORM, p).equals("و")
                        && !s.s(Level.NORM, p).equals("في")
                        && s.s(Level.ROOT, p).equals(s.s(Level.ROOT, firstWith(g, "كتب")))));
    }

    private static int firstWith(LoadedCorpus c, String norm) {
        Stream0 s = new Stream0(c.index());
        for (int p = 0; ; p++) {
            if (s.s(Level.NORM, p).equals(norm)) {
                return p;
            }
        }
    }

    @Test
    void a_sequence_with_any_token_between_matches_three_consecutive_tokens_in_one_document() throws IOException {
        both(
                "\"قال\" [] \"في\"",
                (s, p) -> {
                    int d = s.index().docOf(p);
                    return s.is(p, d, Level.NORM, "قال") && s.in(p + 1, d) && s.is(p + 2, d, Level.NORM, "في") ? 3 : 0;
                },
                "[norm=\"روسيا\"] [] [norm=\"المتحدة\"]",
                (s, p) -> {
                    int d = s.index().docOf(p);
                    return s.is(p, d, Level.NORM, "روسيا") && s.in(p + 1, d) && s.is(p + 2, d, Level.NORM, "المتحده")
                            ? 3
                            : 0;
                });
    }

    @Test
    void an_exact_repetition_is_that_many_tokens_in_a_row() throws IOException {
        both(
                "\"و\"{2}",
                (s, p) -> {
                    int d = s.index().docOf(p);
                    return s.is(p, d, Level.NORM, "و") && s.is(p + 1, d, Level.NORM, "و") ? 2 : 0;
                },
                "[]{2} \"روسيا\"",
                (s, p) -> {
                    int d = s.index().docOf(p);
                    return s.in(p + 1, d) && s.is(p + 2, d, Level.NORM, "روسيا") ? 3 : 0;
                });
    }

    @Test
    void a_gap_of_zero_to_three_tokens_takes_the_farthest_second_word() throws IOException {
        Longest gen = gap("قال", "في");
        Longest bun = gap("روسيا", "المتحده");
        both("\"قال\" []{0,3} \"في\"", gen, "\"روسيا\" []{0,3} \"المتحدة\"", bun);
    }

    /** {@code "a" []{0,3} "b"}: the longest of the four possible lengths. */
    private static Longest gap(String a, String b) {
        return (s, p) -> {
            int d = s.index().docOf(p);
            if (!s.is(p, d, Level.NORM, a)) {
                return 0;
            }
            for (int g = 3; g >= 0; g--) {
                if (s.is(p + 1 + g, d, Level.NORM, b)) {
                    return g + 2;
                }
            }
            return 0;
        };
    }

    @Test
    void an_optional_token_is_taken_when_it_is_there() throws IOException {
        both(
                "\"قال\" \"في\"?",
                (s, p) -> {
                    int d = s.index().docOf(p);
                    return !s.is(p, d, Level.NORM, "قال") ? 0 : s.is(p + 1, d, Level.NORM, "في") ? 2 : 1;
                },
                "\"روسيا\" \"و\"?",
                (s, p) -> {
                    int d = s.index().docOf(p);
                    return !s.is(p, d, Level.NORM, "روسيا") ? 0 : s.is(p + 1, d, Level.NORM, "و") ? 2 : 1;
                });
    }

    @Test
    void one_or_more_takes_the_whole_run_from_each_start() throws IOException {
        both("\"و\"+", run("و", 1), "[norm=\"ال.*\"]+", (s, p) -> {
            int d = s.index().docOf(p);
            int n = 0;
            while (n < CqlMatcher.MAX_SPAN
                    && s.in(p + n, d)
                    && s.s(Level.NORM, p + n).matches("ال.*")) {
                n++;
            }
            return n;
        });
    }

    /** Tokens {@code word} in a row from {@code p}, at least {@code min}, else 0. */
    private static Longest run(String word, int min) {
        return (s, p) -> {
            int d = s.index().docOf(p);
            int n = 0;
            while (n < CqlMatcher.MAX_SPAN && s.is(p + n, d, Level.NORM, word)) {
                n++;
            }
            return n >= min ? n : 0;
        };
    }

    @Test
    void zero_or_more_after_a_word_extends_the_hit_over_the_run() throws IOException {
        Longest afterQala = (s, p) -> {
            int d = s.index().docOf(p);
            if (!s.is(p, d, Level.NORM, "قال")) {
                return 0;
            }
            int n = 1;
            while (n < CqlMatcher.MAX_SPAN && s.is(p + n, d, Level.NORM, "و")) {
                n++;
            }
            return n;
        };
        Longest afterRussia = (s, p) -> {
            int d = s.index().docOf(p);
            if (!s.is(p, d, Level.NORM, "روسيا")) {
                return 0;
            }
            int n = 1;
            while (n < CqlMatcher.MAX_SPAN
                    && s.in(p + n, d)
                    && s.s(Level.NORM, p + n).startsWith("و")) {
                n++;
            }
            return n;
        };
        both("\"قال\" \"و\"*", afterQala, "\"روسيا\" [norm=\"و.*\"]*", afterRussia);
    }

    @Test
    void alternatives_of_sequences_take_the_longest_that_matches() throws IOException {
        Longest gen = (s, p) -> {
            int d = s.index().docOf(p);
            if (s.is(p, d, Level.NORM, "قال") && s.is(p + 1, d, Level.NORM, "في")) {
                return 2;
            }
            return s.is(p, d, Level.NORM, "كاتب") ? 1 : 0;
        };
        Longest bun = (s, p) -> {
            int d = s.index().docOf(p);
            if (s.is(p, d, Level.NORM, "الولايات") && s.is(p + 1, d, Level.NORM, "المتحده")) {
                return 2;
            }
            return s.is(p, d, Level.NORM, "روسيا") ? 1 : 0;
        };
        both("(\"قال\" \"في\" | \"كاتب\")", gen, "(\"الولايات\" \"المتحدة\" | \"روسيا\")", bun);
    }

    @Test
    void a_repeated_group_is_the_group_that_many_times() throws IOException {
        Longest gen = (s, p) -> {
            int d = s.index().docOf(p);
            boolean twice = s.is(p, d, Level.NORM, "و")
                    && s.is(p + 1, d, Level.NORM, "في")
                    && s.is(p + 2, d, Level.NORM, "و")
                    && s.is(p + 3, d, Level.NORM, "في");
            return twice ? 4 : 0;
        };
        Longest bun = (s, p) -> {
            int d = s.index().docOf(p);
            int n = 0;
            while (n < CqlMatcher.MAX_SPAN - 1
                    && s.in(p + n + 1, d)
                    && s.s(Level.NORM, p + n).startsWith("ال")
                    && s.s(Level.NORM, p + n + 1).startsWith("ال")) {
                n += 2;
            }
            return n;
        };
        both("(\"و\" \"في\"){2}", gen, "([norm=\"ال.*\"] [norm=\"ال.*\"])+", bun);
    }

    @Test
    void within_a_sentence_no_hit_crosses_a_full_stop() {
        LoadedCorpus g = generated();
        int[] sentences = g.index().sentenceStarts();
        Longest inSentence = (s, p) -> {
            // the sentence of p ends where the next sentence starts
            int i = java.util.Arrays.binarySearch(sentences, p);
            int sentence = i >= 0 ? i : -i - 2;
            int end = sentence + 1 < sentences.length
                    ? sentences[sentence + 1]
                    : s.index().size();
            int d = s.index().docOf(p);
            if (!s.is(p, d, Level.NORM, "قال")) {
                return 0;
            }
            for (int gap = 3; gap >= 0; gap--) {
                if (p + 1 + gap < end && s.is(p + 1 + gap, d, Level.NORM, "في")) {
                    return gap + 2;
                }
            }
            return 0;
        };
        assertThat(sentences.length).as("the generated corpus has full stops").isGreaterThan(100);
        check(g, "\"قال\" []{0,3} \"في\" within <s/>", inSentence);
        assertThat(engine(g, "\"قال\" []{0,3} \"في\" within <s/>")).isNotEqualTo(engine(g, "\"قال\" []{0,3} \"في\""));
    }

    @Test
    void a_pattern_still_running_at_its_deadline_is_stopped() {
        LoadedCorpus g = generated();
        ParsedQuery q = parser.parse("\"قال\" []* \"في\"", Level.NORM);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> matcher.find(g.index(), q, Deadline.in(java.time.Duration.ZERO)))
                .isInstanceOf(QueryTimeoutException.class);
    }

    @Test
    void no_hit_crosses_a_document_boundary() {
        LoadedCorpus g = generated();
        CorpusIndex ix = g.index();
        for (String hit : engine(g, "\"قال\" []{0,5} \"في\"")) {
            int start = Integer.parseInt(hit.split(":")[0]);
            int length = Integer.parseInt(hit.split(":")[1]);
            assertThat(ix.docOf(start + length - 1)).as(hit).isEqualTo(ix.docOf(start));
        }
    }
}
