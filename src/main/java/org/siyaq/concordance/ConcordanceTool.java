package org.siyaq.concordance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.siyaq.analysis.Level;
import org.siyaq.collocation.CollocationTool;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.InvalidRequestException;
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
    /** The first sort level of {@code sort}, which may name several: {@code after1,after2}. */
    public static final Param<KwicSort> SORT = Param.choice(
            "sort", KwicSort.CORPUS, s -> KwicOptions.parseLevels(s).getFirst(), KwicSort::key);
    /** Every sort level of {@code sort}, the first included ({@link KwicOptions}). */
    public static final Param<List<KwicSort>> SORT_LEVELS = Param.choice(
            "sort",
            List.of(KwicSort.CORPUS),
            KwicOptions::parseLevels,
            levels -> levels.stream().map(KwicSort::key).collect(Collectors.joining(",")));
    /** A random sample of this many lines (0: every line), drawn with {@link #SEED}. */
    public static final Param<Integer> SAMPLE = Param.integer("sample", 0, 0, KwicOptions.MAX_SAMPLE);

    public static final Param<Long> SEED = Param.choice("seed", 0L, ConcordanceTool::seed, String::valueOf);
    /** Lines left out, {@code doc:position,…}. */
    public static final Param<Set<LineId>> HIDE =
            Param.choice("hide", Set.of(), KwicOptions::parseHidden, KwicOptions::writeHidden);

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

    /**
     * Lines filtered by a collocate ({@link #COLLOCATE}): the columns of {@link #COLUMNS} and
     * {@code collocates}, the collocate's tokens in the line's window as {@code [start, end]} character offsets.
     */
    public static final TableColumns<KwicLine> COLLOCATE_COLUMNS = TableColumns.<KwicLine>builder()
            .addAll(COLUMNS)
            .add("collocates", ConcordanceTool::offsets)
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

    /** The collocate offsets as pairs, {@code [[start, end], …]} (a JSON array; the CSV writes it the same way). */
    private static List<List<Integer>> offsets(KwicLine line) {
        return line.collocates().stream().map(r -> List.of(r.start(), r.end())).toList();
    }

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
                        in.get(SENTENCES))
                .withOptions(options(in));
    }

    /** The further sort levels, the sample and the hidden lines {@code in} asks for. */
    public static KwicOptions options(ParamSource in) {
        List<KwicSort> levels = in.get(SORT_LEVELS);
        return new KwicOptions(levels.subList(1, levels.size()), in.get(SAMPLE), in.get(SEED), in.get(HIDE));
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.of("param.whole-number", "seed", text);
        }
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
                .with(SORT_LEVELS, levels(q))
                .with(SAMPLE, q.options().sample() == 0 ? null : q.options().sample())
                .with(SEED, q.options().sample() == 0 ? null : q.options().seed())
                .with(HIDE, q.options().hidden())
                .toMap();
    }

    private static List<KwicSort> levels(ConcordanceQuery q) {
        List<KwicSort> levels = new java.util.ArrayList<>();
        levels.add(q.sort());
        levels.addAll(q.options().thenBy());
        return levels;
    }
}
