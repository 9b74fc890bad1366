package org.siyaq.api;

import java.util.Map;
import org.siyaq.query.QueryExecutor;
import org.siyaq.tool.ParamSource;
import org.siyaq.wordlist.WordListQuery;
import org.siyaq.wordlist.WordListResult;
import org.siyaq.wordlist.WordListService;
import org.siyaq.wordlist.WordListSummary;
import org.siyaq.wordlist.WordListTool;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The frequency table of a corpus with its type-token summary, as JSON pages or a whole CSV file ({@link WordListTool}). */
@RestController
@RequestMapping("/api/corpora/{id}/wordlist")
class WordListController {

    private final WordListService words;
    private final QueryExecutor queries;

    WordListController(WordListService words, QueryExecutor queries) {
        this.words = words;
        this.queries = queries;
    }

    @GetMapping
    Map<String, Object> list(@PathVariable String id, @RequestParam Map<String, String> params) {
        ParamSource in = ApiParams.json(params);
        WordListQuery query =
                WordListTool.query(id, ApiParams.where(in), in, ApiParams.offset(in), ApiParams.limit(in));
        WordListResult result = queries.call(() -> words.list(query));
        WordListSummary s = result.summary();
        return ApiParams.object(
                "summary",
                ApiParams.object("N", s.tokens(), "types", s.types(), "TTR", s.ttr(), "STTR", s.sttr()),
                "total_rows",
                result.totalRows(),
                "offset",
                result.offset(),
                "rows",
                ApiParams.rows(WordListTool.COLUMNS, result.rows()));
    }

    @GetMapping(params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> listCsv(@PathVariable String id, @RequestParam Map<String, String> params) {
        ParamSource in = ApiParams.csv(params);
        WordListQuery query = WordListTool.query(id, ApiParams.where(in), in, 0, 1);
        queries.call(() -> words.list(query));
        return CsvResponses.stream(id, "wordlist", WordListTool.COLUMNS, sink -> words.forEachRow(query, sink));
    }
}
