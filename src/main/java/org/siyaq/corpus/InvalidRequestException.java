package org.siyaq.corpus;

/**
 * A request parameter out of range or malformed (a page size, a window, a sort, a document filter), with
 * the message a user reads in English and in Arabic. Thrown where the parameter is checked; the API answers
 * it with 400 and the UI shows it in the page's language.
 */
public class InvalidRequestException extends IllegalArgumentException {

    private final String arabic;

    public InvalidRequestException(String english, String arabic) {
        super(english);
        this.arabic = arabic;
    }

    /** The message in Arabic ({@code true}) or English. */
    public String message(boolean inArabic) {
        return inArabic ? arabic : getMessage();
    }

    /** Checks the paging of a table request: {@code offset ≥ 0} and {@code 1 ≤ limit ≤ maxPage}. */
    public static void checkPage(int offset, int limit, int maxPage) {
        if (offset < 0) {
            throw new InvalidRequestException("offset must not be negative.", "لا يجوز أن تكون الإزاحة (offset) سالبة.");
        }
        if (limit < 1 || limit > maxPage) {
            throw new InvalidRequestException("limit must be between 1 and " + maxPage + ", not " + limit + ".",
                    "يجب أن يكون عدد الصفوف (limit) بين 1 و" + maxPage + "، لا " + limit + ".");
        }
    }
}
