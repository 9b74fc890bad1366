package org.siyaq.api;

import java.util.Map;
import org.siyaq.collocation.CollocationMeasure;
import org.siyaq.collocation.CollocationQuery;
import org.siyaq.collocation.CollocationResult;
import org.siyaq.collocation.CollocationService;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.export.ResultTables;
import org.siyaq.query.QueryExecutor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The collocates of a node in a window, with every association measure, as JSON pages or a whole CSV file. */
@RestController
@RequestMapping("/api/corpora/{id}/collocates")
class CollocationController {

    private final CollocationService collocations;
    private final QueryExecutor queries;

    CollocationController(CollocationService collocations, QueryExecutor queries) {
        this.collocations = collocations;
        this.queries = queries;
    }

    @GetMapping
    Map<String, Object> collocates(
            @PathVariable String id,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "norm") String level,
            @RequestParam(defaultValue = "5") int left,
            @RequestParam(defaultValue = "5") int right,
            @RequestParam(defaultValue = "2") int minFreq,
            @RequestParam(defaultValue = "2") int minCollocateFreq,
            @RequestParam(defaultValue = "true") boolean stopwords,
            @RequestParam(defaultValue = "log_likelihood") String sort,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = ApiParams.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String where) {
        ApiParams.requireJson(format);
        CollocationQuery query =
                query(id, where, q, level, left, right, minFreq, minCollocateFreq, stopwords, sort, offset, limit);
        CollocationResult result = queries.call(() -> collocations.collocates(query));
        return ApiParams.object(
                "node_freq",
                result.nodeFreq(),
                "R1",
                result.regionSize(),
                "N",
                result.tokens(),
                "total_rows",
                result.totalRows(),
                "offset",
                result.offset(),
                "rows",
                ApiParams.rows(ResultTables.COLLOCATES, result.rows()));
    }

    @GetMapping(params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> collocatesCsv(
            @PathVariable String id,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "norm") String level,
            @RequestParam(defaultValue = "5") int left,
            @RequestParam(defaultValue = "5") int right,
            @RequestParam(defaultValue = "2") int minFreq,
            @RequestParam(defaultValue = "2") int minCollocateFreq,
            @RequestParam(defaultValue = "true") boolean stopwords,
            @RequestParam(defaultValue = "log_likelihood") String sort,
            @RequestParam(required = false) String where) {
        CollocationQuery query =
                query(id, where, q, level, left, right, minFreq, minCollocateFreq, stopwords, sort, 0, 1);
        queries.call(() -> collocations.collocates(query));
        return CsvResponses.stream(
                id, "collocates", ResultTables.COLLOCATES, sink -> collocations.forEachRow(query, sink));
    }

    private static CollocationQuery query(
            String id,
            String where,
            String q,
            String level,
            int left,
            int right,
            int minFreq,
            int minCollocateFreq,
            boolean stopwords,
            String sort,
            int offset,
            int limit) {
        return new CollocationQuery(
                id,
                DocumentFilter.parse(where),
                q,
                ApiParams.level(level),
                left,
                right,
                minFreq,
                minCollocateFreq,
                stopwords,
                CollocationMeasure.parse(sort),
                offset,
                limit);
    }
}
