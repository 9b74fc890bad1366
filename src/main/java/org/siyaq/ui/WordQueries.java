package org.siyaq.ui;

import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.analysis.Token;

/**
 * Concordance queries for words that are already strings of a level (a word-list row, an n-gram, a
 * collocate): the word itself when analysing it again gives it back, otherwise a quoted
 * {@code /regex/} that matches exactly that string, so a click never finds a different word.
 */
public final class WordQueries {

    private final ArabicAnalysis analysis;

    public WordQueries(ArabicAnalysis analysis) {
        this.analysis = analysis;
    }

    /** A query term matching exactly {@code word} at {@code level}. */
    public String exact(String word, Level level) {
        List<Token> tokens = analysis.tokenize(word);
        boolean stable = tokens.size() == 1
                && !word.contains("*")
                && !word.contains("?")
                && analysis.toLevel(tokens.get(0).form(), level).equals(word);
        return stable ? word : "/" + Pattern.quote(word) + "/";
    }

    /** A phrase query matching exactly the space-separated {@code words} at {@code level}. */
    public String exactPhrase(String words, Level level) {
        StringJoiner phrase = new StringJoiner(" ");
        for (String word : words.strip().split(" +")) {
            phrase.add(exact(word, level));
        }
        return phrase.toString();
    }
}
