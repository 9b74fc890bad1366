package org.siyaq.export;

import java.util.Locale;
import org.siyaq.collocation.CollocateRow;
import org.siyaq.concordance.DocumentHits;
import org.siyaq.concordance.KwicLine;
import org.siyaq.corpus.CorpusInfo;
import org.siyaq.corpus.DocumentInfo;
import org.siyaq.dispersion.DocumentDispersion;
import org.siyaq.distribution.ValueHits;
import org.siyaq.keywords.KeywordRow;
import org.siyaq.ngram.NGramRow;
import org.siyaq.wordlist.WordRow;

/**
 * The one definition of every table's columns, named as in {@code statistics.md}; the HTTP API, the CSV
 * export and the UI all take their column names from here.
 */
public final class ResultTables {

    /** Frequency table rows (statistics.md, "Word list"). */
    public static final TableColumns<WordRow> WORDS = TableColumns.<WordRow>builder()
            .add("rank", WordRow::rank)
            .add("word", WordRow::word)
            .add("freq", WordRow::freq)
            .add("per_million", WordRow::perMillion)
            .add("range", WordRow::range)
            .add("dp", WordRow::dp)
            .add("dp_norm", WordRow::dpNorm)
            .add("forms", r -> String.join(" ", r.forms()))
            .build();

    /** Collocate rows (statistics.md, "Collocates"); the measure names equal {@code CollocationMeasure} keys. */
    public static final TableColumns<CollocateRow> COLLOCATES = TableColumns.<CollocateRow>builder()
            .add("word", CollocateRow::word)
            .add("O11", CollocateRow::o11)
            .add("E11", CollocateRow::e11)
            .add("C1", CollocateRow::c1)
            .add("mi", CollocateRow::mi)
            .add("mi3", CollocateRow::mi3)
            .add("t_score", CollocateRow::tScore)
            .add("z_score", CollocateRow::zScore)
            .add("log_likelihood", CollocateRow::logLikelihood)
            .add("log_dice", CollocateRow::logDice)
            .add("dice", CollocateRow::dice)
            .add("delta_p", CollocateRow::deltaP)
            .add("log_ratio", CollocateRow::logRatio)
            .add("p_value", CollocateRow::pValue)
            .add("forms", r -> String.join(" ", r.forms()))
            .build();

    /** N-gram rows (statistics.md, "N-grams"). */
    public static final TableColumns<NGramRow> NGRAMS = TableColumns.<NGramRow>builder()
            .add("ngram", NGramRow::ngram)
            .add("freq", NGramRow::freq)
            .add("range", NGramRow::range)
            .add("forms", r -> String.join(" | ", r.forms()))
            .build();

    /** Keyword rows (statistics.md, "Keywords"); the measure names equal {@code KeywordMeasure} keys. */
    public static final TableColumns<KeywordRow> KEYWORDS = TableColumns.<KeywordRow>builder()
            .add("word", KeywordRow::word)
            .add("freq", KeywordRow::freq)
            .add("freq_ref", KeywordRow::freqRef)
            .add("per_million", KeywordRow::perMillion)
            .add("per_million_ref", KeywordRow::perMillionRef)
            .add("log_likelihood", KeywordRow::logLikelihood)
            .add("log_ratio", KeywordRow::logRatio)
            .add("percent_diff", KeywordRow::percentDiff)
            .add("p_value", KeywordRow::pValue)
            .build();

    /** Concordance lines: the text around each match and where it sits in its document. */
    public static final TableColumns<KwicLine> CONCORDANCE = TableColumns.<KwicLine>builder()
            .add("doc_id", KwicLine::docId)
            .add("doc_title", KwicLine::docTitle)
            .add("position", KwicLine::position)
            .add("before", KwicLine::before)
            .add("node", KwicLine::node)
            .add("after", KwicLine::after)
            .add("node_start", KwicLine::nodeStart)
            .add("node_end", KwicLine::nodeEnd)
            .add("before_start", KwicLine::beforeStart)
            .add("after_end", KwicLine::afterEnd)
            .build();

    /** Hits of a query per document (the concordance's distribution). */
    public static final TableColumns<DocumentHits> DISTRIBUTION = TableColumns.<DocumentHits>builder()
            .add("doc_id", DocumentHits::docId)
            .add("doc_title", DocumentHits::title)
            .add("hits", DocumentHits::hits)
            .add("tokens", DocumentHits::tokens)
            .add("per_million", DocumentHits::perMillion)
            .build();

    /** Documents with hits of a query and where the hits fall (the dispersion plot); positions are document-local token numbers. */
    public static final TableColumns<DocumentDispersion> DISPERSION = TableColumns.<DocumentDispersion>builder()
            .add("doc_id", DocumentDispersion::docId)
            .add("doc_title", DocumentDispersion::title)
            .add("tokens", DocumentDispersion::tokens)
            .add("hits", DocumentDispersion::hits)
            .add("dp", DocumentDispersion::dp)
            .add(
                    "positions",
                    d -> java.util.Arrays.stream(d.positions())
                            .mapToObj(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(" ")))
            .build();

    /** Hits of a query per value of a metadata field or per period of a date (value {@code null}: without one). */
    public static final TableColumns<ValueHits> BY_METADATA = TableColumns.<ValueHits>builder()
            .add("value", ValueHits::value)
            .add("documents", ValueHits::documents)
            .add("tokens", ValueHits::tokens)
            .add("hits", ValueHits::hits)
            .add("per_million", ValueHits::perMillion)
            .build();

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
