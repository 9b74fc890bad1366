package org.siyaq.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.siyaq.corpus.CorpusNotFoundException;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.SessionCorpora;
import org.siyaq.security.Roles;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Answers 404 to a student for every {@code /api/corpora/{id}/**} of a corpus they may not see (a draft,
 * or one still being indexed), exactly as for a corpus that does not exist; one check for every tool. A
 * student's own text ({@link SessionCorpora}) answers only the browser session that made it.
 */
@Configuration(proxyBeanMethods = false)
class DraftCorpusGuard implements WebMvcConfigurer, HandlerInterceptor {

    private final CorpusRegistry corpora;
    private final SessionCorpora ownTexts;

    DraftCorpusGuard(CorpusRegistry corpora, SessionCorpora ownTexts) {
        this.corpora = corpora;
        this.ownTexts = ownTexts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/corpora/*", "/api/corpora/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = variables == null ? null : variables.get("id");
        if (SessionCorpora.isPrivate(id)) {
            // a student's own text answers only its own browser session, instructors' requests included
            HttpSession session = request.getSession(false);
            Object owner = session == null ? null : session.getAttribute(SessionCorpora.OWNER_ATTRIBUTE);
            if (!ownTexts.isOwnedBy(id, owner == null ? null : owner.toString())) {
                throw new CorpusNotFoundException(id);
            }
            return true;
        }
        if (id != null && !Roles.isInstructor() && !corpora.isVisibleTo(id, false)) {
            throw new CorpusNotFoundException(id);
        }
        return true;
    }
}
