package org.siyaq.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Enter on a table row does what a click on it does (opens the line in the reader, the word's
 * concordance, …), so that every table is usable with the keyboard alone (issue 12, item 21): Vaadin's
 * grid answers a click with its item-click event but Enter only with its own cell navigation. A cell
 * holding a control (a button) is left to the grid, which moves the focus into it.
 */
@Component
public class GridKeyboard implements VaadinServiceInitListener {

    /** Installed once per page: a click on the focused body cell (the grid's own handler has run). */
    private static final String ENTER_CLICKS = """
            if (!window.__siyaqGridEnter) {
              window.__siyaqGridEnter = true;
              document.addEventListener('keydown', e => {
                if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.repeat) return;
                const path = e.composedPath();
                const target = path[0];
                const grid = path.find(n => n.localName === 'vaadin-grid');
                if (!grid || !target.closest || !target.closest('tbody#items')
                    || grid.shadowRoot.activeElement !== target) return;
                const cell = target.localName === 'tr' ? target.querySelector('td:not([hidden])') : target;
                if (cell) cell.click();
              });
            }""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getElement().executeJs(ENTER_CLICKS));
    }
}
