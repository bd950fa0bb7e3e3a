package be.brussels.pan.service.pages;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The seven pages, and what the one layout ({@code templates/layout.html}) shows around each. A page's own
 * scripts and content are the fragments of {@code templates/pages/<id>.html}.
 */
public enum Page {

    /** Before signing in: no navigation (its links would only lead back here), no footer. */
    LOGIN("login.title", Part.REMEMBERED_LANGUAGE),
    DIAGNOSIS("diag.title", Part.NAVIGATION, Part.FOOTER, Part.REMEMBERED_LANGUAGE),
    /**
     * Printed for the person, in the person's language: switching it does not change the counsellor's own
     * language, and the printed slip has no footer.
     */
    SLIP("slip.pageTitle", Part.NAVIGATION),
    INBOX("inbox.title", Part.NAVIGATION, Part.FOOTER, Part.REMEMBERED_LANGUAGE),
    PLANNER("planner.title", Part.NAVIGATION, Part.FOOTER, Part.REMEMBERED_LANGUAGE),
    STATS("stats.title", Part.NAVIGATION, Part.FOOTER, Part.REMEMBERED_LANGUAGE),
    /** Every signed-in user changes their own password here (issue 15). */
    PASSWORD("password.title", Part.NAVIGATION, Part.FOOTER, Part.REMEMBERED_LANGUAGE);

    /** What a page has besides the skip link, the header's name and the language switch, which all have. */
    enum Part {
        /** The links to the other pages and the sign-out button, in the header. */
        NAVIGATION,
        FOOTER,
        /** The language chosen on the page becomes the user's language for the other pages. */
        REMEMBERED_LANGUAGE
    }

    private final String titleKey;
    private final Set<Part> parts;

    Page(String titleKey, Part first, Part... more) {
        this.titleKey = titleKey;
        this.parts = EnumSet.of(first, more);
    }

    /** The page's name in the body's {@code data-page} (app.js marks its link as the current page). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The template that holds the page's {@code scripts} and {@code main} fragments. */
    public String template() {
        return "pages/" + id();
    }

    /** The i18n key of the page's title ({@code data-title}). */
    public String titleKey() {
        return titleKey;
    }

    public boolean navigation() {
        return parts.contains(Part.NAVIGATION);
    }

    public boolean footer() {
        return parts.contains(Part.FOOTER);
    }

    public boolean remembersLanguage() {
        return parts.contains(Part.REMEMBERED_LANGUAGE);
    }
}
