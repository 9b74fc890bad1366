package org.siyaq.security;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.siyaq.i18n.Messages;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * In the browser, an instructor still signed in with the generated first password is sent to the
 * accounts page, where it sets its own, from every other page (issue 11, item 9; the API side is
 * {@link FirstPasswordGuard}).
 */
@Component
class FirstPasswordRoute implements VaadinServiceInitListener {

    /** The accounts page (ui.admin.AccountsView), named by its route: security does not depend on the UI. */
    static final String ACCOUNTS = "admin/accounts";

    private final Accounts accounts;

    FirstPasswordRoute(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Authentication auth = Roles.currentAuthentication();
        if (Roles.isInstructor(auth)
                && !ACCOUNTS.equals(event.getLocation().getPath())
                && accounts.mustChangePassword(auth.getName())) {
            event.forwardTo(ACCOUNTS);
            Notification.show(
                    Messages.get("harden.accounts.change-first", event.getUI().getLocale()),
                    8000,
                    Notification.Position.MIDDLE);
        }
    }
}
