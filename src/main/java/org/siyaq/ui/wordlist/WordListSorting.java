package org.siyaq.ui.wordlist;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.function.Consumer;
import org.siyaq.wordlist.WordListSort;
import org.siyaq.wordlist.WordRow;

/**
 * The word list's sortable headers and its "by ending" box: a header click (or the box) names a new
 * {@link WordListSort}, which the page puts in its address and asks the server for (the whole list is
 * sorted there, not the rows the browser holds); the address's sort is shown back on the headers.
 */
final class WordListSorting {

    private final Grid<WordRow> grid;
    private final Checkbox retrograde = new Checkbox();
    private boolean showing;

    WordListSorting(Grid<WordRow> grid, String retrogradeId, Consumer<WordListSort> chosen) {
        this.grid = grid;
        for (Grid.Column<WordRow> column : grid.getColumns()) {
            boolean sortable = parse(column.getKey()) != null;
            column.setSortable(sortable);
            if (sortable) {
                column.setSortProperty(column.getKey());
                // the sort arrows need room beside the header: the figure columns share the spare width
                if (!"word".equals(column.getKey())) {
                    column.setFlexGrow(1);
                }
            }
        }
        retrograde.setId(retrogradeId);
        retrograde.setLabel(grid.getTranslation("wordlist.retrograde"));
        retrograde.setTooltipText(grid.getTranslation("wordlist.retrograde.help"));
        grid.addSortListener(e -> {
            if (!showing && e.isFromClient()) {
                chosen.accept(current());
            }
        });
        retrograde.addValueChangeListener(e -> {
            if (!showing && e.isFromClient()) {
                // a sort by word follows the box; ticking it under another sort sorts by ending, A to Z
                WordListSort now = current();
                boolean byWord = now.key() == WordListSort.Key.WORD || now.key() == WordListSort.Key.ENDING;
                chosen.accept(byWord || !e.getValue() ? now : new WordListSort(WordListSort.Key.ENDING, false));
            }
        });
    }

    Checkbox retrograde() {
        return retrograde;
    }

    /** Shows {@code sort} on the headers and the box, without asking for it again. */
    void show(WordListSort sort) {
        showing = true;
        try {
            retrograde.setValue(sort.key() == WordListSort.Key.ENDING);
            if (sort.equals(WordListSort.DEFAULT)) {
                grid.sort(List.of());
                return;
            }
            String key =
                    sort.key() == WordListSort.Key.ENDING ? "word" : sort.key().param();
            Grid.Column<WordRow> column = grid.getColumnByKey(key);
            grid.sort(List.of(new GridSortOrder<>(
                    column, sort.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        } finally {
            showing = false;
        }
    }

    /** The sort the headers and the box show now; rank order when no header is sorted. */
    private WordListSort current() {
        List<GridSortOrder<WordRow>> order = grid.getSortOrder();
        if (order.isEmpty()) {
            return WordListSort.DEFAULT;
        }
        WordListSort.Key key = parse(order.getFirst().getSorted().getKey());
        boolean descending = order.getFirst().getDirection() == SortDirection.DESCENDING;
        return new WordListSort(key, descending).withWords(retrograde.getValue());
    }

    private static WordListSort.Key parse(String columnKey) {
        for (WordListSort.Key key : WordListSort.Key.values()) {
            if (key != WordListSort.Key.ENDING && key.param().equals(columnKey)) {
                return key;
            }
        }
        return null;
    }
}
