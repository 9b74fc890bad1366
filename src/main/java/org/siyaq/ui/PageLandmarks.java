package org.siyaq.ui;

import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Makes every page's own content its main landmark (the view a route shows, inside the shell or on its
 * own), so that a screen reader's "skip to main" lands on the tool and not on the menu; the shell's bar
 * is the banner and its menu a navigation landmark ({@link MainLayout}).
 */
@Component
public class PageLandmarks implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(PageLandmarks::mark));
    }

    private static void mark(AfterNavigationEvent event) {
        // the chain runs from the route's view out to its layouts: its first element is the page's own content
        event.getActiveChain().stream()
                .findFirst()
                .ifPresent(view -> view.getElement().setAttribute("role", "main"));
    }
}
