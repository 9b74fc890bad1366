package org.siyaq.corpus;

import java.util.Locale;
import org.siyaq.i18n.Messages;

/**
 * The longest value each stored text field may hold, the same numbers as the columns of
 * {@link CorpusStore}'s tables, so that an over-long value is refused or cut before any write instead of
 * failing an SQL statement half-way (issue 11, item 6).
 */
public enum CorpusFields {
    NAME(300),
    DESCRIPTION(10_000),
    LANGUAGE_NOTE(1_000),
    SOURCE_NOTE(2_000),
    FILE_NAME(1_000),
    TITLE(2_000),
    AUTHOR(1_000),
    DATE(100),
    SOURCE(2_000),
    GENRE(500),
    META_KEY(200),
    META_VALUE(4_000);

    private final int maxLength;

    CorpusFields(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The field's name in a message, in Arabic ({@code true}) or English. */
    public String label(boolean inArabic) {
        return Messages.get("harden.field." + this, inArabic ? Messages.ARABIC : Messages.ENGLISH);
    }

    /** Whether {@code value} fits its column ({@code null} does). */
    public boolean fits(String value) {
        return value == null || value.length() <= maxLength;
    }

    /** {@code value} cut to the column's length (with an ellipsis as its last character), or unchanged when it fits. */
    public String cut(String value) {
        return fits(value) ? value : value.substring(0, maxLength - 1) + "\u2026";
    }

    /**
     * @throws InvalidRequestException naming the field, its limit and the length given, in both languages
     */
    public String require(String value) {
        if (!fits(value)) {
            throw new InvalidRequestException(
                    Messages.english("harden.field.too-long", label(false), maxLength, value.length()),
                    Messages.arabic("harden.field.too-long", label(true), maxLength, value.length()));
        }
        return value;
    }

    /** The corpus description fields an instructor edits, checked together before anything is written. */
    public static CorpusInfo requireFits(CorpusInfo info) {
        if (info.name() == null || info.name().isBlank()) {
            throw new InvalidRequestException(
                    Messages.english("harden.field.name-needed"), Messages.arabic("harden.field.name-needed"));
        }
        NAME.require(info.name());
        DESCRIPTION.require(info.description());
        LANGUAGE_NOTE.require(info.languageNote());
        SOURCE_NOTE.require(info.sourceNote());
        return info;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
