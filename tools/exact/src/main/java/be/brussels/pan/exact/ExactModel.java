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
 * <p>Decomposition, per session s: V[s,t,v] (held in slot t at venue v), Y[s,t,a] (animator a in slot t) and
 * K[s,t,k] (kit k in slot t). Σ_v V[s,t,·] = Σ_a Y[s,t,·] is 1 for the chosen slot, and Σ over all slots is
 * "assigned" (≤ 1). Only combinations that pass the planner's own {@link Feasibility} predicates get a variable, so
 * H4–H11 hold by construction and cannot drift from the planner.
 *
 * <p>Kits: a session gets a kit exactly when its venue needs one ({@link Feasibility#needsKit}), and then one that
 * suits it. A kit where none is needed only ever adds an H3 conflict or an S3 pair and changes no other term, so
 * dropping it never makes a roster worse: the optimum is the same as with optional kits.
 *
 * <p>Soft terms (weights read from the constraint provider): S1 linear in V; S2 on exact products
 * animator × venue commune; S3 = 25·(n_kd² − Σ_c n_kdc²) per kit k and day d, where n_kdc counts the sessions with
 * kit k on day d in commune c (= 50 per pair of them in different communes); S4 linear in the slot; S5 = 5·n_a²
 * with exact products; S6 = 200 per demand commune whose "held" literal is false (held ⇔ some session there).
 * Every auxiliary variable is defined exactly (both directions), so the objective of every solution, optimal or
 * not, is its true soft cost.
 */
final class ExactModel {

    private final Roster roster;
    private final CpModel model = new CpModel();
    private final List<Session> sessions;
    private final List<Timeslot> slots;
    private final Map<Session, BoolVar> assigned = new LinkedHashMap<>();
    /** Per session: (slot, venue) -> V. */
    private final Map<Session, Map<Timeslot, Map<Venue, BoolVar>>> v = new HashMap<>();
    private final Map<Session, Map<Timeslot, Map<Animator, BoolVar>>> y = new HashMap<>();
    private final Map<Session, Map<Timeslot, Map<Kit, BoolVar>>> k = new HashMap<>();
    private LinearExpr mediumExpr;
    private LinearExpr softExpr;
    /** The soft terms separately, to compare with the planner's per-constraint totals when they disagree. */
    private final Map<String, LinearExpr> softTerms = new LinkedHashMap<>();

    ExactModel(Roster roster) {
        this.roster = roster;
        this.sessions = roster.getSessions();
        this.slots = roster.getTimeslots();
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
     * The soft terms, added after the medium phase: that phase needs only the hard constraints, and a model without
     * the soft terms' auxiliary variables presolves several times faster.
     */
    private void addSoft() {
        LinearExprBuilder s1 = LinearExpr.newBuilder();
        LinearExprBuilder s4 = LinearExpr.newBuilder();
        for (Session s : sessions) {
            for (var bySlot : v.get(s).entrySet()) {
                boolean outside = !s.getPreferredPeriod().contains(bySlot.getKey());
                for (var byVenue : bySlot.getValue().entrySet()) {
                    long hm = s.getCommune().distanceHm(byVenue.getKey().getCommune());
                    s1.addTerm(byVenue.getValue(), RosterConstraintProvider.S1_PER_HM * hm);
                    if (outside) {
                        s4.addTerm(byVenue.getValue(), RosterConstraintProvider.S4_PER_SESSION);
                    }
                }
            }
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

    private void buildSession(Session s) {
        String id = s.getId();
        Map<Timeslot, Map<Venue, BoolVar>> vs = new LinkedHashMap<>();
        Map<Timeslot, Map<Animator, BoolVar>> ys = new LinkedHashMap<>();
        Map<Timeslot, Map<Kit, BoolVar>> ks = new LinkedHashMap<>();
        BoolVar isAssigned = model.newBoolVar("assigned_" + id);
        LinearExprBuilder all = LinearExpr.newBuilder();
        for (Timeslot t : slots) {
            if (s.getPinnedAssignment() != null && s.getPinnedAssignment().timeslot() != t) {
                continue;
            }
            Map<Venue, BoolVar> venues = new LinkedHashMap<>();
            Map<Venue, List<Kit>> kitsFor = new LinkedHashMap<>();
            for (Venue venue : roster.getVenues()) {
                if (s.getPinnedAssignment() != null && s.getPinnedAssignment().venue() != venue) {
                    continue;
                }
                if (!Feasibility.venueIsOpen(venue, t)) {
                    continue;
                }
                if (Feasibility.needsKit(s, venue)) {
                    List<Kit> suit = new ArrayList<>();
                    for (Kit kit : roster.getKits()) {
                        if (Feasibility.venueAndKitSuit(s, venue, kit) && (s.getPinnedAssignment() == null
                                || s.getPinnedAssignment().kit() == kit)) {
                            suit.add(kit);
                        }
                    }
                    if (!suit.isEmpty()) {
                        kitsFor.put(venue, suit);
                        venues.put(venue, null);
                    }
                } else if (Feasibility.venueAndKitSuit(s, venue, null)) {
                    if (s.getPinnedAssignment() != null && s.getPinnedAssignment().kit() != null) {
                        // A pinned kit that is not needed: keep it as pinned (H13).
                        kitsFor.put(venue, List.of(s.getPinnedAssignment().kit()));
                    }
                    venues.put(venue, null);
                }
            }
            List<Animator> free = new ArrayList<>();
            for (Animator a : roster.getAnimators()) {
                if (s.getPinnedAssignment() != null && s.getPinnedAssignment().animator() != a) {
                    continue;
                }
                if (Feasibility.animatorIsAvailable(a, t) && Feasibility.animatorSpeaksLanguage(s, a)
                        && Feasibility.animatorHasSkills(s, a)) {
                    free.add(a);
                }
            }
            if (venues.isEmpty() || free.isEmpty()) {
                continue;
            }
            LinearExprBuilder venueSum = LinearExpr.newBuilder();
            for (Venue venue : venues.keySet()) {
                BoolVar b = model.newBoolVar("V_" + id + "_" + t.getId() + "_" + venue.getId());
                venues.put(venue, b);
                venueSum.add(b);
                all.add(b);
            }
            Map<Animator, BoolVar> animators = new LinkedHashMap<>();
            LinearExprBuilder animatorSum = LinearExpr.newBuilder();
            for (Animator a : free) {
                BoolVar b = model.newBoolVar("Y_" + id + "_" + t.getId() + "_" + a.getId());
                animators.put(a, b);
                animatorSum.add(b);
            }
            LinearExpr inSlot = venueSum.build();
            model.addEquality(animatorSum.build(), inSlot);
            // Kits: one exactly when the chosen venue needs one, and one that suits that venue.
            Map<Kit, List<BoolVar>> venuesOfKit = new LinkedHashMap<>();
            LinearExprBuilder needing = LinearExpr.newBuilder();
            for (var e : kitsFor.entrySet()) {
                BoolVar venueVar = venues.get(e.getKey());
                needing.add(venueVar);
                for (Kit kit : e.getValue()) {
                    venuesOfKit.computeIfAbsent(kit, x -> new ArrayList<>()).add(venueVar);
                }
            }
            Map<Kit, BoolVar> kits = new LinkedHashMap<>();
            LinearExprBuilder kitSum = LinearExpr.newBuilder();
            for (var e : venuesOfKit.entrySet()) {
                BoolVar b = model.newBoolVar("K_" + id + "_" + t.getId() + "_" + e.getKey().getId());
                kits.put(e.getKey(), b);
                kitSum.add(b);
                model.addLessOrEqual(b, LinearExpr.sum(e.getValue().toArray(new BoolVar[0])));
            }
            model.addEquality(kitSum.build(), needing.build());
            vs.put(t, venues);
            ys.put(t, animators);
            ks.put(t, kits);
        }
        model.addEquality(all.build(), isAssigned);
        if (s.getPinnedAssignment() != null) {
            model.addEquality(isAssigned, 1);
        }
        assigned.put(s, isAssigned);
        v.put(s, vs);
        y.put(s, ys);
        k.put(s, ks);
    }

    /** H1 (animator once per slot), H2 (venue rooms per slot), H3 (kit once per slot), H12 (maxSessions). */
    private void sharedResources() {
        Map<Object, Map<Timeslot, List<BoolVar>>> byResource = new LinkedHashMap<>();
        for (Session s : sessions) {
            for (Timeslot t : v.get(s).keySet()) {
                v.get(s).get(t).forEach((venue, b) -> byResource.computeIfAbsent(venue, x -> new LinkedHashMap<>())
                        .computeIfAbsent(t, x -> new ArrayList<>()).add(b));
                y.get(s).get(t).forEach((a, b) -> byResource.computeIfAbsent(a, x -> new LinkedHashMap<>())
                        .computeIfAbsent(t, x -> new ArrayList<>()).add(b));
                k.get(s).get(t).forEach((kit, b) -> byResource.computeIfAbsent(kit, x -> new LinkedHashMap<>())
                        .computeIfAbsent(t, x -> new ArrayList<>()).add(b));
            }
        }
        for (var e : byResource.entrySet()) {
            long capacity = e.getKey() instanceof Venue venue ? venue.getRooms() : 1;
            for (List<BoolVar> inSlot : e.getValue().values()) {
                if (inSlot.size() > capacity) {
                    if (capacity == 1) {
                        model.addAtMostOne(inSlot.toArray(new Literal[0]));
                    } else {
                        model.addLessOrEqual(LinearExpr.sum(inSlot.toArray(new BoolVar[0])), capacity);
                    }
                }
            }
        }
    }

    private LinearExpr animatorSessions(Session s, Animator a) {
        LinearExprBuilder b = LinearExpr.newBuilder();
        for (Map<Animator, BoolVar> bySlot : y.get(s).values()) {
            BoolVar x = bySlot.get(a);
            if (x != null) {
                b.add(x);
            }
        }
        return b.build();
    }

    private Map<Commune, LinearExprBuilder> heldIn(Session s) {
        Map<Commune, LinearExprBuilder> byCommune = new LinkedHashMap<>();
        for (Map<Venue, BoolVar> bySlot : v.get(s).values()) {
            bySlot.forEach((venue, b) -> byCommune.computeIfAbsent(venue.getCommune(), x -> LinearExpr.newBuilder())
                    .add(b));
        }
        return byCommune;
    }

    /** z ⇔ a ∧ b. */
    private BoolVar and(BoolVar a, BoolVar b, String name) {
        BoolVar z = model.newBoolVar(name);
        model.addImplication(z, a);
        model.addImplication(z, b);
        model.addBoolOr(new Literal[] {a.not(), b.not(), z});
        return z;
    }

    /** A Boolean equal to a 0/1 sum (one variable per sum, so that products stay small). */
    private BoolVar equalTo(LinearExpr sum, String name) {
        BoolVar b = model.newBoolVar(name);
        model.addEquality(b, sum);
        return b;
    }

    private final Map<Session, Map<Commune, BoolVar>> heldBool = new HashMap<>();

    /** Per session and commune: the session is held at a venue of that commune. */
    private Map<Commune, BoolVar> heldBools(Session s) {
        return heldBool.computeIfAbsent(s, x -> {
            Map<Commune, BoolVar> out = new LinkedHashMap<>();
            heldIn(s).forEach((c, b) -> out.put(c, equalTo(b.build(), "C_" + s.getId() + "_" + c)));
            return out;
        });
    }

    /** S2: per session, the distance from the animator's home commune to the venue's commune. */
    private LinearExpr animatorDistance() {
        LinearExprBuilder s2 = LinearExpr.newBuilder();
        for (Session s : sessions) {
            Set<Animator> animators = new LinkedHashSet<>();
            y.get(s).values().forEach(m -> animators.addAll(m.keySet()));
            Map<Commune, BoolVar> heldExpr = heldBools(s);
            // AC[a,c] = A[a]·C[c] for the one-hot animator A and venue commune C, written as a transport
            // (Σ_c AC[a,·] = A[a], Σ_a AC[·,c] = C[c]): exact for integers, and far tighter for the linear
            // relaxation than the three inequalities of a product.
            Map<Commune, LinearExprBuilder> column = new LinkedHashMap<>();
            for (Animator a : animators) {
                BoolVar withA = equalTo(animatorSessions(s, a), "A_" + s.getId() + "_" + a.getId());
                LinearExprBuilder row = LinearExpr.newBuilder();
                for (var e : heldExpr.entrySet()) {
                    long hm = a.getHomeCommune().distanceHm(e.getKey());
                    BoolVar z = model.newBoolVar("AC_" + s.getId() + "_" + a.getId() + "_" + e.getKey());
                    row.add(z);
                    column.computeIfAbsent(e.getKey(), x -> LinearExpr.newBuilder()).add(z);
                    s2.addTerm(z, RosterConstraintProvider.S2_PER_HM * hm);
                }
                model.addEquality(row.build(), withA);
            }
            for (var e : heldExpr.entrySet()) {
                LinearExprBuilder col = column.get(e.getKey());
                model.addEquality(col == null ? LinearExpr.constant(0) : col.build(), e.getValue());
            }
        }
        return s2.build();
    }

    /** S3: 25·(n_kd² − Σ_c n_kdc²) per kit and day, i.e. 50 per same-day pair of the kit in two communes. */
    private LinearExpr kitTravel() {
        // (kit, day, commune) -> sessions' indicators
        Map<Kit, Map<Day, Map<Commune, List<BoolVar>>>> n = new LinkedHashMap<>();
        for (Session s : sessions) {
            // kit k on day d, as a 0/1 expression, and the commune held in
            Map<Kit, Map<Day, LinearExprBuilder>> kitDay = new LinkedHashMap<>();
            Map<Kit, Map<Day, Set<Commune>>> possibleCommunes = new LinkedHashMap<>();
            for (var bySlot : k.get(s).entrySet()) {
                Timeslot t = bySlot.getKey();
                for (var byKit : bySlot.getValue().entrySet()) {
                    kitDay.computeIfAbsent(byKit.getKey(), x -> new LinkedHashMap<>())
                            .computeIfAbsent(t.getDay(), x -> LinearExpr.newBuilder()).add(byKit.getValue());
                    for (Venue venue : v.get(s).get(t).keySet()) {
                        if (Feasibility.needsKit(s, venue) && Feasibility.venueAndKitSuit(s, venue, byKit.getKey())
                                || s.getPinnedAssignment() != null) {
                            possibleCommunes.computeIfAbsent(byKit.getKey(), x -> new LinkedHashMap<>())
                                    .computeIfAbsent(t.getDay(), x -> new LinkedHashSet<>()).add(venue.getCommune());
                        }
                    }
                }
            }
            Map<Commune, BoolVar> heldExpr = heldBools(s);
            // U[k,d,c] = KD[k,d]·C[c]: Σ_c U[k,d,·] = KD[k,d] and Σ_{k,d} U[·,·,c] ≤ C[c] (exact: C is one-hot and
            // KD implies a venue that needs kit k in one of the listed communes).
            Map<Commune, LinearExprBuilder> byCommuneOfS = new LinkedHashMap<>();
            for (var byKit : kitDay.entrySet()) {
                for (var byDay : byKit.getValue().entrySet()) {
                    BoolVar kd = equalTo(byDay.getValue().build(),
                            "KD_" + s.getId() + "_" + byKit.getKey().getId() + "_" + byDay.getKey());
                    LinearExprBuilder row = LinearExpr.newBuilder();
                    for (Commune c : possibleCommunes.getOrDefault(byKit.getKey(), Map.of())
                            .getOrDefault(byDay.getKey(), Set.of())) {
                        BoolVar u = model.newBoolVar(
                                "U_" + s.getId() + "_" + byKit.getKey().getId() + "_" + byDay.getKey() + "_" + c);
                        row.add(u);
                        byCommuneOfS.computeIfAbsent(c, x -> LinearExpr.newBuilder()).add(u);
                        n.computeIfAbsent(byKit.getKey(), x -> new LinkedHashMap<>())
                                .computeIfAbsent(byDay.getKey(), x -> new LinkedHashMap<>())
                                .computeIfAbsent(c, x -> new ArrayList<>()).add(u);
                    }
                    model.addEquality(row.build(), kd);
                }
            }
            byCommuneOfS.forEach((c, us) -> model.addLessOrEqual(us.build(), heldExpr.get(c)));
        }
        LinearExprBuilder s3 = LinearExpr.newBuilder();
        long half = RosterConstraintProvider.S3_PER_PAIR / 2;
        if (half * 2 != RosterConstraintProvider.S3_PER_PAIR) {
            throw new IllegalStateException("S3 weight must be even for the 25·(n² − Σ n_c²) form");
        }
        for (var byKit : n.entrySet()) {
            for (var byDay : byKit.getValue().entrySet()) {
                if (byDay.getValue().size() < 2) {
                    continue; // one commune only: no pair in different communes
                }
                // n² − Σ_c n_c² = Σ_c n_c·(n − n_c): written with non-negative products only, so that the linear
                // relaxation's bound on S3 stays ≥ 0 (the form with −n_c² gave CP-SAT negative soft bounds).
                int slotsThatDay = (int) slots.stream().filter(t -> t.getDay() == byDay.getKey()).count();
                String name = byKit.getKey().getId() + "_" + byDay.getKey();
                Map<Commune, IntVar> counts = new LinkedHashMap<>();
                LinearExprBuilder total = LinearExpr.newBuilder();
                for (var byCommune : byDay.getValue().entrySet()) {
                    List<BoolVar> us = byCommune.getValue();
                    IntVar nc = model.newIntVar(0, Math.min(us.size(), slotsThatDay), "n_" + name + "_" + byCommune.getKey());
                    model.addEquality(nc, LinearExpr.sum(us.toArray(new BoolVar[0])));
                    counts.put(byCommune.getKey(), nc);
                    total.add(nc);
                }
                IntVar nd = model.newIntVar(0, slotsThatDay, "n_" + name);
                model.addEquality(nd, total.build());
                for (var e : counts.entrySet()) {
                    IntVar nc = e.getValue();
                    long max = nc.getDomain().max();
                    IntVar others = model.newIntVar(0, slotsThatDay, "o_" + nc.getName());
                    model.addEquality(LinearExpr.newBuilder().add(others).add(nc).build(), nd);
                    IntVar product = model.newIntVar(0, max * slotsThatDay, "p_" + nc.getName());
                    model.addMultiplicationEquality(product, nc, others);
                    s3.addTerm(product, half);
                }
            }
        }
        return s3.build();
    }

    /** S5 and H12: 5·n² per animator, n ≤ maxSessions. */
    private LinearExpr loadBalance() {
        LinearExprBuilder s5 = LinearExpr.newBuilder();
        for (Animator a : roster.getAnimators()) {
            LinearExprBuilder count = LinearExpr.newBuilder();
            int terms = 0;
            for (Session s : sessions) {
                for (Map<Animator, BoolVar> bySlot : y.get(s).values()) {
                    BoolVar x = bySlot.get(a);
                    if (x != null) {
                        count.add(x);
                        terms++;
                    }
                }
            }
            int max = Math.max(0, Math.min(a.getMaxSessions(), Math.min(terms, slots.size())));
            // n² as the sum of its increasing steps 2j − 1 over ordered Booleans g_j = [n ≥ j]: exact, and its
            // linear relaxation is the convex hull (a product n·n relaxes to almost nothing).
            LinearExprBuilder steps = LinearExpr.newBuilder();
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
            model.addEquality(steps.build(), count.build());
        }
        return s5.build();
    }

    /** S6: 200 per commune with demand (a session's commune, assigned or not) where no session is held. */
    private LinearExpr communeWithoutSession() {
        Set<Commune> demand = new LinkedHashSet<>();
        sessions.forEach(s -> demand.add(s.getCommune()));
        Map<Commune, List<BoolVar>> heldThere = new LinkedHashMap<>();
        for (Session s : sessions) {
            for (Map<Venue, BoolVar> bySlot : v.get(s).values()) {
                bySlot.forEach((venue, b) -> heldThere.computeIfAbsent(venue.getCommune(), x -> new ArrayList<>())
                        .add(b));
            }
        }
        LinearExprBuilder s6 = LinearExpr.newBuilder();
        for (Commune c : demand) {
            List<BoolVar> there = heldThere.getOrDefault(c, List.of());
            s6.add(RosterConstraintProvider.S6_PER_COMMUNE);
            if (there.isEmpty()) {
                continue;
            }
            BoolVar held = model.newBoolVar("held_" + c);
            // held ⇔ at least one session there
            model.addBoolOr(there.toArray(new Literal[0])).onlyEnforceIf(held);
            for (BoolVar b : there) {
                model.addImplication(b, held);
            }
            s6.addTerm(held, -RosterConstraintProvider.S6_PER_COMMUNE);
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
    Result solve(double seconds, int workers, boolean log) {
        long start = System.nanoTime();
        model.minimize(mediumExpr);
        CpSolver solver = newSolver(seconds / 2, workers, log);
        // The medium phase is easy for the linear relaxation; CP-SAT's presolve took longer than its search.
        solver.getParameters().setCpModelPresolve(false);
        CpSolverStatus mediumStatus = solver.solve(model);
        if (mediumStatus != CpSolverStatus.OPTIMAL && mediumStatus != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("medium phase: " + mediumStatus);
        }
        long medium = Math.round(solver.objectiveValue());
        hintFrom(solver);
        model.addLessOrEqual(mediumExpr, medium);
        addSoft();
        model.minimize(softExpr);
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
        return solver;
    }

    private void hintFrom(CpSolver solver) {
        model.clearHints();
        for (Session s : sessions) {
            for (Timeslot t : v.get(s).keySet()) {
                for (BoolVar b : v.get(s).get(t).values()) {
                    model.addHint(b, solver.value(b));
                }
                for (BoolVar b : y.get(s).get(t).values()) {
                    model.addHint(b, solver.value(b));
                }
                for (BoolVar b : k.get(s).get(t).values()) {
                    model.addHint(b, solver.value(b));
                }
            }
        }
    }

    private Map<Session, Placement> placements(CpSolver solver) {
        Map<Session, Placement> out = new LinkedHashMap<>();
        for (Session s : sessions) {
            for (Timeslot t : v.get(s).keySet()) {
                Venue venue = chosen(solver, v.get(s).get(t));
                if (venue == null) {
                    continue;
                }
                out.put(s, new Placement(t, venue, chosen(solver, y.get(s).get(t)), chosen(solver, k.get(s).get(t))));
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
