package org.siyaq.api;

import java.util.Map;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.export.ResultTables;
import org.siyaq.query.QueryExecutor;
import org.siyaq.wordlist.WordListQuery;
import org.siyaq.wordlist.WordListResult;
import org.siyaq.wordlist.WordListService;
import org.siyaq.wordlist.WordListSort;
import org.siyaq.wordlist.WordListSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The frequency table of a corpus with its type-token summary, as JSON pages or a whole CSV file. */
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
    Map<String, Object> list(
            @PathVariable String id,
            @RequestParam(defaultValue = "norm") String level,
            @RequestParam(defaultValue = "true") boolean stopwords,
            @RequestParam(defaultValue = "1") int minFreq,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String order,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = ApiParams.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String where) {
        ApiParams.requireJson(format);
        WordListQuery query = query(id, where, level, stopwords, minFreq, filter, offset, limit)
                .sorted(WordListSort.parse(sort, order));
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
                ApiParams.rows(ResultTables.WORDS, result.rows()));
    }

    @GetMapping(params = "format=" + ApiParams.CSV)
    ResponseEntity<StreamingResponseBody> listCsv(
            @PathVariable String id,
            @RequestParam(defaultValue = "norm") String level,
            @RequestParam(defaultValue = "true") boolean stopwords,
            @RequestParam(defaultValue = "1") int minFreq,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String order,
            @RequestParam(required = false) String where) {
        WordListQuery query =
                query(id, where, level, stopwords, minFreq, filter, 0, 1).sorted(WordListSort.parse(sort, order));
        queries.call(() -> words.list(query));
        return CsvResponses.stream(id, "wordlist", ResultTables.WORDS, sink -> words.forEachRow(query, sink));
    }

    private static WordListQuery query(
            String id,
            String where,
            String level,
            boolean stopwords,
            int minFreq,
            String filter,
            int offset,
            int limit) {
        return new WordListQuery(
                id,
                DocumentFilter.parse(where),
                ApiParams.level(level),
                stopwords,
                minFreq,
                ApiParams.blankToNull(filter),
                offset,
                limit);
    }
}
