package org.siyaq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers and directions as the tables show them. */
class TextsTest {

    @Test
    void the_direction_of_a_text_is_that_of_its_first_strong_letter() {
        assertThat(Texts.direction("روسيا")).isEqualTo("rtl");
        assertThat(Texts.direction("2021 روسيا")).isEqualTo("rtl");
        assertThat(Texts.direction("(Putin) روسيا")).isEqualTo("ltr");
        assertThat(Texts.direction("123")).isEqualTo("rtl");
    }

    @Test
    void decimals_have_fixed_places_and_tiny_values_do_not_read_as_zero() {
        assertThat(Texts.decimal(1234.5678, 2)).isEqualTo("1,234.57");
        assertThat(Texts.decimal(0.00001234, 4)).isEqualTo("1.23E-5");
        assertThat(Texts.decimal(0, 4)).isEqualTo("0.0000");
        assertThat(Texts.decimal(Double.NaN, 2)).isEqualTo("–");
    }

    @Test
    void integers_use_western_digits_with_grouping() {
        assertThat(Texts.integer(1234567)).isEqualTo("1,234,567");
    }

    @Test
    void numbers_stay_on_the_right_in_both_page_directions() {
        assertThat(Texts.numberAlign(false)).isEqualTo(ColumnTextAlign.END);
        assertThat(Texts.numberAlign(true)).isEqualTo(ColumnTextAlign.START);
    }

    @Test
    void figures_formatted_on_many_threads_at_once_are_those_of_one() {
        double[] values = java.util.stream.IntStream.range(0, 20_000)
                .mapToDouble(i -> (i * 7919 % 100_003) / 7.0 - 500)
                .toArray();
        List<String> one = java.util.Arrays.stream(values)
                .mapToObj(v -> Texts.decimal(v, 2) + "|" + Texts.integer((long) v))
                .toList();
        List<String> many = java.util.Arrays.stream(values)
                .parallel()
                .mapToObj(v -> Texts.decimal(v, 2) + "|" + Texts.integer((long) v))
                .toList();
        assertThat(many).isEqualTo(one);
    }
}
