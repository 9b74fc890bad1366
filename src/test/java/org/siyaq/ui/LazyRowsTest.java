package org.siyaq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A grid's first page comes from the rows the worker read; later pages, and the first again, from the query. */
class LazyRowsTest {

    private final Grid<Integer> grid = new Grid<>();
    private final List<String> asked = new ArrayList<>();

    /** The rows offset..offset+limit of a result of {@code total} rows, noting each call. */
    private List<Integer> page(int offset, int limit, int total) {
        asked.add(offset + "+" + limit);
        return IntStream.range(offset, Math.min(offset + limit, total)).boxed().toList();
    }

    @SuppressWarnings("unchecked")
    private List<Integer> fetch(int offset, int limit) {
        return ((DataProvider<Integer, Void>) grid.getDataProvider())
                .fetch(new Query<>(offset, limit, List.of(), null, null))
                .toList();
    }

    @Test
    void the_first_page_is_served_from_the_rows_already_read_once() {
        // 120 rows; the worker read rows 0..49
        LazyRows.show(grid, 120, page(0, 50, 120), (o, l) -> page(o, l, 120));
        asked.clear();

        assertThat(fetch(0, 50)).first().isEqualTo(0);
        assertThat(asked).as("rows 0..49 were already read").isEmpty();
        assertThat(fetch(50, 50)).hasSize(50).first().isEqualTo(50);
        // the first page a second time (the Buckwalter toggle refreshes the grid): read again, not kept
        assertThat(fetch(0, 50)).hasSize(50);
        assertThat(asked).containsExactly("50+50", "0+50");
        assertThat(grid.getDataProvider().size(new Query<>())).isEqualTo(120);
    }

    @Test
    void a_result_smaller_than_a_page_is_served_whole_from_what_was_read() {
        // 7 rows: the grid asks for 0..50, of which 0..7 exist, all read already
        LazyRows.show(grid, 7, page(0, 50, 7), (o, l) -> page(o, l, 7));
        asked.clear();

        assertThat(fetch(0, 50)).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(asked).isEmpty();
    }

    @Test
    void cell_tooltips_are_sent_once_per_column() {
        grid.addColumn(i -> i).setKey("freq");
        grid.addColumn(i -> -i).setKey("dp");
        ColumnHeaders.cellTooltips(grid, key -> "definition of " + key);

        assertThat(grid.getColumnByKey("dp").getElement().getAttribute("data-definition"))
                .isEqualTo("definition of dp");
        assertThat(grid.getElement()
                        .getChildren()
                        .filter(e -> e.getTag().equals("vaadin-tooltip"))
                        .map(e -> e.getAttribute("slot")))
                .containsExactly("tooltip");
    }
}
