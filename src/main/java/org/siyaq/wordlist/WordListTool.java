package org.siyaq.wordlist;

import java.util.Map;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.export.CellFormat;
import org.siyaq.export.TableColumns;
import org.siyaq.tool.CommonParams;
import org.siyaq.tool.Param;
import org.siyaq.tool.ParamSource;
import org.siyaq.tool.ParamValues;

/** The word list declared once: its parameters (the API's and the page address's), its query and its columns. */
public final class WordListTool {

    public static final Param<Level> LEVEL = CommonParams.LEVEL;
    public static final Param<Boolean> STOPWORDS = Param.flag("stopwords", true);
    public static final Param<Integer> MIN_FREQ = Param.integer("minFreq", 1, 1, Integer.MAX_VALUE);
    public static final Param<String> FILTER = Param.text("filter");

    /** Frequency table rows (statistics.md, "Word list"). */
    public static final TableColumns<WordRow> COLUMNS = TableColumns.<WordRow>builder()
            .add("rank", WordRow::rank, CellFormat.INTEGER)
            .add("word", WordRow::word, CellFormat.WORD)
            .add("freq", WordRow::freq, CellFormat.INTEGER)
            .add("per_million", WordRow::perMillion, CellFormat.decimal(1))
            .add("range", WordRow::range, CellFormat.INTEGER)
            .add("dp", WordRow::dp, CellFormat.decimal(3))
            .add("dp_norm", WordRow::dpNorm, CellFormat.decimal(3))
            .add("forms", r -> String.join(" ", r.forms()), CellFormat.WORD)
            .build();

    private WordListTool() {}

    /** The request {@code in} describes, for the rows {@code offset} to {@code offset + limit}. */
    public static WordListQuery query(String corpusId, DocumentFilter where, ParamSource in, int offset, int limit) {
        String filter = in.get(FILTER);
        return new WordListQuery(
                corpusId,
                where,
                in.get(LEVEL),
                in.get(STOPWORDS),
                in.get(MIN_FREQ),
                filter.isBlank() ? null : filter,
                offset,
                limit);
    }

    /** The parameters that describe {@code q}, leaving out its corpus, documents and page. */
    public static Map<String, String> parameters(WordListQuery q) {
        return new ParamValues()
                .with(LEVEL, q.level())
                .with(STOPWORDS, q.stopwords())
                .with(MIN_FREQ, q.minFreq())
                .with(FILTER, q.filter())
                .toMap();
    }
}
