package org.siyaq.ui.picture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.siyaq.ui.picture.Svg.Align;

class SvgTest {

    @Test
    void user_text_is_escaped_so_it_can_never_become_markup() {
        String svg = Svg.of(100, 20, false)
                .text(10, 10, "<script>alert('x')</script> & \"q\"", Align.LEFT)
                .empty("rect", "data-value", "a\"><script>")
                .finish();
        assertThat(svg)
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
                .contains("data-value=\"a&quot;&gt;&lt;script&gt;\"");
    }

    @Test
    void arabic_text_is_drawn_right_to_left_and_aligned_by_its_own_direction() {
        String arabic =
                Svg.of(100, 20, false).text(90, 10, "روسيا", Align.RIGHT).finish();
        String latin = Svg.of(100, 20, false).text(90, 10, "RT", Align.RIGHT).finish();
        // a right-to-left text starts at its right edge: "start" puts that edge at x; a left-to-right one needs "end"
        assertThat(arabic).contains("text-anchor=\"start\" direction=\"rtl\" unicode-bidi=\"embed\"");
        assertThat(latin).contains("text-anchor=\"end\" direction=\"ltr\"");
    }

    @Test
    void a_picture_with_text_embeds_the_shipped_arabic_font() {
        assertThat(Svg.of(10, 10, true).finish())
                .contains("@font-face{font-family:'Noto Naskh Arabic';src:url(data:font/woff2;base64,");
        assertThat(Svg.of(10, 10, false).finish()).doesNotContain("@font-face");
    }

    @Test
    void control_characters_xml_forbids_are_dropped() {
        assertThat(Svg.escape("a\u0001b\tc")).isEqualTo("ab\tc");
    }
}
