package be.brussels.pan.roster.check;

import java.util.List;
import java.util.Set;

/** What the independent checker found; feasible when there is no violation at all. */
public record CheckReport(List<Violation> violations) {

    /** The categories that break the contract's structure rather than a hard constraint. */
    private static final Set<String> CONTRACT = Set.of("COVERAGE", "REFERENCE", "PARTIAL", "REASONS");

    public CheckReport {
        violations = List.copyOf(violations);
    }

    public boolean feasible() {
        return violations.isEmpty();
    }

    /**
     * The violations that make the solution break the contract itself (a session missing or twice, an unknown
     * id or problemId, a partial assignment, an unassigned session without a reason), as opposed to H1–H13:
     * an export refuses the former and writes a roster with the latter.
     */
    public List<Violation> contractBreaks() {
        return violations.stream().filter(v -> CONTRACT.contains(v.constraint())).toList();
    }

    public long count(String constraint) {
        return violations.stream().filter(v -> v.constraint().equals(constraint)).count();
    }
}
