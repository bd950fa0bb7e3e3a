package be.brussels.pan.service.diagnosis;

import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.engine.Assessment;
import be.brussels.pan.engine.DiagnosisEngine;
import be.brussels.pan.engine.Exclusion;
import be.brussels.pan.engine.RequestValidator;
import be.brussels.pan.engine.DiagnosisJson;
import be.brussels.pan.service.engine.EngineHolder;
import be.brussels.pan.service.metrics.PanMetrics;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.session.SeatSnapshots;
import com.codahale.metrics.Timer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The diagnosis pipeline: a request (or a batch) is announced to the store, read by the engine's strict JSON
 * reader, assessed against the upcoming published sessions' free seats ({@link SeatSnapshots}: the response with
 * its next sessions, and every offer of the catalogue the person may not be referred to with the
 * rule that decided it), and stored with those exclusions. Nothing is stored unless the whole request (or batch)
 * is valid.
 */
@Service
public class DiagnosisService {

    private final EngineHolder engines;
    private final DiagnosisStore store;
    private final PanMetrics metrics;
    private final SeatSnapshots seats;
    private final DiagnosisReferrals referrals;

    public DiagnosisService(EngineHolder engines, DiagnosisStore store, PanMetrics metrics, SeatSnapshots seats,
                            DiagnosisReferrals referrals) {
        this.engines = engines;
        this.referrals = referrals;
        this.store = store;
        this.metrics = metrics;
        this.seats = seats;
    }

    /**
     * What a call answers: for one request the stored response and its id, for a batch the array of the stored
     * responses in the order of the requests (and no id). {@code json} holds the very bytes that were stored:
     * a response is written once.
     */
    public record Diagnosed(Optional<String> id, byte[] json) {
    }

    /**
     * Diagnoses a body holding one request or an array of them, and stores the results.
     *
     * @throws be.brussels.pan.engine.InvalidRequestException if the body breaks the diagnosis contract
     * @throws be.brussels.pan.service.persistence.GroupCommitWriter.GroupCommitException if the database did not
     *                                                                                    store it
     */
    public Diagnosed diagnoseAndStore(byte[] body, PanUser user) {
        // Announced before the work, so that the writer can hold its commit for this request (see DiagnosisStore).
        try (DiagnosisStore.Announcement announced = store.announceSave()) {
            DiagnosisJson.Body parsed = DiagnosisJson.parse(body);
            DiagnosisEngine engine = engines.engine();
            if (!parsed.isBatch()) {
                // a single request's error names its field, not "[0].field" as in a batch
                RequestValidator.validate(parsed.requests().get(0));
            }
            List<Assessment> assessments;
            try (Timer.Context timing = metrics.diagnosis().time()) {
                // the published sessions' free seats, at most pan.seats.cache old (read once per call, not per person)
                assessments = engine.assessAll(parsed.requests(), seats.current());
            }
            List<DiagnosisResponse> responses = new ArrayList<>(assessments.size());
            List<Map<String, String>> exclusions = new ArrayList<>(assessments.size());
            for (Assessment assessment : assessments) {
                responses.add(assessment.response());
                exclusions.add(byOffer(assessment.exclusions()));
            }
            // the exclusions go into the same commit as the responses: a referral never meets a diagnosis without them
            List<DiagnosisStore.Saved> saved = announced.save(parsed.requests(), responses, exclusions, user);
            if (parsed.isBatch()) {
                return new Diagnosed(Optional.empty(), jsonArray(saved));
            }
            return new Diagnosed(Optional.of(saved.get(0).response().id()), saved.get(0).json());
        }
    }

    /** Offer id → rule id; an offer named twice keeps the first rule (the engine names each once). */
    private static Map<String, String> byOffer(List<Exclusion> exclusions) {
        Map<String, String> byOffer = new LinkedHashMap<>();
        exclusions.forEach(e -> byOffer.putIfAbsent(e.offerId(), e.rule()));
        return byOffer;
    }

    /**
     * The stored JSON of a diagnosis (UTF-8), exactly as it was sent, if the user may read it
     * ({@link DiagnosisAccess#mayRead}); empty both when there is none and when it is not the user's to read.
     */
    public Optional<byte[]> find(UUID id, PanUser user) {
        return store.findOwned(id)
                .filter(d -> DiagnosisAccess.mayRead(user, d.organisation(), () -> referrals.anyVisibleTo(id, user)))
                .map(DiagnosisStore.Owned::json);
    }

    /** The JSON array of stored responses, from their bytes (not written again). */
    private static byte[] jsonArray(List<DiagnosisStore.Saved> saved) {
        int size = 2 + Math.max(0, saved.size() - 1);
        for (DiagnosisStore.Saved s : saved) {
            size += s.json().length;
        }
        byte[] array = new byte[size];
        int at = 0;
        array[at++] = '[';
        for (int i = 0; i < saved.size(); i++) {
            if (i > 0) {
                array[at++] = ',';
            }
            byte[] json = saved.get(i).json();
            System.arraycopy(json, 0, array, at, json.length);
            at += json.length;
        }
        array[at] = ']';
        return array;
    }
}
