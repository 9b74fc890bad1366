package org.siyaq.query;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siyaq.analysis.Level;
import org.siyaq.index.CorpusIndex;
import org.siyaq.index.Lexicon;
import org.siyaq.index.TokenStream;
import org.springframework.stereotype.Component;

/**
 * Finds the matches of a parsed query: each term becomes the set of forms whose string at the term's
 * level it accepts; the rarest term's postings give the candidates, and the other terms are checked
 * against the token stream. A phrase never matches across a document boundary.
 */
@Component
public class QueryMatcher {

    public Hits find(CorpusIndex index, ParsedQuery query, Deadline deadline) {
        if (query.cql() != null) {
            return CqlMatcher.find(index, query.cql(), deadline);
        }
        int n = query.length();
        // an exact term is one type of its level: its cost is that type's frequency, and a token is
        // checked by its type id, so no table the size of the lexicon is made for it
        int[] exactType = new int[n];
        boolean[][] accepts = new boolean[n][];
        long[] cost = new long[n];
        for (int t = 0; t < n; t++) {
            QueryTerm term = query.terms().get(t);
            if (term.kind() == QueryTerm.Kind.EXACT) {
                exactType[t] = index.lexicon().lookup(term.level(), term.text());
                cost[t] = exactType[t] < 0 ? 0 : index.freq(term.level(), exactType[t]);
                continue;
            }
            exactType[t] = -1;
            boolean[] types = matchingTypes(index.lexicon(), term, deadline);
            accepts[t] = new boolean[index.lexicon().formCount()];
            int[] table = index.typeTable(term.level());
            for (int f = 0; f < table.length; f++) {
                if (types[table[f]]) {
                    accepts[t][f] = true;
                    cost[t] += index.formFreq(f);
                }
            }
        }
        int anchor = 0;
        for (int t = 1; t < n; t++) {
            if (cost[t] < cost[anchor]) {
                anchor = t;
            }
        }
        if (cost[anchor] == 0) {
            return new Hits(new int[0], n, 0);
        }
        int[][] typeTables = new int[n][];
        for (int t = 0; t < n; t++) {
            typeTables[t] = index.typeTable(query.terms().get(t).level());
        }
        int[] anchorForms = accepts[anchor] != null
                ? formsWhere(accepts[anchor])
                : index.lexicon().formsOf(query.terms().get(anchor).level(), exactType[anchor]);
        int[] candidates = index.positionsOfForms(anchorForms);
        TokenStream tokens = index.tokens();
        // the starts are written over the candidates they come from (match c writes at found <= c), so
        // a one-word query of 454,728 hits allocates no second array the size of its postings
        int[] starts = candidates;
        int found = 0;
        int documents = 0;
        int lastDoc = -1;
        int doc = 0;
        for (int c = 0; c < candidates.length; c++) {
            int start = candidates[c] - anchor;
            if (start < 0 || start + n > index.size()) {
                continue;
            }
            while (index.docEnd(doc) <= start) {
                doc++;
            }
            if (start + n > index.docEnd(doc)) {
                continue;
            }
            boolean match = true;
            for (int t = 0; t < n && match; t++) {
                if (t != anchor) { // the anchor's token is a candidate: no read of the stream
                    int form = tokens.get(start + t);
                    match = accepts[t] != null ? accepts[t][form] : typeTables[t][form] == exactType[t];
                }
            }
            if (match) {
                starts[found++] = start;
                if (doc != lastDoc) {
                    documents++;
                    lastDoc = doc;
                }
            }
            if ((c & 0xFFFF) == 0) {
                deadline.check();
            }
        }
        return new Hits(found == starts.length ? starts : Arrays.copyOf(starts, found), n, documents);
    }

    /**
     * The forms of a query of one term (not a CQL pattern), ascending: its hits are exactly those forms'
     * tokens, one hit a token, in the order of their positions, so its count and its first lines can be
     * had from their postings without merging them all ({@link CorpusIndex#countOfForms}, {@link
     * CorpusIndex#firstPositionsOfForms}). {@code null} for a phrase or a CQL pattern.
     */
    public int[] formsOfOneTerm(CorpusIndex index, ParsedQuery query, Deadline deadline) {
        if (query.cql() != null || query.length() != 1) {
            return null;
        }
        QueryTerm term = query.terms().get(0);
        if (term.kind() == QueryTerm.Kind.EXACT) {
            int type = index.lexicon().lookup(term.level(), term.text());
            return type < 0 ? new int[0] : index.lexicon().formsOf(term.level(), type);
        }
        boolean[] types = matchingTypes(index.lexicon(), term, deadline);
        int[] table = index.typeTable(term.level());
        boolean[] accepts = new boolean[table.length];
        for (int f = 0; f < table.length; f++) {
            accepts[f] = types[table[f]];
        }
        return formsWhere(accepts);
    }

    /** The form ids {@code accepts} marks, ascending. */
    static int[] formsWhere(boolean[] accepts) {
        int count = 0;
        for (boolean a : accepts) {
            if (a) {
                count++;
            }
        }
        int[] out = new int[count];
        for (int f = 0, k = 0; k < count; f++) {
            if (accepts[f]) {
                out[k++] = f;
            }
        }
        return out;
    }

    /** Which types of the term's level the term accepts. */
    public static boolean[] matchingTypes(Lexicon lexicon, QueryTerm term, Deadline deadline) {
        Level level = term.level();
        boolean[] types = new boolean[lexicon.typeCount(level)];
        switch (term.kind()) {
            case EXACT -> {
                int type = lexicon.lookup(level, term.text());
                if (type >= 0) {
                    types[type] = true;
                }
            }
            case WILDCARD ->
                matchAll(lexicon, level, types, Pattern.compile(wildcardRegex(term.text())), deadline, term.text());
            case REGEX -> {
                int matched = matchAll(lexicon, level, types, QueryParser.compile(term.text()), deadline, term.text());
                if (matched == types.length && types.length > 1) {
                    throw new QueryException(QueryError.MATCHES_EVERYTHING, "/" + term.text() + "/");
                }
            }
        }
        return types;
    }

    /**
     * Characters a pattern may read over the whole lexicon, per word type, besides a fixed allowance: an
     * ordinary pattern reads each character of a word a few times, a runaway one (nested {@code .*})
     * thousands of times; it is stopped by this cost, not only by the deadline (issue 11, item 3).
     */
    static final long READS_PER_TYPE = 1_000;

    static final long READS_ALLOWANCE = 1_000_000;

    /** Marks the types of {@code level} whose whole string {@code pattern} matches, within the deadline and the read budget. */
    static int matchAll(
            Lexicon lexicon, Level level, boolean[] types, Pattern pattern, Deadline deadline, String regex) {
        int matched = 0;
        long[] budget = {READS_ALLOWANCE + READS_PER_TYPE * types.length};
        for (int t = 0; t < types.length; t++) {
            Matcher m = pattern.matcher(new DeadlineCharSequence(lexicon.string(level, t), deadline, regex, budget));
            if (m.matches()) {
                types[t] = true;
                matched++;
            }
        }
        return matched;
    }

    static String wildcardRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return regex.toString();
    }

    /** Makes a runaway regular expression stop at the deadline or when its reads run out: every character read checks both. */
    private record DeadlineCharSequence(CharSequence inner, Deadline deadline, String regex, long[] budget)
            implements CharSequence {
        @Override
        public char charAt(int index) {
            if (--budget[0] < 0 || deadline.passed()) {
                throw new QueryException(QueryError.REGEX_TOO_SLOW, "/" + regex + "/");
            }
            return inner.charAt(index);
        }

        @Override
        public int length() {
            return inner.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new DeadlineCharSequence(inner.subSequence(start, end), deadline, regex, budget);
        }

        @Override
        public String toString() {
            return inner.toString();
        }
    }
}
