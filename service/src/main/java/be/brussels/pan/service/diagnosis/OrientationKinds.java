package be.brussels.pan.service.diagnosis;

import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code orientation_kinds} column (V5): the kinds of the orientations a diagnosis proposed, in the
 * response's order, each once, comma-separated ({@code ""} for none). Each kind once keeps the first orientation
 * of every kind in its place, which is all the roster's demand asks ("the first orientation of such a kind").
 */
final class OrientationKinds {

    /** The column's width (V5): every kind once must fit (see the test). */
    static final int COLUMN_WIDTH = 200;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NAMES = Arrays.stream(OrientationKind.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private OrientationKinds() {
    }

    /** The column's value for a response about to be stored. */
    static String of(DiagnosisResponse response) {
        return response.orientations() == null ? "" : join(response.orientations().stream()
                .map(DiagnosisResponse.Orientation::kind).filter(Objects::nonNull).map(Enum::name));
    }

    /**
     * The column's value for a response stored before V5, read from its JSON ({@code orientations[].kind}). A JSON
     * that cannot be read gives none, as the demand's reading of it did; a kind that is not one of the contract's
     * is left out (no response ever held one).
     */
    static String ofStoredJson(byte[] json) {
        if (json == null) {
            return "";
        }
        JsonNode orientations;
        try {
            orientations = JSON.readTree(new String(json, StandardCharsets.UTF_8)).path("orientations");
        } catch (JsonProcessingException e) {
            return "";
        }
        Stream.Builder<String> kinds = Stream.builder();
        orientations.forEach(o -> kinds.add(o.path("kind").asText()));
        return join(kinds.build().filter(NAMES::contains));
    }

    /** The kinds a column value names, in order. A name the contract no longer knows is left out. */
    static List<OrientationKind> read(String column) {
        return StoredLists.read(column).stream().filter(NAMES::contains).map(OrientationKind::valueOf).toList();
    }

    private static String join(Stream<String> names) {
        return String.join(",", names.collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
