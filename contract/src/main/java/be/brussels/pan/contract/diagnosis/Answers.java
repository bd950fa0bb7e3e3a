package be.brussels.pan.contract.diagnosis;

/** The four screening questions asked at registration (diagnosis contract). All four are required. */
public record Answers(Device device, Internet internet, Ability email, Ability onlineProcedures) {
}
