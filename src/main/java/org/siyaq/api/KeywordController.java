package org.siyaq.api;

import java.util.Map;
import org.siyaq.corpus.CorpusNotFoundException;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.keywords.KeywordQuery;
import org.siyaq.keywords.KeywordResult;
import org.siyaq.keywords.KeywordService;
import org.siyaq.keywords.KeywordTool;
import org.siyaq.query.QueryExecutor;
import org.siyaq.security.Roles;
import org.siyaq.tool.ParamSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The keywords of a corpus or sub-corpus against a reference, as JSON pages or a whole CSV file
 * ({@link KeywordTool}). A reference the caller may not see answers 404, as the corpus in the path does
 * ({@link DraftCorpusGuard}).
 */
@RestController
@RequestMapping("/api/corpora/{id}/keywords")
class KeywordController {

    private final KeywordService keywords;
    private final CorpusRegistry corpora;
    private final QueryExecutor queries;

    KeywordController(KeywordService keywords, CorpusRegistry corpora, QueryExecutor queries) {
        this.keywords = keywords;
        this.corpora = corpora;
        this.queries = queries;
    }

    @GetMapping
    Map<String, Object> keywords(@PathVariable String id, @RequestParam Map<String, String> params) {
        ParamSource in = ApiParams.json(params);
        KeywordQuery query = query(id, in, ApiParams.offset(in), ApiParams.limit(in));
        KeywordResult result = queries.call(() -> keywords.keywords(query));
        return ApiParams.object(
                "reference",
                query.referenceId(),
                "N1",
                result.targetTokens(),
                "N2",
                result.referenceTokens(),
                "total_rows",
                result.totalRows(),
                "offset",
                result.offset(),
                "rows",
                ApiParams.rows(KeywordTool.COLUMNS, result.rows()));
    }

    @GetMapping(params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> keywordsCsv(
            @PathVariable String id, @RequestParam Map<String, String> params) {
        KeywordQuery query = query(id, ApiParams.csv(params), 0, 1);
        queries.call(() -> keywords.keywords(query));
        return CsvResponses.stream(id, "keywords", KeywordTool.COLUMNS, sink -> keywords.forEachRow(query, sink));
    }

    private KeywordQuery query(String id, ParamSource in, int offset, int limit) {
        String reference = in.get(KeywordTool.REFERENCE);
        String referenceId = reference.isBlank() ? null : reference;
        if (referenceId != null && !Roles.isInstructor() && !corpora.isVisibleTo(referenceId, false)) {
            throw new CorpusNotFoundException(referenceId);
        }
        return KeywordTool.query(id, ApiParams.where(in), referenceId, in, offset, limit);
    }
}
