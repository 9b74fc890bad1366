package org.siyaq.corpus;

import java.util.Locale;
import org.siyaq.i18n.Messages;

/**
 * Why the indexing of a corpus failed, as an instructor reads it: a message key of the bundles and the
 * error's own words. A database error is never shown as it is: its message holds the SQL statement and
 * the data (issue 11, item 6); the details are in the log.
 */
public record IndexingFailure(String key, String detail) {

    static IndexingFailure of(Throwable error) {
        Throwable root = error;
        boolean database = isDatabase(root);
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            database |= isDatabase(root);
        }
        if (database) {
            return new IndexingFailure("harden.indexing.store-failed", "");
        }
        return new IndexingFailure(
                "indexing.failed", root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }

    private static boolean isDatabase(Throwable error) {
        return error instanceof java.sql.SQLException || error instanceof org.springframework.dao.DataAccessException;
    }

    /** The message in the reader's language. */
    public String message(Locale locale) {
        return Messages.get(key, locale, detail);
    }
}
