package org.siyaq.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Sets each UI's language before its views are built: the {@code lang} URL parameter wins, then the
 * language remembered in the session, then the browser's first language if it is Arabic, then English.
 */
@Component
public class LanguageSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    var ui = enter.getUI();
                    String value = enter.getLocation()
                            .getQueryParameters()
                            .getSingleParameter(UiLanguage.PARAM)
                            .orElse(null);
                    Locale locale = UiLanguage.fromParam(value, UiLanguage.remembered(ui.getSession()));
                    UiLanguage.apply(ui, locale);
                }));
    }
}
