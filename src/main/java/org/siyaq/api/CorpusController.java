package org.siyaq.api;

import java.util.List;
import java.util.Map;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.DocumentInfo;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.export.ResultTables;
import org.siyaq.security.Roles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The corpora, their documents, their metadata fields and each document's text. */
@RestController
@RequestMapping("/api/corpora")
class CorpusController {

    private final CorpusRegistry corpora;

    CorpusController(CorpusRegistry corpora) {
        this.corpora = corpora;
    }

    /** The corpora the requester may see: drafts only for instructors ({@link DraftCorpusGuard} guards the rest). */
    @GetMapping
    List<Map<String, Object>> corpora() {
        return corpora.visibleTo(Roles.isInstructor()).stream()
                .map(c -> ResultTables.CORPORA.toMap(c.info()))
                .toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> corpus(@PathVariable String id) {
        return ResultTables.CORPORA.toMap(corpora.get(id).info());
    }

    @GetMapping("/{id}/documents")
    JsonRows<DocumentInfo> documents(@PathVariable String id) {
        return ApiParams.rows(ResultTables.DOCUMENTS, corpora.get(id).documents());
    }

    /** Each metadata field with its values and how many documents have each: what a sub-corpus ({@code where}) can select. */
    @GetMapping("/{id}/metadata")
    Map<String, Object> metadata(@PathVariable String id) {
        LoadedCorpus corpus = corpora.get(id);
        List<Map<String, Object>> fields = corpus.metadata().stream()
                .map(f -> ApiParams.object(
                        "field",
                        f.name(),
                        "values",
                        f.values().stream()
                                .map(v -> ApiParams.object("value", v.value(), "documents", v.documents()))
                                .toList(),
                        "without_value",
                        f.withoutValue()))
                .toList();
        return ApiParams.object("documents", corpus.documents().size(), "fields", fields);
    }

    @GetMapping("/{id}/documents/{docId}")
    Map<String, Object> document(@PathVariable String id, @PathVariable int docId) {
        LoadedCorpus corpus = corpora.get(id);
        Map<String, Object> json = ApiParams.object();
        json.putAll(ResultTables.DOCUMENTS.toMap(corpus.document(docId)));
        json.put("text", corpus.text(docId).text());
        return json;
    }
}
