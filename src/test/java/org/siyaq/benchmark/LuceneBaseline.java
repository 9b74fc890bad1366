package org.siyaq.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Token;
import org.siyaq.collocation.CollocateRow;
import org.siyaq.corpus.SourceDocument;

/**
 * Baseline (a) of issue 5: the design a Java engineer reaches for first. One Lucene document per text,
 * the {@code norm} of each token (from the same {@link ArabicAnalysis}) indexed with positions and
 * offsets and kept as term vectors, the text stored. Concordances come from postings plus the stored
 * text; sorting and collocates walk each hit document's term vector.
 */
final class LuceneBaseline {

    static final String FIELD = "text";

    private final ArabicAnalysis analysis;
    private final Path path;
    private final Figures figures;
    private DirectoryReader reader;
    private Directory directory;

    LuceneBaseline(ArabicAnalysis analysis, Path path, Figures figures) {
        this.analysis = analysis;
        this.path = path;
        this.figures = figures;
    }

    void index(List<SourceDocument> documents) throws IOException {
        long started = System.nanoTime();
        directory = FSDirectory.open(path);
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setTokenized(true);
        type.setStored(true);
        type.setStoreTermVectors(true);
        type.setStoreTermVectorPositions(true);
        type.setStoreTermVectorOffsets(true);
        type.freeze();
        IndexWriterConfig config = new IndexWriterConfig(new NormAnalyzer(analysis)).setRAMBufferSizeMB(256);
        long tokens = 0;
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SourceDocument source : documents) {
                Document doc = new Document();
                doc.add(new Field(FIELD, source.text(), type));
                writer.addDocument(doc);
            }
            writer.commit();
        }
        double ms = (System.nanoTime() - started) / 1e6;
        reader = DirectoryReader.open(directory);
        tokens = MultiTerms.getTerms(reader, FIELD).getSumTotalTermFreq();
        figures.put("lucene.ingest.time", ms, "ms");
        figures.put("lucene.ingest.rate", tokens / (ms / 1000), "tokens/s");
        figures.put("lucene.ingest.per_token", ms * 1e6 / tokens, "ns/token");
    }

    void queries(List<String> words) {
        for (int i = 0; i < Benchmark.RANKS.length; i++) {
            String word = words.get(i);
            int rank = Benchmark.RANKS[i];
            figures.time("lucene.concordance.rank" + rank, () -> concordance(word));
            figures.time("lucene.concordance_sorted_after1.rank" + rank, () -> sortedAfter1(word));
            figures.time("lucene.collocates.rank" + rank, () -> collocates(word));
        }
        figures.time("lucene.wordlist.first_page", () -> wordList());
        figures.time("lucene.ngram3.first_time", 0, 1, () -> trigrams());
    }

    /** The number of occurrences and the first page of lines (±7 tokens) in corpus order. */
    List<String> concordance(String word) {
        try {
            PostingsEnum postings =
                    MultiTerms.getTermPostingsEnum(reader, FIELD, new BytesRef(word), PostingsEnum.OFFSETS);
            List<String> lines = new ArrayList<>();
            int total = 0;
            if (postings != null) {
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    int freq = postings.freq();
                    total += freq;
                    if (lines.size() < Benchmark.PAGE) {
                        DocTokens tokens = null;
                        for (int k = 0; k < freq && lines.size() < Benchmark.PAGE; k++) {
                            int position = postings.nextPosition();
                            tokens = tokens == null ? DocTokens.of(reader, doc) : tokens;
                            lines.add(tokens.line(position, 7));
                        }
                    }
                }
            }
            lines.add(Integer.toString(total));
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every occurrence keyed by the word after it, sorted, and the first page of lines. */
    List<String> sortedAfter1(String word) {
        try {
            PostingsEnum postings =
                    MultiTerms.getTermPostingsEnum(reader, FIELD, new BytesRef(word), PostingsEnum.POSITIONS);
            record Hit(String after, int doc, int position) {}
            List<Hit> hits = new ArrayList<>();
            TermVectors vectors = reader.termVectors();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                String[] terms = DocTokens.terms(vectors.get(doc, FIELD));
                for (int k = postings.freq(); k > 0; k--) {
                    int p = postings.nextPosition();
                    hits.add(new Hit(p + 1 < terms.length ? terms[p + 1] : "", doc, p));
                }
            }
            hits.sort(
                    Comparator.comparing(Hit::after).thenComparingInt(Hit::doc).thenComparingInt(Hit::position));
            List<String> lines = new ArrayList<>();
            for (Hit hit : hits.subList(0, Math.min(Benchmark.PAGE, hits.size()))) {
                lines.add(DocTokens.of(reader, hit.doc()).line(hit.position(), 7));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collocates ±5 over the union of the windows, every measure, sorted by log-likelihood. */
    List<CollocateRow> collocates(String word) {
        try {
            PostingsEnum postings =
                    MultiTerms.getTermPostingsEnum(reader, FIELD, new BytesRef(word), PostingsEnum.POSITIONS);
            Map<String, int[]> o11 = new HashMap<>();
            long r1 = 0;
            int nodeFreq = 0;
            TermVectors vectors = reader.termVectors();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                String[] terms = DocTokens.terms(vectors.get(doc, FIELD));
                boolean[] node = new boolean[terms.length];
                boolean[] inWindow = new boolean[terms.length];
                for (int k = postings.freq(); k > 0; k--) {
                    int p = postings.nextPosition();
                    node[p] = true;
                    nodeFreq++;
                    for (int q = Math.max(0, p - Benchmark.WINDOW);
                            q <= Math.min(terms.length - 1, p + Benchmark.WINDOW);
                            q++) {
                        inWindow[q] = true;
                    }
                }
                for (int q = 0; q < terms.length; q++) {
                    if (inWindow[q] && !node[q]) {
                        r1++;
                        o11.computeIfAbsent(terms[q], t -> new int[1])[0]++;
                    }
                }
            }
            long n = MultiTerms.getTerms(reader, FIELD).getSumTotalTermFreq();
            TermsEnum all = MultiTerms.getTerms(reader, FIELD).iterator();
            List<CollocateRow> rows = new ArrayList<>(o11.size());
            for (Map.Entry<String, int[]> e : o11.entrySet()) {
                all.seekExact(new BytesRef(e.getKey()));
                rows.add(BaselineMeasures.row(e.getKey(), e.getValue()[0], (int) all.totalTermFreq(), r1, n, nodeFreq));
            }
            rows.sort(Comparator.comparingDouble(CollocateRow::logLikelihood)
                    .reversed()
                    .thenComparing(CollocateRow::word));
            return rows.subList(0, Math.min(Benchmark.PAGE, rows.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every term with its total frequency from the terms dictionary, the first page by frequency. */
    List<String> wordList() {
        try {
            TermsEnum terms = MultiTerms.getTerms(reader, FIELD).iterator();
            List<Map.Entry<String, Long>> rows = new ArrayList<>();
            for (BytesRef t = terms.next(); t != null; t = terms.next()) {
                rows.add(Map.entry(t.utf8ToString(), terms.totalTermFreq()));
            }
            rows.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            return rows.subList(0, Math.min(Benchmark.PAGE, rows.size())).stream()
                    .map(Map.Entry::getKey)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 3-grams of frequency ≥ 2 from every document's term vector, the first page by frequency. */
    List<String> trigrams() {
        try {
            Map<String, int[]> counts = new HashMap<>();
            TermVectors vectors = reader.termVectors();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                String[] terms = DocTokens.terms(vectors.get(doc, FIELD));
                for (int p = 0; p + 2 < terms.length; p++) {
                    counts.computeIfAbsent(terms[p] + ' ' + terms[p + 1] + ' ' + terms[p + 2], k -> new int[1])[0]++;
                }
            }
            return counts.entrySet().stream()
                    .filter(e -> e.getValue()[0] >= 2)
                    .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                            .thenComparing(Map.Entry::getKey))
                    .limit(Benchmark.PAGE)
                    .map(Map.Entry::getKey)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() throws IOException {
        reader.close();
        directory.close();
    }

    /** One document's tokens rebuilt from its term vector, and its stored text for the lines. */
    private record DocTokens(String text, int[] starts, int[] ends) {

        static DocTokens of(DirectoryReader reader, int doc) throws IOException {
            String text = reader.storedFields().document(doc).get(FIELD);
            Terms vector = reader.termVectors().get(doc, FIELD);
            int n = (int) vector.getSumTotalTermFreq();
            int[] starts = new int[n];
            int[] ends = new int[n];
            TermsEnum terms = vector.iterator();
            PostingsEnum positions = null;
            while (terms.next() != null) {
                positions = terms.postings(positions, PostingsEnum.OFFSETS);
                positions.nextDoc();
                for (int k = positions.freq(); k > 0; k--) {
                    int p = positions.nextPosition();
                    starts[p] = positions.startOffset();
                    ends[p] = positions.endOffset();
                }
            }
            return new DocTokens(text, starts, ends);
        }

        static String[] terms(Terms vector) throws IOException {
            String[] out = new String[(int) vector.getSumTotalTermFreq()];
            TermsEnum terms = vector.iterator();
            PostingsEnum positions = null;
            for (BytesRef t = terms.next(); t != null; t = terms.next()) {
                String term = t.utf8ToString();
                positions = terms.postings(positions, PostingsEnum.POSITIONS);
                positions.nextDoc();
                for (int k = positions.freq(); k > 0; k--) {
                    out[positions.nextPosition()] = term;
                }
            }
            return out;
        }

        String line(int position, int context) {
            int from = Math.max(0, position - context);
            int to = Math.min(starts.length - 1, position + context);
            return text.substring(starts[from], starts[position]) + "\t"
                    + text.substring(starts[position], ends[position]) + "\t"
                    + text.substring(ends[position], ends[to]);
        }
    }

    /** Tokens and offsets from {@link ArabicAnalysis#tokenize}, each indexed as its {@code norm}. */
    private static final class NormAnalyzer extends Analyzer {

        private final ArabicAnalysis analysis;

        NormAnalyzer(ArabicAnalysis analysis) {
            this.analysis = analysis;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new NormTokenizer(analysis));
        }
    }

    private static final class NormTokenizer extends Tokenizer {

        private final ArabicAnalysis analysis;
        private final Map<String, String> norms = new HashMap<>();
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private List<Token> tokens = List.of();
        private int next;

        NormTokenizer(ArabicAnalysis analysis) {
            this.analysis = analysis;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
                text.append(buffer, 0, n);
            }
            tokens = analysis.tokenize(text.toString());
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.size()) {
                return false;
            }
            clearAttributes();
            Token t = tokens.get(next++);
            term.setEmpty().append(norms.computeIfAbsent(t.form(), analysis::norm));
            offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int last = tokens.isEmpty()
                    ? 0
                    : correctOffset(tokens.get(tokens.size() - 1).end());
            offset.setOffset(last, last);
        }
    }
}
