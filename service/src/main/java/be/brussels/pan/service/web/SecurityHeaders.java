package be.brussels.pan.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * The headers every answer carries, pages and API alike, and what each one is for. Written by
 * {@link SecurityHeadersFilter} before anything else runs, and by {@link ProblemErrorReportValve} on what Tomcat
 * refuses before the filters (docs/security/web.md).
 */
public final class SecurityHeaders {

    /**
     * Only the service's own files may run, style, load or be posted to; nothing may frame a page. No
     * {@code 'unsafe-inline'} and no {@code 'unsafe-eval'}: the pages have no inline script, no event-handler
     * attribute and no style attribute (PagesCspTest; and the browser tests fail on any violation Chromium
     * reports), so an injected {@code <script>}, {@code onclick=} or {@code style=} does nothing.
     * {@code base-uri 'none'} stops an injected {@code <base>} from sending the pages' relative addresses
     * elsewhere.
     */
    public static final String CONTENT_SECURITY_POLICY = policy("'self'", "'self'");

    /**
     * Swagger UI's pages (springdoc's, under /swagger-ui/) differ in two sources. Its stylesheet draws icons as
     * {@code data:} images (an image runs no code). It draws the Swagger logo as an SVG whose colours are a
     * {@code <style>} element: that one style is allowed, by its SHA-256, and no other. Swagger UI 5.30.1;
     * ApiDocsBrowserTest fails, Chromium naming the new hash, if an upgrade changes it.
     */
    static final String SWAGGER_UI_POLICY = policy("'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='",
            "'self' data:");

    private static String policy(String styles, String images) {
        return "default-src 'none'; script-src 'self'; style-src " + styles + "; img-src " + images + ";"
                + " font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self';"
                + " frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    /**
     * No address of ours leaves the browser in a Referer: not to the other pages of the service (they need
     * none), and not to another site a link may lead to.
     */
    public static final String REFERRER_POLICY = "no-referrer";

    /**
     * The powerful browser features, none of which a page uses: denied to the pages and to anything they could
     * embed, so that injected content cannot ask for them either.
     */
    public static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(),"
            + " encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(),"
            + " magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(),"
            + " publickey-credentials-get=(), screen-wake-lock=(), serial=(), sync-xhr=(), usb=(),"
            + " xr-spatial-tracking=()";

    /** The headers but the Content-Security-Policy, the same on every answer. */
    private static final Map<String, String> FIXED = Map.of(
            "Referrer-Policy", REFERRER_POLICY,
            "Permissions-Policy", PERMISSIONS_POLICY,
            // What Spring Security writes too, for what it does not see (Tomcat's own refusals).
            "X-Content-Type-Options", "nosniff");

    private SecurityHeaders() {
    }

    /** The Content-Security-Policy of an answer to a request for this path. */
    public static String contentSecurityPolicy(String path) {
        return path != null && path.startsWith("/swagger-ui/") ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY;
    }

    /** Sets the headers on an answer not yet committed (replacing, never repeating, a value already set). */
    public static void write(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy(request.getRequestURI()));
        FIXED.forEach(response::setHeader);
    }
}
