package be.brussels.pan.service.diagnosis;

import be.brussels.pan.contract.diagnosis.OrientationKind;
import java.util.List;

/**
 * Diagnoses that share everything a roster's demand is built from, and how many they are
 * ({@link DiagnosisStore#demand}).
 *
 * @param commune          the Brussels commune's NIS code, {@link DiagnosisCounts#NO_COMMUNE} if none
 * @param languages        the person's languages as given, each once (none if not given)
 * @param targetGroups     the response's target groups, in its order
 * @param urgency          the response's {@code Urgency}, by name
 * @param orientationKinds the kinds of the response's orientations, in its order, each once
 * @param diagnoses        how many diagnoses have exactly these values
 */
public record DemandCount(String commune, List<String> languages, List<String> targetGroups, String urgency,
                          List<OrientationKind> orientationKinds, long diagnoses) {
}
