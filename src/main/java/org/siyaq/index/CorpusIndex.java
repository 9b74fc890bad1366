package org.siyaq.index;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.siyaq.analysis.Level;

/**
 * The in-memory index of one corpus: the token stream as form ids (documents one after the other),
 * where each document starts, and the positions of every form (postings). Immutable and shared by
 * every query; built by {@link IndexBuilder} or reopened from the store.
 * <p>
 * Memory: the token stream takes three bytes a token ({@link TokenStream}); the postings are the gaps
 * between a form's positions as unsigned LEB128 varints (the encoding of {@link TokenCodec}), one byte
 * for a gap below 128, so about 1.5–2 bytes a token instead of 4; where each form's postings start takes
 * about 1.3 bytes a form ({@link PostingStarts}), and where sentences start a bit a token
 * ({@link SentenceStarts}).
 */
public final class CorpusIndex {

    private final Lexicon lexicon;
    private final TokenStream tokens;
    private final int[] docStart;
    /** Where each form's postings start in {@code postings} (bytes). */
    private final PostingStarts postingStart;
    /** Every form's positions, ascending, as varint gaps (the first from -1, so every gap is at least 1). */
    private final byte[] postings;

    private final int[][] typeFreq = new int[Level.values().length][];
    private final SentenceStarts sentenceStarts;

    /**
     * @param tokens   form id of every token, documents concatenated
     * @param docStart where each document starts in {@code tokens}, with {@code tokens.length} appended
     */
    public CorpusIndex(Lexicon lexicon, int[] tokens, int[] docStart) {
        this(lexicon, tokens, docStart, null);
    }

    /** @param sentenceStarts where sentences start in {@code tokens}, sorted; {@code null}: every document is one sentence */
    public CorpusIndex(Lexicon lexicon, int[] tokens, int[] docStart, int[] sentenceStarts) {
        this.sentenceStarts = SentenceStarts.merge(docStart, sentenceStarts);
        this.lexicon = lexicon;
        int forms = lexicon.formCount();
        this.tokens = TokenStream.of(tokens, forms);
        this.docStart = docStart;
        int[] count = new int[forms];
        int[] last = new int[forms];
        Arrays.fill(last, -1);
        long[] length = new long[forms];
        for (int p = 0; p < tokens.length; p++) {
            int f = tokens[p];
            count[f]++;
            length[f] += varintLength(p - last[f]);
            last[f] = p;
        }
        int[] fill = new int[forms];
        long at = 0;
        for (int f = 0; f < forms; f++) {
            fill[f] = Math.toIntExact(at);
            at += length[f];
        }
        postingStart = new PostingStarts(length);
        length = null;
        postings = new byte[Math.toIntExact(at)];
        Arrays.fill(last, -1);
        for (int p = 0; p < tokens.length; p++) {
            int f = tokens[p];
            fill[f] = writeVarint(postings, fill[f], p - last[f]);
            last[f] = p;
        }
        for (Level level : Level.values()) {
            int[] freq = new int[lexicon.typeCount(level)];
            int[] table = lexicon.typeTable(level);
            for (int f = 0; f < forms; f++) {
                freq[table[f]] += count[f];
            }
            typeFreq[level.ordinal()] = freq;
        }
    }

    private static int varintLength(int value) {
        return value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5;
    }

    private static int writeVarint(byte[] out, int at, int value) {
        while ((value & ~0x7F) != 0) {
            out[at++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out[at++] = (byte) value;
        return at;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** N: the number of tokens. */
    public int size() {
        return tokens.size();
    }

    public int docCount() {
        return docStart.length - 1;
    }

    public int docStart(int doc) {
        return docStart[doc];
    }

    /** One past the last token of {@code doc}. */
    public int docEnd(int doc) {
        return docStart[doc + 1];
    }

    /** The document (0-based ordinal) that holds token {@code position}. */
    public int docOf(int position) {
        int i = Arrays.binarySearch(docStart, 0, docStart.length - 1, position);
        if (i >= 0) {
            // empty documents share a start with the next one: the token belongs to the last of them
            while (i + 1 < docStart.length - 1 && docStart[i + 1] == position) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    public int formAt(int position) {
        return tokens.get(position);
    }

    public int typeAt(Level level, int position) {
        return lexicon.typeOf(level, tokens.get(position));
    }

    /** The form-to-type table of a level, for tight loops over the token stream. */
    public int[] typeTable(Level level) {
        return lexicon.typeTable(level);
    }

    /** The token stream (form ids), for loops over many tokens: {@code tokens().get(p)} is {@link #formAt}. */
    public TokenStream tokens() {
        return tokens;
    }

    /** Corpus frequency of a type at a level. */
    public int freq(Level level, int type) {
        return typeFreq[level.ordinal()][type];
    }

    /** Every type's corpus frequency at a level, by type id, for tight loops (not to be modified). */
    public int[] freqTable(Level level) {
        return typeFreq[level.ordinal()];
    }

    public int formFreq(int form) {
        return typeFreq[Level.FORM.ordinal()][lexicon.typeOf(Level.FORM, form)];
    }

    /** Where each sentence starts, strictly increasing, every document's start among them, as a new array. */
    public int[] sentenceStarts() {
        return sentenceStarts.toArray();
    }

    /** The number of sentences (every document starts one). */
    public int sentenceCount() {
        return sentenceStarts.count();
    }

    /** Where sentence {@code k} (0-based, in corpus order) starts. */
    public int sentenceStart(int k) {
        return sentenceStarts.start(k);
    }

    /** The first sentence start at or after token {@code position}, or {@link #size()} when none is. */
    public int nextSentenceStart(int position) {
        return sentenceStarts.next(position);
    }

    /** The sentence (0-based) that holds token {@code position}. */
    public int sentenceOf(int position) {
        return sentenceStarts.sentenceOf(position);
    }

    /** The sorted positions of every token whose form is one of {@code forms}. */
    public int[] positionsOfForms(int[] forms) {
        int total = 0;
        for (int f : forms) {
            total += formFreq(f);
        }
        int[] out = new int[total];
        // each form's positions are one ascending run; runs[k] is where run k starts, then the end
        int[] runs = new int[forms.length + 1];
        int at = 0;
        for (int r = 0; r < forms.length; r++) {
            int f = forms[r];
            runs[r] = at;
            int n = formFreq(f);
            int position = -1;
            for (int i = 0, b = postingStart.start(f); i < n; i++) {
                int gap = 0;
                int shift = 0;
                byte v;
                do {
                    v = postings[b++];
                    gap |= (v & 0x7F) << shift;
                    shift += 7;
                } while (v < 0);
                position += gap;
                out[at++] = position;
            }
        }
        runs[forms.length] = total;
        return forms.length > 1 ? mergeRuns(out, runs, forms.length) : out;
    }

    /**
     * Merges ascending runs pairwise until one is left: O(n log k) for k runs, where sorting the
     * concatenation costs O(n log n) (the forms of a frequent word hold hundreds of thousands of positions).
     */
    private static int[] mergeRuns(int[] a, int[] runs, int runCount) {
        int[] b = new int[a.length];
        while (runCount > 1) {
            int merged = 0;
            for (int r = 0; r < runCount; r += 2) {
                int lo = runs[r];
                int mid = runs[Math.min(r + 1, runCount)];
                int hi = runs[Math.min(r + 2, runCount)];
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    b[k++] = a[i] < a[j] ? a[i++] : a[j++];
                }
                System.arraycopy(a, i, b, k, mid - i);
                k += mid - i;
                System.arraycopy(a, j, b, k, hi - j);
                runs[merged++] = lo;
            }
            runs[merged] = a.length;
            runCount = merged;
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    /** Bytes held by the index (token stream, postings, frequencies, lexicon), an estimate without object headers. */
    public long bytes() {
        return bytesByPart().values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@link #bytes()} part by part (array lengths times element sizes), in a fixed order, for the memory figures. */
    public Map<String, Long> bytesByPart() {
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put("tokens", tokens.bytes());
        parts.put("postings", (long) postings.length);
        parts.put("postingStart", postingStart.bytes());
        parts.put("docStart", 4L * docStart.length);
        parts.put("sentenceStarts", sentenceStarts.bytes());
        for (Level level : Level.values()) {
            parts.put("freq." + level.key(), 4L * typeFreq[level.ordinal()].length);
        }
        parts.putAll(lexicon.bytesByPart());
        return parts;
    }
}
