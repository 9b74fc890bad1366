package org.siyaq.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.analysis.Token;
import org.springframework.stereotype.Component;

/**
 * Turns what a user typed into a {@link ParsedQuery} (syntax in {@code arabic.md}): words and phrases,
 * {@code *}/{@code ?} wildcards, {@code /regex/}, and {@code level:} prefixes. Every word goes through
 * the same {@link ArabicAnalysis} that built the index, so it is compared at its level as the index is.
 */
@Component
public class QueryParser {

    static final int MAX_TERMS = 10;
    private static final char SLASH = '/';
    private static final char BACKSLASH = '\\';

    private final ArabicAnalysis analysis;

    public QueryParser(ArabicAnalysis analysis) {
        this.analysis = analysis;
    }

    public ParsedQuery parse(String query, Level defaultLevel) {
        if (query == null || query.isBlank()) {
            throw new QueryException(QueryError.EMPTY, "");
        }
        if (CqlParser.isCql(query)) {
            return new ParsedQuery(query, List.of(), CqlParser.parse(query, defaultLevel, this::spelling));
        }
        List<QueryTerm> terms = new ArrayList<>();
        String q = query.strip();
        int i = 0;
        while (i < q.length()) {
            if (Character.isWhitespace(q.charAt(i))) {
                i++;
                continue;
            }
            Level level = defaultLevel;
            int colon = prefixEnd(q, i);
            if (colon > 0) {
                String name = q.substring(i, colon);
                try {
                    level = Level.parse(name);
                } catch (IllegalArgumentException e) {
                    throw new QueryException(QueryError.UNKNOWN_LEVEL, "'" + name + "'");
                }
                i = colon + 1;
            }
            if (i < q.length() && q.charAt(i) == SLASH) {
                int close = closingSlash(q, i + 1);
                if (close < 0) {
                    throw new QueryException(QueryError.UNBALANCED_SLASH, q.substring(i));
                }
                String regex = q.substring(i + 1, close);
                compile(regex);
                terms.add(new QueryTerm(QueryTerm.Kind.REGEX, level, spelling(level, regex)));
                i = close + 1;
            } else {
                int end = i;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end))) {
                    end++;
                }
                if (level == Level.ROOT) {
                    end = spacedRadicalsEnd(q, i, end);
                }
                addWord(q.substring(i, end), level, terms);
                i = end;
            }
        }
        if (terms.isEmpty()) {
            throw new QueryException(QueryError.EMPTY, "");
        }
        if (terms.size() > MAX_TERMS) {
            throw new QueryException(QueryError.TOO_LONG, String.valueOf(terms.size()));
        }
        return new ParsedQuery(query, terms);
    }

    /**
     * A root typed as radicals with spaces ({@code root:ك ت ب}) is one term: where the word at {@code start}
     * is one letter and two or three more single letters follow, the end of the last; else {@code end}.
     */
    private static int spacedRadicalsEnd(String q, int start, int end) {
        if (end - start != 1 || !Character.isLetter(q.charAt(start))) {
            return end;
        }
        int letters = 1;
        int last = end;
        for (int j = end;
                letters < 4
                        && j + 1 < q.length()
                        && q.charAt(j) == ' '
                        && Character.isLetter(q.charAt(j + 1))
                        && (j + 2 == q.length() || Character.isWhitespace(q.charAt(j + 2)));
                j += 2) {
            letters++;
            last = j + 2;
        }
        return letters >= 3 ? last : end;
    }

    /** The index of the ':' of a {@code level:} prefix starting at {@code i}, or -1. */
    private static int prefixEnd(String q, int i) {
        int j = i;
        while (j < q.length() && Character.isLetter(q.charAt(j)) && q.charAt(j) < 128) {
            j++;
        }
        return j > i && j < q.length() && q.charAt(j) == ':' ? j : -1;
    }

    private static int closingSlash(String q, int from) {
        for (int j = from; j < q.length(); j++) {
            if (q.charAt(j) == BACKSLASH) {
                j++;
            } else if (q.charAt(j) == SLASH) {
                return j;
            }
        }
        return -1;
    }

    static Pattern compile(String regex) {
        if (regex.isEmpty()) {
            throw new QueryException(QueryError.MATCHES_EVERYTHING, "//");
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new QueryException(QueryError.BAD_REGEX, "/" + regex + "/");
        }
    }

    /**
     * A regular expression with its letters spelled as {@code level} spells them. At {@code root}, radicals
     * typed with hyphens or spaces ({@code [root=}ك-ت-ب{@code ]}, the value quoted) are the root they spell, as in the simple syntax;
     * with a dot they stay a regular expression.
     */
    private String spelling(Level level, String regex) {
        if (level == Level.FORM) {
            return regex;
        }
        if (level == Level.ROOT && regex.indexOf('.') < 0 && ArabicAnalysis.isTypedRoot(regex)) {
            return analysis.rootOf(analysis.cleanQueryWord(regex));
        }
        return normalizeLetters(regex, level);
    }

    /**
     * Spells the Arabic letters of a regular expression as the {@code norm} level does (ة as ه, أ as ا,
     * marks removed, …), one character at a time, so that {@code /ال.*ة/} finds at {@code norm} what it
     * finds at {@code form} instead of silently nothing; at {@code root} a hamza in any seat is ء, as roots
     * write it. Other characters, regex syntax among them, stay.
     */
    private String normalizeLetters(String regex, Level level) {
        StringBuilder out = new StringBuilder(regex.length());
        for (int j = 0; j < regex.length(); j++) {
            char c = regex.charAt(j);
            if (c == BACKSLASH && j + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++j));
            } else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
                out.append(analysis.norm(String.valueOf(level == Level.ROOT ? rootLetter(c) : c)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private void addWord(String word, Level level, List<QueryTerm> terms) {
        if (word.indexOf('*') >= 0 || word.indexOf('?') >= 0) {
            terms.add(new QueryTerm(QueryTerm.Kind.WILDCARD, level, wildcard(word, level)));
            return;
        }
        if (level == Level.ROOT && ArabicAnalysis.isTypedRoot(word)) {
            terms.add(new QueryTerm(QueryTerm.Kind.EXACT, level, analysis.rootOf(analysis.cleanQueryWord(word))));
            return;
        }
        List<Token> tokens = analysis.tokenize(word);
        if (tokens.isEmpty()) {
            throw new QueryException(QueryError.NO_WORD, "'" + word + "'");
        }
        for (Token token : tokens) {
            terms.add(new QueryTerm(QueryTerm.Kind.EXACT, level, analysis.toLevel(token.form(), level)));
        }
    }

    /** Brings the letters between wildcards to the level's spelling, keeping {@code *} and {@code ?}. */
    private String wildcard(String word, Level level) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        boolean hasLetter = false;
        for (int j = 0; j <= word.length(); j++) {
            char c = j < word.length() ? word.charAt(j) : '*';
            if (c == '*' || c == '?') {
                String part = literalAtLevel(literal.toString(), level);
                hasLetter |= !part.isEmpty();
                out.append(part);
                if (j < word.length()) {
                    out.append(c);
                }
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        if (!hasLetter && word.indexOf('*') >= 0) {
            throw new QueryException(QueryError.MATCHES_EVERYTHING, "'" + word + "'");
        }
        return out.toString();
    }

    private String literalAtLevel(String literal, Level level) {
        if (literal.isEmpty()) {
            return literal;
        }
        String form = analysis.cleanQueryWord(literal);
        if (level == Level.ROOT) {
            StringBuilder radicals = new StringBuilder(form.length());
            form.chars().forEach(c -> radicals.append(rootLetter((char) c)));
            form = radicals.toString();
        }
        return level == Level.FORM ? form : analysis.norm(form);
    }

    /** A letter as a root writes it: hamza in any seat (أ إ آ ؤ ئ) as ء. */
    private static char rootLetter(char c) {
        return c == '\u0622' || c == '\u0623' || c == '\u0624' || c == '\u0625' || c == '\u0626' ? '\u0621' : c;
    }
}
