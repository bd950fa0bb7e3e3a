package be.brussels.pan.examples.population;

/** One person whose outcome changed: the value before and after, and who the person is (no name: none exists). */
public record Example(long id, String before, String after, RequestSummary summary) {
}
