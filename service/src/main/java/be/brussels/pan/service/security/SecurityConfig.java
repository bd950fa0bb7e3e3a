package be.brussels.pan.service.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. HTTP Basic for machine clients, a login form for the pages. The API is stateless
 * towards machine clients and carries no CSRF token; the pages (next issue) keep Spring's CSRF protection.
 */
@Configuration
public class SecurityConfig {

    private static final String[] DIAGNOSE = {"COUNSELLOR", "SOCIAL_WORKER", "ADMIN"};
    private static final String[] REFER = {"COUNSELLOR", "SOCIAL_WORKER", "PARTNER", "ADMIN"};
    private static final String[] PLAN = {"PLANNER", "ADMIN"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/login", "/error").permitAll()
                        .requestMatchers("/api/v1/diagnoses", "/api/v1/diagnoses/**").hasAnyRole(DIAGNOSE)
                        .requestMatchers("/api/v1/referrals", "/api/v1/referrals/**").hasAnyRole(REFER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/offers", "/api/v1/offers/**").authenticated()
                        .requestMatchers("/api/v1/rosters", "/api/v1/rosters/**", "/api/v1/stats", "/api/v1/stats/**").hasAnyRole(PLAN)
                        .requestMatchers("/api/v1/admin/**", "/metrics", "/metrics/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(Customizer.withDefaults())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(problems, request -> !acceptsHtml(request))
                        .accessDeniedHandler(problems))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/metrics"));
        return http.build();
    }

    private static boolean acceptsHtml(jakarta.servlet.http.HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new CachingPasswordEncoder(new BCryptPasswordEncoder());
    }
}
