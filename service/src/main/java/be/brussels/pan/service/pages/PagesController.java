package be.brussels.pan.service.pages;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages' addresses without ".html": the login page (public, replaces Spring's default form) and the pages
 * of the signed-in users. The pages themselves are static files ({@code static/*.html}) that call the REST API.
 */
@Controller
public class PagesController {

    @GetMapping("/login")
    public ResponseEntity<Resource> login() {
        return page("login.html");
    }

    @GetMapping("/")
    public String home() {
        return "redirect:/diagnosis.html";
    }

    @GetMapping("/diagnosis")
    public ResponseEntity<Resource> diagnosis() {
        return page("diagnosis.html");
    }

    @GetMapping("/slip")
    public ResponseEntity<Resource> slip() {
        return page("slip.html");
    }

    private static ResponseEntity<Resource> page(String file) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(new ClassPathResource("static/" + file));
    }
}
