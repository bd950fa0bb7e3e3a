package be.brussels.pan.service.diagnosis;

import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.engine.Assessment;
import be.brussels.pan.engine.DiagnosisEngine;
import be.brussels.pan.engine.Exclusion;
import be.brussels.pan.engine.RequestValidator;
import be.brussels.pan.engine.DiagnosisJson;
import be.brussels.pan.service.engine.EngineHolder;
import be.brussels.pan.service.idempotency.FirstAnswer;
import be.brussels.pan.service.idempotency.IdempotencyKey;
import be.brussels.pan.service.idempotency.IdempotencyStore;
import be.brussels.pan.service.idempotency.IdempotentRequest;
import be.brussels.pan.service.idempotency.Operation;
import be.brussels.pan.service.metrics.PanMetrics;
import be.brussels.pan.service.persistence.GroupCommitWriter;
import be.brussels.pan.service.web.ConflictException;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.session.SeatSnapshots;
import com.codahale.metrics.Timer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
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
    private final IdempotencyStore keys;

    public DiagnosisService(EngineHolder engines, DiagnosisStore store, PanMetrics metrics, SeatSnapshots seats,
                            DiagnosisReferrals referrals, IdempotencyStore keys) {
        this.engines = engines;
        this.referrals = referrals;
        this.store = store;
        this.metrics = metrics;
        this.seats = seats;
        this.keys = keys;
    }

    /**
     * What a call answers: for one request the stored response and its id, for a batch the array of the stored
     * responses in the order of the requests (and no id). {@code json} holds the very bytes that were stored:
     * a response is written once.
     */
    public record Diagnosed(Optional<String> id, byte[] json, boolean replayed) {
        public Diagnosed(Optional<String> id, byte[] json) {
            this(id, json, false);
        }
    }

    /**
     * Diagnoses a body holding one request or an array of them, and stores the results.
     *
     * @throws be.brussels.pan.engine.InvalidRequestException if the body breaks the diagnosis contract
     * @throws be.brussels.pan.service.persistence.GroupCommitWriter.GroupCommitException if the database did not
     *                                                                                    store it
     */
    public Diagnosed diagnoseAndStore(byte[] body, PanUser user) {
        return diagnoseAndStore(body, user, (IdempotencyKey) null);
    }

    /**
     * {@link #diagnoseAndStore(byte[], PanUser)} under an {@code Idempotency-Key} (null: none). A key the user sent
     * within {@code pan.idempotency.keep} with the same body answers the first answer again, the very bytes stored,
     * without diagnosing or storing anything ({@link Diagnosed#replayed()}); with another body it is a 409. A new
     * key is stored with the diagnoses, in their commit. Two simultaneous requests with one key: the database keeps
     * the first; the second finds its answer and gives it.
     *
     * @throws be.brussels.pan.service.web.ConflictException (field Idempotency-Key) the key was sent with another
     *                                                       body, or what it stored was deleted since
     */
    public Diagnosed diagnoseAndStore(byte[] body, PanUser user, IdempotencyKey key) {
        IdempotentRequest keyed = key == null ? null
                : IdempotentRequest.of(user.username(), key, Operation.DIAGNOSES, body);
        if (keyed != null) {
            Optional<FirstAnswer> first = keys.firstAnswerTo(keyed);
            if (first.isPresent()) {
                return replay(first.get(), body);
            }
        }
        try {
            return diagnoseAndStoreNew(body, user, keyed);
        } catch (GroupCommitWriter.GroupCommitException notStored) {
            if (keyed != null && notStored.getCause() instanceof DuplicateKeyException) {
                // Another request with this key was stored first, between our look and our commit.
                return replay(keys.firstAnswerTo(keyed).orElseThrow(() -> notStored), body);
            }
            throw notStored;
        }
    }

    /**
     * The first answer, from the diagnoses it stored: their bytes, as sent the first time. {@code body} is the
     * retry's, the same bytes as the first (their hashes are equal): an array was a batch, answered as an array
     * without a Location, even of one request.
     */
    private Diagnosed replay(FirstAnswer first, byte[] body) {
        List<byte[]> stored = store.findJson(first.ids()).orElseThrow(() -> new ConflictException(IdempotencyKey.HEADER,
                "what was stored under this key at " + first.at() + " has been deleted since; send the request with"
                        + " a new key"));
        if (!isArray(body)) {
            return new Diagnosed(Optional.of(first.ids().get(0).toString()), stored.get(0), true);
        }
        return new Diagnosed(Optional.empty(), jsonArray(stored), true);
    }

    /** Whether a body the engine read is a JSON array: its first character after a byte order mark and blanks. */
    private static boolean isArray(byte[] body) {
        int i = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r')) {
            i++;
        }
        return i < body.length && body[i] == '[';
    }

    private Diagnosed diagnoseAndStoreNew(byte[] body, PanUser user, IdempotentRequest keyed) {
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
            List<DiagnosisStore.Saved> saved = announced.save(parsed.requests(), responses, exclusions, user, keyed);
            if (parsed.isBatch()) {
                return new Diagnosed(Optional.empty(), jsonArray(saved.stream().map(DiagnosisStore.Saved::json).toList()));
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
    private static byte[] jsonArray(List<byte[]> saved) {
        int size = 2 + Math.max(0, saved.size() - 1);
        for (byte[] s : saved) {
            size += s.length;
        }
        byte[] array = new byte[size];
        int at = 0;
        array[at++] = '[';
        for (int i = 0; i < saved.size(); i++) {
            if (i > 0) {
                array[at++] = ',';
            }
            byte[] json = saved.get(i);
            System.arraycopy(json, 0, array, at, json.length);
            at += json.length;
        }
        array[at] = ']';
        return array;
    }
}
