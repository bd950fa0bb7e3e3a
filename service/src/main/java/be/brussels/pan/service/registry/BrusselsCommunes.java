package be.brussels.pan.service.registry;

import be.brussels.pan.roster.generator.SeedData;
import be.brussels.pan.roster.json.ProblemJson.CommuneJson;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The 19 communes of the Brussels-Capital Region with their NIS codes and points, from the planner's copy of
 * {@code shared/data/communes.csv}: what venues and animators name, and what every roster problem lists. Only the
 * data is read; the illustrative generator that also uses it is never called by the service.
 */
@Component
public class BrusselsCommunes {

    private final List<CommuneJson> communes = SeedData.load().communes().stream()
            .map(c -> new CommuneJson(c.nis(), c.name(), c.lat(), c.lon())).toList();
    private final Set<String> codes = communes.stream().map(CommuneJson::code).collect(Collectors.toUnmodifiableSet());

    public List<CommuneJson> all() {
        return communes;
    }

    public Set<String> codes() {
        return codes;
    }
}
