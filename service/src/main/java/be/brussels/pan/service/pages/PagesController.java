package be.brussels.pan.service.pages;

import be.brussels.pan.contract.diagnosis.Channel;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.security.Role;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages, each at its address with and without ".html": the login page (public, replaces Spring's default
 * form) and the pages of the signed-in users, which call the REST API. Every page is the one layout
 * ({@code templates/layout.html}) around its own fragments ({@code templates/pages/*.html}); see the layout
 * for why the pages are rendered on the server rather than assembled by a script.
 */
@Controller
@Hidden
public class PagesController {

    @GetMapping({"/login", "/login.html"})
    public ModelAndView login(HttpServletResponse response) {
        return render(Page.LOGIN, response);
    }

    /** Home: a partner answers referrals, a planner plans, everyone else starts with a diagnosis. */
    @GetMapping("/")
    public String home(@AuthenticationPrincipal PanUser user) {
        if (user != null && user.role() == Role.PARTNER) {
            return "redirect:/inbox.html";
        }
        return user != null && user.role() == Role.PLANNER ? "redirect:/planner.html" : "redirect:/diagnosis.html";
    }

    @GetMapping({"/diagnosis", "/diagnosis.html"})
    public ModelAndView diagnosis(HttpServletResponse response) {
        return render(Page.DIAGNOSIS, response);
    }

    @GetMapping({"/slip", "/slip.html"})
    public ModelAndView slip(HttpServletResponse response) {
        return render(Page.SLIP, response);
    }

    @GetMapping({"/inbox", "/inbox.html"})
    public ModelAndView inbox(HttpServletResponse response) {
        return render(Page.INBOX, response);
    }

    @GetMapping({"/planner", "/planner.html"})
    public ModelAndView planner(HttpServletResponse response) {
        return render(Page.PLANNER, response);
    }

    @GetMapping({"/stats", "/stats.html"})
    public ModelAndView stats(HttpServletResponse response) {
        return render(Page.STATS, response);
    }

    /** Changing one's own password (every role): the page calls {@code PUT /api/v1/me/password}. */
    @GetMapping({"/password", "/password.html"})
    public ModelAndView password(HttpServletResponse response) {
        return render(Page.PASSWORD, response);
    }

    /**
     * The signed-in user's role and organisation, so that a page offers only the actions the API will accept
     * (the API still decides), and the diagnosis channel of that role ({@link #channelOf}; absent for a role
     * that does not diagnose through one, which then chooses). No name: the user name is not returned.
     */
    @GetMapping(path = "/pages/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Map<String, String> me(@AuthenticationPrincipal PanUser user) {
        Map<String, String> me = new LinkedHashMap<>();
        me.put("role", user.role().name());
        me.put("organisation", user.organisation());
        channelOf(user.role()).ifPresent(channel -> me.put("channel", channel.name()));
        return me;
    }

    /**
     * The channel a diagnosis comes through, from who runs it: the counsellors are Actiris's, the social workers
     * the CPAS's, a partner structure diagnoses as a partner. An administrator (or anyone else who may diagnose
     * later) has no channel of its own and picks one on the form. The statistics count diagnoses by channel,
     * so the page no longer lets a counsellor leave the default ({@code SELF}) by mistake.
     */
    static Optional<Channel> channelOf(Role role) {
        return switch (role) {
            case COUNSELLOR -> Optional.of(Channel.ACTIRIS);
            case SOCIAL_WORKER -> Optional.of(Channel.CPAS);
            case PARTNER -> Optional.of(Channel.PARTNER);
            case PLANNER, ADMIN -> Optional.empty();
        };
    }

    /** A page is never stored (no-store), as before: what it shows comes from the API, for the session. */
    private static ModelAndView render(Page page, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return new ModelAndView("layout", Map.of("page", page, "vocabulary", PageVocabulary.json()));
    }
}
