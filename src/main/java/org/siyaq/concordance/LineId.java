package org.siyaq.concordance;

import org.siyaq.corpus.InvalidRequestException;

/**
 * A concordance line by where its node starts: the document's id in its whole corpus and the token
 * number in that document (the {@code doc_id} and {@code position} columns), written {@code doc:position}.
 */
public record LineId(int docId, int position) {

    public static LineId of(KwicLine line) {
        return new LineId(line.docId(), line.position());
    }

    /** Reads {@code doc:position}. */
    public static LineId parse(String s) {
        String[] parts = s.strip().split(":");
        try {
            if (parts.length == 2) {
                return new LineId(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw InvalidRequestException.of("request.line-id", s);
    }

    @Override
    public String toString() {
        return docId + ":" + position;
    }
}
