package org.siyaq.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Smaller buffers for each tab's push connection (issue 15, a tab at rest): every open tab keeps a
 * WebSocket, and with the defaults its buffers were ~110 KB of the server's heap a tab, however idle.
 *
 * <ul>
 *   <li>Atmosphere's {@code WebSocket} allocates a byte and a char buffer of {@code
 *       org.atmosphere.websocket.bufferSize} (Vaadin sets 16,384: 48 KB a tab) that Atmosphere 3.0 never
 *       reads or writes (only clears on close): {@value #ATMOSPHERE_BUFFER}.
 *   <li>Tomcat's WebSocket buffers (a frame's input, the output and its encoder, permessage-deflate's
 *       two, the first incoming message's) are {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE}
 *       (8 KB each): {@value #TOMCAT_BUFFER}. A longer message goes out in more fragments of that size
 *       (frame headers of a few bytes each); the push answers of the tools are 10–400 KB. Messages
 *       <em>to</em> the server come over HTTP ({@code @Push}'s {@code WEBSOCKET_XHR} transport), so
 *       the incoming buffers only ever hold Atmosphere's small control messages.
 * </ul>
 *
 * A value already set as a system property wins.
 */
@Component
public class PushBuffers
        implements VaadinServiceInitListener, WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String ATMOSPHERE_PARAMETER = "org.atmosphere.websocket.bufferSize";
    static final String TOMCAT_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final int ATMOSPHERE_BUFFER = 256;
    static final int TOMCAT_BUFFER = 2048;

    private static final Logger log = LoggerFactory.getLogger(PushBuffers.class);

    /** Before Tomcat starts (its WebSocket constants read the property once, when the container starts). */
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (System.getProperty(TOMCAT_PROPERTY) == null) {
            System.setProperty(TOMCAT_PROPERTY, String.valueOf(TOMCAT_BUFFER));
        }
    }

    /** Vaadin's push framework reads the buffer size for each new connection, so it can be changed after its start. */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return;
        }
        var servlet = service.getServlet();
        Object framework = servlet.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
        if (framework instanceof AtmosphereFramework atmosphere) {
            String size = System.getProperty(ATMOSPHERE_PARAMETER, String.valueOf(ATMOSPHERE_BUFFER));
            atmosphere.addInitParameter(ATMOSPHERE_PARAMETER, size);
            log.info(
                    "push: WebSocket buffers of {} bytes (Atmosphere), {} (Tomcat)",
                    size,
                    System.getProperty(TOMCAT_PROPERTY));
        } else {
            log.warn("push: Atmosphere not pre-initialized; its WebSocket buffers keep their default size");
        }
    }
}
