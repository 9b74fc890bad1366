package org.siyaq.api;

import java.util.List;
import java.util.Map;
import org.siyaq.concordance.ConcordanceQuery;
import org.siyaq.concordance.ConcordanceResult;
import org.siyaq.concordance.ConcordanceService;
import org.siyaq.concordance.DocumentHits;
import org.siyaq.concordance.KwicOptions;
import org.siyaq.concordance.KwicSort;
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

/** Keyword-in-context lines and the per-document distribution of a query, as JSON pages or whole CSV files. */
@RestController
@RequestMapping("/api/corpora/{id}/concordance")
class ConcordanceController {

    private final ConcordanceService concordance;
    private final QueryExecutor queries;

    ConcordanceController(ConcordanceService concordance, QueryExecutor queries) {
        this.concordance = concordance;
        this.queries = queries;
    }

    @GetMapping
    Map<String, Object> lines(
            @PathVariable String id,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "norm") String level,
            @RequestParam(defaultValue = "7") int context,
            @RequestParam(defaultValue = "corpus") String sort,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = ApiParams.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String where,
            @RequestParam(defaultValue = "0") int sentences,
            @RequestParam(defaultValue = "0") int sample,
            @RequestParam(defaultValue = "0") long seed,
            @RequestParam(required = false) String hide) {
        ApiParams.requireJson(format);
        ConcordanceQuery query = query(id, where, q, level, context, sort, offset, limit, sample, seed, hide)
                .withSentences(sentences);
        ConcordanceResult result = queries.call(() -> concordance.search(query));
        return ApiParams.object(
                "total",
                result.total(),
                "documents",
                result.documents(),
                "offset",
                result.offset(),
                "lines",
                ApiParams.rows(ResultTables.CONCORDANCE, result.lines()));
    }

    @GetMapping(params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> linesCsv(
            @PathVariable String id,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "norm") String level,
            @RequestParam(defaultValue = "7") int context,
            @RequestParam(defaultValue = "corpus") String sort,
            @RequestParam(required = false) String where,
            @RequestParam(defaultValue = "0") int sentences,
            @RequestParam(defaultValue = "0") int sample,
            @RequestParam(defaultValue = "0") long seed,
            @RequestParam(required = false) String hide) {
        ConcordanceQuery query = query(id, where, q, level, context, sort, 0, 1, sample, seed, hide)
                .withSentences(sentences);
        queries.call(() -> concordance.search(query));
        return CsvResponses.stream(
                id, "concordance", ResultTables.CONCORDANCE, sink -> concordance.forEachLine(query, sink));
    }

    @GetMapping("/distribution")
    Map<String, Object> distribution(
            @PathVariable String id,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "norm") String level,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String where) {
        ApiParams.requireJson(format);
        DocumentFilter filter = DocumentFilter.parse(where);
        List<DocumentHits> rows = queries.call(() -> concordance.distribution(id, filter, q, ApiParams.level(level)));
        return ApiParams.object(
                "total",
                rows.stream().mapToInt(DocumentHits::hits).sum(),
                "documents",
                rows.stream().filter(r -> r.hits() > 0).count(),
                "rows",
                ApiParams.rows(ResultTables.DISTRIBUTION, rows));
    }

    @GetMapping(value = "/distribution", params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> distributionCsv(
            @PathVariable String id,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "norm") String level,
            @RequestParam(required = false) String where) {
        DocumentFilter filter = DocumentFilter.parse(where);
        List<DocumentHits> rows = queries.call(() -> concordance.distribution(id, filter, q, ApiParams.level(level)));
        return CsvResponses.stream(id, "distribution", ResultTables.DISTRIBUTION, rows::forEach);
    }

    /** {@code sort} may name several levels, {@code after1,after2}; {@code hide} lists lines {@code doc:position}. */
    private static ConcordanceQuery query(
            String id,
            String where,
            String q,
            String level,
            int context,
            String sort,
            int offset,
            int limit,
            int sample,
            long seed,
            String hide) {
        List<KwicSort> levels = KwicOptions.parseLevels(sort);
        return new ConcordanceQuery(
                        id,
                        DocumentFilter.parse(where),
                        q,
                        ApiParams.level(level),
                        context,
                        levels.getFirst(),
                        offset,
                        limit)
                .withOptions(
                        new KwicOptions(levels.subList(1, levels.size()), sample, seed, KwicOptions.parseHidden(hide)));
    }
}
