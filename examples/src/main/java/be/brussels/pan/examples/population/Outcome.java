package be.brussels.pan.examples.population;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.TreeSet;

/**
 * What the diff compares of one line of a population file: the request (to check that both runs diagnosed
 * the same person) and the few outcomes of the response a policy officer follows. The rest of the response
 * (texts, reasons, scores) is not kept, so a file of 10,000 responses holds a few megabytes in memory.
 *
 * @param line          the line of the file, for messages
 * @param top3          the first three orientations' offer ids, in rank order (fewer if fewer were proposed)
 * @param startDigital  whether a Start Digital training is among the orientations (at any rank)
 * @param targetGroups  the target groups, sorted
 */
public record Outcome(long id, int line, JsonNode request, RequestSummary summary, String ruleBaseVersion,
                      String persona, String urgency, String level, List<String> top3, boolean startDigital,
                      List<String> targetGroups) {

    public Outcome {
        top3 = List.copyOf(top3);
        targetGroups = List.copyOf(new TreeSet<>(targetGroups));
    }

    /** The first orientation's offer id; null when nothing was proposed. */
    public String top1() {
        return top3.isEmpty() ? null : top3.get(0);
    }

    public List<String> top3Set() {
        return List.copyOf(new TreeSet<>(top3));
    }
}
