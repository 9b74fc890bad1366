package org.siyaq.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** A row of form controls that wraps on narrow screens instead of scrolling the page sideways. */
public class Controls extends Div {

    public Controls(Component... components) {
        super(components);
        addClassName("controls");
    }
}
