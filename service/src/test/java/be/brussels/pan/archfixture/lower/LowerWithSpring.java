package be.brussels.pan.archfixture.lower;

import org.springframework.util.StringUtils;

/** Wrong on purpose for a layer below the service: it uses Spring. */
public final class LowerWithSpring {

    private LowerWithSpring() {
    }

    public static boolean blank(String text) {
        return !StringUtils.hasText(text);
    }
}
