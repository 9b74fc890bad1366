package org.siyaq.api;

import java.util.List;
import java.util.Map;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.distribution.Granularity;
import org.siyaq.distribution.MetadataDistributionService;
import org.siyaq.distribution.MetadataQuery;
import org.siyaq.distribution.ValueHits;
import org.siyaq.export.ResultTables;
import org.siyaq.query.QueryExecutor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Hits of a query per value of a metadata field, or per year or month of a date, as JSON or CSV. */
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
    Map<String, Object> byMetadata(
            @PathVariable String id,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "norm") String level,
            @RequestParam(defaultValue = "source") String field,
            @RequestParam(defaultValue = "value") String granularity,
            @RequestParam(required = false) String where,
            @RequestParam(required = false) String format) {
        ApiParams.requireJson(format);
        MetadataQuery query = query(id, q, level, field, granularity, where);
        List<ValueHits> rows = queries.call(() -> distribution.distribution(query));
        return ApiParams.object(
                "field",
                query.field(),
                "granularity",
                query.granularity().key(),
                "rows",
                ApiParams.rows(ResultTables.BY_METADATA, rows));
    }

    @GetMapping(params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> byMetadataCsv(
            @PathVariable String id,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "norm") String level,
            @RequestParam(defaultValue = "source") String field,
            @RequestParam(defaultValue = "value") String granularity,
            @RequestParam(required = false) String where) {
        MetadataQuery query = query(id, q, level, field, granularity, where);
        List<ValueHits> rows = queries.call(() -> distribution.distribution(query));
        return CsvResponses.stream(id, "by-metadata", ResultTables.BY_METADATA, rows::forEach);
    }

    private static MetadataQuery query(
            String id, String q, String level, String field, String granularity, String where) {
        return new MetadataQuery(
                id, DocumentFilter.parse(where), q, ApiParams.level(level), field, Granularity.parse(granularity));
    }
}
