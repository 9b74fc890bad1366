package org.siyaq.distribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.DocumentInfo;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.i18n.Messages;
import org.siyaq.index.CorpusIndex;
import org.siyaq.query.Hits;
import org.siyaq.query.QueryService;
import org.springframework.stereotype.Service;

/**
 * A query's hits per value of a metadata field (Voyant's Trends over a date field): for each value, the
 * documents that have it, their tokens, the hits in them and the hits per million of those tokens. By
 * value, rows come with the most hits first (ties by the value); over time, in order with every year or
 * month between the first and the last, empty ones included, so a line over them is honest. Documents
 * without a value, or with a date that cannot be read at the granularity, are one last row with a
 * {@code null} value.
 */
@Service
public class MetadataDistributionService {

    /** {@code 2021}, {@code 2021-06}, {@code 2021-06-01} (or with {@code /} or {@code .}): a year and an optional month. */
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:[-/.](\\d{1,2}))?");

    private final CorpusRegistry corpora;
    private final QueryService queries;

    public MetadataDistributionService(CorpusRegistry corpora, QueryService queries) {
        this.corpora = corpora;
        this.queries = queries;
    }

    public List<ValueHits> distribution(MetadataQuery q) {
        LoadedCorpus corpus = corpora.get(q.corpusId(), q.where());
        if (!new DocumentFilter(q.field(), "x").isFieldOf(corpus.documents())) {
            String fields = String.join(", ", DocumentFilter.fieldsOf(corpus.documents()));
            throw new InvalidRequestException(
                    Messages.english("distribution.error.field", q.field(), fields),
                    Messages.arabic("distribution.error.field", q.field(), fields));
        }
        Hits hits = queries.find(corpus, q.query(), q.level());
        CorpusIndex index = corpus.index();
        int[] perDocument = new int[index.docCount()];
        for (int start : hits.starts()) {
            perDocument[index.docOf(start)]++;
        }
        Map<String, Group> groups = q.granularity().overTime() ? new TreeMap<>() : new LinkedHashMap<>();
        Group missing = new Group(null);
        for (int d = 0; d < perDocument.length; d++) {
            DocumentInfo doc = corpus.document(d);
            String value = bucket(DocumentFilter.valueOf(doc, q.field()), q.granularity());
            Group group = value == null
                    ? missing
                    : groups.computeIfAbsent(
                            q.granularity().overTime() ? value : new DocumentFilter(q.field(), value).key(),
                            k -> new Group(value));
            group.add(index.docEnd(d) - index.docStart(d), perDocument[d]);
        }
        List<ValueHits> rows = new ArrayList<>();
        if (q.granularity().overTime()) {
            fillGaps(groups, q.granularity());
            groups.values().forEach(g -> rows.add(g.row()));
        } else {
            groups.values().stream()
                    .map(Group::row)
                    .sorted(Comparator.comparingInt(ValueHits::hits).reversed().thenComparing(ValueHits::value))
                    .forEach(rows::add);
        }
        if (missing.documents > 0) {
            rows.add(missing.row());
        }
        return rows;
    }

    /** The value itself, or its year or month ({@code null} when the date has none at that granularity). */
    static String bucket(String value, Granularity granularity) {
        if (value == null || granularity == Granularity.VALUE) {
            return value;
        }
        Matcher m = DATE.matcher(value.strip());
        if (!m.find()) {
            return null;
        }
        if (granularity == Granularity.YEAR) {
            return m.group(1);
        }
        if (m.group(2) == null) {
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        return month < 1 || month > 12 ? null : m.group(1) + "-" + (month < 10 ? "0" : "") + month;
    }

    /** Adds the empty years or months between the first and the last (keys sort as text: {@code 2021-06} before {@code 2021-07}). */
    private static void fillGaps(Map<String, Group> groups, Granularity granularity) {
        if (groups.isEmpty()) {
            return;
        }
        TreeMap<String, Group> sorted = (TreeMap<String, Group>) groups;
        String last = sorted.lastKey();
        for (String period = sorted.firstKey(); period.compareTo(last) < 0; period = next(period, granularity)) {
            String p = period;
            sorted.computeIfAbsent(p, k -> new Group(p));
        }
    }

    private static String next(String period, Granularity granularity) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (granularity == Granularity.YEAR) {
            return String.valueOf(year + 1);
        }
        int month = Integer.parseInt(period.substring(5)) + 1;
        return month > 12 ? (year + 1) + "-01" : year + "-" + (month < 10 ? "0" : "") + month;
    }

    private static final class Group {
        private final String value;
        private int documents;
        private long tokens;
        private int hits;

        Group(String value) {
            this.value = value;
        }

        void add(int docTokens, int docHits) {
            documents++;
            tokens += docTokens;
            hits += docHits;
        }

        ValueHits row() {
            return new ValueHits(value, documents, tokens, hits, tokens == 0 ? 0 : hits * 1_000_000.0 / tokens);
        }
    }
}
