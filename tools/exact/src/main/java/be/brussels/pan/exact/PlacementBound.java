package be.brussels.pan.exact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Commune;
import be.brussels.pan.roster.domain.Feasibility;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;
import be.brussels.pan.roster.solver.RosterConstraintProvider;

/**
 * A lower bound on a roster's soft cost, and often the optimum: a mixed-integer program with one Boolean per
 * <em>placement</em> of a session (a timeslot, a venue and an animator that pass the planner's {@link Feasibility}
 * predicates), solved by a MIP solver (SCIP or HiGHS, through OR-Tools).
 *
 * <p>Why placements: S1, S2 and S4 are then linear in one variable each, and H1 (an animator once per timeslot) and
 * H2 (a venue's rooms per timeslot) are plain rows over them. The linear relaxation therefore knows the conflicts,
 * which the one-hot model of {@link ExactModel} leaves to NoOverlap constraints its relaxation ignores (there, bounds
 * of 153–602 against rosters of 1,400–1,900 on S).
 *
 * <p>What it relaxes, so that its optimum is a <b>lower bound</b> of the roster's:
 * <ul>
 *   <li>the kit: no kit variable, so no H3 (a kit once per timeslot) and no S3 (50 per same-day pair of one kit in
 *       two communes, a cost ≥ 0). A placement at a venue that needs a kit ({@link Feasibility#needsKit}) is kept
 *       when some kit suits it there.</li>
 * </ul>
 * Everything else is exact: H4–H11 by construction, H1, H2, H12 and H13 as rows, the medium (Σ priority of the
 * unassigned sessions), S5 = 5·n² per animator (the steps 5·(2j−1) of a convex cost need no ordering) and S6 = 200
 * per commune with demand where no session is held.
 *
 * <p>The relaxed optimum is then completed with kits ({@link #completeKits}): a small MIP that gives every session at
 * a kit-needing venue a suitable kit, no kit twice in a timeslot (H3), at the least S3. When that succeeds the
 * completed roster is a real roster whose soft is the bound plus its S3, so with S3 = 0 the bound is the optimum.
 */
final class PlacementBound {

    /** One feasible placement of a session and its soft cost in S1 + S2 + S4. */
    record Choice(Session session, Timeslot timeslot, Venue venue, Animator animator, MPVariable variable, long cost) {
    }

    /**
     * A solve's outcome: the medium (proven when {@code mediumOptimal}; for the linear relaxation, its bound rounded
     * up), the soft bound at that medium and the roster found (none for the linear relaxation).
     */
    record Result(long medium, boolean mediumOptimal, long soft, long softBound, boolean softOptimal,
                  Map<Session, ExactModel.Placement> placements, double seconds) {
    }

    private final Roster roster;
    private final MPSolver solver;
    private final List<Choice> choices = new ArrayList<>();
    private final Map<Session, MPVariable> assigned = new LinkedHashMap<>();
    private final Map<Animator, List<MPVariable>> loadSteps = new LinkedHashMap<>();
    private final Map<Commune, MPVariable> held = new LinkedHashMap<>();
    private final Set<Commune> demand = new LinkedHashSet<>();

    /** True for the linear relaxation only (every placement a fraction): a weaker bound, for weeks too big for the MIP. */
    private final boolean linear;

    PlacementBound(Roster roster, String solverId, boolean linear) {
        this.roster = roster;
        this.linear = linear;
        this.solver = MPSolver.createSolver(solverId);
        if (solver == null) {
            throw new IllegalArgumentException("MIP solver " + solverId + " is not in this OR-Tools build");
        }
        build();
    }

    private void build() {
        Map<Animator, List<MPVariable>> byAnimator = new LinkedHashMap<>();
        Map<List<Object>, List<MPVariable>> animatorSlot = new LinkedHashMap<>();
        Map<List<Object>, List<MPVariable>> venueSlot = new LinkedHashMap<>();
        Map<Commune, List<MPVariable>> byCommune = new LinkedHashMap<>();
        for (Session s : roster.getSessions()) {
            if (s.getPublished() != null) {
                throw new IllegalArgumentException("session " + s.getId()
                        + " is published: S7 (re-planning) is not modelled; use fresh problems");
            }
            demand.add(s.getCommune());
            var pin = s.getPinnedAssignment();
            if (pin != null && pin.kit() != null) {
                // The kit is relaxed here and completed afterwards, where a pinned kit would have to be kept (H13).
                throw new IllegalArgumentException("session " + s.getId() + " is pinned with a kit: not modelled");
            }
            List<Choice> mine = new ArrayList<>();
            for (Venue venue : roster.getVenues()) {
                if ((pin != null && pin.venue() != venue) || !suits(s, venue)) {
                    continue;
                }
                for (Timeslot t : roster.getTimeslots()) {
                    if ((pin != null && pin.timeslot() != t) || !Feasibility.venueIsOpen(venue, t)) {
                        continue;
                    }
                    for (Animator a : roster.getAnimators()) {
                        if ((pin != null && pin.animator() != a) || !Feasibility.animatorIsAvailable(a, t)
                                || !Feasibility.animatorSpeaksLanguage(s, a) || !Feasibility.animatorHasSkills(s, a)) {
                            continue;
                        }
                        long cost = RosterConstraintProvider.S1_PER_HM * s.getCommune().distanceHm(venue.getCommune())
                                + RosterConstraintProvider.S2_PER_HM * a.getHomeCommune().distanceHm(venue.getCommune())
                                + (s.getPreferredPeriod().contains(t) ? 0 : RosterConstraintProvider.S4_PER_SESSION);
                        String name = "P_" + s.getId() + "_" + t.getId() + "_" + venue.getId() + "_" + a.getId();
                        MPVariable p = linear ? solver.makeNumVar(0, 1, name) : solver.makeBoolVar(name);
                        Choice c = new Choice(s, t, venue, a, p, cost);
                        mine.add(c);
                        choices.add(c);
                        byAnimator.computeIfAbsent(a, z -> new ArrayList<>()).add(p);
                        animatorSlot.computeIfAbsent(List.of(a, t), z -> new ArrayList<>()).add(p);
                        venueSlot.computeIfAbsent(List.of(venue, t), z -> new ArrayList<>()).add(p);
                        byCommune.computeIfAbsent(venue.getCommune(), z -> new ArrayList<>()).add(p);
                    }
                }
            }
            // assigned = Σ placements, at most one (exactly one for a pinned session: H13)
            MPVariable isAssigned = solver.makeNumVar(pin != null ? 1 : 0, 1, "assigned_" + s.getId());
            MPConstraint one = solver.makeConstraint(0, 0, "one_" + s.getId());
            one.setCoefficient(isAssigned, -1);
            mine.forEach(c -> one.setCoefficient(c.variable(), 1));
            assigned.put(s, isAssigned);
        }
        // H1: an animator once per timeslot.
        animatorSlot.forEach((key, vars) -> atMost(vars, 1, "H1"));
        // H2: a venue's rooms per timeslot.
        venueSlot.forEach((key, vars) -> atMost(vars, ((Venue) key.get(0)).getRooms(), "H2"));
        // H12 and S5: n = Σ placements ≤ maxSessions, 5·n² as the sum of its convex steps 5·(2j−1).
        for (Animator a : roster.getAnimators()) {
            List<MPVariable> uses = byAnimator.getOrDefault(a, List.of());
            int max = Math.min(a.getMaxSessions(), Math.min(uses.size(), roster.getTimeslots().size()));
            atMost(uses, a.getMaxSessions(), "H12");
            List<MPVariable> steps = new ArrayList<>();
            MPConstraint load = solver.makeConstraint(0, 0, "load_" + a.getId());
            for (int j = 1; j <= max; j++) {
                MPVariable g = solver.makeNumVar(0, 1, "step_" + a.getId() + "_" + j);
                load.setCoefficient(g, 1);
                steps.add(g);
            }
            uses.forEach(p -> load.setCoefficient(p, -1));
            loadSteps.put(a, steps);
        }
        // S6: held[c] ≤ min(1, Σ placements in c); the objective pushes it up, so it is exact.
        for (Commune c : demand) {
            List<MPVariable> there = byCommune.getOrDefault(c, List.of());
            MPVariable h = solver.makeNumVar(0, there.isEmpty() ? 0 : 1, "held_" + c);
            MPConstraint bound = solver.makeConstraint(-MPSolver.infinity(), 0, "held_" + c);
            bound.setCoefficient(h, 1);
            there.forEach(p -> bound.setCoefficient(p, -1));
            held.put(c, h);
        }
    }

    /** H8–H11: the session may be held at the venue with no kit, or with some kit (then the venue needs one). */
    private boolean suits(Session s, Venue venue) {
        if (Feasibility.venueAndKitSuit(s, venue, null)) {
            return true;
        }
        for (Kit kit : roster.getKits()) {
            if (Feasibility.venueAndKitSuit(s, venue, kit)) {
                return true;
            }
        }
        return false;
    }

    private void atMost(List<MPVariable> vars, double bound, String name) {
        if (vars.size() <= bound) {
            return;
        }
        MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), bound, name);
        vars.forEach(p -> row.setCoefficient(p, 1));
    }

    int placements() {
        return choices.size();
    }

    /**
     * Lexicographic like the score: the least medium first, then, with the medium fixed, the least soft. Each
     * phase gets half of {@code seconds}. A bound is only proven when the phase says OPTIMAL; otherwise the best
     * bound the solver proved is returned.
     */
    Result solve(double seconds, boolean log) {
        long start = System.nanoTime();
        if (log) {
            solver.enableOutput();
        }
        // Phase 1: Σ priority · (1 − assigned).
        MPObjective objective = solver.objective();
        long total = 0;
        for (Session s : roster.getSessions()) {
            total += s.getPriority();
            objective.setCoefficient(assigned.get(s), -s.getPriority());
        }
        objective.setOffset(total);
        objective.setMinimization();
        MPSolver.ResultStatus mediumStatus = run(seconds / 2);
        boolean mediumOptimal = mediumStatus == MPSolver.ResultStatus.OPTIMAL;
        if (!mediumOptimal && mediumStatus != MPSolver.ResultStatus.FEASIBLE) {
            throw new IllegalStateException("medium phase: " + mediumStatus);
        }
        // The relaxation's least medium, rounded up (priorities are integers), is a lower bound on the roster's.
        long medium = linear ? (long) Math.ceil(objective.value() - 1e-6) : Math.round(objective.value());
        // Fix it: Σ priority · assigned = total − medium (the same sessions' worth placed).
        MPConstraint fixed = solver.makeConstraint(total - medium, total - medium, "medium");
        roster.getSessions().forEach(s -> fixed.setCoefficient(assigned.get(s), s.getPriority()));
        // Phase 2: S1 + S2 + S4 per placement, S5's steps, S6 as 200 · (1 − held).
        objective.clear();
        choices.forEach(c -> objective.setCoefficient(c.variable(), c.cost()));
        loadSteps.values().forEach(steps -> {
            for (int j = 1; j <= steps.size(); j++) {
                objective.setCoefficient(steps.get(j - 1), RosterConstraintProvider.S5_PER_SQUARED_SESSION * (2L * j - 1));
            }
        });
        held.values().forEach(h -> objective.setCoefficient(h, -RosterConstraintProvider.S6_PER_COMMUNE));
        objective.setOffset(RosterConstraintProvider.S6_PER_COMMUNE * (double) demand.size());
        objective.setMinimization();
        double left = seconds - (System.nanoTime() - start) / 1e9;
        MPSolver.ResultStatus softStatus = run(Math.max(1, left));
        boolean softOptimal = softStatus == MPSolver.ResultStatus.OPTIMAL;
        boolean found = !linear && (softOptimal || softStatus == MPSolver.ResultStatus.FEASIBLE);
        long soft = found ? Math.round(objective.value()) : -1;
        // Costs are integers: any bound rounds up. A proven optimum is its own bound; the linear relaxation's optimum
        // is a bound.
        long bound = linear ? (softOptimal ? (long) Math.ceil(objective.value() - 1e-6) : -1)
                : softOptimal ? soft : (long) Math.ceil(objective.bestBound() - 1e-6);
        Map<Session, ExactModel.Placement> placements = new LinkedHashMap<>();
        if (found) {
            for (Choice c : choices) {
                if (c.variable().solutionValue() > 0.5) {
                    placements.put(c.session(), new ExactModel.Placement(c.timeslot(), c.venue(), c.animator(), null));
                }
            }
        }
        return new Result(medium, mediumOptimal, soft, bound, softOptimal, placements,
                (System.nanoTime() - start) / 1e9);
    }

    private MPSolver.ResultStatus run(double seconds) {
        solver.setTimeLimit(Math.round(seconds * 1000));
        MPSolverParameters parameters = new MPSolverParameters();
        // An exact bound: no early stop at the solvers' default relative gap (1e-4 is 0.2 soft on a roster of 2,000,
        // harmless for integer costs, but 0 says what is meant).
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
        return solver.solve(parameters);
    }

    /**
     * Gives a kit to every placed session at a venue that needs one ({@link Feasibility#needsKit}): one that suits
     * the session there, no kit twice in a timeslot (H3), the least S3 (50 per same-day pair of one kit in two
     * communes). Returns the placements with their kits, or null when no kit assignment satisfies H3.
     */
    static Map<Session, ExactModel.Placement> completeKits(Roster roster, Map<Session, ExactModel.Placement> placed,
                                                           String solverId, double seconds) {
        MPSolver kits = MPSolver.createSolver(solverId);
        Map<Session, Map<Kit, MPVariable>> z = new LinkedHashMap<>();
        Map<List<Object>, List<MPVariable>> kitSlot = new LinkedHashMap<>();
        placed.forEach((s, p) -> {
            if (!Feasibility.needsKit(s, p.venue())) {
                return;
            }
            Map<Kit, MPVariable> mine = new LinkedHashMap<>();
            MPConstraint one = kits.makeConstraint(1, 1, "kit_" + s.getId());
            for (Kit kit : roster.getKits()) {
                if (Feasibility.venueAndKitSuit(s, p.venue(), kit)) {
                    MPVariable b = kits.makeBoolVar("Z_" + s.getId() + "_" + kit.getId());
                    one.setCoefficient(b, 1);
                    mine.put(kit, b);
                    kitSlot.computeIfAbsent(List.of(kit, p.timeslot()), q -> new ArrayList<>()).add(b);
                }
            }
            z.put(s, mine);
        });
        kitSlot.values().forEach(vars -> {
            MPConstraint row = kits.makeConstraint(0, 1, "H3");
            vars.forEach(b -> row.setCoefficient(b, 1));
        });
        MPObjective objective = kits.objective();
        List<Session> withKit = new ArrayList<>(z.keySet());
        for (int i = 0; i < withKit.size(); i++) {
            for (int j = i + 1; j < withKit.size(); j++) {
                Session a = withKit.get(i);
                Session b = withKit.get(j);
                ExactModel.Placement pa = placed.get(a);
                ExactModel.Placement pb = placed.get(b);
                if (pa.timeslot().getDay() != pb.timeslot().getDay()
                        || pa.venue().getCommune() == pb.venue().getCommune()) {
                    continue;
                }
                for (var e : z.get(a).entrySet()) {
                    MPVariable other = z.get(b).get(e.getKey());
                    if (other == null) {
                        continue;
                    }
                    // pair ≥ Z[a,k] + Z[b,k] − 1
                    MPVariable pair = kits.makeNumVar(0, 1, "S3_" + a.getId() + "_" + b.getId());
                    MPConstraint row = kits.makeConstraint(-1, MPSolver.infinity(), "S3");
                    row.setCoefficient(pair, 1);
                    row.setCoefficient(e.getValue(), -1);
                    row.setCoefficient(other, -1);
                    objective.setCoefficient(pair, RosterConstraintProvider.S3_PER_PAIR);
                }
            }
        }
        objective.setMinimization();
        kits.setTimeLimit(Math.round(seconds * 1000));
        MPSolver.ResultStatus status = kits.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            return null;
        }
        Map<Session, ExactModel.Placement> out = new LinkedHashMap<>();
        placed.forEach((s, p) -> {
            Kit kit = null;
            for (var e : z.getOrDefault(s, Map.of()).entrySet()) {
                if (e.getValue().solutionValue() > 0.5) {
                    kit = e.getKey();
                }
            }
            out.put(s, new ExactModel.Placement(p.timeslot(), p.venue(), p.animator(), kit));
        });
        return out;
    }
}
