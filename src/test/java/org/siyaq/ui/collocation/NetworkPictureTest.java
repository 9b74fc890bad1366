package org.siyaq.ui.collocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siyaq.ui.collocation.NetworkPicture.Link;
import org.siyaq.ui.collocation.NetworkPicture.Placed;

/** The collocation network's layout: distances by strength, second-order collocates around their parent. */
class NetworkPictureTest {

    @Test
    void the_strongest_collocate_is_nearest_the_node_and_the_weakest_farthest() {
        // strengths 30, 20, 10: 30 at NEAR = 90, 10 at FAR = 250, 20 halfway at 170
        List<Placed> placed = NetworkPicture.layout(
                List.of(new Link("a", 30, 30, 5), new Link("b", 20, 20, 3), new Link("c", 10, 10, 1)), Map.of());
        assertThat(distance(placed.get(0))).isCloseTo(90, within(1e-9));
        assertThat(distance(placed.get(1))).isCloseTo(170, within(1e-9));
        assertThat(distance(placed.get(2))).isCloseTo(250, within(1e-9));
        // the first at the top, straight above the node
        assertThat(placed.get(0).x()).isCloseTo(NetworkPicture.CX, within(1e-9));
        assertThat(placed.get(0).y()).isCloseTo(NetworkPicture.CY - 90, within(1e-9));
    }

    @Test
    void an_expanded_collocate_has_its_own_collocates_around_it() {
        List<Placed> placed = NetworkPicture.layout(
                List.of(new Link("a", 2, 2, 5), new Link("b", 1, 1, 3)),
                Map.of("a", List.of(new Link("x", 4, 4, 2), new Link("y", 3, 3, 1))));
        assertThat(placed)
                .extracting(Placed::word, Placed::parent, Placed::depth)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", null, 1),
                        org.assertj.core.groups.Tuple.tuple("x", "a", 2),
                        org.assertj.core.groups.Tuple.tuple("y", "a", 2),
                        org.assertj.core.groups.Tuple.tuple("b", null, 1));
        Placed a = placed.get(0);
        // x is the stronger of the two: NEAR2 = 55 from a; y the weaker: FAR2 = 105
        assertThat(Math.hypot(placed.get(1).x() - a.x(), placed.get(1).y() - a.y()))
                .isCloseTo(55, within(1e-9));
        assertThat(Math.hypot(placed.get(2).x() - a.x(), placed.get(2).y() - a.y()))
                .isCloseTo(105, within(1e-9));
        assertThat(NetworkPicture.nearest(placed, a.x() + 10, a.y(), 40)).isEqualTo("a");
        assertThat(NetworkPicture.nearest(placed, 0, 0, 40)).isNull();
    }

    @Test
    void the_picture_names_every_word_with_its_o11() {
        List<Placed> placed = NetworkPicture.layout(List.of(new Link("روسيا", 2, 2, 7)), Map.of());
        String svg = NetworkPicture.draw("t", List.of("l"), "node", placed).finish();
        assertThat(svg)
                .contains("data-word=\"روسيا\" data-o11=\"7\"")
                .contains(">7</text>")
                .contains(">node</text>");
    }

    private static double distance(Placed p) {
        return Math.hypot(p.x() - NetworkPicture.CX, p.y() - NetworkPicture.CY);
    }
}
