package org.siyaq.ui.picture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * An SVG document written as text. Element and attribute names come from code; every attribute value
 * and every text is XML-escaped, so a word or a title from a document can never become markup. Text
 * in Arabic is drawn right to left ({@code direction="rtl"}, {@code unicode-bidi="embed"}) in the font
 * the app ships, embedded in the picture so that it looks the same in an {@code <img>}, in a
 * downloaded file and in a PNG drawn from it.
 */
public final class Svg {

    static final String FONT_FAMILY = "'Noto Naskh Arabic', 'Noto Sans', 'DejaVu Sans', sans-serif";
    private static final String FONT_RESOURCE =
            "/META-INF/resources/fonts/noto-naskh-arabic/noto-naskh-arabic-arabic-400-normal.woff2";
    private static volatile String fontFace;

    private final StringBuilder out = new StringBuilder();
    private final int width;
    private final int height;

    private Svg(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** A picture of {@code width × height} user units; {@code withFont} embeds the Arabic font (for pictures with text). */
    public static Svg of(int width, int height, boolean withFont) {
        Svg svg = new Svg(width, height);
        svg.out
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\">");
        if (withFont) {
            svg.out
                    .append("<style>")
                    .append(fontFace())
                    .append("text{font-family:")
                    .append(FONT_FAMILY)
                    .append(";}</style>");
        }
        return svg.empty("rect", "width", width, "height", height, "fill", "#ffffff");
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** {@code <name attr="value" …>}; close it with {@link #close}. */
    public Svg open(String name, Object... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        return this;
    }

    public Svg close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** {@code <name attr="value" …/>}. */
    public Svg empty(String name, Object... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** Where a text sits against its {@code x}: its right edge, its left edge, or its middle, whatever its direction. */
    public enum Align {
        RIGHT,
        LEFT,
        MIDDLE
    }

    /**
     * A {@code <text>} element holding {@code text}, escaped, drawn in the direction of its first strong
     * letter (Arabic right to left) and aligned against {@code x} as {@code align} says.
     */
    public Svg text(double x, double y, String text, Align align, Object... attributes) {
        boolean rtl = "rtl".equals(org.siyaq.ui.Texts.direction(text));
        String anchor = switch (align) {
            case RIGHT -> rtl ? "start" : "end";
            case LEFT -> rtl ? "end" : "start";
            case MIDDLE -> "middle";
        };
        out.append("<text x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" direction=\"")
                .append(rtl ? "rtl" : "ltr")
                .append("\" unicode-bidi=\"embed\"");
        attributes(attributes);
        out.append('>').append(escape(text == null ? "" : text)).append("</text>");
        return this;
    }

    /** The finished document. */
    public String finish() {
        return out + "</svg>";
    }

    /** The finished document as a {@code data:} URL for an {@code <img>}. */
    public String dataUrl() {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(finish().getBytes(StandardCharsets.UTF_8));
    }

    private void attributes(Object... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(value instanceof Double d ? number(d) : escape(String.valueOf(value)))
                    .append('"');
        }
    }

    /** A coordinate with at most two decimals, in the C locale. */
    public static String number(double x) {
        return String.format(Locale.ROOT, "%.2f", x).replaceAll("\\.?0+$", "");
    }

    /** The five XML special characters as entities; characters XML forbids (controls) are dropped. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** The app's Arabic font as an embedded {@code @font-face} (read once). */
    private static String fontFace() {
        String face = fontFace;
        if (face == null) {
            try (InputStream in = Svg.class.getResourceAsStream(FONT_RESOURCE)) {
                String data = in == null ? "" : Base64.getEncoder().encodeToString(in.readAllBytes());
                face = data.isEmpty()
                        ? ""
                        : "@font-face{font-family:'Noto Naskh Arabic';src:url(data:font/woff2;base64," + data
                                + ") format('woff2');}";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fontFace = face;
        }
        return face;
    }
}
