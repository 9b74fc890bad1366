package org.siyaq.api;

import java.util.List;
import java.util.Map;
import org.siyaq.distribution.MetadataDistributionService;
import org.siyaq.distribution.MetadataQuery;
import org.siyaq.distribution.MetadataTool;
import org.siyaq.distribution.ValueHits;
import org.siyaq.query.QueryExecutor;
import org.siyaq.tool.ParamSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Hits of a query per value of a metadata field, or per year or month of a date, as JSON or CSV ({@link MetadataTool}). */
@RestController
@RequestMapping("/api/corpora/{id}/concordance/by-metadata")
class MetadataDistributionController {

    private final MetadataDistributionService distribution;
    private final QueryExecutor queries;

    MetadataDistributionController(MetadataDistributionService distribution, QueryExecutor queries) {
        this.distribution = distribution;
        this.queries = queries;
    }

    @GetMapping
    Map<String, Object> byMetadata(@PathVariable String id, @RequestParam Map<String, String> params) {
        ParamSource in = ApiParams.json(params);
        MetadataQuery query = MetadataTool.query(id, ApiParams.where(in), in);
        List<ValueHits> rows = queries.call(() -> distribution.distribution(query));
        return ApiParams.object(
                "field",
                query.field(),
                "granularity",
                query.granularity().key(),
                "rows",
                ApiParams.rows(MetadataTool.COLUMNS, rows));
    }

    @GetMapping(params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> byMetadataCsv(
            @PathVariable String id, @RequestParam Map<String, String> params) {
        ParamSource in = ApiParams.csv(params);
        MetadataQuery query = MetadataTool.query(id, ApiParams.where(in), in);
        List<ValueHits> rows = queries.call(() -> distribution.distribution(query));
        return CsvResponses.stream(id, "by-metadata", MetadataTool.COLUMNS, rows::forEach);
    }
}
