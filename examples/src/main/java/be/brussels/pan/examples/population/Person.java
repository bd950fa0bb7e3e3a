package be.brussels.pan.examples.population;

import be.brussels.pan.contract.diagnosis.DiagnosisRequest;

/** One synthetic person: a number from 1, the request as sent (JSON) and the same request read by the contract. */
public record Person(long id, String requestJson, DiagnosisRequest request) {
}
