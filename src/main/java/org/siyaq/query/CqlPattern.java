package org.siyaq.query;

/**
 * A CQL query ready to run: its pattern and the region no hit may cross. Every hit stays inside one
 * document; {@link Within#SENTENCE} keeps it inside one sentence too.
 */
public record CqlPattern(CqlNode body, Within within) {

    public enum Within {
        DOCUMENT,
        SENTENCE
    }

    /** A canonical text of the pattern, for cache keys. */
    public String key() {
        return "CQL:" + within + ":" + body;
    }
}
