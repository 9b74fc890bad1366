package org.siyaq.ui.collocation;

import java.util.ArrayList;
import java.util.List;
import org.siyaq.ui.picture.Svg;
import org.siyaq.ui.picture.Svg.Align;

/**
 * The layout and drawing of a collocation network (#LancsBox GraphColl): the node in the centre, its
 * collocates on a circle around it, each nearer the stronger its association under the chosen measure
 * (scaled between the weakest and the strongest shown), the co-occurrence count {@code O11} on each edge;
 * a collocate's own collocates (second order) fan out beyond it, the same way on a smaller scale.
 */
public final class NetworkPicture {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 720;
    static final double CX = WIDTH / 2.0;
    static final double CY = HEIGHT / 2.0 + 20;
    static final double NEAR = 90;
    static final double FAR = 250;
    static final double NEAR2 = 55;
    static final double FAR2 = 105;
    private static final String EDGE = "#9aa5b1";
    private static final String NODE = "#c01c28";
    private static final String COLLOCATE = "#1a5fb4";
    private static final String SECOND = "#26a269";

    private NetworkPicture() {}

    /** A collocate with the chosen measure's value, its strength (larger is stronger, whatever the measure) and {@code O11}. */
    public record Link(String word, double value, double strength, int o11) {}

    /** A placed word: where it is drawn, and which first-order collocate it hangs from ({@code null} for those). */
    public record Placed(String word, double x, double y, String parent, int o11, double value, int depth) {}

    /** Places the first-order collocates, and the second-order ones of the collocates {@code expanded} names. */
    public static List<Placed> layout(List<Link> first, java.util.Map<String, List<Link>> expanded) {
        List<Placed> out = new ArrayList<>();
        int n = first.size();
        double[] scale = range(first);
        for (int i = 0; i < n; i++) {
            Link c = first.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
            double r = radius(c.strength(), scale, NEAR, FAR);
            Placed p = new Placed(
                    c.word(), CX + r * Math.cos(angle), CY + r * Math.sin(angle), null, c.o11(), c.value(), 1);
            out.add(p);
            List<Link> second = expanded.get(c.word());
            if (second == null) {
                continue;
            }
            double[] scale2 = range(second);
            int m = second.size();
            for (int j = 0; j < m; j++) {
                Link s = second.get(j);
                double spread = m == 1 ? 0 : (j - (m - 1) / 2.0) * (Math.PI / 2) / (m - 1);
                double r2 = radius(s.strength(), scale2, NEAR2, FAR2);
                out.add(new Placed(
                        s.word(),
                        p.x() + r2 * Math.cos(angle + spread),
                        p.y() + r2 * Math.sin(angle + spread),
                        c.word(),
                        s.o11(),
                        s.value(),
                        2));
            }
        }
        return out;
    }

    /** The strongest collocate at {@code near}, the weakest at {@code far}, linearly between; all at the middle when equal. */
    static double radius(double strength, double[] scale, double near, double far) {
        if (scale[1] <= scale[0]) {
            return (near + far) / 2;
        }
        return far - (far - near) * (strength - scale[0]) / (scale[1] - scale[0]);
    }

    private static double[] range(List<Link> links) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Link l : links) {
            min = Math.min(min, l.strength());
            max = Math.max(max, l.strength());
        }
        return new double[] {min, max};
    }

    /** The picture: edges with their O11, then the words over them, the node in the centre. */
    public static Svg draw(String title, List<String> legend, String node, List<Placed> placed) {
        Svg svg = Svg.of(WIDTH, HEIGHT, true);
        svg.text(WIDTH - 12, 28, title, Align.RIGHT, "font-size", 18, "font-weight", "bold", "fill", "#1f2933");
        for (int i = 0; i < legend.size(); i++) {
            svg.text(WIDTH - 12, 50 + 16 * i, legend.get(i), Align.RIGHT, "font-size", 12, "fill", "#52606d");
        }
        for (Placed p : placed) {
            double[] from = p.parent() == null ? new double[] {CX, CY} : position(placed, p.parent());
            svg.empty(
                    "line",
                    "x1",
                    from[0],
                    "y1",
                    from[1],
                    "x2",
                    p.x(),
                    "y2",
                    p.y(),
                    "stroke",
                    EDGE,
                    "stroke-width",
                    1.0);
            svg.text(
                    (from[0] + p.x()) / 2,
                    (from[1] + p.y()) / 2 - 3,
                    String.valueOf(p.o11()),
                    Align.MIDDLE,
                    "font-size",
                    10,
                    "fill",
                    "#7b8794");
        }
        for (Placed p : placed) {
            svg.empty(
                    "circle",
                    "cx",
                    p.x(),
                    "cy",
                    p.y(),
                    "r",
                    p.depth() == 1 ? 6.0 : 4.0,
                    "fill",
                    p.depth() == 1 ? COLLOCATE : SECOND,
                    "data-word",
                    p.word(),
                    "data-o11",
                    p.o11(),
                    "data-parent",
                    p.parent());
            svg.text(
                    p.x(),
                    p.y() + (p.depth() == 1 ? 20 : 16),
                    p.word(),
                    Align.MIDDLE,
                    "font-size",
                    p.depth() == 1 ? 14 : 12,
                    "fill",
                    "#1f2933");
        }
        svg.empty("circle", "cx", CX, "cy", CY, "r", 10.0, "fill", NODE);
        svg.text(CX, CY + 28, node, Align.MIDDLE, "font-size", 17, "font-weight", "bold", "fill", NODE);
        return svg;
    }

    private static double[] position(List<Placed> placed, String word) {
        for (Placed p : placed) {
            if (p.depth() == 1 && p.word().equals(word)) {
                return new double[] {p.x(), p.y()};
            }
        }
        return new double[] {CX, CY};
    }

    /** The first-order collocate drawn nearest to {@code (x, y)} within {@code reach} units, or {@code null}. */
    public static String nearest(List<Placed> placed, double x, double y, double reach) {
        String best = null;
        double bestDistance = reach;
        for (Placed p : placed) {
            double d = Math.hypot(p.x() - x, p.y() - y);
            if (p.depth() == 1 && d <= bestDistance) {
                best = p.word();
                bestDistance = d;
            }
        }
        return best;
    }
}
