package org.siyaq.distribution;

import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.export.CellFormat;
import org.siyaq.export.TableColumns;
import org.siyaq.tool.CommonParams;
import org.siyaq.tool.Param;
import org.siyaq.tool.ParamSource;

/** Hits per value of a metadata field declared once: the parameters, the query and the columns. */
public final class MetadataTool {

    public static final Param<String> QUERY = Param.text("q");
    public static final Param<Level> LEVEL = CommonParams.LEVEL;
    public static final Param<String> FIELD = Param.choice("field", "source", field -> field, field -> field);
    public static final Param<Granularity> GRANULARITY =
            Param.choice("granularity", Granularity.VALUE, Granularity::parse, Granularity::key);

    /** Hits of a query per value of a metadata field or per period of a date (value {@code null}: without one). */
    public static final TableColumns<ValueHits> COLUMNS = TableColumns.<ValueHits>builder()
            .add("value", ValueHits::value)
            .add("documents", ValueHits::documents, CellFormat.INTEGER)
            .add("tokens", ValueHits::tokens, CellFormat.INTEGER)
            .add("hits", ValueHits::hits, CellFormat.INTEGER)
            .add("per_million", ValueHits::perMillion, CellFormat.decimal(1))
            .build();

    private MetadataTool() {}

    public static MetadataQuery query(String corpusId, DocumentFilter where, ParamSource in) {
        return new MetadataQuery(corpusId, where, in.get(QUERY), in.get(LEVEL), in.get(FIELD), in.get(GRANULARITY));
    }
}
