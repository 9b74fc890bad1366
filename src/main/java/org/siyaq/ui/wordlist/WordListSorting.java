package org.siyaq.ui.wordlist;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.siyaq.export.TableColumn;
import org.siyaq.ui.ResultTable;
import org.siyaq.wordlist.WordListSort;
import org.siyaq.wordlist.WordListTool;
import org.siyaq.wordlist.WordRow;

/**
 * The word list's sortable headers and its "by ending" box: a header click (or the box) names a new
 * {@link WordListSort}, which the page puts in its address and asks the server for (the whole list is
 * sorted there, not the rows the browser holds); the address's sort is shown back on the headers.
 * A header's clicks go from the table's own order to up, down and back, as Vaadin's grid sorter did.
 */
final class WordListSorting {

    private final ResultTable<WordRow> table;
    private final Checkbox retrograde = new Checkbox();
    /** The sort the headers and the box show. */
    private WordListSort current = WordListSort.DEFAULT;

    WordListSorting(ResultTable<WordRow> table, String retrogradeId, Consumer<WordListSort> chosen) {
        this.table = table;
        List<String> sortable = new ArrayList<>();
        for (TableColumn<WordRow> column : WordListTool.COLUMNS.columns()) {
            if (parse(column.name()) != null) {
                sortable.add(column.name());
            }
        }
        table.sortable(
                sortable,
                (key, direction) -> chosen.accept(
                        direction == null
                                ? WordListSort.DEFAULT
                                : new WordListSort(parse(key), direction == SortDirection.DESCENDING)
                                        .withWords(retrograde.getValue())));
        retrograde.setId(retrogradeId);
        retrograde.setLabel(retrograde.getTranslation("wordlist.retrograde"));
        retrograde.setTooltipText(retrograde.getTranslation("wordlist.retrograde.help"));
        retrograde.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                // a sort by word follows the box; ticking it under another sort sorts by ending, A to Z
                boolean byWord = current.key() == WordListSort.Key.WORD || current.key() == WordListSort.Key.ENDING;
                chosen.accept(
                        byWord || !e.getValue()
                                ? current.withWords(e.getValue())
                                : new WordListSort(WordListSort.Key.ENDING, false));
            }
        });
    }

    Checkbox retrograde() {
        return retrograde;
    }

    /** Shows {@code sort} on the headers and the box, without asking for it again. */
    void show(WordListSort sort) {
        current = sort;
        retrograde.setValue(sort.key() == WordListSort.Key.ENDING);
        if (sort.equals(WordListSort.DEFAULT)) {
            table.sorted(null, null);
            return;
        }
        String key = sort.key() == WordListSort.Key.ENDING ? "word" : sort.key().param();
        table.sorted(key, sort.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING);
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
