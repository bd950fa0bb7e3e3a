package be.brussels.pan.roster.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.json.SolutionJson.ScoreJson;
import be.brussels.pan.roster.json.SolutionJson.UnassignedJson;

/** JSON round trips and generator determinism, over many seeds. */
class RosterJsonProperties {

    @Property(tries = 25)
    void generatedProblemRoundTripsThroughJson(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                               @ForAll boolean feasible) {
        ProblemJson problem = ProblemGenerator.generate(Size.S, seed, feasible).problem();

        ProblemJson back = RosterJson.readProblem(RosterJson.write(problem));

        assertThat(back).isEqualTo(problem);
    }

    @Property(tries = 10)
    void generatorIsDeterministicPerSeed(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        String first = RosterJson.write(ProblemGenerator.generate(Size.M, seed, true).problem());
        String second = RosterJson.write(ProblemGenerator.generate(Size.M, seed, true).problem());

        assertThat(first).isEqualTo(second);
    }

    @Property(tries = 10)
    void differentSeedsGiveDifferentProblems(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        ProblemJson a = ProblemGenerator.generate(Size.S, seed);
        ProblemJson b = ProblemGenerator.generate(Size.S, seed + 1);

        assertThat(a.sessions()).isNotEqualTo(b.sessions());
        assertThat(a.id()).isEqualTo("illustrative-S-seed" + seed);
    }

    @Property(tries = 50)
    void solutionRoundTripsThroughJson(@ForAll("solutions") SolutionJson solution) {
        assertThat(RosterJson.readSolution(RosterJson.write(solution))).isEqualTo(solution);
    }

    @Provide
    Arbitrary<SolutionJson> solutions() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-')
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<AssignmentJson> assignment = net.jqwik.api.Combinators
                .combine(ids, ids, ids, ids, ids.injectNull(0.5))
                .as(AssignmentJson::new);
        Arbitrary<UnassignedJson> unassigned = net.jqwik.api.Combinators
                .combine(ids, Arbitraries.strings().ofMinLength(1).ofMaxLength(60).list().ofMinSize(1).ofMaxSize(3))
                .as(UnassignedJson::new);
        Arbitrary<ScoreJson> score = net.jqwik.api.Combinators.combine(Arbitraries.longs().lessOrEqual(0),
                Arbitraries.longs().lessOrEqual(0), Arbitraries.longs().lessOrEqual(0)).as(ScoreJson::new);
        return net.jqwik.api.Combinators.combine(ids, score, assignment.list().ofMaxSize(8),
                unassigned.list().ofMaxSize(4)).as((id, s, a, u) -> new SolutionJson(id, s, new ArrayList<>(a),
                List.copyOf(u)));
    }
}
