package org.siyaq.query;

import java.time.Duration;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.LoadedCorpus;
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
