package org.siyaq.ui.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siyaq.ui.picture.WordCloud.Placed;
import org.siyaq.ui.picture.WordCloud.Weighted;

class WordCloudTest {

    @Test
    void the_heaviest_word_is_largest_and_in_the_middle_and_sizes_follow_the_square_root_of_the_weight() {
        // weights 100, 25, 0: square roots 10, 5, 0 → sizes 48, 12 + 36·0.5 = 30, 12
        List<Placed> placed = WordCloud.layout(
                List.of(new Weighted("روسيا", 100), new Weighted("جنيف", 25), new Weighted("حوار", 0)));
        assertThat(placed).extracting(Placed::size).containsExactly(48.0, 30.0, 12.0);
        assertThat(placed.get(0).x()).isCloseTo(WordCloud.WIDTH / 2.0, within(1e-9));
        assertThat(WordCloud.at(placed, placed.get(1).x(), placed.get(1).y())).isEqualTo("جنيف");
    }

    @Test
    void no_two_words_overlap_and_every_word_stays_inside_the_picture() {
        List<Weighted> words = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            words.add(new Weighted("كلمة" + i, 60 - i));
        }
        List<Placed> placed = WordCloud.layout(words);
        assertThat(placed).hasSizeGreaterThan(40);
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            assertThat(p.x() - p.width() / 2).isGreaterThanOrEqualTo(0);
            assertThat(p.x() + p.width() / 2).isLessThanOrEqualTo(WordCloud.WIDTH);
            for (int j = 0; j < i; j++) {
                assertThat(p.overlaps(placed.get(j)))
                        .as("%s and %s", p.word(), placed.get(j).word())
                        .isFalse();
            }
        }
    }
}
