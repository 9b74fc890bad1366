package org.siyaq.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.FormLevels;
import org.siyaq.analysis.Level;
import org.siyaq.analysis.SentenceBreaks;
import org.siyaq.analysis.Token;

/**
 * Interns the forms of documents as they are analysed and assembles the {@link CorpusIndex}. The
 * levels of each distinct form are computed once, not per token.
 */
public final class IndexBuilder {

    private final ArabicAnalysis analysis;
    private final FormTable formIds = new FormTable();
    private final List<String> forms = new ArrayList<>();
    private int[] tokens = new int[1 << 12];
    private int size;
    private final List<Integer> docStarts = new ArrayList<>();
    private int[] sentenceStarts = new int[0];
    private int sentenceCount;

    public IndexBuilder(ArabicAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Starts a builder that already knows the forms of a stored lexicon, so stored ids stay valid. */
    public IndexBuilder(ArabicAnalysis analysis, List<String> knownForms) {
        this(analysis);
        for (String form : knownForms) {
            formId(form);
        }
    }

    /** Interns one analysed document and returns its form ids, in token order. */
    public int[] addDocument(List<Token> docTokens) {
        int[] ids = new int[docTokens.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = formId(docTokens.get(i).form());
        }
        addDocument(ids);
        return ids;
    }

    /** Interns one analysed document and records where its sentences start ({@link SentenceBreaks}). */
    public int[] addDocument(List<Token> docTokens, String text) {
        return addDocument(docTokens, SentenceBreaks.starts(text, docTokens));
    }

    /**
     * Interns one analysed document whose sentence starts are known: {@code localSentenceStarts} are
     * document-local token numbers, as {@link SentenceBreaks#starts} gives them.
     */
    public int[] addDocument(List<Token> docTokens, int[] localSentenceStarts) {
        addSentences(size, localSentenceStarts);
        return addDocument(docTokens);
    }

    private void addSentences(int first, int[] localSentenceStarts) {
        for (int local : localSentenceStarts) {
            if (sentenceCount == sentenceStarts.length) {
                sentenceStarts = Arrays.copyOf(sentenceStarts, Math.max(16, sentenceCount * 2));
            }
            sentenceStarts[sentenceCount++] = first + local;
        }
    }

    /** Sets the sentence starts (corpus positions) of a corpus reopened from the store. */
    public void sentenceStarts(int[] starts) {
        sentenceStarts = starts.clone();
        sentenceCount = starts.length;
    }

    /** The sentence starts recorded so far, in corpus positions, without the documents' starts. */
    public int[] sentenceStarts() {
        return Arrays.copyOf(sentenceStarts, sentenceCount);
    }

    /** Adds a document whose tokens are already form ids of this builder. */
    public void addDocument(int[] formIds) {
        docStarts.add(size);
        if (size + formIds.length > tokens.length) {
            tokens = Arrays.copyOf(tokens, Math.max(tokens.length * 2, size + formIds.length));
        }
        System.arraycopy(formIds, 0, tokens, size, formIds.length);
        size += formIds.length;
    }

    private int formId(String form) {
        int id = formIds.intern(form);
        if (id == forms.size()) {
            forms.add(form);
        }
        return id;
    }

    /**
     * Interns the distinct forms of a slice ({@link SliceForms}), in their local order, and returns the corpus's id of
     * each local id: a document of the slice is then {@link #addDocument(int[], int[], int[]) added} by its local ids.
     */
    public int[] intern(SliceForms slice) {
        FormTable local = slice.table();
        int[] global = new int[local.size()];
        for (int i = 0; i < global.length; i++) {
            int id = formIds.intern(local.chars(), local.start(i), local.length(i));
            if (id == forms.size()) {
                forms.add(local.form(i));
            }
            global[i] = id;
        }
        return global;
    }

    /**
     * Adds one document of a slice given by its tokens' local ids, with {@code global} from {@link #intern(SliceForms)},
     * whose sentences start at the document-local tokens {@code localSentenceStarts}; returns its form ids in token order.
     */
    public int[] addDocument(int[] localIds, int[] global, int[] localSentenceStarts) {
        int[] ids = new int[localIds.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = global[localIds[i]];
        }
        addSentences(size, localSentenceStarts);
        addDocument(ids);
        return ids;
    }

    /** The forms in id order (what the store persists as the lexicon). */
    public List<String> forms() {
        return forms;
    }

    public int tokenCount() {
        return size;
    }

    public CorpusIndex build() {
        return build(levelStrings(analysis, forms));
    }

    /** Builds with level strings already known. */
    public CorpusIndex build(String[][] levelStrings) {
        return build(new Lexicon(levelStrings));
    }

    /** Builds with the lexicon already known (the ingest's, or a stored corpus's analysed by this version). */
    public CorpusIndex build(Lexicon lexicon) {
        return new CorpusIndex(lexicon, positions(lexicon.formCount()));
    }

    /**
     * The postings and the rest of what the token stream alone decides ({@link CorpusIndex.Positions}), for the forms
     * interned so far: an ingest builds these while the levels and the lexicon are still being made, and then
     * {@code new CorpusIndex(lexicon, positions)}.
     */
    public CorpusIndex.Positions positions() {
        return positions(forms.size());
    }

    /** {@link #positions()} for a stream of form ids below {@code formCount} (a reopened corpus's: no form interned here). */
    private CorpusIndex.Positions positions(int formCount) {
        int[] starts = new int[docStarts.size() + 1];
        for (int d = 0; d < docStarts.size(); d++) {
            starts[d] = docStarts.get(d);
        }
        starts[docStarts.size()] = size;
        return CorpusIndex.positions(Arrays.copyOf(tokens, size), starts, sentenceStarts(), formCount);
    }

    /**
     * Computes every level of every form with the analyzer, once per distinct form, the forms in
     * parallel (each form's levels depend on that form alone; the analyzer is thread-safe), with the
     * dictionary lookups shared across forms ({@link ArabicAnalysis#formLevels}).
     */
    public static String[][] levelStrings(ArabicAnalysis analysis, List<String> forms) {
        String[][] out = new String[Level.values().length][forms.size()];
        FormLevels formLevels = analysis.formLevels();
        IntStream.range(0, forms.size()).parallel().forEach(f -> {
            String[] levels = formLevels.of(forms.get(f));
            for (Level level : Level.values()) {
                out[level.ordinal()][f] = levels[level.ordinal()];
            }
        });
        return out;
    }
}
