package org.siyaq.corpus.load;

import java.util.ArrayList;
import java.util.List;
import org.siyaq.corpus.SourceDocument;

/**
 * Reads the files of one upload (or one server folder) into documents: archives are opened, every
 * other file goes through the {@link TextExtractor}; a file that cannot be read is skipped with its
 * reason, while a broken limit refuses the whole upload ({@link UploadLimitException}).
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
        ArchiveReader archives = new ArchiveReader(limits);
        int[] count = {files.size()};
        ArchiveReader.Entries sink = new ArchiveReader.Entries() {
            @Override
            public void file(UploadedFile file, int depth) {
                if (++count[0] > limits.maxFiles()) {
                    throw new UploadLimitException(UploadProblem.TOO_MANY_FILES_IN_ARCHIVES, limits.maxFiles());
                }
                readOne(file, depth, archives, this, documents, rejected);
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.add(rejection);
            }
        };
        for (UploadedFile file : files) {
            readOne(file, 0, archives, sink, documents, rejected);
        }
        return new Extraction(documents, rejected);
    }

    private void readOne(
            UploadedFile file,
            int depth,
            ArchiveReader archives,
            ArchiveReader.Entries sink,
            List<SourceDocument> documents,
            List<Rejection> rejected) {
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
