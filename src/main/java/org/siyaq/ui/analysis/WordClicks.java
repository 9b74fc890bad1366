package org.siyaq.ui.analysis;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Tells the server which word was clicked, in a grid column or in a text, whatever renders it (a
 * {@code LitRenderer} template or a component): one listener on the grid (or the text) asks the
 * browser for the letters under the pointer ({@code caretPositionFromPoint}) and for the row
 * ({@code vaadin-grid}'s {@code getEventContext}). In a grid, a click anywhere in the column's cell
 * (or in its part, such as the keyword) is the word's, the one under the pointer or else the first; it
 * stops at the grid, in the capture phase, so the row's own click listener does not run for it. A click
 * on another column is left to the row. In a text, only a click on a word's letters counts. Enter on a
 * focused cell of the column opens its first word (unless the word is only a part of the cell: then Enter
 * is the row's), Enter in a focused text the selected word or the selected hit ({@code .hit-current}).
 */
public final class WordClicks {

    private static final String EVENT = "siyaq-word";

    /** {@code $0}: whether the host is a grid. The event's detail is a {@link WordClick}. */
    private static final String SCRIPT = """
            const host = this, grid = $0;
            if (host.__siyaqWords) return;
            host.__siyaqWords = true;
            const blank = /\\s/;
            const run = (text, at) => {
              let s = at, e = at;
              while (s > 0 && !blank.test(text[s - 1])) s--;
              while (e < text.length && !blank.test(text[e])) e++;
              return s < e ? [s, e] : null;
            };
            const caret = (x, y) => {
              if (document.caretPositionFromPoint) {
                const p = document.caretPositionFromPoint(x, y);
                return p ? {node: p.offsetNode, offset: p.offset} : null;
              }
              const r = document.caretRangeFromPoint ? document.caretRangeFromPoint(x, y) : null;
              return r ? {node: r.startContainer, offset: r.startOffset} : null;
            };
            const textBefore = (part, node, at) => {
              const r = document.createRange();
              r.setStart(part, 0);
              r.setEnd(node, at);
              return r.toString();
            };
            const words = s => s.split(/\\s+/).filter(w => w).length;
            const inside = (range, x, y) => [...range.getClientRects()].some(b =>
              x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1);
            const wordAtPoint = (e, part) => {
              const c = caret(e.clientX, e.clientY);
              if (!c || c.node.nodeType !== Node.TEXT_NODE || !part.contains(c.node)) return null;
              const t = c.node.data;
              const w = run(t, c.offset) || (c.offset > 0 ? run(t, c.offset - 1) : null);
              if (!w) return null;
              const r = document.createRange();
              r.setStart(c.node, w[0]);
              r.setEnd(c.node, w[1]);
              if (!inside(r, e.clientX, e.clientY)) return null;
              const before = textBefore(part, c.node, w[0]);
              return {word: t.substring(w[0], w[1]), index: words(before), offset: before.length};
            };
            const firstWord = (text, from) => {
              const w = run(text, from) || run(text, text.search(/\\S/));
              if (!w) return null;
              const before = text.substring(0, w[0]);
              return {word: text.substring(w[0], w[1]), index: words(before), offset: w[0]};
            };
            const column = ctx => ctx && ctx.item && ctx.column && ctx.column.getAttribute('data-word-column');
            const partOf = (ctx, path) => {
              const sel = ctx.column.getAttribute('data-word-part');
              return path.find(n => n instanceof Element
                && (sel ? n.matches(sel) : n.localName === 'vaadin-grid-cell-content'));
            };
            const send = (ctx, w) => host.dispatchEvent(new CustomEvent('siyaq-word', {detail: {
              key: ctx ? String(ctx.item.key) : '', column: ctx ? column(ctx) : '',
              word: w.word, index: w.index, offset: w.offset}}));
            host.addEventListener('click', e => {
              // a drag that selected text (to copy it) is not a click on a word
              const selection = window.getSelection();
              if (!grid && selection && !selection.isCollapsed) return;
              const ctx = grid ? host.getEventContext(e) : null;
              if (grid && !column(ctx)) return;
              const part = grid ? partOf(ctx, e.composedPath()) : host;
              // in a grid the cell (or its part) is the target: off the letters, its first word
              const w = !part ? null : wordAtPoint(e, part) || (grid ? firstWord(part.textContent, 0) : null);
              if (!w) return;
              e.stopPropagation();
              send(ctx, w);
            }, true);
            host.addEventListener('keydown', e => {
              if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
              let ctx = null, w = null;
              if (grid) {
                ctx = host.getEventContext(e);
                const cell = e.composedPath()[0];
                if (!column(ctx) || !(cell instanceof HTMLTableCellElement)) return;
                const sel = ctx.column.getAttribute('data-word-part');
                // a cell whose word is only a part of it (a concordance line) leaves Enter to its row,
                // which does what a click on the rest of the cell does (opens the line in the reader)
                if (sel) return;
                const slot = cell.querySelector('slot');
                const content = (slot && slot.assignedElements()[0]) || cell._content;
                const part = content && (sel ? content.querySelector(sel) : content);
                w = part ? firstWord(part.textContent, 0) : null;
              } else {
                if (e.composedPath()[0] !== host) return;
                const s = window.getSelection();
                if (s && s.rangeCount && s.anchorNode && s.anchorNode.nodeType === Node.TEXT_NODE
                    && host.contains(s.anchorNode)) {
                  const before = textBefore(host, s.anchorNode, s.anchorOffset);
                  w = firstWord(host.textContent, before.length);
                } else {
                  const mark = host.querySelector('.hit-current');
                  w = mark ? firstWord(host.textContent, textBefore(host, mark, 0).length) : null;
                }
              }
              if (!w) return;
              e.preventDefault();
              e.stopPropagation();
              send(ctx, w);
            }, true);
            """;

    private WordClicks() {}

    /**
     * Calls {@code handler} with the row and the click when a word in {@code column} is clicked, or Enter
     * is pressed on one of its cells; {@code part} (a CSS selector, or null for the whole cell) narrows
     * the clickable words to an element of the cell, such as a concordance line's keyword, and then Enter
     * is left to the row (a concordance line opens in the reader, as a click beside the keyword does).
     */
    public static <T> void onColumn(
            Grid<T> grid, Grid.Column<T> column, String part, BiConsumer<T, WordClick> handler) {
        String key = column.getKey();
        column.getElement().setAttribute("data-word-column", key);
        if (part != null) {
            column.getElement().setAttribute("data-word-part", part);
        }
        install(grid, true);
        grid.getElement()
                .addEventListener(EVENT, e -> {
                    WordClick click = e.getEventDetail(WordClick.class);
                    T item = grid.getDataCommunicator().getKeyMapper().get(click.key());
                    if (item != null) {
                        handler.accept(item, click);
                    }
                })
                .addEventDetail(WordClick.class)
                .setFilter("event.detail.column === '" + key + "'");
    }

    /**
     * Calls {@code handler} when a word of {@code text} is clicked, or Enter is pressed in it (the text
     * becomes focusable for that): its {@link WordClick#offset()} is into the text's characters.
     */
    public static void onText(Component text, Consumer<WordClick> handler) {
        text.getElement().setAttribute("tabindex", "0");
        install(text, false);
        text.getElement()
                .addEventListener(EVENT, e -> handler.accept(e.getEventDetail(WordClick.class)))
                .addEventDetail(WordClick.class);
    }

    private static void install(Component host, boolean grid) {
        if (ComponentUtil.getData(host, EVENT) != null) {
            return;
        }
        ComponentUtil.setData(host, EVENT, Boolean.TRUE);
        if (host.isAttached()) {
            host.getElement().executeJs(SCRIPT, grid);
        }
        host.addAttachListener(e -> host.getElement().executeJs(SCRIPT, grid));
    }
}
