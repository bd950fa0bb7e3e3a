package be.brussels.pan.service.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The differencing attacker of issue 15, as linear algebra: every published number is the count of a set of
 * people, so adding and subtracting published numbers works out exactly the counts whose set is a linear
 * combination of the published sets. This audit lists every "cell" (a combination of one to three attribute values,
 * such as Anderlecht, or Anderlecht and level NONE, or Anderlecht on 5 March) whose count can be worked out that
 * way and is under the threshold.
 *
 * <p>Two attackers: one who knows only the published numbers (every combination of the domains is an unknown),
 * and a stronger one who also knows which combinations are empty.
 *
 * <p>The unknowns are the counts of the combinations of the attributes' values that have people: the attacker is
 * taken to know which combinations are empty (stricter than the truth, where an empty cell and a hidden one look
 * the same; it also stands for what the attacker can get from counts never being negative, such as a column whose
 * hidden cells add up to 0). A published set is a 0/1 vector over them. Whether a
 * cell's vector is in the span of the published ones is decided by Gaussian elimination modulo two primes near 2^31:
 * a cell in the rational span is in both; a cell outside it could only look inside if both primes divided a minor
 * of the system, which for 0/1 vectors of this size does not happen in practice (and would fail the test, not pass
 * it).
 *
 * <p>Used by {@code attack.DifferencingAttackTest} over the API and by the statistics' property test over random
 * populations.
 */
public final class DisclosureAudit {

    /** A combination of values: one per attribute, and the target groups (a list: the first one counts for demand). */
    public record Atom(Map<String, String> values, List<String> groups) {

        public String get(String attribute) {
            return values.get(attribute);
        }

        public String firstGroup() {
            return groups.isEmpty() ? "GENERAL" : groups.get(0);
        }
    }

    /** A published number: the set of people it counts, and its value. */
    private record Published(String label, Predicate<Atom> set, long value) {
    }

    private static final long[] PRIMES = {2_147_483_647L, 2_147_483_629L};

    private final LinkedHashMap<String, List<String>> domains;
    private final List<List<String>> groupLists;
    private final int threshold;
    private final List<Atom> atoms = new ArrayList<>();
    private final List<Published> published = new ArrayList<>();

    /**
     * @param domains    each attribute's possible values (what an attacker knows can occur)
     * @param groupLists the possible target-group lists, in the rules' order
     */
    public DisclosureAudit(LinkedHashMap<String, List<String>> domains, List<List<String>> groupLists, int threshold) {
        this(domains, groupLists, threshold, a -> true);
    }

    /**
     * @param possible the combinations the attacker cannot rule out (for example, when a test's persona always comes
     *                 with the same level, an attacker who knows the rules knows that; fewer unknowns: a stricter audit)
     */
    public DisclosureAudit(LinkedHashMap<String, List<String>> domains, List<List<String>> groupLists, int threshold,
                           Predicate<Atom> possible) {
        this.domains = domains;
        this.groupLists = groupLists;
        this.threshold = threshold;
        product(new ArrayList<>(domains.keySet()), 0, new LinkedHashMap<>());
        atoms.removeIf(possible.negate());
    }

    private void product(List<String> names, int at, LinkedHashMap<String, String> partial) {
        if (at == names.size()) {
            for (List<String> groups : groupLists) {
                atoms.add(new Atom(Map.copyOf(partial), groups));
            }
            return;
        }
        for (String value : domains.get(names.get(at))) {
            partial.put(names.get(at), value);
            product(names, at + 1, partial);
        }
        partial.remove(names.get(at));
    }

    public int atoms() {
        return atoms.size();
    }

    /** Every combination of the domains (so that a test can check its population lies in them). */
    public List<Atom> combinations() {
        return atoms;
    }

    /** A published number and the set of people it counts. */
    public DisclosureAudit publish(String label, Predicate<Atom> set, long value) {
        published.add(new Published(label, set, value));
        return this;
    }

    public int publishedCount() {
        return published.size();
    }

    /**
     * The published numbers that do not match the population (the audit's sets would then not be what the service
     * counted: a broken test, not a safe service).
     */
    public List<String> mismatches(List<Atom> population) {
        List<String> wrong = new ArrayList<>();
        for (Published p : published) {
            long truth = population.stream().filter(p.set).count();
            if (truth != p.value) {
                wrong.add(p.label + ": published " + p.value + ", counted " + truth);
            }
        }
        return wrong;
    }

    /**
     * Every cell of one to {@code dimensions} (at most 3) attribute values whose count is 1 to threshold − 1 and can be
     * worked out by adding and subtracting published numbers. {@code zerosKnown}: the attacker also knows which
     * combinations are empty (stricter than the truth; it stands for what never-negative counts can tell, such as a
     * line whose hidden cells add up to 0); else every combination of the domains is an unknown.
     */
    public List<String> leaks(List<Atom> population, boolean zerosKnown, int dimensions) {
        java.util.Set<Atom> present = new java.util.HashSet<>(population);
        if (!atoms.containsAll(present)) {
            throw new IllegalArgumentException("a person's values are outside the audit's domains: " + present.stream()
                    .filter(a -> !atoms.contains(a)).findFirst().orElseThrow());
        }
        List<Atom> populated = zerosKnown ? atoms.stream().filter(present::contains).toList() : atoms;
        List<Basis> bases = new ArrayList<>();
        for (long p : PRIMES) {
            Basis basis = new Basis(p);
            published.forEach(pub -> basis.add(vector(pub.set, populated)));
            bases.add(basis);
        }
        List<String> leaks = new ArrayList<>();
        targets(dimensions).forEach((label, set) -> {
            long truth = population.stream().filter(set).count();
            if (truth > 0 && truth < threshold
                    && bases.stream().allMatch(b -> b.contains(vector(set, populated)))) {
                leaks.add(label + " = " + truth);
            }
        });
        return leaks;
    }

    /** The cells: every combination of one to three dimensions (the attributes, the first group, each group). */
    private Map<String, Predicate<Atom>> targets(int size) {
        Map<String, Map<String, Predicate<Atom>>> dimensions = new LinkedHashMap<>();
        domains.forEach((name, values) -> {
            Map<String, Predicate<Atom>> cells = new LinkedHashMap<>();
            values.forEach(v -> cells.put(name + "=" + v, a -> v.equals(a.get(name))));
            dimensions.put(name, cells);
        });
        Map<String, Predicate<Atom>> first = new LinkedHashMap<>();
        groupLists.stream().map(l -> l.isEmpty() ? "GENERAL" : l.get(0)).distinct()
                .forEach(g -> first.put("firstGroup=" + g, a -> a.firstGroup().equals(g)));
        dimensions.put("firstGroup", first);
        groupLists.stream().flatMap(List::stream).distinct().forEach(g -> {
            Map<String, Predicate<Atom>> has = new LinkedHashMap<>();
            has.put("in " + g, a -> a.groups().contains(g));
            has.put("not in " + g, a -> !a.groups().contains(g));
            dimensions.put("group " + g, has);
        });
        List<Map<String, Predicate<Atom>>> dims = new ArrayList<>(dimensions.values());
        Map<String, Predicate<Atom>> targets = new LinkedHashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            dims.get(i).forEach(targets::put);
            for (int j = i + 1; j < dims.size(); j++) {
                for (var a : dims.get(i).entrySet()) {
                    for (var b : dims.get(j).entrySet()) {
                        if (size < 2) {
                            continue;
                        }
                        targets.put(a.getKey() + " & " + b.getKey(), a.getValue().and(b.getValue()));
                        for (int k = j + 1; size >= 3 && k < dims.size(); k++) {
                            for (var c : dims.get(k).entrySet()) {
                                targets.put(a.getKey() + " & " + b.getKey() + " & " + c.getKey(),
                                        a.getValue().and(b.getValue()).and(c.getValue()));
                            }
                        }
                    }
                }
            }
        }
        return targets;
    }

    private static long[] vector(Predicate<Atom> set, List<Atom> unknowns) {
        long[] v = new long[unknowns.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = set.test(unknowns.get(i)) ? 1 : 0;
        }
        return v;
    }

    /** Row echelon basis of the published vectors modulo a prime; each row is reduced against the earlier ones. */
    private static final class Basis {
        final long prime;
        final List<long[]> rows = new ArrayList<>();
        final List<Integer> pivots = new ArrayList<>();

        Basis(long prime) {
            this.prime = prime;
        }

        void add(long[] v) {
            reduce(v);
            for (int c = 0; c < v.length; c++) {
                if (v[c] != 0) {
                    long inverse = inverse(v[c]);
                    for (int k = 0; k < v.length; k++) {
                        v[k] = v[k] * inverse % prime;
                    }
                    rows.add(v);
                    pivots.add(c);
                    return;
                }
            }
        }

        boolean contains(long[] v) {
            reduce(v);
            for (long x : v) {
                if (x != 0) {
                    return false;
                }
            }
            return true;
        }

        private void reduce(long[] v) {
            for (int i = 0; i < rows.size(); i++) {
                int c = pivots.get(i);
                long factor = v[c];
                if (factor != 0) {
                    long[] row = rows.get(i);
                    for (int k = 0; k < v.length; k++) {
                        if (row[k] != 0) {
                            v[k] = Math.floorMod(v[k] - factor * row[k] % prime, prime);
                        }
                    }
                }
            }
        }

        private long inverse(long a) {
            long result = 1;
            long base = a % prime;
            for (long e = prime - 2; e > 0; e >>= 1) {
                if ((e & 1) == 1) {
                    result = result * base % prime;
                }
                base = base * base % prime;
            }
            return result;
        }
    }
}
