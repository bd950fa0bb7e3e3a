package be.brussels.pan.service.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes sure a page load sets the {@code XSRF-TOKEN} cookie. Spring Security creates the token lazily and
 * writes the cookie only when the token is read; the pages are static files that never read it on the server,
 * and signing in replaces the token. Reading it here, for page requests (not the API), writes the cookie the
 * pages' scripts echo in {@code X-XSRF-TOKEN} and in the login form's {@code _csrf}.
 */
@Component
public class CsrfCookieFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || path.startsWith("/api/") || path.startsWith("/actuator")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/i18n/")
                || path.startsWith("/img/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object token = request.getAttribute(CsrfToken.class.getName());
        if (token instanceof CsrfToken csrf) {
            csrf.getToken();
        }
        chain.doFilter(request, response);
    }
}
