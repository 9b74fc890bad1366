package org.siyaq.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.siyaq.analysis.morph.MorphDictionary;
import org.siyaq.analysis.morph.Morphology;
import org.siyaq.analysis.morph.RecentValues;

/**
 * The one place where Arabic text becomes tokens and levels (docs/arabic.md): the index and every
 * query go through the same instance, so they cannot drift apart. Thread-safe; share one instance.
 *
 * <p>Tokens come from Lucene's {@link StandardTokenizer} (UAX #29 word boundaries) over the cleaned
 * text ({@link CleaningCharMap}); {@code norm} is Lucene's {@link ArabicNormalizationFilter} plus
 * {@link ArabicNormExtensionFilter}; {@code stem} is Lucene's {@link ArabicStemFilter} (Larkey,
 * Ballesteros & Connell's light stemming, 2007); {@code root} is {@link IsriRootExtractor}
 * (Taghva, Elkhoury & Coombs 2005).
 */
public final class ArabicAnalysis {

    /** Bump whenever any output of this class could change; each corpus stores the version it was built with. */
    public static final int VERSION = 9;

    /** Chars below U+0800 (Latin to Arabic) that leave a string NFC when it holds only such chars. */
    private static final boolean[] NFC_STABLE_STARTERS = nfcStableStarters();

    private static final boolean[] FORM_AS_IS = formAsIs();

    private final Analyzer formAnalyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(CleaningCharMap.MAP, reader);
        }
    };
    /** The same tokenizer without the cleaning filter, for the texts the filter would not change (most). */
    private final Analyzer cleanTextAnalyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    private final SingleTokenChain normChain =
            new SingleTokenChain(source -> new ArabicNormExtensionFilter(new ArabicNormalizationFilter(source)));
    private final SingleTokenChain stemChain = new SingleTokenChain(ArabicStemFilter::new);
    private final IsriRootExtractor rootExtractor = new IsriRootExtractor();
    private final Set<String> stopWords = normalizedStopWords();
    /** Analyses remembered for the queries and the word panel (a query asks for one form's levels one by one). */
    private static final int ANALYSES_REMEMBERED = 2_048;

    private volatile Caches shared;

    /** The morphology's analyses of plain forms remembered, for {@link #lemma}, {@link #rootOf} and {@link #morphology}. */
    record Caches(Morphology morphology, RecentValues<String, Morphology.Analysis> analyses) {}

    /**
     * The {@code form} tokens of {@code originalText}, in order, with offsets into it. Emoji, which
     * UAX #29 makes tokens of their own, are symbols here and left out.
     */
    public List<Token> tokenize(String originalText) {
        TokenRun run = tokenRun(originalText);
        List<Token> tokens = new ArrayList<>(run.size());
        int[] starts = run.starts();
        int[] ends = run.ends();
        for (int i = 0; i < starts.length; i++) {
            tokens.add(new Token(run.form(i), starts[i], ends[i]));
        }
        return tokens;
    }

    /** {@link #tokenize} without an object a token: the forms' chars in one array, for an ingest. */
    public TokenRun tokenRun(String originalText) {
        TokenRun tokens = new TokenRun();
        // The cleaning filter costs more than the tokenizer, and most lines hold nothing it would change,
        // so only the lines that do go through it. UAX #29 always breaks after a line feed (WB3a) and no
        // key of the map holds one, so tokenizing the text in pieces that end at line feeds gives the
        // same tokens and offsets as tokenizing it whole.
        int n = originalText.length();
        int unchangedFrom = 0;
        for (int change = CleaningCharMap.indexOfChange(originalText, 0);
                change >= 0;
                change = CleaningCharMap.indexOfChange(originalText, unchangedFrom)) {
            int lineStart = originalText.lastIndexOf('\n', change) + 1;
            int lineEnd = originalText.indexOf('\n', change);
            lineEnd = lineEnd < 0 ? n : lineEnd + 1;
            tokenize(cleanTextAnalyzer, originalText, unchangedFrom, lineStart, tokens);
            tokenize(formAnalyzer, originalText, lineStart, lineEnd, tokens);
            unchangedFrom = lineEnd;
        }
        tokenize(cleanTextAnalyzer, originalText, unchangedFrom, n, tokens);
        return tokens;
    }

    /** Adds the tokens of {@code text[from, to)} with offsets into the whole text. */
    private void tokenize(Analyzer analyzer, String text, int from, int to, TokenRun tokens) {
        if (from >= to) {
            return;
        }
        try (TokenStream stream =
                analyzer.tokenStream("", from == 0 && to == text.length() ? text : text.substring(from, to))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!isEmoji(type.type())) {
                    int start = offset.startOffset();
                    // a token made wholly of the expansion of one presentation form (U+FDFA gives four
                    // words) gets an empty span from MappingCharFilter; give it that one char
                    int end = Math.max(offset.endOffset(), start + 1);
                    char[] buffer = term.buffer();
                    int length = term.length();
                    if (isFormAsIs(buffer, length)) {
                        tokens.add(buffer, 0, length, from + start, from + end);
                    } else {
                        tokens.add(toForm(new String(buffer, 0, length)), from + start, from + end);
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a String cannot fail", e);
        }
    }

    /** The {@code norm} of a {@code form}: Uthmani spellings bridged first ({@link UthmaniSpelling}). */
    public String norm(String form) {
        String bridged = UthmaniSpelling.bridge(form);
        return isOwnNorm(bridged) ? bridged : normByChain(bridged);
    }

    /** The norm chain's answer for a bridged word, without the shortcut of {@link #isOwnNorm}. */
    String normByChain(String bridged) {
        return normChain.apply(bridged);
    }

    /**
     * Whether the norm chain leaves {@code word} as it is: every char a letter the normalizers keep (not أ إ آ ٱ, not
     * ة ى, no mark, tatweel or Persian letter) or ASCII, so most words skip the chain's token stream.
     */
    static boolean isOwnNorm(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean kept = c < 0x80
                    || (c >= '\u0621'
                            && c <= '\u063A'
                            && c != '\u0622'
                            && c != '\u0623'
                            && c != '\u0625'
                            && c != '\u0629')
                    || (c >= '\u0641' && c <= '\u064A' && c != '\u0649');
            if (!kept) {
                return false;
            }
        }
        return true;
    }

    /** The {@code stem} of a {@code norm}; the name of God with its proclitics keeps the stem {@code الله}. */
    public String stem(String norm) {
        return NameOfGod.isWithProclitics(norm) ? NameOfGod.NORM : stemChain.apply(norm);
    }

    /**
     * The dictionary analysis of a {@code form} (lemma and root in plain letters, part of speech,
     * readings), cached per form. Not for stop words, the name of God or non-Arabic tokens: see
     * {@link #lemma} and {@link #root}, which handle those first.
     */
    public Morphology.Analysis morphology(String form) {
        return morphology(form, shared());
    }

    private static Morphology.Analysis morphology(String form, Caches caches) {
        return caches.analyses().get(plain(form));
    }

    private Caches shared() {
        Caches c = shared;
        if (c == null) {
            synchronized (this) {
                if (shared == null) {
                    Morphology m = new Morphology(MorphDictionary.shared(), this::baselineRoot);
                    shared = new Caches(m, new RecentValues<>(ANALYSES_REMEMBERED, m::analyse));
                }
                c = shared;
            }
        }
        return c;
    }

    /** What the morphology falls back on when no pattern gives an attested root: ISRI on the word's norm. */
    private String baselineRoot(String word) {
        return rootExtractor.root(norm(word));
    }

    /**
     * The levels of many forms, one ingest's: {@link #levels} for each, the form analysed once for all its
     * levels. Thread-safe.
     */
    public FormLevels formLevels() {
        return new FormLevels(this, shared().morphology());
    }

    /**
     * Runs every step of the analysis once, on a few words that take each of its paths (the cleaning filter, the
     * normalizers and the stemmer, the dictionary and the analysis of a word outside it, ISRI), so an ingest loads the
     * classes it uses before its hot loops are compiled: a class loaded later (the first time a batch's forms reach
     * the stemmer, say) invalidates compiled code that assumed it absent, and the JIT compiles that loop again (the
     * tokenizer's, in the 10M benchmark: docs/performance.md, "the twelfth session").
     */
    public void runEveryStep() {
        FormLevels levels = formLevels();
        TokenRun run = tokenRun(STEPS_SAMPLE);
        for (int i = 0; i < run.size(); i++) {
            levels.of(run.form(i));
        }
    }

    /** Words for {@link #runEveryStep}: clitics, a broken plural, verbs, marks, Uthmani spellings, a word no dictionary holds, Latin, digits, a char the cleaning filter drops. */
    static final String STEPS_SAMPLE =
            "\u0642\u0627\u0644 \u0627\u0644\u0643\u0627\u062A\u0628\u0648\u0646 \u0625\u0646\u0651 "
                    + "\u0627\u0644\u0645\u062F\u0627\u0631\u0633\u064E \u0648\u0627\u0644\u0643\u062A\u0628 "
                    + "\u0648\u064E\u0627\u0644\u0652\u0645\u064F\u0639\u064E\u0644\u0650\u0651\u0645\u064E\u0627\u062A\u064F "
                    + "\u064A\u064E\u0643\u0652\u062A\u064F\u0628\u0652\u0646\u064E "
                    + "\u0671\u0644\u0631\u064E\u0651\u062D\u0652\u0645\u064E\u0670\u0646\u0650 "
                    + "\u0627\u0644\u0635\u0644\u0648\u0670\u0629 "
                    + "\u0641\u062A\u0633\u062A\u062E\u0631\u062C\u0648\u0646\u0647\u0627 "
                    + "\u0628\u0627\u0644\u0645\u0633\u062A\u0634\u0641\u064A\u0627\u062A "
                    + "\u062A\u0645\u0628\u0643\u062A\u0648\u0632\u064A\u0627\u062A abc 2026 "
                    + "\u200F\u0633\u064A\u0643\u062A\u0628\u0648\u0646\u0647\u0627\n\u0627\u0644\u0644\u0647 "
                    + "\uFDF2";

    /** The {@code lemma} of a {@code form}, in norm spelling; a stop word, a number or a Latin word is its own norm. */
    public String lemma(String form) {
        return lemma(form, norm(form), shared());
    }

    private String lemma(String form, String norm, Caches caches) {
        if (NameOfGod.hasNameAsLemma(norm)) {
            return NameOfGod.NORM;
        }
        if (!isArabicWord(norm)) {
            return norm;
        }
        Morphology.Analysis m = morphology(form, caches);
        if (m.isFunctionWord()) {
            return norm(m.lemma()); // عليه → على, وفي → في
        }
        return isStopWord(norm) && !isVerb(form, caches) ? norm : norm(m.lemma());
    }

    /**
     * The {@code root} of a {@code form}: radicals with hamza as ء (docs/analysis.md, "root"). A stop word,
     * a number or a Latin word is its own norm. Radicals typed with separators ({@code ك-ت-ب}, {@code ك ت ب})
     * are read as a root, so a root query can be typed either way.
     */
    public String rootOf(String form) {
        String radicals = RootQuery.radicals(form);
        if (radicals != null) {
            return radicals;
        }
        return rootOf(form, norm(form), shared());
    }

    private String rootOf(String form, String norm, Caches caches) {
        if (NameOfGod.hasNameRoot(norm)) {
            return NameOfGod.ROOT;
        }
        if (!isArabicWord(norm)) {
            return norm;
        }
        Morphology.Analysis m = morphology(form, caches);
        return m.isFunctionWord() || !isStopWord(norm) || isVerb(form, caches) ? m.root() : norm;
    }

    /** Whether {@code typed} is radicals with separators ({@code ك-ت-ب}, {@code ك ت ب}), which a root query reads as one root. */
    public static boolean isTypedRoot(String typed) {
        return RootQuery.radicals(typed) != null;
    }

    /** Every level of a {@code form}, indexed by {@link Level#ordinal()}: the dictionary is consulted once. */
    public String[] levels(String form) {
        return levels(form, shared().analyses()::get);
    }

    /**
     * {@link #levels} with the form's plain spelling analysed by {@code analyse} once for its lemma and root
     * (what {@link #lemma} and {@link #rootOf} decide, in the same order, from one analysis and one norm).
     */
    String[] levels(String form, Function<String, Morphology.Analysis> analyse) {
        String[] out = new String[Level.values().length];
        String norm = norm(form); // what toLevel would compute for each level again
        out[Level.FORM.ordinal()] = form;
        out[Level.NORM.ordinal()] = norm;
        out[Level.STEM.ordinal()] = stem(norm);
        String radicals = RootQuery.radicals(form);
        String lemma;
        String root;
        if (NameOfGod.hasNameAsLemma(norm)) {
            lemma = NameOfGod.NORM;
            root = NameOfGod.ROOT;
        } else if (!isArabicWord(norm)) {
            lemma = norm;
            root = norm;
        } else {
            String plain = plain(form);
            Morphology.Analysis m = analyse.apply(plain);
            boolean ownNorm = !m.isFunctionWord() && isStopWord(norm) && !isVerb(m, plain);
            lemma = ownNorm ? norm : norm(m.lemma());
            root = NameOfGod.hasNameRoot(norm) ? NameOfGod.ROOT : ownNorm ? norm : m.root();
        }
        out[Level.LEMMA.ordinal()] = lemma;
        out[Level.ROOT.ordinal()] = radicals != null ? radicals : root;
        return out;
    }

    /** The form with Uthmani spellings bridged and every mark, tatweel and wasla gone: what the dictionary reads. */
    static String plain(String form) {
        String bridged = UthmaniSpelling.bridge(form);
        StringBuilder out = new StringBuilder(bridged.length());
        for (int i = 0; i < bridged.length(); i++) {
            char c = bridged.charAt(i);
            if (!UthmaniSpelling.isMark(c) && c != UthmaniSpelling.TATWEEL) {
                out.append(ArabicNormExtensionFilter.fold(c));
            }
        }
        return out.toString();
    }

    /** Stop words that are verbs (كان، يكون، قال) still get a lemma and a root; particles and pronouns are their own. */
    private static boolean isVerb(String form, Caches caches) {
        return isVerb(morphology(form, caches), plain(form));
    }

    private static boolean isVerb(Morphology.Analysis m, String plain) {
        return "verb".equals(m.pos()) && !m.hasParticleReading() && plain.length() >= 3;
    }

    private static boolean isArabicWord(String norm) {
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c < '\u0621' || c > '\u064A') {
                return false;
            }
        }
        return norm.length() >= 2;
    }

    /**
     * The ISRI root of a {@code norm}, best effort. A stop word, a token that is not all Arabic
     * letters (Latin, digits), and a word ISRI cannot reduce come back as given (after ISRI's affix
     * stripping, for the last); see {@code docs/analysis.md} for the known errors.
     */
    public String isriRoot(String norm) {
        return isStopWord(norm) ? norm : rootExtractor.root(norm);
    }

    /** The given {@code form} at {@code level}. */
    public String toLevel(String form, Level level) {
        return switch (level) {
            case FORM -> form;
            case NORM -> norm(form);
            case STEM -> stem(norm(form));
            case LEMMA -> lemma(form);
            case ROOT -> rootOf(form);
        };
    }

    /** Whether a {@code norm} is in Lucene's Arabic stop list, itself normalized to {@code norm}. */
    public boolean isStopWord(String norm) {
        return stopWords.contains(norm);
    }

    /** The stop list, as norms (unmodifiable): what {@link #isStopWord} accepts. */
    public Set<String> stopWords() {
        return stopWords;
    }

    /**
     * What a user typed, as a {@code form}: the same cleaning, NFC and lower-casing as the tokens,
     * and surrounding blanks stripped, but no tokenizing, so wildcards and inner spaces stay.
     */
    public String cleanQueryWord(String typed) {
        Objects.requireNonNull(typed, "typed");
        StringBuilder cleaned = new StringBuilder(typed.length());
        try (Reader reader = new MappingCharFilter(CleaningCharMap.MAP, new StringReader(typed))) {
            char[] buffer = new char[256];
            for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
                cleaned.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a String cannot fail", e);
        }
        return toForm(cleaned).strip();
    }

    /** NFC puts the marks of a letter in canonical order, so the same vowelling is always the same form. */
    /**
     * Whether a term's chars are its form as they are: every char NFC by itself and its own lower case (an Arabic
     * word, a number), so nothing of {@link #toForm(CharSequence)} need be done.
     */
    private static boolean isFormAsIs(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= FORM_AS_IS.length || !FORM_AS_IS[c]) {
                return false;
            }
        }
        return true;
    }

    private static String toForm(CharSequence cleaned) {
        String s = cleaned.toString();
        return (isNfcByItself(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
    }

    /**
     * A quick check that spares the normalizer most tokens: a string of chars that are each their own
     * canonical decomposition and are not marks is already NFC (only marks reorder, and a composition
     * needs a mark or a conjoining jamo after the starter, UAX #15).
     */
    private static boolean isNfcByItself(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= NFC_STABLE_STARTERS.length || !NFC_STABLE_STARTERS[c]) {
                return false;
            }
        }
        return true;
    }

    /** The chars of {@link #NFC_STABLE_STARTERS} that {@code toLowerCase(Locale.ROOT)} leaves as they are. */
    private static boolean[] formAsIs() {
        boolean[] asIs = nfcStableStarters();
        for (char c = 0; c < asIs.length; c++) {
            String one = String.valueOf(c);
            asIs[c] &= one.toLowerCase(Locale.ROOT).equals(one);
        }
        return asIs;
    }

    private static boolean[] nfcStableStarters() {
        boolean[] stable = new boolean[0x0800];
        for (char c = 0; c < stable.length; c++) {
            String one = String.valueOf(c);
            int type = Character.getType(c);
            stable[c] = type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK
                    && Normalizer.normalize(one, Normalizer.Form.NFD).equals(one);
        }
        return stable;
    }

    private static boolean isEmoji(String type) {
        return StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI].equals(type);
    }

    // the order here is important: Lucene's stop list is not normalized, and we compare norms
    private Set<String> normalizedStopWords() {
        Set<String> words = new HashSet<>();
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            words.add(norm(word instanceof char[] chars ? new String(chars) : word.toString()));
        }
        return java.util.Collections.unmodifiableSet(words);
    }
}
