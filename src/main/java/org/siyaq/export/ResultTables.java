package org.siyaq.export;

import java.util.Locale;
import org.siyaq.corpus.CorpusInfo;
import org.siyaq.corpus.DocumentInfo;

/**
 * The columns of the corpus catalogue's tables; each tool declares its own result columns beside its
 * query ({@code WordListTool.COLUMNS}, {@code ConcordanceTool.COLUMNS} …).
 */
public final class ResultTables {

    /** A corpus's description and size. */
    public static final TableColumns<CorpusInfo> CORPORA = TableColumns.<CorpusInfo>builder()
            .add("id", CorpusInfo::id)
            .add("name", CorpusInfo::name)
            .add("description", CorpusInfo::description)
            .add("language_note", CorpusInfo::languageNote)
            .add("source_note", CorpusInfo::sourceNote)
            .add(
                    "visibility",
                    c -> c.visibility() == null ? null : c.visibility().name().toLowerCase(Locale.ROOT))
            .add("documents", CorpusInfo::documents)
            .add("tokens", CorpusInfo::tokens)
            .add("analyzer_version", CorpusInfo::analyzerVersion)
            .build();

    /** A document's metadata; {@code metadata} holds any further manifest columns. */
    public static final TableColumns<DocumentInfo> DOCUMENTS = TableColumns.<DocumentInfo>builder()
            .add("id", DocumentInfo::id)
            .add("file_name", DocumentInfo::fileName)
            .add("title", DocumentInfo::title)
            .add("author", DocumentInfo::author)
            .add("date", DocumentInfo::date)
            .add("source", DocumentInfo::source)
            .add("genre", DocumentInfo::genre)
            .add("metadata", DocumentInfo::extra)
            .add("tokens", DocumentInfo::tokenCount)
            .build();

    private ResultTables() {}
}
