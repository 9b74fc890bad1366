package org.siyaq.ui.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.dispersion.DocumentDispersion;
import org.siyaq.distribution.ValueHits;

/** The dispersion strips and the metadata charts: what they draw for numbers worked out by hand. */
class PicturesTest {

    @Test
    void a_strip_reads_like_the_text_its_start_on_the_right() {
        // 10 tokens on 600 units: token p at 600 − (p + 0.5)·60, so token 0 at 570 and token 9 at 30
        assertThat(DispersionPicture.x(0, 10, 600)).isEqualTo(570.0);
        assertThat(DispersionPicture.x(9, 10, 600)).isEqualTo(30.0);
        String svg = DispersionPicture.strip(new DocumentDispersion(0, "t", 10, 2, 0.5, new int[] {0, 9}))
                .finish();
        assertThat(svg).contains("d=\"M570 0V18M30 0V18\"");
    }

    @Test
    void hits_close_together_in_a_long_document_share_one_tick() {
        // 6,000 tokens: one token is 0.1 unit, so tokens 0 and 1 both round to 599.95 → 600 (half units): one tick
        String svg = DispersionPicture.strip(new DocumentDispersion(0, "t", 6000, 3, 0.5, new int[] {0, 1, 3000}))
                .finish();
        assertThat(svg.split("V18", -1)).hasSize(3);
    }

    @Test
    void a_click_opens_the_hit_whose_tick_is_nearest() {
        DocumentDispersion d = new DocumentDispersion(0, "t", 10, 3, 0.5, new int[] {0, 5, 9});
        // on a strip 100 wide the ticks are at 95, 45 and 5
        assertThat(DispersionPlot.nearestHit(d, 90, 100)).isEqualTo(0);
        assertThat(DispersionPlot.nearestHit(d, 60, 100)).isEqualTo(5);
        assertThat(DispersionPlot.nearestHit(d, 0, 100)).isEqualTo(9);
    }

    @Test
    void bars_are_as_long_as_their_rate_and_carry_their_value_and_hits() {
        List<ValueHits> rows = List.of(new ValueHits("RT", 2, 100, 4, 40_000), new ValueHits("تاس", 1, 100, 2, 20_000));
        String svg = MetadataChartPicture.bars("t", "l", rows, ValueHits::value, r -> "", false)
                .finish();
        // the bar span is 640 − 150 − 150 − 36 = 304 units; RT has the highest rate, تاس half of it
        assertThat(svg)
                .contains("width=\"304\" height=\"16\" fill=\"#1a5fb4\" data-value=\"RT\" data-hits=\"4\"")
                .contains("width=\"152\" height=\"16\" fill=\"#1a5fb4\" data-value=\"تاس\" data-hits=\"2\"");
    }

    @Test
    void a_line_over_time_has_a_point_for_every_period_the_empty_ones_at_zero() {
        List<ValueHits> periods = List.of(
                new ValueHits("2020", 2, 5, 3, 600_000),
                new ValueHits("2021", 0, 0, 0, 0),
                new ValueHits("2022", 1, 4, 0, 0));
        String svg = MetadataChartPicture.line("t", "l", periods, false).finish();
        assertThat(svg.split("<circle", -1)).hasSize(4);
        // the plot is 240 high from y = 70 and spans x 80 to 640 − 30 = 610: the highest rate at the top (70),
        // zero at the bottom (310), the middle period at (80 + 610) / 2 = 345
        assertThat(svg)
                .contains("cx=\"80\" cy=\"70\"")
                .contains("cx=\"345\" cy=\"310\"")
                .contains("cx=\"610\" cy=\"310\"");
    }
}
