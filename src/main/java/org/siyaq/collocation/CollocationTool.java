package org.siyaq.collocation;

import java.util.Map;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.export.CellFormat;
import org.siyaq.export.TableColumns;
import org.siyaq.tool.CommonParams;
import org.siyaq.tool.Param;
import org.siyaq.tool.ParamSource;
import org.siyaq.tool.ParamValues;

/** The collocates declared once: their parameters (the API's and the page address's), their query and their columns. */
public final class CollocationTool {

    public static final int DEFAULT_WINDOW = 5;
    public static final int DEFAULT_MIN = 2;

    public static final Param<String> QUERY = Param.text("q");
    public static final Param<Level> LEVEL = CommonParams.LEVEL;
    public static final Param<Integer> LEFT = Param.integer("left", DEFAULT_WINDOW, 0, CollocationQuery.MAX_WINDOW);
    public static final Param<Integer> RIGHT = Param.integer("right", DEFAULT_WINDOW, 0, CollocationQuery.MAX_WINDOW);
    public static final Param<Integer> MIN_FREQ = Param.integer("minFreq", DEFAULT_MIN, 1, Integer.MAX_VALUE);
    public static final Param<Integer> MIN_COLLOCATE_FREQ =
            Param.integer("minCollocateFreq", DEFAULT_MIN, 1, Integer.MAX_VALUE);
    public static final Param<Boolean> STOPWORDS = Param.flag("stopwords", true);
    public static final Param<CollocationMeasure> SORT =
            Param.choice("sort", CollocationMeasure.LOG_LIKELIHOOD, CollocationMeasure::parse, CollocationMeasure::key);

    /** Collocate rows (statistics.md, "Collocates"); the measure names equal {@code CollocationMeasure} keys. */
    public static final TableColumns<CollocateRow> COLUMNS = TableColumns.<CollocateRow>builder()
            .add("word", CollocateRow::word, CellFormat.WORD)
            .add("O11", CollocateRow::o11, CellFormat.INTEGER)
            .add("E11", CollocateRow::e11, CellFormat.decimal(2))
            .add("C1", CollocateRow::c1, CellFormat.INTEGER)
            .add("mi", CollocateRow::mi, CellFormat.decimal(2))
            .add("mi3", CollocateRow::mi3, CellFormat.decimal(2))
            .add("t_score", CollocateRow::tScore, CellFormat.decimal(2))
            .add("z_score", CollocateRow::zScore, CellFormat.decimal(2))
            .add("log_likelihood", CollocateRow::logLikelihood, CellFormat.decimal(2))
            .add("log_dice", CollocateRow::logDice, CellFormat.decimal(2))
            .add("dice", CollocateRow::dice, CellFormat.decimal(4))
            .add("delta_p", CollocateRow::deltaP, CellFormat.decimal(4))
            .add("log_ratio", CollocateRow::logRatio, CellFormat.decimal(2))
            .add("p_value", CollocateRow::pValue, CellFormat.decimal(4))
            .build();

    private CollocationTool() {}

    /** The request {@code in} describes, for the rows {@code offset} to {@code offset + limit}. */
    public static CollocationQuery query(String corpusId, DocumentFilter where, ParamSource in, int offset, int limit) {
        return new CollocationQuery(
                corpusId,
                where,
                in.get(QUERY),
                in.get(LEVEL),
                in.get(LEFT),
                in.get(RIGHT),
                in.get(MIN_FREQ),
                in.get(MIN_COLLOCATE_FREQ),
                in.get(STOPWORDS),
                in.get(SORT),
                offset,
                limit);
    }

    /** The parameters that describe {@code q}, leaving out its corpus, documents and page. */
    public static Map<String, String> parameters(CollocationQuery q) {
        return new ParamValues()
                .with(QUERY, q.query())
                .with(LEVEL, q.level())
                .with(LEFT, q.left())
                .with(RIGHT, q.right())
                .with(MIN_FREQ, q.minO11())
                .with(MIN_COLLOCATE_FREQ, q.minC1())
                .with(STOPWORDS, q.stopwords())
                .with(SORT, q.sort())
                .toMap();
    }
}
