package org.siyaq.corpus.load;

/** A file that was skipped, by name, with the reason in words an instructor can act on. */
public record Rejection(String file, String reason) {
}
