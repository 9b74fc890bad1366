package org.siyaq.keywords;

import java.util.Map;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.export.CellFormat;
import org.siyaq.export.TableColumns;
import org.siyaq.tool.CommonParams;
import org.siyaq.tool.Param;
import org.siyaq.tool.ParamSource;
import org.siyaq.tool.ParamValues;

/** The keywords declared once: their parameters (the API's and the page address's), their query and their columns. */
public final class KeywordTool {

    /** The reference corpus; blank for the target's own corpus. */
    public static final Param<String> REFERENCE = Param.text("reference");

    public static final Param<DocumentFilter> REFERENCE_WHERE = Param.documents("referenceWhere");
    public static final Param<Level> LEVEL = CommonParams.LEVEL;
    public static final Param<Integer> MIN_FREQ = Param.integer("minFreq", 1, 0, Integer.MAX_VALUE);
    public static final Param<Boolean> STOPWORDS = Param.flag("stopwords", true);
    public static final Param<KeywordDirection> SHOW =
            Param.choice("show", KeywordDirection.BOTH, KeywordDirection::parse, KeywordDirection::key);
    public static final Param<KeywordMeasure> SORT =
            Param.choice("sort", KeywordMeasure.LOG_LIKELIHOOD, KeywordMeasure::parse, KeywordMeasure::key);

    /** Keyword rows (statistics.md, "Keywords"); the measure names equal {@code KeywordMeasure} keys. */
    public static final TableColumns<KeywordRow> COLUMNS = TableColumns.<KeywordRow>builder()
            .add("word", KeywordRow::word, CellFormat.WORD)
            .add("freq", KeywordRow::freq, CellFormat.INTEGER)
            .add("freq_ref", KeywordRow::freqRef, CellFormat.INTEGER)
            .add("per_million", KeywordRow::perMillion, CellFormat.decimal(1))
            .add("per_million_ref", KeywordRow::perMillionRef, CellFormat.decimal(1))
            .add("log_likelihood", KeywordRow::logLikelihood, CellFormat.decimal(2))
            .add("log_ratio", KeywordRow::logRatio, CellFormat.decimal(2))
            .add("percent_diff", KeywordRow::percentDiff, CellFormat.PERCENT)
            .add("p_value", KeywordRow::pValue, CellFormat.decimal(4))
            .build();

    private KeywordTool() {}

    /**
     * The request {@code in} describes, for the rows {@code offset} to {@code offset + limit}, against
     * {@code referenceId} (the caller checks that it may be seen; {@code null} for the target's corpus).
     */
    public static KeywordQuery query(
            String corpusId, DocumentFilter where, String referenceId, ParamSource in, int offset, int limit) {
        return new KeywordQuery(
                corpusId,
                where,
                referenceId,
                in.get(REFERENCE_WHERE),
                in.get(LEVEL),
                in.get(STOPWORDS),
                in.get(MIN_FREQ),
                in.get(SHOW),
                in.get(SORT),
                offset,
                limit);
    }

    /** The parameters that describe {@code q}, leaving out its corpus, documents and page. */
    public static Map<String, String> parameters(KeywordQuery q) {
        return new ParamValues()
                .with(REFERENCE, q.referenceId())
                .with(REFERENCE_WHERE, q.referenceWhere())
                .with(LEVEL, q.level())
                .with(SHOW, q.show())
                .with(SORT, q.sort())
                .with(MIN_FREQ, q.minFreq())
                .with(STOPWORDS, q.stopwords())
                .toMap();
    }
}
