package org.siyaq.ngram;

import java.util.Map;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.export.CellFormat;
import org.siyaq.export.TableColumns;
import org.siyaq.tool.CommonParams;
import org.siyaq.tool.Param;
import org.siyaq.tool.ParamSource;
import org.siyaq.tool.ParamValues;

/** The n-grams declared once: their parameters (the API's and the page address's), their query and their columns. */
public final class NGramTool {

    public static final Param<Integer> N = Param.integer("n", 3, NGramQuery.MIN_N, NGramQuery.MAX_N);
    public static final Param<Level> LEVEL = CommonParams.LEVEL;
    public static final Param<Integer> MIN_FREQ = Param.integer("minFreq", 1, 1, Integer.MAX_VALUE);
    /** The page opens on the n-grams that recur (the API gives every one unless asked otherwise). */
    public static final Param<Integer> MIN_FREQ_ON_PAGE = Param.integer("minFreq", 2, 1, Integer.MAX_VALUE);

    public static final Param<String> CONTAINS = Param.text("contains");

    /** N-gram rows (statistics.md, "N-grams"). */
    public static final TableColumns<NGramRow> COLUMNS = TableColumns.<NGramRow>builder()
            .add("ngram", NGramRow::ngram, CellFormat.WORD)
            .add("freq", NGramRow::freq, CellFormat.INTEGER)
            .add("range", NGramRow::range, CellFormat.INTEGER)
            .build();

    private NGramTool() {}

    /** The request {@code in} describes, for the rows {@code offset} to {@code offset + limit}. */
    public static NGramQuery query(String corpusId, DocumentFilter where, ParamSource in, int offset, int limit) {
        String contains = in.get(CONTAINS);
        return new NGramQuery(
                corpusId,
                where,
                in.get(N),
                in.get(LEVEL),
                in.get(MIN_FREQ),
                contains.isBlank() ? null : contains,
                offset,
                limit);
    }

    /** The parameters that describe {@code q}, leaving out its corpus, documents and page. */
    public static Map<String, String> parameters(NGramQuery q) {
        return new ParamValues()
                .with(N, q.n())
                .with(LEVEL, q.level())
                .with(MIN_FREQ, q.minFreq())
                .with(CONTAINS, q.contains())
                .toMap();
    }
}
