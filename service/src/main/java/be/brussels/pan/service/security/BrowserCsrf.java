package be.brussels.pan.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When a state-changing request must carry the CSRF token: whenever the browser's session cookie could be what
 * authenticates it (the pages echo the XSRF-TOKEN cookie in an X-XSRF-TOKEN header, the login and logout forms in
 * {@code _csrf}), unless HTTP Basic authenticated the request itself. A request with no session at all cannot be
 * forged by another site and needs none.
 *
 * <p>Spring's CSRF filter runs before any authentication, so the exemption is earned in three steps:
 * <ol>
 *   <li>the CSRF filter ({@link #needsToken}) leaves a request that brings Basic credentials to later, and asks
 *       the token of every other request with a session, whatever Authorization header it has ({@code
 *       Authorization: x}, a Bearer token nobody reads);</li>
 *   <li>before Basic authentication ({@link #basicCredentialsAlone}), such a request is set apart from its
 *       session, so that Basic checks its credentials even when the session holds that very user (Basic skips a
 *       user the request is already authenticated as): Basic authenticates it, or refuses it with a 401;</li>
 *   <li>after Basic authentication ({@link #unlessBasicAuthenticated}), a second CSRF filter asks for the token
 *       should such a request still not be one Basic authenticated.</li>
 * </ol>
 * Before, any Authorization header skipped the token, so a session cookie plus {@code Authorization: x} posted
 * without one (CsrfForeignAuthorizationAttackTest).
 */
final class BrowserCsrf {

    /** The request attribute where Basic authentication leaves the authentication it made for this request. */
    private static final String BASIC_AUTHENTICATION = BrowserCsrf.class.getName() + ".BASIC_AUTHENTICATION";

    private BrowserCsrf() {
    }

    /**
     * The token in a cookie the pages' scripts read. SameSite=Lax, like the session cookie (application.yml): no
     * other site's request carries it, save a top-level link followed, which only reads. Secure when the request
     * came over TLS, which behind a proxy its forwarded headers say (server.forward-headers-strategy).
     */
    static CookieCsrfTokenRepository tokenRepository() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /**
     * The first step: Spring's CSRF filter's matcher. {@code sessionCookie} is the browser session cookie's name,
     * {@code SESSION} (Spring Session's, issue 16; Tomcat's JSESSIONID before): were it not the cookie the service
     * sets, no session request would be asked for a token.
     */
    static boolean needsToken(HttpServletRequest request, String sessionCookie) {
        if (!changesState(request)) {
            return false;
        }
        // The login form and logout are handled before Basic authentication runs: no exemption can be earned.
        if (isLoginOrLogout(request)) {
            return true;
        }
        return hasSessionCookie(request, sessionCookie) && !bringsBasicCredentials(request);
    }

    /**
     * The second step, a filter that goes right before Basic authentication: a request that brings Basic
     * credentials is judged on them alone. Its session's user is set aside for this request only (the session
     * itself keeps it), so that wrong credentials are refused rather than overlooked.
     */
    static OncePerRequestFilter basicCredentialsAlone() {
        return new BasicCredentialsAlone();
    }

    /**
     * The third step: a CSRF filter that goes after Basic authentication and checks the token of the requests the
     * first step left to it, should one bring Basic credentials that did not authenticate it.
     */
    static CsrfFilter unlessBasicAuthenticated(CookieCsrfTokenRepository tokens, AccessDeniedHandler denied,
                                               String sessionCookie) {
        CsrfFilter filter = new CsrfFilter(tokens);
        filter.setRequireCsrfProtectionMatcher(request -> changesState(request) && !isLoginOrLogout(request)
                && hasSessionCookie(request, sessionCookie) && bringsBasicCredentials(request) && !authenticatedByBasic(request));
        filter.setRequestHandler(new CsrfTokenRequestAttributeHandler());
        filter.setAccessDeniedHandler(denied);
        // A filter runs once per request under its name, by default its class's: unnamed, this second CsrfFilter
        // would take itself for the first, already run, and check nothing.
        filter.setBeanName(BrowserCsrf.class.getName() + ".afterBasic");
        return filter;
    }

    /**
     * Where Basic authentication keeps what it authenticated: in the request, as Spring's default does (no
     * session for Basic clients), and marked, so that the third step knows Basic made it.
     */
    static SecurityContextRepository basicContexts() {
        return new BasicContexts();
    }

    /** Whether the request's authentication is the one HTTP Basic made for it (not one its session held). */
    static boolean authenticatedByBasic(HttpServletRequest request) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.isAuthenticated() && request.getAttribute(BASIC_AUTHENTICATION) == current;
    }

    private static boolean changesState(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method));
    }

    private static boolean isLoginOrLogout(HttpServletRequest request) {
        String path = request.getRequestURI();
        return "/login".equals(path) || "/logout".equals(path);
    }

    /** As Spring's Basic converter reads the header: the scheme's name in any case, then the credentials. */
    private static boolean bringsBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.trim().regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static boolean hasSessionCookie(HttpServletRequest request, String sessionCookie) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (sessionCookie.equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }

    private static final class BasicCredentialsAlone extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (bringsBasicCredentials(request)) {
                SecurityContextHolder.clearContext();
            }
            chain.doFilter(request, response);
        }
    }

    private static final class BasicContexts implements SecurityContextRepository {

        private final RequestAttributeSecurityContextRepository requests = new RequestAttributeSecurityContextRepository();

        @Override
        @SuppressWarnings("deprecation") // the interface's own method, which it still requires
        public SecurityContext loadContext(HttpRequestResponseHolder holder) {
            return requests.loadContext(holder);
        }

        @Override
        public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
            return requests.loadDeferredContext(request);
        }

        @Override
        public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
            requests.saveContext(context, request, response);
            request.setAttribute(BASIC_AUTHENTICATION, context.getAuthentication());
        }

        @Override
        public boolean containsContext(HttpServletRequest request) {
            return requests.containsContext(request);
        }
    }
}
