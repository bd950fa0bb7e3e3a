package be.brussels.pan.service.stats;

import be.brussels.pan.service.diagnosis.DemandCount;

/**
 * The session kind proposed to the people of a demand count: the roster feature's rule ({@code roster.DemandKinds}),
 * which the statistics use to label a demand group without knowing it.
 */
public interface ProposedKind {

    /** The kind proposed to these people. */
    String of(DemandCount demand);

    /** The kind of a group in which no kind is proposed to at least the threshold of people. */
    String otherwise();
}
