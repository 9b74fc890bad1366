package org.siyaq.ui.analysis;

import org.siyaq.analysis.Level;
import org.siyaq.concordance.ConcordanceTool;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.WordQueries;
import org.siyaq.wordlist.WordListTool;

/**
 * The word panel's links into the concordance and the word list, keeping the corpus, the documents,
 * the language and the Buckwalter setting of {@code base}: every token of a lemma ({@code lemma:قال})
 * or of a root, and the word list of a lemma's forms (level {@code form}, filtered by the lemma) or of
 * a root's words (level {@code lemma}, filtered by the root). A value that analysed again would not
 * give itself back is matched exactly ({@link WordQueries}), so a link never finds another word.
 */
public final class WordLinks {

    /** The routes, named rather than imported: the tool views depend on this package, not it on them. */
    static final String CONCORDANCE = "concordance";

    static final String WORDLIST = "wordlist";

    private final WordQueries queries;

    public WordLinks(WordQueries queries) {
        this.queries = queries;
    }

    /** The query term for every token whose {@code level} is {@code value}, e.g. {@code root:كتب}. */
    public String term(Level level, String value) {
        return level.key() + ":" + queries.exact(value, level);
    }

    /** The concordance of every token whose {@code level} is {@code value}. */
    public String concordance(UrlState base, Level level, String value) {
        return href(CONCORDANCE, base.with(ConcordanceTool.QUERY, term(level, value)));
    }

    /** The concordance of a word-list row, as a click on its row opens it: the row's key at the row's level. */
    public String rowConcordance(UrlState base, Level level, String key) {
        return href(
                CONCORDANCE,
                base.with(ConcordanceTool.QUERY, queries.exact(key, level)).with(ConcordanceTool.LEVEL, level));
    }

    /** The word list at {@code rows}, keeping only the rows with a form whose {@code level} is {@code value}. */
    public String wordList(UrlState base, Level rows, Level level, String value) {
        return href(WORDLIST, base.with(WordListTool.LEVEL, rows).with(WordListTool.FILTER, term(level, value)));
    }

    private static String href(String route, UrlState state) {
        String query = state.queryString();
        return query.isEmpty() ? route : route + "?" + query;
    }
}
