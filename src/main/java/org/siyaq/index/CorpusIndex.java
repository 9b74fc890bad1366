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
    /**
     * The forms of at least {@value #FREQUENT} tokens (ascending) and the number of documents each occurs
     * in: the documents of a one-form query without reading its postings, in a few bytes a frequent form.
     */
    private final int[] frequentForms;

    private final int[] frequentDocuments;
    /** A form of this many tokens or more has its number of documents kept ({@link #documentsOfForms}). */
    static final int FREQUENT = 16_384;

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
        this(lexicon, positions(tokens, docStart, sentenceStarts, lexicon.formCount()));
    }

    /**
     * What an index holds that its token stream alone decides: the stream packed, the postings, each form's number
     * of tokens, the sentences. An ingest builds these while it builds the lexicon ({@code IndexBuilder#positions}).
     */
    public record Positions(
            TokenStream tokens,
            int[] docStart,
            PostingStarts postingStart,
            byte[] postings,
            int[] count,
            SentenceStarts sentenceStarts) {}

    /** The {@link Positions} of a token stream of form ids below {@code forms}. */
    public static Positions positions(int[] tokens, int[] docStart, int[] sentenceStarts, int forms) {
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
        PostingStarts postingStart = new PostingStarts(length);
        length = null;
        byte[] postings = new byte[Math.toIntExact(at)];
        Arrays.fill(last, -1);
        for (int p = 0; p < tokens.length; p++) {
            int f = tokens[p];
            fill[f] = writeVarint(postings, fill[f], p - last[f]);
            last[f] = p;
        }
        return new Positions(
                TokenStream.of(tokens, forms),
                docStart,
                postingStart,
                postings,
                count,
                SentenceStarts.merge(docStart, sentenceStarts));
    }

    /** An index of {@code positions} (built for this lexicon's forms) and {@code lexicon}. */
    public CorpusIndex(Lexicon lexicon, Positions positions) {
        if (positions.count().length != lexicon.formCount()) {
            throw new IllegalArgumentException(
                    "positions of " + positions.count().length + " forms for a lexicon of " + lexicon.formCount());
        }
        this.lexicon = lexicon;
        this.tokens = positions.tokens();
        this.docStart = positions.docStart();
        this.postingStart = positions.postingStart();
        this.postings = positions.postings();
        this.sentenceStarts = positions.sentenceStarts();
        int forms = lexicon.formCount();
        int[] count = positions.count();
        // the documents of each frequent form, from its postings (a sequential read, the documents walked
        // alongside), where counting them in the loop above would touch one more table at every token
        int frequent = 0;
        for (int f = 0; f < forms; f++) {
            if (count[f] >= FREQUENT) {
                frequent++;
            }
        }
        frequentForms = new int[frequent];
        frequentDocuments = new int[frequent];
        for (int f = 0, k = 0; f < forms; f++) {
            if (count[f] >= FREQUENT) {
                frequentForms[k] = f;
                frequentDocuments[k++] =
                        documentsOfForm(f, count[f], null, count[f] >= docCount() / 4 ? null : () -> {});
            }
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
            decode(f, out, at, n);
            at += n;
        }
        runs[forms.length] = total;
        return forms.length > 1 ? mergeRuns(out, runs, forms.length) : out;
    }

    /**
     * How many tokens have one of {@code forms} (distinct forms: their postings are disjoint), from the
     * frequencies alone: the count of a one-word query without reading its postings.
     */
    public int countOfForms(int[] forms) {
        long total = 0;
        for (int f : forms) {
            total += formFreq(f);
        }
        return Math.toIntExact(total);
    }

    /**
     * How many documents hold a token of one of {@code forms}: each form's postings are read in order
     * with the document they are in followed alongside, and nothing is merged or stored but a bit a
     * document, and the documents of one frequent form are kept ({@link #FREQUENT}). {@code tick} (a
     * deadline's check) runs every 65,536 positions of a form and every 4,096 forms.
     */
    public int documentsOfForms(int[] forms, Runnable tick) {
        int docs = docCount();
        if (docs == 0) {
            return 0;
        }
        if (forms.length == 1) {
            int k = Arrays.binarySearch(frequentForms, forms[0]);
            if (k >= 0) {
                return frequentDocuments[k];
            }
        }
        long[] seen = forms.length > 1 ? new long[(docs + 63) >>> 6] : null;
        int distinct = 0;
        for (int i = 0; i < forms.length; i++) {
            distinct += documentsOfForm(forms[i], formFreq(forms[i]), seen, tick);
            if ((i & 0xFFF) == 0xFFF) {
                tick.run();
            }
        }
        return distinct;
    }

    /**
     * The documents of form {@code f} ({@code n} tokens) that {@code seen} does not mark yet, marked there
     * ({@code null}: every document of the form counts): its postings are read in order, the document
     * they are in followed alongside ({@code tick} {@code null}: one document at a time, at open; otherwise
     * by a search when a position skips documents, {@code tick} run every 65,536 positions).
     */
    private int documentsOfForm(int f, int n, long[] seen, Runnable tick) {
        int distinct = 0;
        int b = postingStart.start(f);
        int position = -1;
        int doc = -1;
        int docEnd = 0; // one past the last token of doc: positions below it are in doc
        for (int i = 0; i < n; i++) {
            long read = varint(b);
            b = (int) (read >>> 32);
            position += (int) read;
            if (tick != null && (i & 0xFFFF) == 0xFFFF) {
                tick.run();
            }
            if (position < docEnd) {
                continue;
            }
            if (tick == null) {
                // a form of more tokens than a quarter of the documents, at open: the documents one by one
                do {
                    doc++;
                } while (docStart[doc + 1] <= position);
            } else {
                doc = documentAfter(doc, position);
            }
            docEnd = docStart[doc + 1];
            if (seen == null) {
                distinct++;
            } else if ((seen[doc >>> 6] & (1L << doc)) == 0) {
                seen[doc >>> 6] |= 1L << doc;
                distinct++;
            }
        }
        return distinct;
    }

    /**
     * The document that holds {@code position}, which lies after document {@code doc} (-1: before the
     * first): a few steps forward, then a search of the documents after them. Of documents that share a
     * start (empty ones), the last holds the token, as in {@link #docOf}.
     */
    private int documentAfter(int doc, int position) {
        int last = docStart.length - 2;
        for (int step = 0; step < 8; step++) {
            if (doc == last || docStart[doc + 1] > position) {
                return doc;
            }
            doc++;
        }
        // the last document whose start is at most position, among doc+1 .. last
        int lo = doc;
        int hi = last;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (docStart[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * The first {@code k} positions, in corpus order, of every token whose form is one of {@code forms}
     * (fewer when they have fewer): a merge of the forms' postings that stops after {@code k}, so a page
     * of a word of millions of tokens costs the page, not the word.
     */
    public int[] firstPositionsOfForms(int[] forms, int k) {
        int total = countOfForms(forms);
        int[] out = new int[Math.min(k, total)];
        if (out.length == 0) {
            return out;
        }
        if (forms.length == 1) {
            decode(forms[0], out, 0, out.length);
            return out;
        }
        // a cursor per form that has positions: its next position, where its next byte is, how many are left
        int m = 0;
        int[] next = new int[forms.length];
        int[] at = new int[forms.length];
        int[] left = new int[forms.length];
        for (int f : forms) {
            int n = formFreq(f);
            if (n > 0) {
                at[m] = postingStart.start(f);
                left[m] = n;
                next[m] = -1;
                m++;
            }
        }
        // a binary min-heap of cursors by next position (positions are distinct across forms)
        int[] heap = new int[m];
        for (int c = 0; c < m; c++) {
            advance(c, next, at, left);
            heap[c] = c;
        }
        for (int i = m / 2 - 1; i >= 0; i--) {
            siftDown(heap, i, m, next);
        }
        for (int o = 0; o < out.length; o++) {
            int c = heap[0];
            out[o] = next[c];
            if (left[c] > 0) {
                advance(c, next, at, left);
            } else {
                heap[0] = heap[--m];
            }
            siftDown(heap, 0, m, next);
        }
        return out;
    }

    /** Moves cursor {@code c} to its next position (it has one left). */
    private void advance(int c, int[] next, int[] at, int[] left) {
        long read = varint(at[c]);
        at[c] = (int) (read >>> 32);
        left[c]--;
        next[c] += (int) read;
    }

    private static void siftDown(int[] heap, int i, int size, int[] key) {
        int c = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && key[heap[child + 1]] < key[heap[child]]) {
                child++;
            }
            if (key[heap[child]] >= key[c]) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = c;
    }

    /** The first {@code n} positions of form {@code f} into {@code out}, from {@code out[from]} on. */
    private void decode(int f, int[] out, int from, int n) {
        int position = -1;
        for (int i = from, b = postingStart.start(f); i < from + n; i++) {
            long read = varint(b);
            b = (int) (read >>> 32);
            position += (int) read;
            out[i] = position;
        }
    }

    /** The varint at byte {@code b} of the postings: its value in the low 32 bits, the next byte's index in the high. */
    private long varint(int b) {
        int value = 0;
        int shift = 0;
        byte v;
        do {
            v = postings[b++];
            value |= (v & 0x7F) << shift;
            shift += 7;
        } while (v < 0);
        return ((long) b << 32) | (value & 0xFFFFFFFFL);
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
        parts.put("frequentDocuments", 8L * frequentForms.length);
        for (Level level : Level.values()) {
            parts.put("freq." + level.key(), 4L * typeFreq[level.ordinal()].length);
        }
        parts.putAll(lexicon.bytesByPart());
        return parts;
    }
}
