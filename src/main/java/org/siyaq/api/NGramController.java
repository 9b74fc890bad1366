package org.siyaq.api;

import java.util.Map;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.export.ResultTables;
import org.siyaq.ngram.NGramQuery;
import org.siyaq.ngram.NGramResult;
import org.siyaq.ngram.NGramService;
import org.siyaq.query.QueryExecutor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The n-grams (clusters) of a corpus, as JSON pages or a whole CSV file. */
@RestController
@RequestMapping("/api/corpora/{id}/ngrams")
class NGramController {

    private final NGramService ngrams;
    private final QueryExecutor queries;

    NGramController(NGramService ngrams, QueryExecutor queries) {
        this.ngrams = ngrams;
        this.queries = queries;
    }

    @GetMapping
    Map<String, Object> ngrams(
            @PathVariable String id,
            @RequestParam(defaultValue = "3") int n,
            @RequestParam(defaultValue = "norm") String level,
            @RequestParam(defaultValue = "1") int minFreq,
            @RequestParam(required = false) String contains,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = ApiParams.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String where) {
        ApiParams.requireJson(format);
        NGramQuery query = query(id, where, n, level, minFreq, contains, offset, limit);
        NGramResult result = queries.call(() -> ngrams.ngrams(query));
        return ApiParams.object(
                "total_rows",
                result.totalRows(),
                "offset",
                result.offset(),
                "rows",
                ApiParams.rows(ResultTables.NGRAMS, result.rows()));
    }

    @GetMapping(params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> ngramsCsv(
            @PathVariable String id,
            @RequestParam(defaultValue = "3") int n,
            @RequestParam(defaultValue = "norm") String level,
            @RequestParam(defaultValue = "1") int minFreq,
            @RequestParam(required = false) String contains,
            @RequestParam(required = false) String where) {
        NGramQuery query = query(id, where, n, level, minFreq, contains, 0, 1);
        queries.call(() -> ngrams.ngrams(query));
        return CsvResponses.stream(id, "ngrams", ResultTables.NGRAMS, sink -> ngrams.forEachRow(query, sink));
    }

    private static NGramQuery query(
            String id, String where, int n, String level, int minFreq, String contains, int offset, int limit) {
        return new NGramQuery(
                id,
                DocumentFilter.parse(where),
                n,
                ApiParams.level(level),
                minFreq,
                ApiParams.blankToNull(contains),
                offset,
                limit);
    }
}
