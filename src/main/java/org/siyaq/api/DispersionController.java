package org.siyaq.api;

import java.util.Map;
import org.siyaq.dispersion.DispersionQuery;
import org.siyaq.dispersion.DispersionResult;
import org.siyaq.dispersion.DispersionService;
import org.siyaq.dispersion.DispersionTool;
import org.siyaq.query.QueryExecutor;
import org.siyaq.tool.ParamSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The numbers of the dispersion plot: where a query's hits fall in each document, as JSON pages or a whole CSV file. */
@RestController
@RequestMapping("/api/corpora/{id}/concordance/dispersion")
class DispersionController {

    private final DispersionService dispersion;
    private final QueryExecutor queries;

    DispersionController(DispersionService dispersion, QueryExecutor queries) {
        this.dispersion = dispersion;
        this.queries = queries;
    }

    @GetMapping
    Map<String, Object> dispersion(@PathVariable String id, @RequestParam Map<String, String> params) {
        ParamSource in = ApiParams.json(params);
        DispersionQuery query =
                DispersionTool.query(id, ApiParams.where(in), in, ApiParams.offset(in), ApiParams.limit(in));
        DispersionResult r = queries.call(() -> dispersion.dispersion(query));
        return ApiParams.object(
                "hits",
                r.hits(),
                "documents_with_hits",
                r.documentsWithHits(),
                "documents",
                r.documents(),
                "dp",
                r.dp(),
                "dp_norm",
                r.dpNorm(),
                "total_rows",
                r.totalRows(),
                "offset",
                r.offset(),
                "rows",
                ApiParams.rows(DispersionTool.COLUMNS, r.rows()));
    }

    @GetMapping(params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> dispersionCsv(
            @PathVariable String id, @RequestParam Map<String, String> params) {
        ParamSource in = ApiParams.csv(params);
        DispersionQuery query = DispersionTool.query(id, ApiParams.where(in), in, 0, 1);
        queries.call(() -> dispersion.dispersion(query));
        return CsvResponses.stream(
                id, "dispersion", DispersionTool.COLUMNS, sink -> dispersion.forEachRow(query, sink));
    }
}
