package be.brussels.pan.service.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes {@link SecurityHeaders} on every answer, first of all filters: the answers that never reach Spring
 * Security's own header writer (the 413 of {@link BodyLimitFilter}, the 400 of a request the security firewall
 * rejects) carry them too. Set before the chain runs, they stay on an error answer: Tomcat resets the body of an
 * error, not its headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeadersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityHeaders.write(request, response);
        chain.doFilter(request, response);
    }
}
