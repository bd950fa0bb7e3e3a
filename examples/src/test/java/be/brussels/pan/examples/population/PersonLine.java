package be.brussels.pan.examples.population;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A line of a population file built by hand, with only what the diff reads (and a bit of what it skips), for
 * tests that need known differences. {@code offers} and {@code kinds} go together, rank order.
 */
record PersonLine(long id, Integer age, String postcode, String device, String persona, String urgency, String level,
                  List<String> offers, List<String> kinds, List<String> targetGroups, String version) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static PersonLine of(long id, Integer age, String postcode) {
        return new PersonLine(id, age, postcode, "COMPUTER", "BENOIT", "LOW", "NONE", List.of(), List.of(), List.of(), "1.0.0");
    }

    PersonLine outcome(String newPersona, String newUrgency, String newLevel) {
        return new PersonLine(id, age, postcode, device, newPersona, newUrgency, newLevel, offers, kinds, targetGroups, version);
    }

    /** Offers as {@code id} or {@code id:KIND} (EPN when no kind is given). */
    PersonLine offers(String... offersAndKinds) {
        List<String> ids = java.util.Arrays.stream(offersAndKinds).map(o -> o.split(":")[0]).toList();
        List<String> offerKinds = java.util.Arrays.stream(offersAndKinds).map(o -> o.contains(":") ? o.split(":")[1] : "EPN").toList();
        return new PersonLine(id, age, postcode, device, persona, urgency, level, ids, offerKinds, targetGroups, version);
    }

    PersonLine groups(String... groups) {
        return new PersonLine(id, age, postcode, device, persona, urgency, level, offers, kinds, List.of(groups), version);
    }

    PersonLine device(String newDevice) {
        return new PersonLine(id, age, postcode, newDevice, persona, urgency, level, offers, kinds, targetGroups, version);
    }

    PersonLine version(String newVersion) {
        return new PersonLine(id, age, postcode, device, persona, urgency, level, offers, kinds, targetGroups, newVersion);
    }

    String json() {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("id", id);
        ObjectNode request = line.putObject("request");
        request.put("channel", "ACTIRIS");
        ObjectNode answers = request.putObject("answers");
        answers.put("device", device).put("internet", "HOME").put("email", "ALONE").put("onlineProcedures", "WITH_HELP");
        if (age != null || postcode != null) {
            ObjectNode profile = request.putObject("profile");
            if (age != null) {
                profile.put("age", age);
            }
            if (postcode != null) {
                profile.put("postcode", postcode);
            }
        }
        ObjectNode response = line.putObject("response");
        response.putNull("id");
        response.put("ruleBaseVersion", version);
        response.putObject("fragility").put("score", 40).put("level", level).putObject("dimensions").put("access", 1);
        response.putObject("persona").put("code", persona).put("match", 0.5).putArray("alternatives");
        response.put("urgency", urgency);
        ArrayNode groups = response.putArray("targetGroups");
        targetGroups.forEach(groups::add);
        ArrayNode orientations = response.putArray("orientations");
        for (int i = 0; i < offers.size(); i++) {
            ObjectNode orientation = orientations.addObject().put("rank", i + 1).put("kind", kinds.get(i)).put("offerId", offers.get(i))
                    .put("name", "Offre « " + offers.get(i) + " » – texte");
            orientation.putArray("reasons").addObject().put("code", "x").put("text", "Répond à un besoin → ici.");
        }
        response.putArray("explanation").addObject().put("rule", "r").put("text", "t").put("source", "s");
        return line.toString();
    }
}
