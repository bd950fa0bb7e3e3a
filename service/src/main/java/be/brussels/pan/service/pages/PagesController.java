package be.brussels.pan.service.pages;

import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.security.Role;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The pages' addresses without ".html": the login page (public, replaces Spring's default form) and the pages
 * of the signed-in users. The pages themselves are static files ({@code static/*.html}) that call the REST API.
 */
@Controller
@Hidden
public class PagesController {

    @GetMapping("/login")
    public ResponseEntity<Resource> login() {
        return page("login.html");
    }

    /** Home: a partner answers referrals, a planner plans, everyone else starts with a diagnosis. */
    @GetMapping("/")
    public String home(@AuthenticationPrincipal PanUser user) {
        if (user != null && user.role() == Role.PARTNER) {
            return "redirect:/inbox.html";
        }
        return user != null && user.role() == Role.PLANNER ? "redirect:/planner.html" : "redirect:/diagnosis.html";
    }

    @GetMapping("/diagnosis")
    public ResponseEntity<Resource> diagnosis() {
        return page("diagnosis.html");
    }

    @GetMapping("/slip")
    public ResponseEntity<Resource> slip() {
        return page("slip.html");
    }

    @GetMapping("/inbox")
    public ResponseEntity<Resource> inbox() {
        return page("inbox.html");
    }

    @GetMapping("/planner")
    public ResponseEntity<Resource> planner() {
        return page("planner.html");
    }

    @GetMapping("/stats")
    public ResponseEntity<Resource> stats() {
        return page("stats.html");
    }

    /**
     * The signed-in user's role and organisation, so that a page offers only the actions the API will accept
     * (the API still decides). No name: the user name is not returned.
     */
    @GetMapping(path = "/pages/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Map<String, String> me(@AuthenticationPrincipal PanUser user) {
        return Map.of("role", user.role().name(), "organisation", user.organisation());
    }

    private static ResponseEntity<Resource> page(String file) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(new ClassPathResource("static/" + file));
    }
}
