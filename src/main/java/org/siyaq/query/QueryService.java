package org.siyaq.query;

import java.time.Duration;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.index.CorpusIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Parses a query and finds its matches in a corpus, with the matches of recent queries cached. */
@Service
public class QueryService {

    private final QueryParser parser;
    private final QueryMatcher matcher;
    private final Duration timeout;
    private final ResultCache<Hits> cache =
            new ResultCache<>(64L << 20, h -> 64L + (h.lengths() == null ? 4L : 8L) * h.count());
    private final ResultCache<OneTerm> oneTerm = new ResultCache<>(16L << 20, t -> 64L + 4L * t.forms().length);

    public QueryService(
            QueryParser parser, QueryMatcher matcher, @Value("${siyaq.query-timeout:10s}") Duration timeout) {
        this.parser = parser;
        this.matcher = matcher;
        this.timeout = timeout;
    }

    public ParsedQuery parse(String query, Level level) {
        return parser.parse(query, level);
    }

    public Hits find(LoadedCorpus corpus, String query, Level level) {
        return find(corpus, parse(query, level));
    }

    public Hits find(LoadedCorpus corpus, ParsedQuery query) {
        return cache.get(cacheKey(corpus) + query.key(), () -> matcher.find(corpus.index(), query, newDeadline()));
    }

    /**
     * The number of hits and of documents with a hit, and the first {@code k} hits in corpus order: for a
     * query of one term, whose hits are its forms' tokens, the count comes from their frequencies, the
     * documents from one pass over their postings and the first hits from a merge that stops after
     * {@code k} ({@link #FIRST_HITS} at most), so the whole hit list is neither merged nor held; the forms
     * and the two counts are cached for later pages. Otherwise (a phrase, a CQL pattern, a deeper page,
     * or the hits already cached) {@code first} holds all the hits ({@link #find}).
     */
    public FirstHits first(LoadedCorpus corpus, ParsedQuery query, int k) {
        String key = cacheKey(corpus) + query.key();
        Hits all = cache.peek(key);
        if (all == null && k <= FIRST_HITS && query.cql() == null && query.length() == 1) {
            CorpusIndex index = corpus.index();
            OneTerm term = oneTerm.get(key, () -> {
                Deadline deadline = newDeadline();
                deadline.check(); // as the full match checks before its first candidate
                int[] forms = matcher.formsOfOneTerm(index, query, deadline);
                return new OneTerm(forms, index.countOfForms(forms), index.documentsOfForms(forms, deadline::check));
            });
            return new FirstHits(
                    term.count(),
                    term.documents(),
                    new Hits(index.firstPositionsOfForms(term.forms(), k), 1, term.documents()));
        }
        Hits hits = all != null ? all : find(corpus, query);
        return new FirstHits(hits.count(), hits.documents(), hits);
    }

    /** The deepest page end {@link #first} answers without all the hits. */
    public static final int FIRST_HITS = 10_000;

    /**
     * What {@link #first} found: the number of hits and of documents, and the hits of the first page (a
     * prefix of all of them, in corpus order, or all of them).
     */
    public record FirstHits(int count, int documents, Hits first) {}

    /** A query of one term: its forms and the number of its hits and of their documents. */
    private record OneTerm(int[] forms, int count, int documents) {}

    /** The deadline of the query this thread runs for ({@link QueryExecutor}), or one that starts now. */
    public Deadline newDeadline() {
        return Deadline.isSet() ? Deadline.current() : Deadline.in(timeout);
    }

    /** A key prefix unique to this corpus and this opening of it, and to the sub-corpus when it is one. */
    public static String cacheKey(LoadedCorpus corpus) {
        String where = corpus.filter() == null ? "" : "[" + corpus.filter().key() + "]";
        return corpus.id() + where + "@" + System.identityHashCode(corpus.index()) + "|";
    }
}
