package org.siyaq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.siyaq.export.CellFormat;
import org.siyaq.export.TableColumns;
import tools.jackson.databind.JsonNode;

/**
 * A result table sends the browser its first page with the count and a later page only when asked for the rows after
 * those it holds; each row's cells as the page shows them (figures formatted here, words as written or transliterated),
 * and each column's definition once, with the columns, not with every row.
 */
class ResultTableTest {

    /** A row of the test: its place in the result, and a word. */
    private record Row(int n, String word) {}

    private static final TableColumns<Row> COLUMNS = TableColumns.<Row>builder()
            .add("n", Row::n, CellFormat.INTEGER)
            .add("word", Row::word, CellFormat.WORD)
            .add("share", r -> r.n() / 3.0, CellFormat.decimal(2))
            .build();

    /** The word of every row: "ktAb" is its Buckwalter (kaf, ta, alif, ba). */
    private static final String BOOK = "\u0643\u062a\u0627\u0628";

    private final ResultTable<Row> table = new ResultTable<>("test", new Anchor(), false);
    private final List<String> asked = new ArrayList<>();

    ResultTableTest() {
        table.columns(COLUMNS, key -> "definition of " + key);
    }

    /** The rows offset..offset+limit of a result of {@code total} rows, noting each call. */
    private List<Row> page(int offset, int limit, int total) {
        asked.add(offset + "+" + limit);
        return IntStream.range(offset, Math.min(offset + limit, total))
                .mapToObj(i -> new Row(i, BOOK))
                .toList();
    }

    private JsonNode property(String name) {
        return (JsonNode) table.table().getElement().getPropertyRaw(name);
    }

    @Test
    void the_first_page_goes_with_the_count_and_a_later_one_only_for_the_rows_after_those_held() {
        // 120 rows; the worker read rows 0..49
        table.show("120 rows", 120, page(0, 50, 120), (o, l) -> page(o, l, 120));
        asked.clear();

        assertThat(table.table().size()).isEqualTo(120);
        assertThat(property("rows")).hasSize(50);
        assertThat(table.table().held()).hasSize(50);

        table.table().more(10);
        assertThat(asked).as("rows the browser holds are not asked for again").isEmpty();
        table.table().more(50);
        assertThat(asked).containsExactly("50+50");
        table.table().more(100);
        assertThat(asked).as("the last page: only the rows that are left").containsExactly("50+50", "100+20");
        table.table().more(120);
        assertThat(asked).as("nothing after the last row").hasSize(2);
        assertThat(table.table().held())
                .extracting(Row::n)
                .containsExactlyElementsOf(IntStream.range(0, 120).boxed().toList());

        table.clear();
        assertThat(table.table().held()).as("a cleared table holds no row").isEmpty();
        assertThat(property("rows")).isEmpty();
    }

    @Test
    void cells_go_as_the_page_shows_them_and_words_in_buckwalter_when_the_box_is_ticked() {
        table.show("2 rows", 2, page(0, 50, 2), (o, l) -> page(o, l, 2));
        JsonNode second = property("rows").get(1);
        assertThat(second.get("n").asString()).isEqualTo("1");
        assertThat(second.get("share").asString()).isEqualTo(Texts.decimal(1 / 3.0, 2));
        assertThat(second.get("word").asString()).isEqualTo(BOOK);

        table.buckwalterBox().setValue(true);
        table.show("2 rows", 2, page(0, 50, 2), (o, l) -> page(o, l, 2));
        assertThat(property("rows").get(1).get("word").asString()).isEqualTo("ktAb");
        assertThat(property("rows").get(1).get("n").asString())
                .as("figures are not transliterated")
                .isEqualTo("1");
        assertThat(table.table().getElement().hasAttribute("transliterated")).isTrue();
    }

    @Test
    void definitions_go_once_with_the_columns_and_figure_widths_follow_the_figures() {
        table.show("1 row", 1, List.of(new Row(1_234_567, BOOK)), (o, l) -> List.of());
        JsonNode columns = property("columns");
        assertThat(columns)
                .extracting(c -> c.get("definition").asString())
                .containsExactly("definition of n", "definition of word", "definition of share");
        assertThat(property("rows").get(0).has("definition")).isFalse();
        assertThat(columns.get(0).get("kind").asString()).isEqualTo("number");
        assertThat(columns.get(1).get("kind").asString()).isEqualTo("word");
        // "1,234,567": nine characters
        String header = table.table().getTranslation("column.n");
        assertThat(property("widths").get("n").asString()).isEqualTo(FigureWidths.width(header, 9));
        assertThat(property("widths").get("share").asString())
                .as("a column of short figures")
                .isEqualTo(FigureWidths.width(table.table().getTranslation("column.share"), 10));
    }
}
