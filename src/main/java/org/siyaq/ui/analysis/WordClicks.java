package org.siyaq.ui.analysis;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import java.util.function.Consumer;
import org.siyaq.ui.WordClick;

/**
 * Tells the server which word of a text was clicked: one listener on the text asks the browser for the letters under
 * the pointer ({@code caretPositionFromPoint}); only a click on a word's letters counts. Enter in the focused text
 * opens the selected word, or the selected hit ({@code .hit-current}). (A result table's words are its own:
 * {@code SiyaqTable#onWord}.)
 */
public final class WordClicks {

    private static final String EVENT = "siyaq-word";

    /** The event's detail is a {@link WordClick}. */
    private static final String SCRIPT = """
            const host = this;
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
            const wordAtPoint = e => {
              const c = caret(e.clientX, e.clientY);
              if (!c || c.node.nodeType !== Node.TEXT_NODE || !host.contains(c.node)) return null;
              const t = c.node.data;
              const w = run(t, c.offset) || (c.offset > 0 ? run(t, c.offset - 1) : null);
              if (!w) return null;
              const r = document.createRange();
              r.setStart(c.node, w[0]);
              r.setEnd(c.node, w[1]);
              if (!inside(r, e.clientX, e.clientY)) return null;
              const before = textBefore(host, c.node, w[0]);
              return {word: t.substring(w[0], w[1]), index: words(before), offset: before.length};
            };
            const firstWord = (text, from) => {
              const w = run(text, from) || run(text, text.search(/\\S/));
              if (!w) return null;
              const before = text.substring(0, w[0]);
              return {word: text.substring(w[0], w[1]), index: words(before), offset: w[0]};
            };
            const send = w => host.dispatchEvent(new CustomEvent('siyaq-word', {detail: {
              column: '', word: w.word, index: w.index, offset: w.offset}}));
            host.addEventListener('click', e => {
              // a drag that selected text (to copy it) is not a click on a word
              const selection = window.getSelection();
              if (selection && !selection.isCollapsed) return;
              const w = wordAtPoint(e);
              if (!w) return;
              e.stopPropagation();
              send(w);
            }, true);
            host.addEventListener('keydown', e => {
              if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
              if (e.composedPath()[0] !== host) return;
              let w = null;
              const s = window.getSelection();
              if (s && s.rangeCount && s.anchorNode && s.anchorNode.nodeType === Node.TEXT_NODE
                  && host.contains(s.anchorNode)) {
                const before = textBefore(host, s.anchorNode, s.anchorOffset);
                w = firstWord(host.textContent, before.length);
              } else {
                const mark = host.querySelector('.hit-current');
                w = mark ? firstWord(host.textContent, textBefore(host, mark, 0).length) : null;
              }
              if (!w) return;
              e.preventDefault();
              e.stopPropagation();
              send(w);
            }, true);
            """;

    private WordClicks() {}

    /**
     * Calls {@code handler} when a word of {@code text} is clicked, or Enter is pressed in it (the text
     * becomes focusable for that): its {@link WordClick#offset()} is into the text's characters.
     */
    public static void onText(Component text, Consumer<WordClick> handler) {
        text.getElement().setAttribute("tabindex", "0");
        install(text);
        text.getElement()
                .addEventListener(EVENT, e -> handler.accept(e.getEventDetail(WordClick.class)))
                .addEventDetail(WordClick.class);
    }

    private static void install(Component host) {
        if (ComponentUtil.getData(host, EVENT) != null) {
            return;
        }
        ComponentUtil.setData(host, EVENT, Boolean.TRUE);
        if (host.isAttached()) {
            host.getElement().executeJs(SCRIPT);
        }
        host.addAttachListener(e -> host.getElement().executeJs(SCRIPT));
    }
}
