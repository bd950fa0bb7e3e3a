package be.brussels.pan.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The three steps of {@link BrowserCsrf} one by one, each on its own requests (CsrfForeignAuthorizationAttackTest
 * runs them together over HTTP). The third is checked here above all: in the service, the second step already
 * makes Basic authenticate or refuse every request that brings Basic credentials, so only a change there (a Basic
 * that lets a failure through) would leave it something to catch.
 */
class BrowserCsrfTest {

    private static final String BASIC = "Basic Y291bnNlbGxvcjp0ZXN0LXBhc3N3b3JkLTE=";

    private final List<CsrfException> denied = new ArrayList<>();
    private final AccessDeniedHandler recorder = (request, response, e) -> {
        denied.add((CsrfException) e);
        response.setStatus(403);
    };

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFirstStepAsksTheTokenOfASessionWhateverItsAuthorizationHeaderButBasic() {
        assertThat(BrowserCsrf.needsToken(request("GET", "/api/v1/diagnoses", true, "x"), "SESSION")).isFalse();
        assertThat(BrowserCsrf.needsToken(request("POST", "/api/v1/diagnoses", false, null), "SESSION")).as("no session").isFalse();
        assertThat(BrowserCsrf.needsToken(request("POST", "/api/v1/diagnoses", true, null), "SESSION")).isTrue();
        for (String foreign : List.of("x", "Bearer abc", "Basic", "Digest a=b", "Basicx")) {
            assertThat(BrowserCsrf.needsToken(request("POST", "/api/v1/diagnoses", true, foreign), "SESSION")).as(foreign).isTrue();
            assertThat(BrowserCsrf.needsToken(request("DELETE", "/api/v1/referrals/x", true, foreign), "SESSION")).as(foreign).isTrue();
        }
        // Left to the later steps.
        assertThat(BrowserCsrf.needsToken(request("POST", "/api/v1/diagnoses", true, BASIC), "SESSION")).isFalse();
        assertThat(BrowserCsrf.needsToken(request("POST", "/api/v1/diagnoses", true, "basic " + BASIC.substring(6)), "SESSION")).isFalse();
        // The forms are handled before Basic: always their token, session or not, header or not.
        for (String path : List.of("/login", "/logout")) {
            assertThat(BrowserCsrf.needsToken(request("POST", path, false, null), "SESSION")).as(path).isTrue();
            assertThat(BrowserCsrf.needsToken(request("POST", path, false, BASIC), "SESSION")).as(path).isTrue();
        }
    }

    @Test
    void theSecondStepSetsTheSessionsUserAsideOnlyForBasicCredentials() throws Exception {
        for (String header : new String[] {BASIC, "x", null}) {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("counsellor", null, "ROLE_COUNSELLOR"));
            MockFilterChain chain = new MockFilterChain();

            BrowserCsrf.basicCredentialsAlone().doFilter(request("POST", "/api/v1/diagnoses", true, header),
                    new MockHttpServletResponse(), chain);

            assertThat(chain.getRequest()).as(header).isNotNull();
            assertThat(SecurityContextHolder.getContext().getAuthentication()).as(header)
                    .matches(a -> header == BASIC ? a == null : a != null);
        }
    }

    @Test
    void theThirdStepAsksTheTokenOfBasicCredentialsThatAuthenticatedNothing() throws Exception {
        CookieCsrfTokenRepository tokens = BrowserCsrf.tokenRepository();
        CsrfFilter third = BrowserCsrf.unlessBasicAuthenticated(tokens, recorder, "SESSION");

        // The session's user, not Basic's: refused without the token.
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("counsellor", null, "ROLE_COUNSELLOR"));
        MockFilterChain refused = new MockFilterChain();
        third.doFilter(request("POST", "/api/v1/diagnoses", true, BASIC), new MockHttpServletResponse(), refused);
        assertThat(refused.getRequest()).isNull();
        assertThat(denied).hasSize(1);

        // Nobody at all: refused too.
        SecurityContextHolder.clearContext();
        third.doFilter(request("POST", "/api/v1/diagnoses", true, BASIC), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(denied).hasSize(2);

        // With the session's token it goes through.
        MockHttpServletRequest withToken = request("POST", "/api/v1/diagnoses", true, BASIC);
        withToken.setCookies(new Cookie("SESSION", "s"), new Cookie("XSRF-TOKEN", "t0ken"));
        withToken.addHeader("X-XSRF-TOKEN", "t0ken");
        MockFilterChain passed = new MockFilterChain();
        third.doFilter(withToken, new MockHttpServletResponse(), passed);
        assertThat(passed.getRequest()).isNotNull();

        // What Basic authenticated (saved through its repository) needs none.
        MockHttpServletRequest basic = request("POST", "/api/v1/diagnoses", true, BASIC);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("counsellor", null, "ROLE_COUNSELLOR"));
        SecurityContextHolder.setContext(context);
        BrowserCsrf.basicContexts().saveContext(context, basic, new MockHttpServletResponse());
        MockFilterChain authenticated = new MockFilterChain();
        third.doFilter(basic, new MockHttpServletResponse(), authenticated);
        assertThat(authenticated.getRequest()).isNotNull();
        assertThat(BrowserCsrf.authenticatedByBasic(basic)).isTrue();
        assertThat(denied).hasSize(2);
    }

    @Test
    void theTokenCookieIsLax() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockHttpServletRequest request = request("GET", "/login", false, null);
        CookieCsrfTokenRepository tokens = BrowserCsrf.tokenRepository();
        tokens.saveToken(tokens.generateToken(request), request, response);

        assertThat(response.getCookie("XSRF-TOKEN").getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(response.getCookie("XSRF-TOKEN").getSecure()).isFalse();
        // Over TLS (behind a proxy: as its X-Forwarded-Proto says, SecurityHeadersAttackTest), Secure as well.
        request.setSecure(true);
        MockHttpServletResponse secure = new MockHttpServletResponse();
        tokens.saveToken(tokens.generateToken(request), request, secure);
        assertThat(secure.getCookie("XSRF-TOKEN").getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(secure.getCookie("XSRF-TOKEN").getSecure()).isTrue();
    }

    private static MockHttpServletRequest request(String method, String path, boolean session, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (session) {
            request.setCookies(new Cookie("SESSION", "s"));
        }
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
