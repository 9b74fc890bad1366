package org.siyaq.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.siyaq.concordance.CollocateFilter;
import org.siyaq.concordance.ConcordanceQuery;
import org.siyaq.concordance.ConcordanceResult;
import org.siyaq.concordance.ConcordanceService;
import org.siyaq.concordance.ConcordanceTool;
import org.siyaq.concordance.DocumentHits;
import org.siyaq.concordance.KwicLine;
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
 * Keyword-in-context lines and the per-document distribution of a query, as JSON pages or whole CSV
 * files ({@link ConcordanceTool}); with {@code coll}, only the lines with that collocate in the window
 * {@code left}/{@code right} ({@link CollocateFilter}).
 */
@RestController
@RequestMapping("/api/corpora/{id}/concordance")
class ConcordanceController {

    private final ConcordanceService concordance;
    private final CollocateFilter collocates;
    private final QueryExecutor queries;

    ConcordanceController(ConcordanceService concordance, CollocateFilter collocates, QueryExecutor queries) {
        this.concordance = concordance;
        this.collocates = collocates;
        this.queries = queries;
    }

    @GetMapping
    Map<String, Object> lines(@PathVariable String id, @RequestParam Map<String, String> params) {
        ParamSource in = ApiParams.json(params);
        ConcordanceQuery query =
                ConcordanceTool.query(id, ApiParams.where(in), in, ApiParams.offset(in), ApiParams.limit(in));
        Optional<CollocateFilter.Window> collocate = ConcordanceTool.collocate(in);
        if (collocate.isPresent()) {
            List<KwicLine> lines = queries.call(() -> collocates.lines(query, collocate.get()));
            int from = Math.min(query.offset(), lines.size());
            int to = Math.min(lines.size(), from + query.limit());
            return ApiParams.object(
                    "total",
                    lines.size(),
                    "documents",
                    lines.stream().mapToInt(KwicLine::docId).distinct().count(),
                    "offset",
                    query.offset(),
                    "lines",
                    ApiParams.rows(ConcordanceTool.COLLOCATE_COLUMNS, lines.subList(from, to)));
        }
        ConcordanceResult result = queries.call(() -> concordance.search(query));
        return ApiParams.object(
                "total",
                result.total(),
                "documents",
                result.documents(),
                "offset",
                result.offset(),
                "lines",
                ApiParams.rows(ConcordanceTool.COLUMNS, result.lines()));
    }

    @GetMapping(params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> linesCsv(@PathVariable String id, @RequestParam Map<String, String> params) {
        ParamSource in = ApiParams.csv(params);
        ConcordanceQuery query = ConcordanceTool.query(id, ApiParams.where(in), in, 0, 1);
        Optional<CollocateFilter.Window> collocate = ConcordanceTool.collocate(in);
        if (collocate.isPresent()) {
            List<KwicLine> lines = queries.call(() -> collocates.lines(query, collocate.get()));
            return CsvResponses.stream(id, "concordance", ConcordanceTool.COLLOCATE_COLUMNS, lines::forEach);
        }
        queries.call(() -> concordance.search(query));
        return CsvResponses.stream(
                id, "concordance", ConcordanceTool.COLUMNS, sink -> concordance.forEachLine(query, sink));
    }

    @GetMapping("/distribution")
    Map<String, Object> distribution(@PathVariable String id, @RequestParam Map<String, String> params) {
        List<DocumentHits> rows = distribution(id, ApiParams.json(params));
        return ApiParams.object(
                "total",
                rows.stream().mapToInt(DocumentHits::hits).sum(),
                "documents",
                rows.stream().filter(r -> r.hits() > 0).count(),
                "rows",
                ApiParams.rows(ConcordanceTool.DISTRIBUTION, rows));
    }

    @GetMapping(value = "/distribution", params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> distributionCsv(
            @PathVariable String id, @RequestParam Map<String, String> params) {
        List<DocumentHits> rows = distribution(id, ApiParams.csv(params));
        return CsvResponses.stream(id, "distribution", ConcordanceTool.DISTRIBUTION, rows::forEach);
    }

    /** Hits per document of every line, or of the lines with the collocate {@code coll} asks for. */
    private List<DocumentHits> distribution(String id, ParamSource in) {
        ConcordanceQuery query = ConcordanceTool.query(id, ApiParams.where(in), in, 0, 1);
        Optional<CollocateFilter.Window> collocate = ConcordanceTool.collocate(in);
        return queries.call(() -> collocate.isPresent()
                ? collocates.distribution(query, collocates.lines(query, collocate.get()))
                : concordance.distribution(id, query.where(), query.query(), query.level()));
    }
}
