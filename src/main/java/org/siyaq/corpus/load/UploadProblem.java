package org.siyaq.corpus.load;

import java.util.List;
import java.util.Locale;
import org.siyaq.i18n.Messages;

/**
 * Why a file was skipped or an upload refused; the message an instructor reads, in English (also the
 * API's text) and in Arabic, is the bundle's {@code upload.problem.<code>}, its places taking the details
 * (a file name, a limit, a type).
 */
public enum UploadProblem {

    // a file is skipped; the rest of the upload loads
    UNSUPPORTED_TYPE,
    NO_EXTENSION,
    EMPTY_FILE,
    NO_TEXT,
    BINARY_ZERO_BYTES,
    BINARY,
    INVALID_ENCODING,
    UNKNOWN_ENCODING,
    NOT_PLAIN_TEXT,
    WRONG_CONTENT,
    TOO_MUCH_TEXT,
    PARSE_FAILED,
    PDF_WITHOUT_TEXT,
    NO_TEXT_COLUMN,
    BAD_TABLE,
    NO_TEXT_ROWS,
    UNREADABLE,
    UNSAFE_PATH,
    BAD_ZIP,
    EMPTY_ZIP,
    // issue 11, item 6: messages in the bundles; a detail that is a bundle key (harden.field.*) is translated
    FILE_NAME_TOO_LONG("harden.upload.file-name-too-long"),
    FIELD_SHORTENED("harden.upload.field-shortened"),

    // a limit is broken; the whole upload is refused
    TOO_MANY_FILES,
    TOO_MANY_FILES_IN_ARCHIVES,
    TOO_MANY_ENTRIES,
    TOO_LARGE_UNCOMPRESSED,
    NESTED_TOO_DEEP,

    // the upload itself is unusable
    BAD_ID,
    NO_FILES,
    BAD_FILE_NAME("harden.upload.bad-file-name"),
    DISK_FULL("harden.upload.disk-full"),
    NOTHING_READABLE;

    /** The bundle key of the message: {@code upload.problem.<code>}, or the one given. */
    private final String key;

    UploadProblem() {
        this.key = "upload.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    UploadProblem(String key) {
        this.key = key;
    }

    private static final String FIELD_KEY = "harden.field.";

    /** A stable code for the API, such as {@code empty_file}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message in Arabic ({@code true}) or English, with {@code details} in its {@code {0}}, {@code {1}} … places. */
    public String message(boolean inArabic, List<String> details) {
        Locale locale = inArabic ? Messages.ARABIC : Messages.ENGLISH;
        return Messages.get(
                key,
                locale,
                details.stream()
                        .map(d -> d.startsWith(FIELD_KEY) ? Messages.get(d, locale) : d)
                        .toArray());
    }
}
