package be.brussels.pan.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Commune;
import be.brussels.pan.roster.domain.Day;
import be.brussels.pan.roster.domain.Feasibility;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;
import be.brussels.pan.roster.solver.RosterConstraintProvider;

/**
 * A CP-SAT model of the roster contract as {@link RosterConstraintProvider} scores it, for a fresh problem (no
 * published session, so S7 is 0; pinned sessions keep their one assignment, H13).
 *
 * <p>Per session s, one-hot Booleans (all summing to "assigned" ≤ 1): X[s,t] the timeslot, V[s,v] the venue,
 * A[s,a] the animator, and K[s,k] the kit. V[s,v] ≤ Σ_{t open at v} X[s,t] and A[s,a] ≤ Σ_{t a is available}
 * X[s,t] tie the venue and the animator to the one slot. Only values that pass the planner's own
 * {@link Feasibility} predicates get a variable, so H4–H11 hold by construction and cannot drift from the planner.
 * H1, H2 and H3 are NoOverlap / Cumulative constraints on optional unit intervals at the session's slot index,
 * present when the session has that animator, venue or kit; H12 bounds the animator's count.
 *
 * <p>Kits: a session gets a kit exactly when its venue needs one ({@link Feasibility#needsKit}), and then one that
 * suits it. A kit where none is needed only ever adds an H3 conflict or an S3 pair and changes no other term, so
 * dropping it never makes a roster worse: the optimum is the same as with optional kits.
 *
 * <p>Soft terms (weights read from the constraint provider): S1 linear in V; S2 on the product animator × venue
 * commune, written as a transport (tight for the linear relaxation); S3 one Boolean per pair of sessions that could
 * share a kit on a day, true exactly when they have the same kit, the same day and different communes; S4 linear in
 * X; S5 = 5·n² per animator as the sum of its steps 5·(2j−1) over ordered Booleans [n ≥ j]; S6 = 200 per demand
 * commune whose "held" literal is false (held ⇔ some session there).
 * Every auxiliary variable is defined exactly (both directions), so the objective of every solution, optimal or
 * not, is its true soft cost.
 */
final class ExactModel {

    private final Roster roster;
    private final CpModel model = new CpModel();
    private final List<Session> sessions;
    private final List<Timeslot> slots;
    private final List<Day> days;
    private final List<Commune> communes;
    private final Map<Session, BoolVar> assigned = new LinkedHashMap<>();
    private final Map<Session, Map<Timeslot, BoolVar>> x = new HashMap<>();
    private final Map<Session, Map<Venue, BoolVar>> v = new HashMap<>();
    private final Map<Session, Map<Animator, BoolVar>> y = new HashMap<>();
    private final Map<Session, Map<Kit, BoolVar>> k = new HashMap<>();
    /** Per session: the slot's index (0 when unassigned), start of its optional intervals. */
    private final Map<Session, IntVar> slotIndex = new HashMap<>();
    private final Map<Session, Map<Commune, BoolVar>> held = new HashMap<>();
    private LinearExpr mediumExpr;
    private LinearExpr softExpr;
    /** The soft terms separately, to compare with the planner's per-constraint totals when they disagree. */
    private final Map<String, LinearExpr> softTerms = new LinkedHashMap<>();

    ExactModel(Roster roster) {
        this.roster = roster;
        this.sessions = roster.getSessions();
        this.slots = roster.getTimeslots();
        this.days = slots.stream().map(Timeslot::getDay).distinct().toList();
        this.communes = roster.getCommunes();
        build();
    }

    private void build() {
        for (Session s : sessions) {
            if (s.getPublished() != null) {
                throw new IllegalArgumentException("session " + s.getId()
                        + " is published: S7 (re-planning) is not modelled; use fresh problems");
            }
            buildSession(s);
        }
        LinearExprBuilder medium = LinearExpr.newBuilder();
        for (Session s : sessions) {
            // priority · (1 − assigned)
            medium.add(s.getPriority());
            medium.addTerm(assigned.get(s), -s.getPriority());
        }
        mediumExpr = medium.build();
        sharedResources();
    }

    /**
     * The soft terms, added after the medium phase: that phase needs only the hard constraints, and a smaller model
     * presolves faster.
     */
    private void addSoft() {
        LinearExprBuilder s1 = LinearExpr.newBuilder();
        LinearExprBuilder s4 = LinearExpr.newBuilder();
        for (Session s : sessions) {
            v.get(s).forEach((venue, b) -> s1.addTerm(b,
                    RosterConstraintProvider.S1_PER_HM * s.getCommune().distanceHm(venue.getCommune())));
            x.get(s).forEach((t, b) -> {
                if (!s.getPreferredPeriod().contains(t)) {
                    s4.addTerm(b, RosterConstraintProvider.S4_PER_SESSION);
                }
            });
        }
        softTerms.put(RosterConstraintProvider.S1, s1.build());
        softTerms.put(RosterConstraintProvider.S2, animatorDistance());
        softTerms.put(RosterConstraintProvider.S3, kitTravel());
        softTerms.put(RosterConstraintProvider.S4, s4.build());
        softTerms.put(RosterConstraintProvider.S5, loadBalance());
        softTerms.put(RosterConstraintProvider.S6, communeWithoutSession());
        LinearExprBuilder soft = LinearExpr.newBuilder();
        softTerms.values().forEach(soft::add);
        softExpr = soft.build();
    }

    private static LinearExpr sum(List<BoolVar> vars) {
        return LinearExpr.sum(vars.toArray(new BoolVar[0]));
    }

    private void buildSession(Session s) {
        String id = s.getId();
        var pin = s.getPinnedAssignment();
        List<Venue> venues = new ArrayList<>();
        for (Venue venue : roster.getVenues()) {
            if (pin != null && pin.venue() != venue) {
                continue;
            }
            boolean suits = Feasibility.venueAndKitSuit(s, venue, null);
            for (Kit kit : roster.getKits()) {
                suits |= Feasibility.venueAndKitSuit(s, venue, kit);
            }
            if (suits) {
                venues.add(venue);
            }
        }
        List<Animator> animators = new ArrayList<>();
        for (Animator a : roster.getAnimators()) {
            if ((pin == null || pin.animator() == a) && Feasibility.animatorSpeaksLanguage(s, a)
                    && Feasibility.animatorHasSkills(s, a)) {
                animators.add(a);
            }
        }
        // Slots where some suitable venue is open and some qualified animator available.
        Map<Timeslot, BoolVar> xs = new LinkedHashMap<>();
        LinearExprBuilder index = LinearExpr.newBuilder();
        for (int i = 0; i < slots.size(); i++) {
            Timeslot t = slots.get(i);
            if (pin != null && pin.timeslot() != t) {
                continue;
            }
            if (venues.stream().anyMatch(venue -> Feasibility.venueIsOpen(venue, t))
                    && animators.stream().anyMatch(a -> Feasibility.animatorIsAvailable(a, t))) {
                BoolVar b = model.newBoolVar("X_" + id + "_" + t.getId());
                xs.put(t, b);
                index.addTerm(b, i);
            }
        }
        BoolVar isAssigned = model.newBoolVar("assigned_" + id);
        model.addEquality(sum(new ArrayList<>(xs.values())), isAssigned);
        Map<Venue, BoolVar> vs = new LinkedHashMap<>();
        for (Venue venue : venues) {
            List<BoolVar> open = new ArrayList<>();
            xs.forEach((t, b) -> {
                if (Feasibility.venueIsOpen(venue, t)) {
                    open.add(b);
                }
            });
            if (!open.isEmpty()) {
                BoolVar b = model.newBoolVar("V_" + id + "_" + venue.getId());
                model.addLessOrEqual(b, sum(open));
                vs.put(venue, b);
            }
        }
        model.addEquality(sum(new ArrayList<>(vs.values())), isAssigned);
        Map<Animator, BoolVar> ys = new LinkedHashMap<>();
        for (Animator a : animators) {
            List<BoolVar> free = new ArrayList<>();
            xs.forEach((t, b) -> {
                if (Feasibility.animatorIsAvailable(a, t)) {
                    free.add(b);
                }
            });
            if (!free.isEmpty()) {
                BoolVar b = model.newBoolVar("A_" + id + "_" + a.getId());
                model.addLessOrEqual(b, sum(free));
                ys.put(a, b);
            }
        }
        model.addEquality(sum(new ArrayList<>(ys.values())), isAssigned);
        // Kits: one exactly when the chosen venue needs one (a pinned kit is kept as pinned), one that suits it.
        Map<Kit, List<BoolVar>> venuesOfKit = new LinkedHashMap<>();
        List<BoolVar> needing = new ArrayList<>();
        for (var e : vs.entrySet()) {
            Venue venue = e.getKey();
            boolean pinnedKit = pin != null && pin.kit() != null;
            if (Feasibility.needsKit(s, venue) || pinnedKit) {
                needing.add(e.getValue());
                for (Kit kit : roster.getKits()) {
                    if (Feasibility.venueAndKitSuit(s, venue, kit) && (pin == null || pin.kit() == kit)) {
                        venuesOfKit.computeIfAbsent(kit, z -> new ArrayList<>()).add(e.getValue());
                    }
                }
            }
        }
        Map<Kit, BoolVar> ks = new LinkedHashMap<>();
        for (var e : venuesOfKit.entrySet()) {
            BoolVar b = model.newBoolVar("K_" + id + "_" + e.getKey().getId());
            model.addLessOrEqual(b, sum(e.getValue()));
            ks.put(e.getKey(), b);
        }
        model.addEquality(sum(new ArrayList<>(ks.values())), sum(needing));
        if (pin != null) {
            model.addEquality(isAssigned, 1);
        }
        // Venue commune, one-hot when assigned.
        Map<Commune, List<BoolVar>> byCommune = new LinkedHashMap<>();
        vs.forEach((venue, b) -> byCommune.computeIfAbsent(venue.getCommune(), z -> new ArrayList<>()).add(b));
        Map<Commune, BoolVar> cs = new LinkedHashMap<>();
        byCommune.forEach((c, list) -> {
            BoolVar b = model.newBoolVar("C_" + id + "_" + c);
            model.addEquality(b, sum(list));
            cs.put(c, b);
        });
        assigned.put(s, isAssigned);
        x.put(s, xs);
        v.put(s, vs);
        y.put(s, ys);
        k.put(s, ks);
        held.put(s, cs);
        // Interval starts must be a single variable.
        IntVar start = model.newIntVar(0, Math.max(0, slots.size() - 1), "T_" + id);
        model.addEquality(start, index.build());
        slotIndex.put(s, start);
    }

    /** H1 (animator once per slot), H2 (venue rooms per slot), H3 (kit once per slot), H12 (maxSessions). */
    private void sharedResources() {
        Map<Object, List<IntervalVar>> byResource = new LinkedHashMap<>();
        for (Session s : sessions) {
            Map<Object, BoolVar> uses = new LinkedHashMap<>();
            uses.putAll(v.get(s));
            uses.putAll(y.get(s));
            uses.putAll(k.get(s));
            uses.forEach((resource, b) -> byResource.computeIfAbsent(resource, z -> new ArrayList<>())
                    .add(model.newOptionalFixedSizeIntervalVar(slotIndex.get(s), 1, b,
                            "I_" + s.getId() + "_" + resource)));
        }
        for (var e : byResource.entrySet()) {
            List<IntervalVar> intervals = e.getValue();
            if (e.getKey() instanceof Venue venue && venue.getRooms() > 1) {
                if (intervals.size() > venue.getRooms()) {
                    CumulativeConstraint cumulative = model.addCumulative(venue.getRooms());
                    for (IntervalVar interval : intervals) {
                        cumulative.addDemand(interval, 1);
                    }
                }
            } else if (intervals.size() > 1) {
                model.addNoOverlap(intervals);
            }
        }
    }

    /** S2: per session, the distance from the animator's home commune to the venue's commune. */
    private LinearExpr animatorDistance() {
        LinearExprBuilder s2 = LinearExpr.newBuilder();
        for (Session s : sessions) {
            // AC[a,c] = A[a]·C[c] for the one-hot animator A and venue commune C, written as a transport
            // (Σ_c AC[a,·] = A[a], Σ_a AC[·,c] = C[c]): exact for integers, and far tighter for the linear
            // relaxation than the three inequalities of a product.
            Map<Commune, List<BoolVar>> column = new LinkedHashMap<>();
            for (var byAnimator : y.get(s).entrySet()) {
                Animator a = byAnimator.getKey();
                List<BoolVar> row = new ArrayList<>();
                for (Commune c : held.get(s).keySet()) {
                    long hm = a.getHomeCommune().distanceHm(c);
                    BoolVar z = model.newBoolVar("AC_" + s.getId() + "_" + a.getId() + "_" + c);
                    row.add(z);
                    column.computeIfAbsent(c, q -> new ArrayList<>()).add(z);
                    s2.addTerm(z, RosterConstraintProvider.S2_PER_HM * hm);
                }
                model.addEquality(sum(row), byAnimator.getValue());
            }
            held.get(s).forEach((c, b) -> model.addEquality(sum(column.getOrDefault(c, List.of())), b));
        }
        return s2.build();
    }

    /**
     * S3: 50 per pair of sessions with the same kit on the same day in different communes. One Boolean per pair of
     * sessions that could share a kit, defined exactly through the sessions' kit·day key and commune index.
     */
    private LinearExpr kitTravel() {
        LinearExprBuilder s3 = LinearExpr.newBuilder();
        Map<Session, LinearExpr> key = new LinkedHashMap<>();
        Map<Session, LinearExpr> communeIndex = new LinkedHashMap<>();
        Map<Session, LinearExpr> hasKit = new LinkedHashMap<>();
        List<Session> withKits = sessions.stream().filter(s -> !k.get(s).isEmpty()).toList();
        List<Kit> kits = roster.getKits();
        for (Session s : withKits) {
            // key = kitIndex·(days+1) + dayIndex, with kitIndex ≥ 1 when the session has a kit, 0 otherwise
            LinearExprBuilder b = LinearExpr.newBuilder();
            LinearExprBuilder any = LinearExpr.newBuilder();
            k.get(s).forEach((kit, lit) -> {
                b.addTerm(lit, (long) (kits.indexOf(kit) + 1) * (days.size() + 1));
                any.add(lit);
            });
            x.get(s).forEach((t, lit) -> b.addTerm(lit, days.indexOf(t.getDay())));
            key.put(s, b.build());
            hasKit.put(s, any.build());
            LinearExprBuilder c = LinearExpr.newBuilder();
            held.get(s).forEach((commune, lit) -> c.addTerm(lit, communes.indexOf(commune) + 1));
            communeIndex.put(s, c.build());
        }
        for (int i = 0; i < withKits.size(); i++) {
            Session a = withKits.get(i);
            for (int j = i + 1; j < withKits.size(); j++) {
                Session b = withKits.get(j);
                if (k.get(a).keySet().stream().noneMatch(k.get(b)::containsKey)) {
                    continue;
                }
                boolean commonDay = x.get(a).keySet().stream().anyMatch(t -> x.get(b).keySet().stream()
                        .anyMatch(u -> u.getDay() == t.getDay()));
                if (!commonDay) {
                    continue;
                }
                String name = a.getId() + "_" + b.getId();
                BoolVar sameKey = model.newBoolVar("samekey_" + name);
                model.addEquality(key.get(a), key.get(b)).onlyEnforceIf(sameKey);
                model.addDifferent(key.get(a), key.get(b)).onlyEnforceIf(sameKey.not());
                BoolVar sameCommune = model.newBoolVar("samecommune_" + name);
                model.addEquality(communeIndex.get(a), communeIndex.get(b)).onlyEnforceIf(sameCommune);
                model.addDifferent(communeIndex.get(a), communeIndex.get(b)).onlyEnforceIf(sameCommune.not());
                BoolVar pair = model.newBoolVar("S3_" + name);
                // pair ⇔ sameKey ∧ a has a kit ∧ b has a kit ∧ ¬sameCommune
                model.addImplication(pair, sameKey);
                model.addImplication(pair, sameCommune.not());
                model.addLessOrEqual(pair, hasKit.get(a));
                model.addLessOrEqual(pair, hasKit.get(b));
                LinearExprBuilder lhs = LinearExpr.newBuilder().add(pair).add(3);
                model.addGreaterOrEqual(lhs.build(), LinearExpr.newBuilder().add(sameKey).add(sameCommune.not())
                        .add(hasKit.get(a)).add(hasKit.get(b)).build());
                s3.addTerm(pair, RosterConstraintProvider.S3_PER_PAIR);
            }
        }
        return s3.build();
    }

    /** S5 and H12: 5·n² per animator, n ≤ maxSessions. */
    private LinearExpr loadBalance() {
        LinearExprBuilder s5 = LinearExpr.newBuilder();
        for (Animator a : roster.getAnimators()) {
            List<BoolVar> uses = new ArrayList<>();
            for (Session s : sessions) {
                BoolVar b = y.get(s).get(a);
                if (b != null) {
                    uses.add(b);
                }
            }
            int max = Math.max(0, Math.min(a.getMaxSessions(), Math.min(uses.size(), slots.size())));
            model.addLessOrEqual(sum(uses), a.getMaxSessions());
            // n² as the sum of its increasing steps 2j − 1 over ordered Booleans g_j = [n ≥ j]: exact, and its
            // linear relaxation is the convex hull (a product n·n relaxes to almost nothing).
            List<BoolVar> steps = new ArrayList<>();
            BoolVar previous = null;
            for (int j = 1; j <= max; j++) {
                BoolVar g = model.newBoolVar("load_" + a.getId() + "_" + j);
                if (previous != null) {
                    model.addImplication(g, previous);
                }
                steps.add(g);
                s5.addTerm(g, RosterConstraintProvider.S5_PER_SQUARED_SESSION * (2L * j - 1));
                previous = g;
            }
            model.addEquality(sum(steps), sum(uses));
        }
        return s5.build();
    }

    /** S6: 200 per commune with demand (a session's commune, assigned or not) where no session is held. */
    private LinearExpr communeWithoutSession() {
        Set<Commune> demand = new LinkedHashSet<>();
        sessions.forEach(s -> demand.add(s.getCommune()));
        Map<Commune, List<BoolVar>> heldThere = new LinkedHashMap<>();
        for (Session s : sessions) {
            held.get(s).forEach((c, b) -> heldThere.computeIfAbsent(c, z -> new ArrayList<>()).add(b));
        }
        LinearExprBuilder s6 = LinearExpr.newBuilder();
        for (Commune c : demand) {
            List<BoolVar> there = heldThere.getOrDefault(c, List.of());
            s6.add(RosterConstraintProvider.S6_PER_COMMUNE);
            if (there.isEmpty()) {
                continue;
            }
            BoolVar some = model.newBoolVar("held_" + c);
            // some ⇔ at least one session there
            model.addLessOrEqual(some, sum(there));
            for (BoolVar b : there) {
                model.addImplication(b, some);
            }
            s6.addTerm(some, -RosterConstraintProvider.S6_PER_COMMUNE);
        }
        return s6.build();
    }

    // ---- solving

    /** One solve's outcome: the placements of the sessions, the two objectives, CP-SAT's bound and statuses. */
    record Result(Map<Session, Placement> placements, long medium, CpSolverStatus mediumStatus, long soft,
                  long softBound, CpSolverStatus softStatus, Map<String, Long> softTerms, double seconds) {
    }

    record Placement(Timeslot timeslot, Venue venue, Animator animator, Kit kit) {
    }

    /**
     * Lexicographic, like the score: minimise medium (Σ priority of unassigned) first, then fix it and minimise
     * soft from the first phase's roster. The first phase gets at most half the budget; the second phase the rest.
     */
    Result solve(double seconds, int workers, boolean log, Map<Session, Placement> warmStart) {
        long start = System.nanoTime();
        if (warmStart != null) {
            hintFrom(warmStart);
        }
        model.minimize(mediumExpr);
        CpSolver solver = newSolver(seconds / 2, workers, log);
        // The medium phase is easy for the linear relaxation; CP-SAT's presolve took longer than its search.
        solver.getParameters().setCpModelPresolve(false);
        CpSolverStatus mediumStatus = solver.solve(model);
        if (mediumStatus != CpSolverStatus.OPTIMAL && mediumStatus != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("medium phase: " + mediumStatus);
        }
        long medium = Math.round(solver.objectiveValue());
        if (warmStart == null || medium < mediumOf(warmStart)) {
            hintFrom(placements(solver));
        } else {
            hintFrom(warmStart);
        }
        model.addLessOrEqual(mediumExpr, medium);
        addSoft();
        model.minimize(softExpr);
        warmSoft = completeHint(workers);
        double left = seconds - (System.nanoTime() - start) / 1e9;
        solver = newSolver(Math.max(1, left), workers, log);
        CpSolverStatus softStatus = solver.solve(model);
        if (softStatus != CpSolverStatus.OPTIMAL && softStatus != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("soft phase: " + softStatus);
        }
        Map<String, Long> terms = new LinkedHashMap<>();
        for (var e : softTerms.entrySet()) {
            terms.put(e.getKey(), solver.value(e.getValue()));
        }
        return new Result(placements(solver), solver.value(mediumExpr), mediumStatus,
                Math.round(solver.objectiveValue()), Math.round(Math.ceil(solver.bestObjectiveBound() - 1e-6)),
                softStatus, terms, (System.nanoTime() - start) / 1e9);
    }

    private static CpSolver newSolver(double seconds, int workers, boolean log) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds);
        solver.getParameters().setNumWorkers(workers);
        solver.getParameters().setRandomSeed(1);
        solver.getParameters().setLogSearchProgress(log);
        solver.getParameters().setLogToStdout(true);
        // The machine these runs share is loaded: one presolve pass, and bounded probing, leave the time to search.
        solver.getParameters().setMaxPresolveIterations(1);
        solver.getParameters().setCpModelProbingLevel(1);
        solver.getParameters().setRepairHint(true);
        return solver;
    }

    /** Hints every decision variable (and the venue commune) from a roster: 1 where it is placed, 0 elsewhere. */
    private void hintFrom(Map<Session, Placement> roster) {
        model.clearHints();
        roster.forEach((s, p) -> {
            if (!x.get(s).containsKey(p.timeslot()) || !v.get(s).containsKey(p.venue())
                    || !y.get(s).containsKey(p.animator()) || (p.kit() != null && !k.get(s).containsKey(p.kit()))) {
                System.err.println("hint outside the model: " + s.getId() + " " + p + " needsKit "
                        + Feasibility.needsKit(s, p.venue()) + " kits " + k.get(s).keySet());
            }
        });
        for (Session s : sessions) {
            Placement p = roster.get(s);
            Commune c = p == null ? null : p.venue().getCommune();
            x.get(s).forEach((t, b) -> model.addHint(b, p != null && p.timeslot() == t ? 1 : 0));
            v.get(s).forEach((venue, b) -> model.addHint(b, p != null && p.venue() == venue ? 1 : 0));
            y.get(s).forEach((a, b) -> model.addHint(b, p != null && p.animator() == a ? 1 : 0));
            k.get(s).forEach((kit, b) -> model.addHint(b, p != null && p.kit() == kit ? 1 : 0));
            held.get(s).forEach((commune, b) -> model.addHint(b, commune == c ? 1 : 0));
        }
    }

    /** The model's soft objective of the hinted roster, once its hint is completed; -1 when it is not a solution. */
    private long warmSoft = -1;

    /**
     * Completes the hint (decisions only) into a full assignment, by solving the model with the decisions fixed:
     * CP-SAT does not always complete a partial hint by itself, and then starts from scratch. Returns the model's
     * soft cost of the hinted roster, or -1 when the hint is not a solution of the model (then left partial).
     */
    private long completeHint(int workers) {
        CpModel copy = model.getClone();
        var proto = copy.getBuilder();
        var hint = proto.getSolutionHint();
        for (int i = 0; i < hint.getVarsCount(); i++) {
            long value = hint.getValues(i);
            proto.getVariablesBuilder(hint.getVars(i)).clearDomain().addDomain(value).addDomain(value);
        }
        proto.clearSolutionHint();
        CpSolver solver = newSolver(30, workers, false);
        CpSolverStatus status = solver.solve(copy);
        if (status != CpSolverStatus.OPTIMAL) {
            return -1;
        }
        model.clearHints();
        var builder = model.getBuilder().getSolutionHintBuilder();
        for (int i = 0; i < proto.getVariablesCount(); i++) {
            builder.addVars(i).addValues(solver.response().getSolution(i));
        }
        return Math.round(solver.objectiveValue());
    }

    /** The model's soft cost of the roster it started from (the hint), or -1 when that was not a solution. */
    long warmSoft() {
        return warmSoft;
    }

    private long mediumOf(Map<Session, Placement> roster) {
        return sessions.stream().filter(s -> !roster.containsKey(s)).mapToLong(Session::getPriority).sum();
    }

    private Map<Session, Placement> placements(CpSolver solver) {
        Map<Session, Placement> out = new LinkedHashMap<>();
        for (Session s : sessions) {
            Timeslot t = chosen(solver, x.get(s));
            if (t != null) {
                out.put(s, new Placement(t, chosen(solver, v.get(s)), chosen(solver, y.get(s)),
                        chosen(solver, k.get(s))));
            }
        }
        return out;
    }

    private static <T> T chosen(CpSolver solver, Map<T, BoolVar> vars) {
        for (var e : vars.entrySet()) {
            if (solver.booleanValue(e.getValue())) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Variables and constraints, for the log. */
    String size() {
        return model.model().getVariablesCount() + " variables, " + model.model().getConstraintsCount()
                + " constraints";
    }
}
