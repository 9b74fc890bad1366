package org.siyaq.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.siyaq.corpus.CorpusExistsException;
import org.siyaq.corpus.CorpusInfo;
import org.siyaq.corpus.CorpusNotFoundException;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.IndexingFailure;
import org.siyaq.corpus.IngestProgress;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.corpus.Visibility;
import org.siyaq.corpus.load.CorpusArchive;
import org.siyaq.corpus.load.CorpusUploads;
import org.siyaq.corpus.load.CorpusUploads.NothingReadableException;
import org.siyaq.corpus.load.DiskSpace;
import org.siyaq.corpus.load.InvalidUploadException;
import org.siyaq.corpus.load.Rejection;
import org.siyaq.corpus.load.UploadLimitException;
import org.siyaq.corpus.load.UploadedFile;
import org.siyaq.export.ResultTables;
import org.siyaq.i18n.Messages;
import org.siyaq.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An instructor's corpus actions over HTTP: upload a new corpus (indexed in the background), follow its
 * progress, re-describe it, share it or take it back, download its texts, delete it. Who may call what is
 * set in {@code org.siyaq.security.SecurityConfiguration}; the progress of a corpus is an instructor's
 * business, so students get a 404 there.
 */
@RestController
@RequestMapping("/api/corpora")
class CorpusAdminController {

    private final CorpusRegistry corpora;
    private final CorpusUploads uploads;
    private final String maxRequestSize;
    private final String maxPartHeader;

    CorpusAdminController(
            CorpusRegistry corpora,
            CorpusUploads uploads,
            @Value("${spring.servlet.multipart.max-request-size:200MB}") String maxRequestSize,
            @Value("${server.tomcat.max-part-header-size:512B}") String maxPartHeader) {
        this.corpora = corpora;
        this.uploads = uploads;
        this.maxRequestSize = maxRequestSize;
        this.maxPartHeader = maxPartHeader;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(
            @RequestParam(required = false) String id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String languageNote,
            @RequestParam(required = false) String sourceNote,
            @RequestParam(required = false) String visibility,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpServletRequest request) {
        List<UploadedFile> received = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            received.add(new UploadedFile(fileName(file), bytes(file)));
        }
        CorpusUploads.Receipt receipt = uploads.upload(
                new CorpusUploads.Description(
                        id, name, description, languageNote, sourceNote, visibility(visibility, null)),
                received);
        String progress = "/api/corpora/" + receipt.id() + "/progress";
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header(HttpHeaders.LOCATION, progress)
                .body(ApiParams.object(
                        "id",
                        receipt.id(),
                        "progress",
                        progress,
                        "documents",
                        receipt.documents(),
                        "rejected",
                        rejections(receipt.rejected(), ApiExceptionHandler.arabic(request))));
    }

    @GetMapping("/{id}/progress")
    Map<String, Object> progress(@PathVariable String id) {
        if (!Roles.isInstructor()) {
            throw new CorpusNotFoundException(id);
        }
        var indexing = corpora.progress(id);
        if (indexing.isPresent()) {
            IngestProgress p = indexing.get();
            return ApiParams.object(
                    "id",
                    id,
                    "state",
                    "indexing",
                    "documents_done",
                    p.documentsDone(),
                    "documents_total",
                    p.documentsTotal(),
                    "tokens_done",
                    p.tokensDone(),
                    "millis_left",
                    p.millisLeft());
        }
        var open = corpora.find(id);
        if (open.isPresent()) {
            CorpusInfo info = open.get().info();
            return ApiParams.object(
                    "id",
                    id,
                    "state",
                    "ready",
                    "documents_done",
                    info.documents(),
                    "documents_total",
                    info.documents(),
                    "tokens_done",
                    info.tokens(),
                    "millis_left",
                    0);
        }
        IndexingFailure failure = corpora.failure(id).orElseThrow(() -> new CorpusNotFoundException(id));
        return ApiParams.object(
                "id",
                id,
                "state",
                "failed",
                "message",
                failure.message(Messages.ENGLISH),
                "message_ar",
                failure.message(Messages.ARABIC));
    }

    /**
     * Changes any of name, description, language_note, source_note, visibility; the fields left out keep
     * their value. Everything is checked before anything is written, and written at once (issue 11, item 2).
     */
    @PatchMapping("/{id}")
    Map<String, Object> update(@PathVariable String id, @RequestBody Map<String, String> changes) {
        Visibility wanted = changes.containsKey("visibility") ? visibility(changes.get("visibility"), null) : null;
        if (CorpusRegistry.BUNDLED_ID.equals(id) && wanted != null && wanted != Visibility.CLASS) {
            throw InvalidRequestException.of("api.error.bundled-shared");
        }
        CorpusInfo edited = corpora.edit(
                id,
                i -> new CorpusInfo(
                        id,
                        changes.containsKey("name") ? strip(changes.get("name")) : i.name(),
                        changes.getOrDefault("description", i.description()),
                        changes.getOrDefault("language_note", i.languageNote()),
                        changes.getOrDefault("source_note", i.sourceNote()),
                        wanted == null ? i.visibility() : wanted,
                        i.status(),
                        i.documents(),
                        i.tokens(),
                        i.analyzerVersion(),
                        i.createdAt()));
        return ResultTables.CORPORA.toMap(edited);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (CorpusRegistry.BUNDLED_ID.equals(id)) {
            throw InvalidRequestException.of("api.error.bundled-delete");
        }
        corpora.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** The corpus's texts as UTF-8 .txt files with a manifest.csv of their metadata, in one zip. */
    @GetMapping("/{id}/download")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String id) {
        LoadedCorpus corpus = corpora.get(id);
        String file = id + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .body(out -> CorpusArchive.write(corpus, out));
    }

    @ExceptionHandler(NothingReadableException.class)
    ResponseEntity<Map<String, Object>> nothingReadable(NothingReadableException e, HttpServletRequest request) {
        ResponseEntity<Map<String, Object>> answer = new ApiError(
                        400, "nothing_readable", e.getMessage(), e.message(true))
                .toResponse(ApiExceptionHandler.arabic(request));
        answer.getBody().put("rejected", rejections(e.rejected(), ApiExceptionHandler.arabic(request)));
        return answer;
    }

    @ExceptionHandler(UploadLimitException.class)
    ResponseEntity<Map<String, Object>> limit(UploadLimitException e, HttpServletRequest request) {
        return new ApiError(
                        413,
                        "upload_limit",
                        Messages.english("upload.refused", e.getMessage()),
                        Messages.arabic("upload.refused", e.message(true)))
                .toResponse(ApiExceptionHandler.arabic(request));
    }

    /** Issue 11, item 5: refused before indexing, so the database stays open and every stored corpus answers. */
    @ExceptionHandler(DiskSpace.DiskFullException.class)
    ResponseEntity<Map<String, Object>> diskFull(DiskSpace.DiskFullException e, HttpServletRequest request) {
        return new ApiError(507, "insufficient_storage", e.getMessage(), e.message(true))
                .toResponse(ApiExceptionHandler.arabic(request));
    }

    @ExceptionHandler(InvalidUploadException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidUploadException e, HttpServletRequest request) {
        return new ApiError(400, "bad_request", e.getMessage(), e.message(true))
                .toResponse(ApiExceptionHandler.arabic(request));
    }

    /** Needs {@code spring.servlet.multipart.resolve-lazily=true}: otherwise the request fails before this controller is chosen. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        if (partHeaderTooLong(e)) {
            // Tomcat reports a part header over server.tomcat.max-part-header-size as a size limit (issue 11, item 6)
            return new ApiError(
                            400,
                            "bad_request",
                            Messages.english("harden.upload.header-too-long", maxPartHeader),
                            Messages.arabic("harden.upload.header-too-long", maxPartHeader))
                    .toResponse(request.getHeader("Accept-Language") != null
                            && "ar".equals(request.getLocale().getLanguage()));
        }
        return ApiExceptionHandler.error(413, "upload_too_large", "upload.too-large", String.valueOf(maxRequestSize))
                // not ApiExceptionHandler.arabic: reading the lang parameter would parse the oversized body again
                .toResponse(request.getHeader("Accept-Language") != null
                        && "ar".equals(request.getLocale().getLanguage()));
    }

    private static boolean partHeaderTooLong(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("header")) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(CorpusExistsException.class)
    ResponseEntity<Map<String, Object>> exists(CorpusExistsException e, HttpServletRequest request) {
        return ApiExceptionHandler.error(409, "conflict", "api.error.corpus-exists", e.corpusId())
                .toResponse(ApiExceptionHandler.arabic(request));
    }

    /** Each file skipped, its {@code reason} in the request's language ({@code arabic}), {@code reason_ar} always Arabic. */
    private static List<Map<String, Object>> rejections(List<Rejection> rejected, boolean arabic) {
        return rejected.stream()
                .map(r -> ApiParams.object(
                        "file",
                        r.file(),
                        "reason",
                        r.reason(arabic),
                        "reason_ar",
                        r.reason(true),
                        "code",
                        r.problem().code()))
                .toList();
    }

    private static Visibility visibility(String value, Visibility fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Visibility.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("api.error.unknown-visibility", value);
        }
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "upload" : name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
