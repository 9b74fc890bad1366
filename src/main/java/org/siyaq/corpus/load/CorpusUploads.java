package org.siyaq.corpus.load;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.corpus.CorpusExistsException;
import org.siyaq.corpus.CorpusFields;
import org.siyaq.corpus.CorpusInfo;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.CorpusStatus;
import org.siyaq.corpus.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Makes a new corpus from an upload: reads the files, refuses the upload when nothing is readable or
 * a limit is broken, and otherwise starts indexing in the background and answers at once.
 */
@Service
@EnableConfigurationProperties(UploadLimits.class)
public class CorpusUploads {

    /** Corpus ids appear in URLs and folder names: lower-case letters, digits, '-' and '_'. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private final CorpusRegistry registry;
    private final UploadLimits limits;
    private final DataSize maxRequestSize;
    private final DiskSpace disk;

    @Autowired
    public CorpusUploads(
            CorpusRegistry registry,
            UploadLimits limits,
            @Value("${spring.servlet.multipart.max-request-size:200MB}") DataSize maxRequestSize,
            @Value("${siyaq.data-dir:./data}") Path dataDirectory) {
        this(registry, limits, maxRequestSize, DiskSpace.of(dataDirectory));
    }

    /** With another measure of free space, so a test can fill the disk without filling it. */
    public CorpusUploads(CorpusRegistry registry, UploadLimits limits, DataSize maxRequestSize, DiskSpace disk) {
        this.registry = registry;
        this.limits = limits;
        this.maxRequestSize = maxRequestSize;
        this.disk = disk;
    }

    /**
     * The most bytes one upload may send, all files together: the API's HTTP request limit, which the
     * browser upload keeps too (issue 11, item 4).
     */
    public DataSize maxRequestSize() {
        return maxRequestSize;
    }

    /** What an instructor says about a new corpus; {@code id} may be null (made from the name). */
    public record Description(
            String id,
            String name,
            String description,
            String languageNote,
            String sourceNote,
            Visibility visibility) {}

    /** The answer to an accepted upload: the corpus id, how many documents are being indexed, and what was skipped. */
    public record Receipt(String id, int documents, List<Rejection> rejected) {}

    public UploadLimits limits() {
        return limits;
    }

    /**
     * @throws InvalidUploadException   when the description is unusable or no file could be read
     * @throws UploadLimitException     when the upload breaks a limit
     * @throws CorpusExistsException    when the id is taken
     * @throws DiskSpace.DiskFullException when the disk has no room for the corpus
     */
    public Receipt upload(Description description, List<UploadedFile> files) {
        String name = description.name() == null ? "" : description.name().strip();
        String id = description.id() == null || description.id().isBlank()
                ? idFrom(name)
                : description.id().strip();
        if (!ID.matcher(id).matches()) {
            throw new InvalidUploadException(UploadProblem.BAD_ID, id);
        }
        if (name.isEmpty()) {
            name = id;
        }
        if (files.isEmpty()) {
            throw new InvalidUploadException(UploadProblem.NO_FILES);
        }
        for (UploadedFile file : files) {
            if (file.name().chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
                throw new InvalidUploadException(
                        UploadProblem.BAD_FILE_NAME, file.name().replaceAll("\\p{Cntrl}", "?"));
            }
        }
        if (registry.exists(id)) {
            throw new CorpusExistsException(id);
        }
        Extraction extraction = FieldLengths.fit(new UploadReader(limits).read(files));
        if (extraction.documents().isEmpty()) {
            throw new NothingReadableException(extraction.rejected());
        }
        disk.checkRoomFor(extraction.documents());
        Visibility visibility = description.visibility() == null ? Visibility.DRAFT : description.visibility();
        CorpusInfo info = CorpusFields.requireFits(new CorpusInfo(
                id,
                name,
                blankToNull(description.description()),
                blankToNull(description.languageNote()),
                blankToNull(description.sourceNote()),
                visibility,
                CorpusStatus.INDEXING,
                0,
                0,
                ArabicAnalysis.VERSION,
                Instant.now()));
        registry.addInBackground(info, extraction.documents());
        return new Receipt(id, extraction.documents().size(), extraction.rejected());
    }

    /**
     * The documents of {@code files} read as an upload reads them (the same formats and limits), stored
     * nowhere: for a student's own text.
     */
    public Extraction read(List<UploadedFile> files) {
        return FieldLengths.fit(new UploadReader(limits).read(files));
    }

    /** An id from a Latin name ("Al-Ahram 2020" → "al-ahram-2020"); a random one when the name has no Latin letters. */
    static String idFrom(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "corpus-" + UUID.randomUUID().toString().substring(0, 8) : slug;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** No file of an upload could be read; each is listed with its reason. */
    public static class NothingReadableException extends InvalidUploadException {

        private final transient List<Rejection> rejected;

        NothingReadableException(List<Rejection> rejected) {
            super(UploadProblem.NOTHING_READABLE);
            this.rejected = List.copyOf(rejected);
        }

        public List<Rejection> rejected() {
            return rejected;
        }
    }
}
