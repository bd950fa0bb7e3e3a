package be.brussels.pan.roster.check;

import java.util.List;

/** What the independent checker found; feasible when there is no violation at all. */
public record CheckReport(List<Violation> violations) {
    public CheckReport {
        violations = List.copyOf(violations);
    }

    public boolean feasible() {
        return violations.isEmpty();
    }

    public long count(String constraint) {
        return violations.stream().filter(v -> v.constraint().equals(constraint)).count();
    }
}
