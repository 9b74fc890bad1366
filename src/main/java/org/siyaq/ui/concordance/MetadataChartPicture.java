package org.siyaq.ui.concordance;

import java.util.List;
import java.util.function.Function;
import org.siyaq.distribution.ValueHits;
import org.siyaq.ui.Texts;
import org.siyaq.ui.picture.Svg;
import org.siyaq.ui.picture.Svg.Align;

/**
 * The drawing of a distribution by metadata: bars of hits per million for each value (the value's
 * label on the reading side: the right in Arabic, the left in English), or, over time, a line of hits
 * per million through every year or month in order from left to right, as time axes are drawn.
 */
public final class MetadataChartPicture {

    static final String BAR_COLOR = "#1a5fb4";
    private static final int WIDTH = 640;
    private static final int TOP = 70;
    private static final int BAR = 24;
    private static final int LABEL = 150;
    private static final int FIGURES = 150;
    private static final int PLOT_HEIGHT = 240;
    private static final int LABEL_CHARS = 22;

    private MetadataChartPicture() {}

    /** Bars, one per row, the longest for the highest rate; {@code label} names a row (the value, or "no value"). */
    public static Svg bars(
            String title,
            String legend,
            List<ValueHits> rows,
            Function<ValueHits, String> label,
            Function<ValueHits, String> figures,
            boolean rtl) {
        Svg svg = Svg.of(WIDTH, TOP + BAR * rows.size() + 16, true);
        header(svg, title, legend, rtl);
        double max = rows.stream().mapToDouble(ValueHits::perMillion).max().orElse(0);
        double span = WIDTH - LABEL - FIGURES - 36;
        for (int i = 0; i < rows.size(); i++) {
            ValueHits r = rows.get(i);
            double y = TOP + BAR * i;
            double length = max == 0 ? 0 : span * r.perMillion() / max;
            String name = shorten(label.apply(r));
            // the name at the reading start, the bar growing away from it, its figures at the bar's end
            double start = rtl ? WIDTH - LABEL - 12 : LABEL + 12;
            double barX = rtl ? start - length : start;
            double figuresX = rtl ? start - length - 6 : start + length + 6;
            Align align = rtl ? Align.RIGHT : Align.LEFT;
            svg.text(rtl ? WIDTH - 12 : 12, y + 16, name, align, "font-size", 13, "fill", "#1f2933");
            svg.empty(
                    "rect",
                    "x",
                    barX,
                    "y",
                    y + 4,
                    "width",
                    Math.max(length, 0.5),
                    "height",
                    BAR - 8.0,
                    "fill",
                    BAR_COLOR,
                    "data-value",
                    r.value(),
                    "data-hits",
                    r.hits());
            svg.text(figuresX, y + 16, figures.apply(r), align, "font-size", 11, "fill", "#52606d");
        }
        return svg;
    }

    /** A line through the rate of every period, with the first, the last and evenly spaced periods named under it. */
    public static Svg line(String title, String legend, List<ValueHits> periods, boolean rtl) {
        Svg svg = Svg.of(WIDTH, TOP + PLOT_HEIGHT + 60, true);
        header(svg, title, legend, rtl);
        double max = periods.stream().mapToDouble(ValueHits::perMillion).max().orElse(0);
        double left = 80;
        double right = WIDTH - 30;
        double bottom = TOP + PLOT_HEIGHT;
        svg.empty(
                "path",
                "d",
                "M" + Svg.number(left) + " " + Svg.number(TOP) + "V" + Svg.number(bottom) + "H" + Svg.number(right),
                "stroke",
                "#9aa5b1",
                "fill",
                "none");
        svg.text(left - 6, TOP + 10, Texts.decimal(max, 1), Align.RIGHT, "font-size", 11, "fill", "#52606d");
        svg.text(left - 6, bottom, "0", Align.RIGHT, "font-size", 11, "fill", "#52606d");
        StringBuilder path = new StringBuilder();
        int n = periods.size();
        int every = Math.max(1, (int) Math.ceil(n / 10.0));
        for (int i = 0; i < n; i++) {
            ValueHits p = periods.get(i);
            double x = n == 1 ? (left + right) / 2 : left + (right - left) * i / (n - 1);
            double y = bottom - (max == 0 ? 0 : PLOT_HEIGHT * p.perMillion() / max);
            path.append(i == 0 ? 'M' : 'L').append(Svg.number(x)).append(' ').append(Svg.number(y));
            svg.empty(
                    "circle",
                    "cx",
                    x,
                    "cy",
                    y,
                    "r",
                    3.5,
                    "fill",
                    BAR_COLOR,
                    "data-value",
                    p.value(),
                    "data-hits",
                    p.hits());
            if (i % every == 0 || i == n - 1) {
                svg.text(x, bottom + 18, p.value(), Align.MIDDLE, "font-size", 11, "fill", "#52606d");
            }
        }
        svg.empty("path", "d", path.toString(), "stroke", BAR_COLOR, "stroke-width", 2.0, "fill", "none");
        return svg;
    }

    private static void header(Svg svg, String title, String legend, boolean rtl) {
        Align side = rtl ? Align.RIGHT : Align.LEFT;
        double x = rtl ? WIDTH - 12 : 12;
        svg.text(x, 28, title, side, "font-size", 18, "font-weight", "bold", "fill", "#1f2933");
        svg.text(x, 50, legend, side, "font-size", 12, "fill", "#52606d");
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s.strip();
        return t.codePointCount(0, t.length()) <= LABEL_CHARS
                ? t
                : t.substring(0, t.offsetByCodePoints(0, LABEL_CHARS)) + "…";
    }
}
