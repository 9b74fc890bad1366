package org.siyaq.tool;

import org.siyaq.analysis.Level;
import org.siyaq.corpus.DocumentFilter;

/** The parameters many tools share: the documents, the level, and the page of rows an API request asks for. */
public final class CommonParams {

    public static final Param<DocumentFilter> WHERE = Param.documents("where");
    public static final Param<Level> LEVEL = Param.level();
    public static final Param<Integer> OFFSET = Param.integer("offset", 0, 0, Integer.MAX_VALUE);
    /** Rows per API page unless the request says otherwise. */
    public static final Param<Integer> LIMIT = Param.integer("limit", 50, 1, 1000);

    private CommonParams() {}
}
