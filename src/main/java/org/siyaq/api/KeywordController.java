package org.siyaq.api;

import java.util.Map;
import org.siyaq.corpus.CorpusNotFoundException;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.export.ResultTables;
import org.siyaq.keywords.KeywordDirection;
import org.siyaq.keywords.KeywordMeasure;
import org.siyaq.keywords.KeywordQuery;
import org.siyaq.keywords.KeywordResult;
import org.siyaq.keywords.KeywordService;
import org.siyaq.query.QueryExecutor;
import org.siyaq.security.Roles;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The keywords of a corpus or sub-corpus against a reference, as JSON pages or a whole CSV file. A
 * reference the caller may not see answers 404, as the corpus in the path does ({@link DraftCorpusGuard}).
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
    Map<String, Object> keywords(
            @PathVariable String id,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String where,
            @RequestParam(required = false) String referenceWhere,
            @RequestParam(defaultValue = "norm") String level,
            @RequestParam(defaultValue = "1") int minFreq,
            @RequestParam(defaultValue = "true") boolean stopwords,
            @RequestParam(defaultValue = "both") String show,
            @RequestParam(defaultValue = "log_likelihood") String sort,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = ApiParams.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String format) {
        ApiParams.requireJson(format);
        KeywordQuery query =
                query(id, reference, where, referenceWhere, level, minFreq, stopwords, show, sort, offset, limit);
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
                ApiParams.rows(ResultTables.KEYWORDS, result.rows()));
    }

    @GetMapping(params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> keywordsCsv(
            @PathVariable String id,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String where,
            @RequestParam(required = false) String referenceWhere,
            @RequestParam(defaultValue = "norm") String level,
            @RequestParam(defaultValue = "1") int minFreq,
            @RequestParam(defaultValue = "true") boolean stopwords,
            @RequestParam(defaultValue = "both") String show,
            @RequestParam(defaultValue = "log_likelihood") String sort) {
        KeywordQuery query = query(id, reference, where, referenceWhere, level, minFreq, stopwords, show, sort, 0, 1);
        queries.call(() -> keywords.keywords(query));
        return CsvResponses.stream(id, "keywords", ResultTables.KEYWORDS, sink -> keywords.forEachRow(query, sink));
    }

    private KeywordQuery query(
            String id,
            String reference,
            String where,
            String referenceWhere,
            String level,
            int minFreq,
            boolean stopwords,
            String show,
            String sort,
            int offset,
            int limit) {
        String referenceId = ApiParams.blankToNull(reference);
        if (referenceId != null && !Roles.isInstructor() && !corpora.isVisibleTo(referenceId, false)) {
            throw new CorpusNotFoundException(referenceId);
        }
        return new KeywordQuery(
                id,
                DocumentFilter.parse(where),
                referenceId,
                DocumentFilter.parse(referenceWhere),
                ApiParams.level(level),
                stopwords,
                minFreq,
                KeywordDirection.parse(show),
                KeywordMeasure.parse(sort),
                offset,
                limit);
    }
}
