package org.siyaq.ui.concordance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.siyaq.concordance.KwicLine;
import org.siyaq.concordance.TextRange;

/**
 * The text before and after a concordance line's node cut at the collocate's tokens (issue 12, item 12),
 * for the line's template: pieces in text order, plain and marked in turn, {@code [plain, marked, plain, …,
 * plain]} (a line without collocates is one plain piece). Each piece is shown as written or transliterated
 * on its own, so the offsets, which are the original text's, stay true. The outer whitespace is trimmed.
 */
final class KwicParts {

    private KwicParts() {}

    static List<String> before(KwicLine line, UnaryOperator<String> shown) {
        return parts(line.before(), line.beforeStart(), line.collocates(), shown);
    }

    static List<String> after(KwicLine line, UnaryOperator<String> shown) {
        return parts(line.after(), line.nodeEnd(), line.collocates(), shown);
    }

    /** {@code text}, which starts at character {@code offset} of its document, cut at the {@code marks} inside it. */
    static List<String> parts(String text, int offset, List<TextRange> marks, UnaryOperator<String> shown) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (TextRange mark : marks) {
            int from = Math.max(at, mark.start() - offset);
            int to = Math.min(text.length(), mark.end() - offset);
            if (from >= to) {
                continue;
            }
            out.add(text.substring(at, from));
            out.add(text.substring(from, to));
            at = to;
        }
        out.add(text.substring(at));
        out.set(0, out.getFirst().stripLeading());
        out.set(out.size() - 1, out.getLast().stripTrailing());
        out.replaceAll(shown);
        return out;
    }
}
