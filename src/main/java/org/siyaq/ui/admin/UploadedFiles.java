package org.siyaq.ui.admin;

import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.siyaq.corpus.load.UploadedFile;

/**
 * The files a browser has sent for one new corpus, each streamed to a temporary file as it arrives, never
 * held in memory whole (issue 11, item 4: {@code UploadHandler.inMemory} let a 1 GB file run the server
 * out of memory). The same limit as the API: at most {@code maxBytes} over all the files; a file that
 * would cross it is deleted at once and the upload refused when the corpus is created.
 */
public final class UploadedFiles {

    private record Received(String name, File file) {}

    private final long maxBytes;
    private final List<Received> received = new ArrayList<>();
    private long bytes;
    private boolean overLimit;

    public UploadedFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The handler for the Upload component: also tells Vaadin the limit, so a larger request is cut off as it streams. */
    public UploadHandler handler() {
        return new TemporaryFileUploadHandler((meta, file) -> add(meta.fileName(), file)) {
            @Override
            public long getRequestSizeMax() {
                return maxBytes;
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }
        };
    }

    synchronized void add(String name, File file) {
        long size = file.length();
        if (overLimit || bytes + size > maxBytes) {
            overLimit = true;
            delete(file);
            return;
        }
        bytes += size;
        received.add(new Received(name, file));
    }

    /**
     * Puts the files in the order of {@code names} (the order they were picked); a name listed twice takes
     * the files of that name in their arrival order; files not named keep their place after the others.
     */
    synchronized void order(List<String> names) {
        List<Received> left = new ArrayList<>(received);
        List<Received> ordered = new ArrayList<>(received.size());
        for (String name : names) {
            for (int i = 0; i < left.size(); i++) {
                if (left.get(i).name().equals(name)) {
                    ordered.add(left.remove(i));
                    break;
                }
            }
        }
        ordered.addAll(left);
        received.clear();
        received.addAll(ordered);
    }

    /** Whether the files sent so far crossed the limit (they are then all refused). */
    public synchronized boolean overLimit() {
        return overLimit;
    }

    /** The files, read from their temporary files (within the limit, as the API reads a request's parts). */
    public synchronized List<UploadedFile> read() {
        List<UploadedFile> files = new ArrayList<>(received.size());
        for (Received r : received) {
            try {
                files.add(new UploadedFile(r.name(), Files.readAllBytes(r.file().toPath())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Deletes every temporary file and starts again. */
    public synchronized void clear() {
        received.forEach(r -> delete(r.file()));
        received.clear();
        bytes = 0;
        overLimit = false;
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            file.deleteOnExit();
        }
    }
}
