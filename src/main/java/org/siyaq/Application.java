package org.siyaq;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.i18n.Messages;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Starts Siyaq: the corpus engine, the HTTP API and the web UI in one process. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/siyaq.css")
@Push
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(Messages.english("app.name") + " · " + Messages.arabic("app.name"));
        // the project's own icon (META-INF/resources/icons/favicon.svg): three concordance lines round their node
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The one analyzer: the index and every query go through the same instance. */
    @Bean
    ArabicAnalysis arabicAnalysis() {
        return new ArabicAnalysis();
    }
}
