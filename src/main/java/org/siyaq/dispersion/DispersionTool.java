package org.siyaq.dispersion;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.export.CellFormat;
import org.siyaq.export.TableColumns;
import org.siyaq.tool.CommonParams;
import org.siyaq.tool.Param;
import org.siyaq.tool.ParamSource;

/** The dispersion plot's numbers declared once: their parameters, their query and their columns. */
public final class DispersionTool {

    public static final Param<String> QUERY = Param.text("q");
    public static final Param<Level> LEVEL = CommonParams.LEVEL;

    /** Documents with hits of a query and where the hits fall; positions are document-local token numbers. */
    public static final TableColumns<DocumentDispersion> COLUMNS = TableColumns.<DocumentDispersion>builder()
            .add("doc_id", DocumentDispersion::docId, CellFormat.INTEGER)
            .add("doc_title", DocumentDispersion::title)
            .add("tokens", DocumentDispersion::tokens, CellFormat.INTEGER)
            .add("hits", DocumentDispersion::hits, CellFormat.INTEGER)
            .add("dp", DocumentDispersion::dp, CellFormat.decimal(3))
            .add(
                    "positions",
                    d -> Arrays.stream(d.positions()).mapToObj(String::valueOf).collect(Collectors.joining(" ")))
            .build();

    private DispersionTool() {}

    /** The request {@code in} describes, for the rows {@code offset} to {@code offset + limit}. */
    public static DispersionQuery query(String corpusId, DocumentFilter where, ParamSource in, int offset, int limit) {
        return new DispersionQuery(corpusId, where, in.get(QUERY), in.get(LEVEL), offset, limit);
    }
}
