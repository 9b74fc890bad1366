package org.siyaq.api;

import java.util.Map;
import org.siyaq.collocation.CollocationQuery;
import org.siyaq.collocation.CollocationResult;
import org.siyaq.collocation.CollocationService;
import org.siyaq.collocation.CollocationTool;
import org.siyaq.query.QueryExecutor;
import org.siyaq.tool.ParamSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The collocates of a node in a window, with every association measure, as JSON pages or a whole CSV
 * file ({@link CollocationTool}).
 */
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
    Map<String, Object> collocates(@PathVariable String id, @RequestParam Map<String, String> params) {
        ParamSource in = ApiParams.json(params);
        CollocationQuery query =
                CollocationTool.query(id, ApiParams.where(in), in, ApiParams.offset(in), ApiParams.limit(in));
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
                ApiParams.rows(CollocationTool.COLUMNS, result.rows()));
    }

    @GetMapping(params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> collocatesCsv(
            @PathVariable String id, @RequestParam Map<String, String> params) {
        ParamSource in = ApiParams.csv(params);
        CollocationQuery query = CollocationTool.query(id, ApiParams.where(in), in, 0, 1);
        queries.call(() -> collocations.collocates(query));
        return CsvResponses.stream(
                id, "collocates", CollocationTool.COLUMNS, sink -> collocations.forEachRow(query, sink));
    }
}
