package be.brussels.pan.service.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Who may call what. HTTP Basic for machine clients, a login form for the pages. A request Basic authenticates
 * needs no CSRF token; a browser session does (see {@link BrowserCsrf}).
 */
@Configuration
public class SecurityConfig {

    private static final String[] DIAGNOSE = {"COUNSELLOR", "SOCIAL_WORKER", "ADMIN"};
    private static final String[] REFER = {"COUNSELLOR", "SOCIAL_WORKER", "PARTNER", "ADMIN"};
    private static final String[] PLAN = {"PLANNER", "ADMIN"};
    /** Who reads published sessions: those who will book people into them, and the planners. */
    private static final String[] BOOK = {"COUNSELLOR", "SOCIAL_WORKER", "PLANNER", "ADMIN"};

    /**
     * @param sessionCookie the browser session cookie's name, as Spring Boot gives it to Spring Session's cookie
     *                      serializer ({@code SESSION} unless set): the cookie that makes a request need a CSRF token
     */
    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandlers problems, UserStore users,
                            LoginFailureHandler loginFailures,
                            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) throws Exception {
        CookieCsrfTokenRepository csrfTokens = BrowserCsrf.tokenRepository();
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // Both addresses of the login page: were /login.html protected, opening it would save it as
                        // the request to resume, and signing in would land back on the login form.
                        .requestMatchers("/login", "/login.html", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/css/**", "/js/**", "/i18n/**", "/img/**", "/favicon.ico").permitAll()
                        .requestMatchers("/api/v1/diagnoses", "/api/v1/diagnoses/**").hasAnyRole(DIAGNOSE)
                        .requestMatchers("/api/v1/referrals", "/api/v1/referrals/**").hasAnyRole(REFER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/offers", "/api/v1/offers/**").authenticated()
                        .requestMatchers("/api/v1/rosters", "/api/v1/rosters/**", "/api/v1/stats", "/api/v1/stats/**").hasAnyRole(PLAN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/sessions", "/api/v1/sessions/**").hasAnyRole(BOOK)
                        // Attendance moves referrals: the receiving partner marks it (ReferralService.attendance).
                        .requestMatchers(HttpMethod.POST, "/api/v1/sessions/*/attendance").hasAnyRole("PARTNER", "ADMIN")
                        .requestMatchers("/api/v1/sessions", "/api/v1/sessions/**").hasAnyRole(PLAN)
                        .requestMatchers("/api/v1/admin/**", "/metrics", "/metrics/**").hasRole("ADMIN")
                        // The registry: its audit for ADMIN; read by every signed-in user (an animator's name only by
                        // PLANNER and ADMIN, RegistryEndpoints); written by PLANNER and ADMIN.
                        .requestMatchers("/api/v1/registry/audit").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/registry/**").authenticated()
                        .requestMatchers("/api/v1/registry/**").hasAnyRole(PLAN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems).securityContextRepository(BrowserCsrf.basicContexts()))
                .formLogin(f -> f.loginPage("/login").failureHandler(loginFailures).permitAll())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(problems, request -> !acceptsHtml(request))
                        .accessDeniedHandler(problems))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(request -> BrowserCsrf.needsToken(request, sessionCookie)))
                .addFilterBefore(BrowserCsrf.basicCredentialsAlone(), BasicAuthenticationFilter.class)
                .addFilterAfter(BrowserCsrf.unlessBasicAuthenticated(csrfTokens, problems, sessionCookie), BasicAuthenticationFilter.class)
                .addFilterBefore(new StaleSessionFilter(users), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new CachingPasswordEncoder(new BCryptPasswordEncoder());
    }
}
