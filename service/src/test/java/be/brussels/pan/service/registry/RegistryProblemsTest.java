package be.brussels.pan.service.registry;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.check.ProblemValidator;
import be.brussels.pan.roster.json.ProblemJson.AnimatorJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.domain.Period;
import be.brussels.pan.roster.domain.SessionKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** The registry as a week's roster problem: active records only, absences of that week out of availability. */
class RegistryProblemsTest extends RegistryTestSupport {

    @Autowired
    RegistryProblems problems;

    @Test
    void aWeeksProblemHasTheActiveRecordsWithEachAnimatorsAbsencesOfThatWeekTakenOut() {
        // anim-absent is absent on Tuesday 2026-12-01 and from Thursday 3 to Saturday 5 (week 2026-W49), and again in W50.
        assertThat(importCsv("planner", "animators", "id,name,homeCommune,languages,skills,maxSessions,available,absences\n"
                + "anim-absent,Animator 10,21012,fr|nl,BASICS,6,MON-1|TUE-1|TUE-2|WED-1|THU-1|SAT-1,"
                + "2026-12-01|2026-12-03..2026-12-05|2026-12-08\n").getStatusCode().value()).isEqualTo(200);
        assertThat(importCsv("planner", "venues", "id,name,kind,address,commune,seats,accessible,startDigital,open\n"
                + "epn-addr,EPN with an address,EPN,\"Rue de la Colonne 56, 1080 Molenbeek-Saint-Jean\",21012,10,true,true,MON-1\n"
                + "epn-gone,EPN retired,EPN,,21012,10,true,true,MON-1\n").getStatusCode().value()).isEqualTo(200);
        assertThat(call("planner", HttpMethod.DELETE, "/api/v1/registry/venues/epn-gone", null).getStatusCode().value())
                .isEqualTo(200);

        RegistrySnapshot w49 = problems.forWeek("2026-W49");
        RegistrySnapshot w48 = problems.forWeek("2026-W48");

        assertThat(animator(w49, "anim-absent").available()).containsExactly("MON-1", "WED-1");
        assertThat(w49.absent().get("anim-absent")).containsExactly("TUE-1", "TUE-2", "THU-1", "SAT-1");
        assertThat(animator(w48, "anim-absent").available()).containsExactly("MON-1", "TUE-1", "TUE-2", "WED-1", "THU-1", "SAT-1");
        assertThat(w48.absent()).doesNotContainKey("anim-absent");

        assertThat(w49.venues()).extracting(v -> v.id()).contains("epn-addr").doesNotContain("epn-gone");
        assertThat(w49.address("epn-addr")).contains("Rue de la Colonne 56, 1080 Molenbeek-Saint-Jean");
        assertThat(w49.address("epn-01")).isEmpty();
        assertThat(w49.illustrative()).isTrue();
        assertThat(w49.communes()).hasSize(19);
        assertThat(w49.date(w49.timeslots().stream().filter(t -> t.id().equals("MON-1")).findFirst().orElseThrow()))
                .hasToString("2026-11-30");

        // The problem is valid for the planner with any session.
        SessionJson session = new SessionJson("s-1", SessionKind.WORKSHOP, "fr", "GENERAL", List.of(), 6, "21012",
                false, false, false, Period.ANY, 2, null);
        ProblemValidator.validate(w49.problem("w49", List.of(session)));
    }

    private static AnimatorJson animator(RegistrySnapshot snapshot, String id) {
        return snapshot.animators().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
