package be.brussels.pan.service.attack;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Attack row "missing headers" (issue 15, item 5).
 *
 * <p>The attack: whatever a page lets through (an injected {@code <script>}, {@code onclick=} or {@code style=}, a
 * frame around the page, a link to another site) is limited only by what the answers tell the browser; and the
 * cookies go wherever the browser sends them.
 *
 * <p>Before: no Content-Security-Policy, Referrer-Policy or Permissions-Policy on any answer; the session and
 * XSRF-TOKEN cookies had no SameSite, and no Secure even behind a TLS proxy.
 *
 * <p>Now: every answer, page or API, success or error, including those refused before the application (the
 * security firewall, the body limit, Tomcat itself), carries a strict policy (scripts, styles and connections from
 * the service only, nothing inline, no framing), {@code Referrer-Policy: no-referrer} and a Permissions-Policy
 * denying camera, microphone, geolocation and the like. Both cookies are SameSite=Lax; they are Secure when the
 * request came over TLS, which behind a proxy {@code X-Forwarded-Proto: https} says, and not over plain HTTP, so
 * that the service still works locally.
 */
class SecurityHeadersAttackTest extends ApiTest {

    private static final String DIAGNOSIS = "{\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}}";
    private static final List<String> PAGES = List.of("/diagnosis.html", "/slip.html", "/inbox.html", "/planner.html",
            "/stats.html", "/diagnosis", "/");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyAnswerCarriesThePolicies() throws Exception {
        String session = signIn(Optional.empty()).session();
        Map<String, HttpRequest.Builder> requests = new LinkedHashMap<>();
        requests.put("login page", get("/login"));
        requests.put("login page, .html", get("/login.html"));
        for (String page : PAGES) {
            requests.put("page " + page, get(page).header("Cookie", "SESSION=" + session));
        }
        requests.put("page, signed out: redirect", get("/inbox.html").header("Accept", "text/html"));
        for (String asset : List.of("/css/pan.css", "/js/app.js", "/js/slip.js", "/i18n/fr.json", "/img/pan.svg")) {
            requests.put("asset " + asset, get(asset));
        }
        requests.put("health", get("/actuator/health"));
        requests.put("OpenAPI", get("/v3/api-docs"));
        requests.put("Swagger UI", get("/swagger-ui/index.html"));
        requests.put("API 200", basic(get("/api/v1/offers"), "counsellor"));
        requests.put("API 201", basic(post("/api/v1/diagnoses", DIAGNOSIS), "counsellor"));
        requests.put("API 400", basic(post("/api/v1/diagnoses", "{\"answers\":"), "counsellor"));
        requests.put("API 401", get("/api/v1/offers").header("Accept", "application/json"));
        requests.put("API 403, role", basic(get("/api/v1/stats?from=2026-01-01&to=2026-01-31"), "counsellor"));
        requests.put("API 403, CSRF", post("/api/v1/diagnoses", DIAGNOSIS).header("Cookie", "SESSION=" + session));
        requests.put("API 404", basic(get("/api/v1/diagnoses/" + UUID.randomUUID()), "counsellor"));
        requests.put("404, no such address", basic(get("/no-such-address"), "counsellor"));
        requests.put("413, body limit", basic(post("/api/v1/diagnoses", "{\"x\":\"" + "a".repeat(70_000) + "\"}"), "counsellor"));
        requests.put("400, firewall", get("/api/v1/diagnoses/00000000-0000-0000-0000-000000000000;x=1"));
        requests.put("400, Tomcat", get("/api/v1/diagnoses/a%2Fb"));
        requests.put("unknown method", get("/api/v1/diagnoses").method("FOO", HttpRequest.BodyPublishers.noBody()));

        SoftAssertions softly = new SoftAssertions();
        List<Integer> statuses = new ArrayList<>();
        for (Map.Entry<String, HttpRequest.Builder> request : requests.entrySet()) {
            HttpResponse<String> answer = client.send(request.getValue().build(), HttpResponse.BodyHandlers.ofString());
            statuses.add(answer.statusCode());
            String what = request.getKey() + " (" + answer.statusCode() + ")";
            HttpHeaders headers = answer.headers();
            softly.assertThat(headers.allValues("Content-Security-Policy")).as(what + ": one policy").hasSize(1);
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            softly.assertThat(directives(csp)).as(what + ": Content-Security-Policy").contains(
                    "default-src 'none'", "script-src 'self'", "connect-src 'self'", "form-action 'self'",
                    "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'");
            // Styles from the service's files; on Swagger UI's pages, one more style by its hash, and data: images.
            boolean swagger = request.getKey().equals("Swagger UI");
            softly.assertThat(directives(csp)).as(what + ": styles and images").contains(swagger
                    ? "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='" : "style-src 'self'")
                    .contains(swagger ? "img-src 'self' data:" : "img-src 'self'");
            softly.assertThat(csp).as(what + ": nothing inline, nothing evaluated")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("unsafe-hashes")
                    .doesNotContain("*");
            softly.assertThat(headers.allValues("Referrer-Policy")).as(what + ": Referrer-Policy").containsExactly("no-referrer");
            softly.assertThat(headers.allValues("Permissions-Policy")).as(what + ": one Permissions-Policy").hasSize(1);
            softly.assertThat(Arrays.asList(headers.firstValue("Permissions-Policy").orElse("").split(",\\s*")))
                    .as(what + ": Permissions-Policy").contains("camera=()", "microphone=()", "geolocation=()",
                            "payment=()", "usb=()", "display-capture=()");
            softly.assertThat(headers.allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        }
        softly.assertAll();
        // The list covers what it says: successes, redirects and each kind of refusal.
        assertThat(statuses).contains(200, 201, 302, 400, 401, 403, 404, 413);
    }

    @Test
    void overPlainHttpTheCookiesAreLaxAndNotSecure() throws Exception {
        SignIn signIn = signIn(Optional.empty());

        assertThat(attributes(signIn.xsrfCookie())).contains("samesite=lax").doesNotContain("secure");
        assertThat(attributes(signIn.sessionCookie())).contains("samesite=lax", "httponly").doesNotContain("secure");
        assertThat(signIn.login().headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behindATlsProxyTheCookiesAreSecureAndLax() throws Exception {
        SignIn signIn = signIn(Optional.of("https"));

        assertThat(attributes(signIn.xsrfCookie())).contains("samesite=lax", "secure");
        assertThat(attributes(signIn.sessionCookie())).contains("samesite=lax", "httponly", "secure");
        assertThat(signIn.login().headers().firstValue("Strict-Transport-Security")).isPresent();
        // The session works over TLS as it does locally.
        HttpResponse<String> me = client.send(get("/pages/me").header("X-Forwarded-Proto", "https")
                .header("Cookie", "SESSION=" + signIn.session()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        // A proxy saying plain HTTP is plain HTTP.
        HttpResponse<String> http = client.send(get("/login").header("X-Forwarded-Proto", "http").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(attributes(setCookie(http.headers(), "XSRF-TOKEN"))).contains("samesite=lax").doesNotContain("secure");
    }

    /** A sign-in through the login form, as a browser does it, optionally behind a proxy saying which scheme. */
    private record SignIn(String xsrfCookie, String sessionCookie, HttpResponse<String> login) {
        String session() {
            String value = sessionCookie.substring("SESSION=".length());
            return value.substring(0, value.indexOf(';'));
        }
    }

    private SignIn signIn(Optional<String> forwardedProto) throws Exception {
        HttpRequest.Builder page = get("/login");
        forwardedProto.ifPresent(proto -> page.header("X-Forwarded-Proto", proto));
        HttpResponse<String> form = client.send(page.build(), HttpResponse.BodyHandlers.ofString());
        String xsrfCookie = setCookie(form.headers(), "XSRF-TOKEN");
        String xsrf = cookie(form.headers(), "XSRF-TOKEN");
        HttpRequest.Builder post = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "XSRF-TOKEN=" + xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=counsellor&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + xsrf));
        forwardedProto.ifPresent(proto -> post.header("X-Forwarded-Proto", proto));
        HttpResponse<String> login = client.send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return new SignIn(xsrfCookie, setCookie(login.headers(), "SESSION"), login);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request, String user) {
        return request.header("Accept", "application/json").header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> directives(String csp) {
        return Arrays.stream(csp.split(";")).map(String::trim).filter(d -> !d.isEmpty()).toList();
    }

    /** The whole Set-Cookie line of a cookie; fails if the answer sets none. */
    private static String setCookie(HttpHeaders headers, String name) {
        return headers.allValues("set-cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + headers.allValues("set-cookie")));
    }

    /** A Set-Cookie line's attributes, lower case, without their values but SameSite's. */
    private static List<String> attributes(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).map(a -> a.trim().toLowerCase(Locale.ROOT))
                .map(a -> a.startsWith("samesite=") ? a : a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
                .toList();
    }
}
