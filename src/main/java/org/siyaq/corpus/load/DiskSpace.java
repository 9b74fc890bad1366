package org.siyaq.corpus.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.siyaq.corpus.SourceDocument;

/**
 * Free space where the database lives, checked before a corpus is indexed (issue 11, item 5): H2 closes
 * its database when a write finds the disk full, after which every sign-in and document fails until a
 * restart, so an upload that would not fit is refused before anything is written.
 */
@FunctionalInterface
public interface DiskSpace {

    /** Bytes the database may still grow by. */
    long usableBytes();

    /** Kept free beyond the estimate: the database's own bookkeeping and the other corpora's next edits. */
    long RESERVE = 64L << 20;

    /**
     * Bytes a corpus of these documents takes in the store, roughly: its text is kept three times over
     * (the document, its spans, and H2's log while the transaction is open), at up to 2 bytes a character
     * in UTF-8 for Arabic, plus about 16 bytes of token ids and offsets per character's worth of tokens.
     */
    static long estimate(List<SourceDocument> documents) {
        long chars = 0;
        for (SourceDocument doc : documents) {
            chars += doc.text().length();
        }
        return chars * (3 * 2 + 4);
    }

    /** The free space of the file system that holds {@code directory} (created if missing). */
    static DiskSpace of(Path directory) {
        return () -> {
            try {
                Files.createDirectories(directory);
                return Files.getFileStore(directory).getUsableSpace();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** @throws DiskFullException when {@code documents} would not fit with the {@link #RESERVE} to spare */
    default void checkRoomFor(List<SourceDocument> documents) {
        long needed = estimate(documents) + RESERVE;
        long free = usableBytes();
        if (free < needed) {
            throw new DiskFullException(needed >> 20, free >> 20);
        }
    }

    /** Not enough free disk space to store an upload; nothing was stored. */
    class DiskFullException extends UploadRefusedException {
        DiskFullException(long neededMegabytes, long freeMegabytes) {
            super(UploadProblem.DISK_FULL, neededMegabytes, freeMegabytes);
        }
    }
}
