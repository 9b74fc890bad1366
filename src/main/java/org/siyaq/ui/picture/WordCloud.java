package org.siyaq.ui.picture;

import java.util.ArrayList;
import java.util.List;
import org.siyaq.ui.picture.Svg.Align;

/**
 * A word cloud: the heaviest word in the middle, the others placed outward along a spiral at the first
 * spot where their box overlaps no word already placed (the layout of Wordle, Feinberg 2010), each
 * sized by the square root of its weight between the smallest and the largest font size, so that area
 * follows weight. A word's box is estimated from its length (Arabic letters at 0.55 em, others 0.6 em).
 */
public final class WordCloud {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 520;
    static final double MIN_SIZE = 12;
    static final double MAX_SIZE = 48;
    private static final double TOP = 60;
    private static final String[] COLORS = {"#1a5fb4", "#26a269", "#c01c28", "#986a44", "#613583", "#1f2933"};

    private WordCloud() {}

    /** A word and its weight (frequency, or keyness). */
    public record Weighted(String word, double weight) {}

    /** A placed word: its box's centre and size and its font size. */
    public record Placed(String word, double weight, double x, double y, double width, double height, double size) {

        boolean overlaps(Placed o) {
            return Math.abs(x - o.x) * 2 < width + o.width && Math.abs(y - o.y) * 2 < height + o.height;
        }

        boolean contains(double px, double py) {
            return Math.abs(px - x) * 2 <= width && Math.abs(py - y) * 2 <= height;
        }
    }

    /** Places the words, heaviest first ({@code words} in that order); a word with no free spot is left out. */
    public static List<Placed> layout(List<Weighted> words) {
        List<Placed> out = new ArrayList<>();
        if (words.isEmpty()) {
            return out;
        }
        double max = Math.sqrt(Math.max(0, words.get(0).weight()));
        double min = Math.sqrt(Math.max(0, words.get(words.size() - 1).weight()));
        double cx = WIDTH / 2.0;
        double cy = TOP + (HEIGHT - TOP) / 2.0;
        for (Weighted w : words) {
            double t = max <= min ? 1 : (Math.sqrt(Math.max(0, w.weight())) - min) / (max - min);
            double size = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * t;
            double width = estimateWidth(w.word(), size) + 6;
            double height = size * 1.25;
            for (double a = 0; a < 200 * Math.PI; a += 0.1) {
                double r = 2.5 * a;
                Placed p = new Placed(
                        w.word(), w.weight(), cx + r * Math.cos(a) * 1.6, cy + r * Math.sin(a), width, height, size);
                if (inside(p) && out.stream().noneMatch(p::overlaps)) {
                    out.add(p);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean inside(Placed p) {
        return p.x() - p.width() / 2 >= 4
                && p.x() + p.width() / 2 <= WIDTH - 4
                && p.y() - p.height() / 2 >= TOP
                && p.y() + p.height() / 2 <= HEIGHT - 4;
    }

    static double estimateWidth(String word, double size) {
        double em = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            em += Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.ARABIC ? 0.55 : 0.6;
            i += Character.charCount(cp);
        }
        return em * size;
    }

    /** The picture: the title and legend at the top, each word in its box, centred. */
    public static Svg draw(String title, String legend, List<Placed> placed) {
        Svg svg = Svg.of(WIDTH, HEIGHT, true);
        svg.text(WIDTH - 12, 26, title, Align.RIGHT, "font-size", 18, "font-weight", "bold", "fill", "#1f2933");
        svg.text(WIDTH - 12, 46, legend, Align.RIGHT, "font-size", 12, "fill", "#52606d");
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            svg.text(
                    p.x(),
                    p.y() + p.size() * 0.35,
                    p.word(),
                    Align.MIDDLE,
                    "font-size",
                    p.size(),
                    "fill",
                    COLORS[i % COLORS.length],
                    "data-weight",
                    p.weight());
        }
        return svg;
    }

    /** The word whose box holds {@code (x, y)}, or {@code null}. */
    public static String at(List<Placed> placed, double x, double y) {
        for (Placed p : placed) {
            if (p.contains(x, y)) {
                return p.word();
            }
        }
        return null;
    }
}
