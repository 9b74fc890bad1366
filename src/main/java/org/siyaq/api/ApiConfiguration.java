package org.siyaq.api;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a streamed CSV export time to finish: the servlet container's default asynchronous timeout (30 s
 * on Tomcat) would cut a large table off mid-file on a slow connection.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

    private final Duration exportTimeout;

    ApiConfiguration(@Value("${siyaq.export-timeout:30m}") Duration exportTimeout) {
        this.exportTimeout = exportTimeout;
    }

    @Override
    public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
        configurer.setDefaultTimeout(exportTimeout.toMillis());
    }
}
