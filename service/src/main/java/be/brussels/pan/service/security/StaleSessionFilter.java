package be.brussels.pan.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session whose user has been disabled (or removed, or changed, or given a new password) since
 * signing in. The form login
 * keeps the user it loaded in the session, so without this a disabled user's open session went on working
 * while their Basic credentials were already refused. The user is read through {@link UserStore}, as Basic
 * clients are: a change made on this instance applies at once, one made on another within
 * {@code pan.security.user-cache-seconds}. A session that does not match the remembered user is checked against the
 * database before it is ended (issue 16): a session opened on another instance after a change this instance has not
 * read yet (the new session of a password change) goes on.
 */
final class StaleSessionFilter extends OncePerRequestFilter {

    private final UserStore users;

    StaleSessionFilter(UserStore users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A request Basic authenticated was just checked against the store (and Basic clients are most of the
        // traffic): only a session's user is looked at again. Not any request with an Authorization header: one
        // that authenticated nothing ("Authorization: x") still runs as its session's user.
        if (!BrowserCsrf.authenticatedByBasic(request)) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof PanUser signedIn
                    && !stillTheSame(signedIn)
                    && !(users.rereadIfChanged(signedIn.username()) && stillTheSame(signedIn))) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillTheSame(PanUser signedIn) {
        try {
            PanUser now = (PanUser) users.loadUserByUsername(signedIn.username());
            // A new password ends the sessions opened with the old one (issue 15): whoever knew it is signed out.
            return now.isEnabled() && now.role() == signedIn.role() && now.organisation().equals(signedIn.organisation())
                    && now.passwordHash().equals(signedIn.passwordHash());
        } catch (UsernameNotFoundException gone) {
            return false;
        }
    }
}
