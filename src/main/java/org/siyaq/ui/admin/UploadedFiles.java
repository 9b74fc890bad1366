package org.siyaq.ui.admin;

import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

    /** Whether no file has been received. */
    public synchronized boolean isEmpty() {
        return received.isEmpty();
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

    /**
     * The upload element's own texts (its button, drop hint, errors and statuses) in the page's language, for every
     * upload in the UI: {@code translation} is the view's {@code getTranslation}.
     */
    public static UploadI18N texts(Function<String, String> translation) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(translation.apply("admin.upload.add-one"))
                        .setMany(translation.apply("admin.upload.add-many")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(translation.apply("admin.upload.drop-one"))
                        .setMany(translation.apply("admin.upload.drop-many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(translation.apply("admin.upload.too-many-files"))
                        .setFileIsTooBig(translation.apply("admin.upload.file-too-big"))
                        .setIncorrectFileType(translation.apply("admin.upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(translation.apply("admin.upload.connecting"))
                                .setStalled(translation.apply("admin.upload.stalled"))
                                .setProcessing(translation.apply("admin.upload.processing"))
                                .setHeld(translation.apply("admin.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(translation.apply("admin.upload.remaining"))
                                .setUnknown(translation.apply("admin.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(translation.apply("admin.upload.server-unavailable"))
                                .setUnexpectedServerError(translation.apply("admin.upload.server-error"))
                                .setForbidden(translation.apply("admin.upload.forbidden"))
                                .setFileTooLarge(translation.apply("admin.upload.file-too-big"))))
                .setFile(new UploadI18N.File()
                        .setRetry(translation.apply("admin.upload.retry"))
                        .setStart(translation.apply("admin.upload.start"))
                        .setRemove(translation.apply("admin.upload.remove")));
    }
}
