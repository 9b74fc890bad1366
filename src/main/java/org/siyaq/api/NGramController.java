package org.siyaq.api;

import java.util.Map;
import org.siyaq.ngram.NGramQuery;
import org.siyaq.ngram.NGramResult;
import org.siyaq.ngram.NGramService;
import org.siyaq.ngram.NGramTool;
import org.siyaq.query.QueryExecutor;
import org.siyaq.tool.ParamSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The n-grams (clusters) of a corpus, as JSON pages or a whole CSV file ({@link NGramTool}). */
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
    Map<String, Object> ngrams(@PathVariable String id, @RequestParam Map<String, String> params) {
        ParamSource in = ApiParams.json(params);
        NGramQuery query = NGramTool.query(id, ApiParams.where(in), in, ApiParams.offset(in), ApiParams.limit(in));
        NGramResult result = queries.call(() -> ngrams.ngrams(query));
        return ApiParams.object(
                "total_rows",
                result.totalRows(),
                "offset",
                result.offset(),
                "rows",
                ApiParams.rows(NGramTool.COLUMNS, result.rows()));
    }

    @GetMapping(params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> ngramsCsv(@PathVariable String id, @RequestParam Map<String, String> params) {
        ParamSource in = ApiParams.csv(params);
        NGramQuery query = NGramTool.query(id, ApiParams.where(in), in, 0, 1);
        queries.call(() -> ngrams.ngrams(query));
        return CsvResponses.stream(id, "ngrams", NGramTool.COLUMNS, sink -> ngrams.forEachRow(query, sink));
    }
}
