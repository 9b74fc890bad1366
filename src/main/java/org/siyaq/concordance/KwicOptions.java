package org.siyaq.concordance;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.siyaq.corpus.InvalidRequestException;

/**
 * Which concordance lines are shown, beyond the query: further sort levels after the first ({@code
 * thenBy}, ties of one level broken by the next, the last ties in corpus order), a random sample of
 * {@code sample} lines (0: every line) drawn with {@code seed} so that the same link shows the same
 * sample, and lines a student hid. The sample is drawn first, then the hidden lines leave it, then it
 * is sorted: hiding a line of a sample does not bring another one in, and a new sort keeps the sample.
 */
public record KwicOptions(List<KwicSort> thenBy, int sample, long seed, Set<LineId> hidden) {

    public static final KwicOptions NONE = new KwicOptions(List.of(), 0, 0, Set.of());
    /** Sort levels in all, the first included. */
    public static final int MAX_LEVELS = 3;

    public static final int MAX_SAMPLE = 100_000;
    public static final int MAX_HIDDEN = 500;

    public KwicOptions {
        thenBy = List.copyOf(thenBy);
        hidden = Set.copyOf(hidden);
        if (thenBy.size() > MAX_LEVELS - 1) {
            throw InvalidRequestException.of("request.sort-levels", MAX_LEVELS);
        }
        if (sample < 0 || sample > MAX_SAMPLE) {
            throw InvalidRequestException.of("request.sample-range", MAX_SAMPLE, sample);
        }
        if (hidden.size() > MAX_HIDDEN) {
            throw InvalidRequestException.of("request.hidden-range", MAX_HIDDEN, hidden.size());
        }
    }

    /** Nothing beyond the query: the lines are the query's hits, in the first sort level's order. */
    public boolean isNone() {
        return thenBy.stream().allMatch(s -> s == KwicSort.CORPUS) && sample == 0 && hidden.isEmpty();
    }

    /** Reads a comma-separated list of lines {@code doc:position} ({@code null} or blank: none). */
    public static Set<LineId> parseHidden(String s) {
        if (s == null || s.isBlank()) {
            return Set.of();
        }
        Set<LineId> out = new LinkedHashSet<>();
        for (String part : s.split(",")) {
            if (!part.isBlank()) {
                out.add(LineId.parse(part));
            }
        }
        return out;
    }

    /** Hidden lines written for a URL: {@code doc:position} joined by commas, in a stable order. */
    public static String writeHidden(Set<LineId> hidden) {
        return hidden.stream()
                .sorted((a, b) -> a.docId() != b.docId()
                        ? Integer.compare(a.docId(), b.docId())
                        : Integer.compare(a.position(), b.position()))
                .map(LineId::toString)
                .collect(Collectors.joining(","));
    }

    /** A key for caches: two requests with equal keys give the same lines. */
    String key() {
        return thenBy + "|" + sample + "|" + seed + "|" + writeHidden(hidden);
    }

    /** The sort levels of a {@code sort} parameter, {@code after1,after2}: the first, then the rest. */
    public static List<KwicSort> parseLevels(String s) {
        if (s == null || s.isBlank()) {
            return List.of(KwicSort.CORPUS);
        }
        List<KwicSort> levels = Arrays.stream(s.split(","))
                .filter(p -> !p.isBlank())
                .map(KwicSort::parse)
                .toList();
        if (levels.size() > MAX_LEVELS) {
            throw InvalidRequestException.of("request.sort-levels", MAX_LEVELS);
        }
        return levels.isEmpty() ? List.of(KwicSort.CORPUS) : levels;
    }
}
