package org.siyaq.query;

import java.util.Arrays;
import java.util.Locale;
import org.siyaq.i18n.Messages;

/**
 * A CQL query that cannot be run, with its message by key in the bundles ({@code cql.error.*}). An
 * argument that is a {@link Phrase} is itself a message key (what the parser expected), looked up in
 * the same language as the message.
 */
public class CqlException extends QueryException {

    private final String key;
    private final Object[] args;

    public CqlException(String key, Object... args) {
        super(QueryError.CQL, render(key, Messages.ENGLISH, args));
        this.key = key;
        this.args = args.clone();
    }

    /** A message key used as an argument of another message. */
    public record Phrase(String key) {}

    public String key() {
        return key;
    }

    @Override
    public String message(boolean inArabic) {
        return render(key, inArabic ? Messages.ARABIC : Messages.ENGLISH, args);
    }

    private static String render(String key, Locale locale, Object[] args) {
        Object[] resolved = Arrays.stream(args)
                .map(a -> a instanceof Phrase p
                        ? Messages.get(p.key(), locale)
                        : a instanceof Integer i ? String.valueOf(i) : a)
                .toArray();
        return Messages.get(key, locale, resolved);
    }
}
