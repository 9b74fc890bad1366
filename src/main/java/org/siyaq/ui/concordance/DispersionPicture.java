package org.siyaq.ui.concordance;

import java.util.List;
import java.util.function.Function;
import org.siyaq.dispersion.DocumentDispersion;
import org.siyaq.ui.picture.Svg;
import org.siyaq.ui.picture.Svg.Align;

/**
 * The drawing of a dispersion plot. A strip is a document scaled to its length, read like its Arabic
 * text: the document's start on the right, its end on the left; a tick is a hit, at the middle of its
 * first token. Ticks that would fall on the same half pixel are drawn once.
 */
public final class DispersionPicture {

    static final int STRIP_WIDTH = 600;
    static final int STRIP_HEIGHT = 18;
    static final String TICK_COLOR = "#1a5fb4";
    static final String TRACK_COLOR = "#e8ebef";

    private static final int WIDTH = 1000;
    private static final int ROW = 20;
    private static final int TOP = 84;
    private static final int TITLE_CHARS = 40;

    private DispersionPicture() {}

    /** The x of a hit at token {@code position} of a document of {@code length} tokens on a strip {@code width} wide. */
    static double x(int position, int length, double width) {
        return width - (position + 0.5) * width / length;
    }

    /** One document's strip, for a table cell. */
    public static Svg strip(DocumentDispersion d) {
        Svg svg = Svg.of(STRIP_WIDTH, STRIP_HEIGHT, false);
        ticks(svg, d, 0, 0, STRIP_WIDTH, STRIP_HEIGHT);
        return svg;
    }

    private static void ticks(Svg svg, DocumentDispersion d, double left, double top, double width, double height) {
        svg.empty("rect", "x", left, "y", top + 2.0, "width", width, "height", height - 4.0, "fill", TRACK_COLOR);
        StringBuilder path = new StringBuilder();
        double last = Double.NaN;
        for (int p : d.positions()) {
            double x = Math.round(2 * (left + x(p, d.tokens(), width))) / 2.0;
            if (x != last) {
                path.append('M')
                        .append(Svg.number(x))
                        .append(' ')
                        .append(Svg.number(top))
                        .append('V')
                        .append(Svg.number(top + height));
                last = x;
            }
        }
        svg.empty("path", "d", path.toString(), "stroke", TICK_COLOR, "stroke-width", 1.5, "fill", "none");
    }

    /**
     * The whole plot for download: {@code title}, the legend lines, then a row per document: its title
     * (on the right), its strip, its hits and DP (on the left).
     */
    public static Svg picture(
            String title,
            List<String> legend,
            List<DocumentDispersion> rows,
            Function<DocumentDispersion, String> figures) {
        int top = TOP + 16 * Math.max(0, legend.size() - 2);
        Svg svg = Svg.of(WIDTH, top + ROW * rows.size() + 12, true);
        svg.text(WIDTH - 12, 28, title, Align.RIGHT, "font-size", 18, "font-weight", "bold", "fill", "#1f2933");
        for (int i = 0; i < legend.size(); i++) {
            svg.text(WIDTH - 12, 50 + 16 * i, legend.get(i), Align.RIGHT, "font-size", 12, "fill", "#52606d");
        }
        for (int i = 0; i < rows.size(); i++) {
            DocumentDispersion d = rows.get(i);
            double y = top + ROW * i;
            svg.text(WIDTH - 12, y + 14, shorten(d.title()), Align.RIGHT, "font-size", 12, "fill", "#1f2933");
            ticks(svg, d, 190, y, 500, ROW - 4);
            svg.text(12, y + 13, figures.apply(d), Align.LEFT, "font-size", 11, "fill", "#52606d");
        }
        return svg;
    }

    private static String shorten(String title) {
        String t = title == null ? "" : title.strip();
        return t.codePointCount(0, t.length()) <= TITLE_CHARS
                ? t
                : t.substring(0, t.offsetByCodePoints(0, TITLE_CHARS)) + "…";
    }
}
