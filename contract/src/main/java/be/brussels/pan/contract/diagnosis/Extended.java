package be.brussels.pan.contract.diagnosis;

import java.util.List;

/** The optional deeper diagnosis: attitude, a DigComp self-assessment, barriers and needs. */
public record Extended(Interest interest, Stress stress, Boolean knowsSupportOffer, Boolean helpAtHome,
                       Digcomp digcomp, List<Barrier> barriers, List<Need> needs) {
}
