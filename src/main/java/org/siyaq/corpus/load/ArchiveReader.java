package org.siyaq.corpus.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the entries of a zip archive into memory, never onto disk, within the limits of one upload:
 * entries are counted and decompressed bytes are measured as they are read (not taken from the
 * headers, which a zip bomb can fake). Entries whose names would climb out of the archive ({@code ..},
 * absolute paths, drive letters) are reported and skipped.
 */
final class ArchiveReader {

    /** Receives each readable entry, with its path inside the upload, and each skipped one. */
    interface Entries {
        void file(UploadedFile file, int depth);

        void rejected(Rejection rejection);
    }

    private final UploadLimits limits;
    private int entries;
    private long uncompressed;

    ArchiveReader(UploadLimits limits) {
        this.limits = limits;
    }

    /** Reads {@code archive}, found at nesting {@code depth} (1 for an archive uploaded as is). */
    void read(UploadedFile archive, int depth, Entries out) throws UnreadableFileException {
        if (depth > limits.maxNestingDepth()) {
            throw new UploadLimitException(
                    UploadProblem.NESTED_TOO_DEEP, archive.name(), depth, limits.maxNestingDepth());
        }
        boolean any = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.bytes()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                any = true;
                if (++entries > limits.maxArchiveEntries()) {
                    throw new UploadLimitException(UploadProblem.TOO_MANY_ENTRIES, limits.maxArchiveEntries());
                }
                String path = archive.name() + "/" + entry.getName();
                if (entry.isDirectory() || isSystemFile(entry.getName())) {
                    continue;
                }
                if (!isSafe(entry.getName())) {
                    out.rejected(new Rejection(path, UploadProblem.UNSAFE_PATH, List.of()));
                    continue;
                }
                out.file(new UploadedFile(path, readCounted(zip)), depth);
            }
        } catch (IOException e) {
            throw new UnreadableFileException(UploadProblem.BAD_ZIP, e.getMessage());
        }
        if (!any) {
            throw new UnreadableFileException(UploadProblem.EMPTY_ZIP);
        }
    }

    private byte[] readCounted(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long max = limits.maxUncompressedSize().toBytes();
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            uncompressed += n;
            if (uncompressed > max) {
                throw new UploadLimitException(
                        UploadProblem.TOO_LARGE_UNCOMPRESSED,
                        limits.maxUncompressedSize().toMegabytes());
            }
            bytes.write(buffer, 0, n);
        }
        return bytes.toByteArray();
    }

    /** A relative path with no {@code ..} segment, no leading slash or backslash and no drive letter. */
    static boolean isSafe(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** macOS resource forks and hidden files that archivers add: not texts, skipped without a word. */
    private static boolean isSystemFile(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || base.startsWith(".") || base.equals("Thumbs.db");
    }
}
