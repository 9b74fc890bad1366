package org.siyaq.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.siyaq.analysis.Level;

/**
 * A recursive-descent parser for CQL, the query language of CWB/CQP, Sketch Engine and BlackLab (the
 * grammar and how it differs from CQP: {@code docs/query-language.md}). Every error names the
 * character where the parser stopped and what it expected there.
 */
final class CqlParser {

    /** The largest bound of a repetition {@code {n,m}}. */
    static final int MAX_REPEAT = 50;

    private static final String POS = "pos";

    private final String q;
    private final Level defaultLevel;
    private final BiFunction<Level, String, String> spelling;
    private int at;

    /**
     * @param spelling brings the letters of a value to the spelling of its level, as the regex path of
     *                 the simple syntax does
     */
    private CqlParser(String q, Level defaultLevel, BiFunction<Level, String, String> spelling) {
        this.q = q;
        this.defaultLevel = defaultLevel;
        this.spelling = spelling;
    }

    /** Whether a query is CQL: it starts with {@code [}, {@code (} or {@code "}. */
    static boolean isCql(String query) {
        String s = query == null ? "" : query.strip();
        return !s.isEmpty() && "[(\"".indexOf(s.charAt(0)) >= 0;
    }

    static CqlPattern parse(String query, Level defaultLevel, BiFunction<Level, String, String> spelling) {
        return new CqlParser(query, defaultLevel, spelling).query();
    }

    private CqlPattern query() {
        CqlNode body = alternatives();
        CqlPattern.Within within = CqlPattern.Within.DOCUMENT;
        skipBlanks();
        if (word("within")) {
            within = within();
        }
        skipBlanks();
        if (at < q.length()) {
            throw expected("cql.expect.end");
        }
        if (CqlNode.matchesUnconstrained(body)) {
            throw new CqlException("cql.error.matches-everything");
        }
        return new CqlPattern(body, within);
    }

    private CqlPattern.Within within() {
        skipBlanks();
        if (word("document") || word("doc") || word("text") || tag("doc") || tag("text")) {
            return CqlPattern.Within.DOCUMENT;
        }
        if (word("s") || tag("s")) {
            return CqlPattern.Within.SENTENCE;
        }
        throw expected("cql.expect.within");
    }

    private CqlNode alternatives() {
        List<CqlNode> options = new ArrayList<>();
        options.add(sequence());
        while (peek('|')) {
            at++;
            options.add(sequence());
        }
        return options.size() == 1 ? options.getFirst() : new CqlNode.Alternatives(options);
    }

    private CqlNode sequence() {
        List<CqlNode> items = new ArrayList<>();
        items.add(item());
        while (peek('[') || peek('"') || peek('(')) {
            items.add(item());
        }
        return items.size() == 1 ? items.getFirst() : new CqlNode.Sequence(items);
    }

    private CqlNode item() {
        CqlNode atom = atom();
        while (true) {
            skipBlanks();
            int start = at;
            if (at >= q.length()) {
                return atom;
            }
            switch (q.charAt(at)) {
                case '?' -> atom = repeat(atom, 0, 1);
                case '*' -> atom = repeat(atom, 0, CqlNode.Repeat.UNBOUNDED);
                case '+' -> atom = repeat(atom, 1, CqlNode.Repeat.UNBOUNDED);
                case '{' -> {
                    at++;
                    int min = peek(',') ? 0 : number();
                    int max = min;
                    if (peek(',')) {
                        at++;
                        max = peek('}') ? CqlNode.Repeat.UNBOUNDED : number();
                    }
                    close('}', "cql.expect.close-brace");
                    if (min > MAX_REPEAT
                            || max > MAX_REPEAT
                            || max != CqlNode.Repeat.UNBOUNDED && min > max
                            || max == 0) {
                        throw new CqlException("cql.error.bad-repeat", start + 1, MAX_REPEAT);
                    }
                    atom = new CqlNode.Repeat(atom, min, max);
                    continue;
                }
                default -> {
                    return atom;
                }
            }
            at++;
        }
    }

    private static CqlNode repeat(CqlNode atom, int min, int max) {
        return new CqlNode.Repeat(atom, min, max);
    }

    private CqlNode atom() {
        skipBlanks();
        if (peek('[')) {
            at++;
            skipBlanks();
            if (peek(']')) {
                at++;
                return new CqlNode.Token(null);
            }
            CqlConstraint c = or();
            close(']', "cql.expect.close-bracket");
            return new CqlNode.Token(c);
        }
        if (peek('"') || peek('\'')) {
            return new CqlNode.Token(test(defaultLevel, false));
        }
        if (peek('(')) {
            at++;
            CqlNode inner = alternatives();
            close(')', "cql.expect.close-paren");
            return inner;
        }
        throw expected("cql.expect.token");
    }

    private CqlConstraint or() {
        CqlConstraint c = and();
        while (peek('|')) {
            at++;
            c = new CqlConstraint.Or(c, and());
        }
        return c;
    }

    private CqlConstraint and() {
        CqlConstraint c = not();
        while (peek('&')) {
            at++;
            c = new CqlConstraint.And(c, not());
        }
        return c;
    }

    private CqlConstraint not() {
        skipBlanks();
        if (peek('!')) {
            at++;
            return new CqlConstraint.Not(not());
        }
        if (peek('(')) {
            at++;
            CqlConstraint c = or();
            close(')', "cql.expect.close-paren");
            return c;
        }
        return attributeTest();
    }

    private CqlConstraint attributeTest() {
        skipBlanks();
        int start = at;
        while (at < q.length()
                && (Character.isLetterOrDigit(q.charAt(at)) || q.charAt(at) == '_')
                && q.charAt(at) < 128) {
            at++;
        }
        if (start == at) {
            throw expected("cql.expect.attribute");
        }
        String name = q.substring(start, at).toLowerCase(Locale.ROOT);
        Level level = level(name, start);
        skipBlanks();
        boolean negated = false;
        if (q.startsWith("!=", at)) {
            negated = true;
            at += 2;
        } else if (peek('=')) {
            at++;
        } else {
            throw expected("cql.expect.operator");
        }
        return test(level, negated);
    }

    private Level level(String name, int start) {
        if (name.equals(POS)) {
            throw new CqlException("cql.error.pos", start + 1);
        }
        if (name.equals("word")) {
            return Level.FORM;
        }
        try {
            return Level.parse(name);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(Level.values()).map(Level::key).collect(Collectors.joining(", "));
            throw new CqlException("cql.error.unknown-attribute", name, start + 1, allowed);
        }
    }

    /** A quoted value at {@code level}: a regular expression over that level's strings. */
    private CqlConstraint test(Level level, boolean negated) {
        skipBlanks();
        if (!peek('"') && !peek('\'')) {
            throw expected("cql.expect.value");
        }
        char quote = q.charAt(at);
        int open = at++;
        StringBuilder value = new StringBuilder();
        while (at < q.length() && q.charAt(at) != quote) {
            if (q.charAt(at) == '\\' && at + 1 < q.length()) {
                // \" is a quote inside the value; any other escape is the regex's
                if (q.charAt(at + 1) != quote) {
                    value.append('\\');
                }
                at++;
            }
            value.append(q.charAt(at++));
        }
        if (at >= q.length()) {
            throw new CqlException("cql.error.unclosed-value", open + 1);
        }
        at++;
        if (value.isEmpty()) {
            throw new CqlException("cql.error.empty-value", open + 1);
        }
        String regex = spelling.apply(level, value.toString());
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new CqlException("cql.error.bad-regex", value.toString(), open + 1);
        }
        return new CqlConstraint.Test(level, regex, negated);
    }

    private int number() {
        skipBlanks();
        int start = at;
        while (at < q.length() && q.charAt(at) >= '0' && q.charAt(at) <= '9') {
            at++;
        }
        if (start == at) {
            throw expected("cql.expect.number");
        }
        try {
            return Integer.parseInt(q.substring(start, at));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private void close(char c, String expectedKey) {
        if (!peek(c)) {
            throw expected(expectedKey);
        }
        at++;
    }

    /** Skips blanks and tells whether the next character is {@code c}. */
    private boolean peek(char c) {
        skipBlanks();
        return at < q.length() && q.charAt(at) == c;
    }

    /** Consumes {@code w} when it is the next word (followed by a blank, {@code <} or the end). */
    private boolean word(String w) {
        int end = at + w.length();
        if (q.regionMatches(true, at, w, 0, w.length())
                && (end == q.length() || !Character.isLetterOrDigit(q.charAt(end)))) {
            at = end;
            return true;
        }
        return false;
    }

    /** Consumes {@code <name/>} or {@code <name>}. */
    private boolean tag(String name) {
        for (String t : List.of("<" + name + "/>", "<" + name + " />", "<" + name + ">")) {
            if (q.regionMatches(true, at, t, 0, t.length())) {
                at += t.length();
                return true;
            }
        }
        return false;
    }

    private void skipBlanks() {
        while (at < q.length() && Character.isWhitespace(q.charAt(at))) {
            at++;
        }
    }

    private CqlException expected(String what) {
        String before = q.substring(0, at).strip();
        if (before.isEmpty()) {
            return new CqlException("cql.error.expected-at-start", new CqlException.Phrase(what), at + 1);
        }
        if (before.length() > 30) {
            before = "\u2026" + before.substring(before.length() - 30);
        }
        return new CqlException("cql.error.expected", new CqlException.Phrase(what), before, at + 1);
    }
}
