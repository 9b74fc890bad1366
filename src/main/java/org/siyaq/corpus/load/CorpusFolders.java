package org.siyaq.corpus.load;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.corpus.CorpusInfo;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.CorpusStatus;
import org.siyaq.corpus.SourceDocument;
import org.siyaq.corpus.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads every sub-folder of the corpora directory ({@code SIYAQ_CORPORA}, default {@code ./corpora})
 * as a corpus once the server is up: the folder name is the id, an optional {@code corpus.json} gives
 * name, description, notes and visibility, and an optional {@code manifest.csv} gives each file's
 * metadata (column {@code file}, then title, author, date, source, genre and any other column). A
 * folder whose id is already stored is left alone: delete the corpus to load the folder again.
 */
@Component
public class CorpusFolders {

    static final String MANIFEST = Manifest.FILE_NAME;
    static final String DESCRIPTION = "corpus.json";

    private static final Logger log = LoggerFactory.getLogger(CorpusFolders.class);

    private final CorpusRegistry registry;
    private final UploadLimits limits;
    private final Path directory;

    public CorpusFolders(
            CorpusRegistry registry, UploadLimits limits, @Value("${siyaq.corpora-dir:./corpora}") Path directory) {
        this.registry = registry;
        this.limits = limits;
        this.directory = directory;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadNewFolders() {
        if (!Files.isDirectory(directory)) {
            log.info("No corpora directory at {}; only stored corpora are open", directory.toAbsolutePath());
            return;
        }
        try (Stream<Path> folders = Files.list(directory)) {
            folders.filter(Files::isDirectory).sorted().forEach(this::loadIfNew);
        } catch (IOException e) {
            log.error("Cannot list the corpora directory {}", directory.toAbsolutePath(), e);
        }
    }

    private void loadIfNew(Path folder) {
        String id = folder.getFileName().toString();
        if (!CorpusUploads.ID.matcher(id).matches()) {
            log.warn(
                    "Skipped corpus folder '{}': a folder name must be a corpus id (lower-case letters, digits, '-', '_')",
                    id);
            return;
        }
        if (registry.exists(id)) {
            return;
        }
        try {
            Extraction extraction = read(folder);
            extraction
                    .rejected()
                    .forEach(r -> log.warn("Corpus folder '{}': skipped {}: {}", id, r.file(), r.reason()));
            if (extraction.documents().isEmpty()) {
                log.warn("Corpus folder '{}' has no readable file; not loaded", id);
                return;
            }
            registry.addInBackground(describe(id, folder.resolve(DESCRIPTION)), extraction.documents());
            log.info(
                    "Indexing corpus folder '{}': {} documents",
                    id,
                    extraction.documents().size());
        } catch (RuntimeException | IOException e) {
            log.error("Cannot load corpus folder '{}': {}", id, e.getMessage(), e);
        }
    }

    /** The documents of a folder, with metadata from its manifest; the folder's own files are read one at a time. */
    Extraction read(Path folder) throws IOException {
        Map<String, Map<String, String>> manifest = manifestOf(folder.resolve(MANIFEST));
        UploadLimits perFile = new UploadLimits(
                Integer.MAX_VALUE, limits.maxArchiveEntries(), limits.maxUncompressedSize(), limits.maxNestingDepth());
        List<SourceDocument> documents = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            if (name.equals(MANIFEST)
                    || name.equals(DESCRIPTION)
                    || file.getFileName().toString().startsWith(".")) {
                continue;
            }
            Extraction one = new UploadReader(perFile).read(List.of(new UploadedFile(name, Files.readAllBytes(file))));
            one.documents().forEach(d -> documents.add(Manifest.withMetadata(d, manifest.get(d.fileName()))));
            rejected.addAll(one.rejected());
        }
        return new Extraction(documents, rejected);
    }

    private static Map<String, Map<String, String>> manifestOf(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Manifest.read(in);
        }
    }

    private static CorpusInfo describe(String id, Path json) {
        JsonNode node = null;
        if (Files.isRegularFile(json)) {
            try {
                node = new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + json, e);
            }
        }
        String visibility = text(node, "visibility");
        return new CorpusInfo(
                id,
                text(node, "name") == null ? id : text(node, "name"),
                text(node, "description"),
                text(node, "languageNote"),
                text(node, "sourceNote"),
                "draft".equalsIgnoreCase(visibility) ? Visibility.DRAFT : Visibility.CLASS,
                CorpusStatus.INDEXING,
                0,
                0,
                ArabicAnalysis.VERSION,
                Instant.now());
    }

    private static String text(JsonNode node, String field) {
        if (node == null || node.get(field) == null || node.get(field).isNull()) {
            return null;
        }
        String value = node.get(field).asString();
        return value.isBlank() ? null : value.strip();
    }
}
