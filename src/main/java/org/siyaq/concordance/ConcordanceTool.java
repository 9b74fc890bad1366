package org.siyaq.concordance;

import java.util.Map;
import org.siyaq.analysis.Level;
import org.siyaq.collocation.CollocationTool;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.export.CellFormat;
import org.siyaq.export.TableColumns;
import org.siyaq.tool.CommonParams;
import org.siyaq.tool.Param;
import org.siyaq.tool.ParamSource;
import org.siyaq.tool.ParamValues;

/**
 * The concordance declared once: its parameters (the API's and the page address's), its query, the
 * collocate that filters its lines, and the columns of its lines and of their distribution over documents.
 */
public final class ConcordanceTool {

    public static final Param<String> QUERY = Param.text("q");
    public static final Param<Level> LEVEL = CommonParams.LEVEL;
    public static final Param<Integer> CONTEXT =
            Param.integer("context", ConcordanceQuery.DEFAULT_CONTEXT, 0, ConcordanceQuery.MAX_CONTEXT);
    public static final Param<KwicSort> SORT = Param.choice("sort", KwicSort.CORPUS, KwicSort::parse, KwicSort::key);
    public static final Param<Integer> SENTENCES = Param.integer("sentences", 0, 0, ConcordanceQuery.MAX_SENTENCES);
    /** Only the lines with this word (at the query's level) in the collocates' window; blank for every line. */
    public static final Param<String> COLLOCATE = Param.text("coll");
    /** The collocate's window, as the collocates table has it. */
    public static final Param<Integer> LEFT = CollocationTool.LEFT;

    public static final Param<Integer> RIGHT = CollocationTool.RIGHT;

    /** Concordance lines: the text around each match and where it sits in its document. */
    public static final TableColumns<KwicLine> COLUMNS = TableColumns.<KwicLine>builder()
            .add("doc_id", KwicLine::docId, CellFormat.INTEGER)
            .add("doc_title", KwicLine::docTitle)
            .add("position", KwicLine::position, CellFormat.INTEGER)
            .add("before", KwicLine::before)
            .add("node", KwicLine::node)
            .add("after", KwicLine::after)
            .add("node_start", KwicLine::nodeStart, CellFormat.INTEGER)
            .add("node_end", KwicLine::nodeEnd, CellFormat.INTEGER)
            .add("before_start", KwicLine::beforeStart, CellFormat.INTEGER)
            .add("after_end", KwicLine::afterEnd, CellFormat.INTEGER)
            .build();

    /** Hits of a query per document (the concordance's distribution). */
    public static final TableColumns<DocumentHits> DISTRIBUTION = TableColumns.<DocumentHits>builder()
            .add("doc_id", DocumentHits::docId, CellFormat.INTEGER)
            .add("doc_title", DocumentHits::title)
            .add("hits", DocumentHits::hits, CellFormat.INTEGER)
            .add("tokens", DocumentHits::tokens, CellFormat.INTEGER)
            .add("per_million", DocumentHits::perMillion, CellFormat.decimal(1))
            .build();

    private ConcordanceTool() {}

    /** The request {@code in} describes, for the lines {@code offset} to {@code offset + limit}. */
    public static ConcordanceQuery query(String corpusId, DocumentFilter where, ParamSource in, int offset, int limit) {
        return new ConcordanceQuery(
                corpusId,
                where,
                in.get(QUERY),
                in.get(LEVEL),
                in.get(CONTEXT),
                in.get(SORT),
                offset,
                limit,
                in.get(SENTENCES));
    }

    /** The collocate filter {@code in} asks for, empty when it names no collocate. */
    public static java.util.Optional<CollocateFilter.Window> collocate(ParamSource in) {
        String word = in.get(COLLOCATE);
        return word.isBlank()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new CollocateFilter.Window(word.strip(), in.get(LEFT), in.get(RIGHT)));
    }

    /** The parameters that describe {@code q}, leaving out its corpus, documents and page. */
    public static Map<String, String> parameters(ConcordanceQuery q) {
        return new ParamValues()
                .with(QUERY, q.query())
                .with(LEVEL, q.level())
                .with(CONTEXT, q.context())
                .with(SENTENCES, q.sentences() == 0 ? null : q.sentences())
                .with(SORT, q.sort())
                .toMap();
    }
}
