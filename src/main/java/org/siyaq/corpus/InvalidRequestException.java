package org.siyaq.corpus;

import org.siyaq.i18n.Messages;

/**
 * A request parameter out of range or malformed (a page size, a window, a sort, a document filter), with
 * the message a user reads, looked up in the message catalogue by key. Thrown where the parameter is
 * checked; the API answers it with 400 and the UI shows it in the page's language.
 */
public class InvalidRequestException extends IllegalArgumentException {

    private final String arabic;

    /** A message already looked up in both languages (for parameters that are themselves translated). */
    public InvalidRequestException(String english, String arabic) {
        super(english);
        this.arabic = arabic;
    }

    /** The problem named by message {@code key} of the catalogue, with its parameters. */
    public static InvalidRequestException of(String key, Object... args) {
        return new InvalidRequestException(Messages.english(key, args), Messages.arabic(key, args));
    }

    /** The message in Arabic ({@code true}) or English. */
    public String message(boolean inArabic) {
        return inArabic ? arabic : getMessage();
    }

    /** Checks the paging of a table request: {@code offset ≥ 0} and {@code 1 ≤ limit ≤ maxPage}. */
    public static void checkPage(int offset, int limit, int maxPage) {
        if (offset < 0) {
            throw of("request.offset-negative");
        }
        if (limit < 1 || limit > maxPage) {
            throw of("request.limit-range", maxPage, limit);
        }
    }
}
