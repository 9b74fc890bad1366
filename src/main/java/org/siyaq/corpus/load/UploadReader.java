package org.siyaq.corpus.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.siyaq.corpus.SourceDocument;

/**
 * Reads the files of one upload (or one server folder) into documents: archives are opened, every
 * other file goes through the {@link TextExtractor}; a file that cannot be read is skipped with its
 * reason, while a broken limit refuses the whole upload ({@link UploadLimitException}). A {@code manifest.csv} (a
 * column {@code file} and none named {@code text}) is not a document: its rows give the files beside it their
 * metadata, so a corpus downloaded as a zip loads back with its titles ({@link Manifest}).
 */
public final class UploadReader {

    private final UploadLimits limits;
    private final TextExtractor extractor = new TextExtractor();

    public UploadReader(UploadLimits limits) {
        this.limits = limits;
    }

    public Extraction read(List<UploadedFile> files) {
        if (files.size() > limits.maxFiles()) {
            throw new UploadLimitException(UploadProblem.TOO_MANY_FILES, files.size(), limits.maxFiles());
        }
        List<SourceDocument> documents = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Map<String, Map<String, String>>> manifests = new HashMap<>();
        ArchiveReader archives = new ArchiveReader(limits);
        int[] count = {files.size()};
        ArchiveReader.Entries sink = new ArchiveReader.Entries() {
            @Override
            public void file(UploadedFile file, int depth) {
                if (++count[0] > limits.maxFiles()) {
                    throw new UploadLimitException(UploadProblem.TOO_MANY_FILES_IN_ARCHIVES, limits.maxFiles());
                }
                readOne(file, depth, archives, this, documents, rejected, manifests);
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.add(rejection);
            }
        };
        for (UploadedFile file : files) {
            readOne(file, 0, archives, sink, documents, rejected, manifests);
        }
        return new Extraction(manifests.isEmpty() ? documents : withManifests(documents, manifests), rejected);
    }

    /** Each document with the row of the nearest manifest above it, by its path relative to that manifest. */
    private static List<SourceDocument> withManifests(
            List<SourceDocument> documents, Map<String, Map<String, Map<String, String>>> manifests) {
        List<SourceDocument> out = new ArrayList<>(documents.size());
        for (SourceDocument doc : documents) {
            String folder = null;
            for (String candidate : manifests.keySet()) {
                if (doc.fileName().startsWith(candidate) && (folder == null || candidate.length() > folder.length())) {
                    folder = candidate;
                }
            }
            out.add(
                    folder == null
                            ? doc
                            : Manifest.withMetadata(
                                    doc,
                                    manifests.get(folder).get(doc.fileName().substring(folder.length()))));
        }
        return out;
    }

    private void readOne(
            UploadedFile file,
            int depth,
            ArchiveReader archives,
            ArchiveReader.Entries sink,
            List<SourceDocument> documents,
            List<Rejection> rejected,
            Map<String, Map<String, Map<String, String>>> manifests) {
        if (Manifest.isNamedLikeOne(file)) {
            Map<String, Map<String, String>> rows = Manifest.rowsOf(file);
            if (rows != null) {
                manifests.put(file.name().substring(0, file.name().lastIndexOf('/') + 1), rows);
                return;
            }
        }
        try {
            if (file.extension().equals("zip")) {
                archives.read(file, depth + 1, sink);
            } else {
                documents.addAll(extractor.extract(file));
            }
        } catch (UnreadableFileException e) {
            rejected.add(e.rejection(file.name()));
        }
    }
}
