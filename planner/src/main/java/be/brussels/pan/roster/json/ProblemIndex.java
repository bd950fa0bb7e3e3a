package be.brussels.pan.roster.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import be.brussels.pan.roster.json.ProblemJson.AnimatorJson;
import be.brussels.pan.roster.json.ProblemJson.CommuneJson;
import be.brussels.pan.roster.json.ProblemJson.KitJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.ProblemJson.TimeslotJson;
import be.brussels.pan.roster.json.ProblemJson.VenueJson;

/** Lookup by id of every list of a (validated) problem. On duplicate ids the first one wins. */
public final class ProblemIndex {
    public final Map<String, CommuneJson> communes;
    public final Map<String, TimeslotJson> timeslots;
    public final Map<String, VenueJson> venues;
    public final Map<String, AnimatorJson> animators;
    public final Map<String, KitJson> kits;
    public final Map<String, SessionJson> sessions;

    public ProblemIndex(ProblemJson p) {
        communes = byId(p.communes(), CommuneJson::code);
        timeslots = byId(p.timeslots(), TimeslotJson::id);
        venues = byId(p.venues(), VenueJson::id);
        animators = byId(p.animators(), AnimatorJson::id);
        kits = byId(p.kits(), KitJson::id);
        sessions = byId(p.sessions(), SessionJson::id);
    }

    private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        if (list != null) {
            for (T item : list) {
                if (item != null && id.apply(item) != null) {
                    map.putIfAbsent(id.apply(item), item);
                }
            }
        }
        return map;
    }
}
