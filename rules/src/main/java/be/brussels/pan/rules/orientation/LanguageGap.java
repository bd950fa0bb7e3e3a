package be.brussels.pan.rules.orientation;

/** No proposed offer is known to speak any language the person stated (rule {@code language-gap}). */
public record LanguageGap() {
}
