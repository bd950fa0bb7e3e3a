package be.brussels.pan.engine;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.seats.SeatSnapshot;
import be.brussels.pan.engine.catalog.CatalogJson;
import be.brussels.pan.engine.catalog.CatalogValidator;
import be.brussels.pan.rules.orientation.OfferExcluded;
import be.brussels.pan.rules.run.Evaluation;
import be.brussels.pan.rules.run.Evaluator;
import be.brussels.pan.rules.run.RuleBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Diagnoses a person and orients them to offers, by the rule base. Build it once and share it: it is
 * immutable and thread-safe; each diagnosis runs in its own short-lived rule session. The engine checks the
 * request and the catalogue, has the rules' {@link Evaluator} run the request, and writes the response.
 *
 * <pre>{@code
 * DiagnosisEngine engine = DiagnosisEngine.withDefaultCatalog();
 * DiagnosisResponse response = engine.diagnose(request);     // typed API
 * DiagnosisResponse seen = engine.diagnose(request, seats);   // knowing the upcoming sessions' free seats
 * List<Assessment> checked = engine.assessAll(List.of(request), seats); // and the offers excluded, by rule
 * String json = engine.diagnoseJson(requestJson);             // the JSON contract, single or batch
 * }</pre>
 */
public final class DiagnosisEngine {

    private final Evaluator evaluator;
    private final ResponseAssembler assembler;

    private DiagnosisEngine(ResponseAssembler assembler, Catalog catalog) {
        this.evaluator = new Evaluator(assembler.ruleBase(), CatalogValidator.validate(catalog));
        this.assembler = assembler;
    }

    /** The texts are prepared once per rule base: a catalogue swap keeps them. */
    private DiagnosisEngine(RuleBase ruleBase, Catalog catalog) {
        this(new ResponseAssembler(ruleBase), catalog);
    }

    /**
     * An engine on the default catalogue shipped in the JAR (built from the seed's data). The catalogue is
     * read on another thread while the rule base loads: on a cold JVM both are mostly class loading, and
     * doing them side by side takes about a fifth off the time to a ready engine.
     */
    public static DiagnosisEngine withDefaultCatalog() {
        CompletableFuture<Catalog> catalog = CompletableFuture.supplyAsync(CatalogJson::defaultCatalog);
        ResponseAssembler assembler = new ResponseAssembler(RuleBase.load());
        try {
            return new DiagnosisEngine(assembler, catalog.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** An engine on another catalogue; it is validated first. */
    public static DiagnosisEngine withCatalog(Catalog catalog) {
        return new DiagnosisEngine(RuleBase.load(), catalog);
    }

    /** An engine on a catalogue file (JSON, catalog.md). */
    public static DiagnosisEngine withCatalog(Path catalogFile) {
        return withCatalog(CatalogJson.read(catalogFile));
    }

    /** The same rule base on another catalogue, without reloading the rules: for a catalogue swap. */
    public DiagnosisEngine usingCatalog(Catalog catalog) {
        return new DiagnosisEngine(assembler, catalog);
    }

    public String ruleBaseVersion() {
        return evaluator.ruleBase().version();
    }

    public Catalog catalog() {
        return evaluator.catalog();
    }

    public RuleBase ruleBase() {
        return evaluator.ruleBase();
    }

    /**
     * Diagnoses one person, without a seat snapshot: {@code diagnose(request, null)}.
     *
     * @throws InvalidRequestException when the request breaks the contract; the exception names the field
     */
    public DiagnosisResponse diagnose(DiagnosisRequest request) {
        return diagnose(request, null);
    }

    /**
     * Diagnoses one person knowing the upcoming sessions and their free seats: the seat rules may move offers,
     * and each orientation lists its next sessions with free seats. {@code seats} may be null: then no seat
     * rule applies and the response is the one of {@link #diagnose(DiagnosisRequest)}.
     *
     * @throws InvalidRequestException when the request breaks the contract; the exception names the field
     */
    public DiagnosisResponse diagnose(DiagnosisRequest request, SeatSnapshot seats) {
        RequestValidator.validate(request);
        return run(request, seats);
    }

    /** Diagnoses a batch: every request is validated first, so one invalid element rejects the whole batch. */
    public List<DiagnosisResponse> diagnoseAll(List<DiagnosisRequest> requests) {
        return diagnoseAll(requests, null);
    }

    /** As {@link #diagnoseAll(List)}, every request against the same seat snapshot ({@code seats} may be null). */
    public List<DiagnosisResponse> diagnoseAll(List<DiagnosisRequest> requests, SeatSnapshot seats) {
        validateBatch(requests);
        List<DiagnosisResponse> responses = new ArrayList<>(requests.size());
        for (DiagnosisRequest request : requests) {
            responses.add(run(request, seats));
        }
        return responses;
    }

    /**
     * As {@link #diagnoseAll(List, SeatSnapshot)}, and for each person every offer of the catalogue they may not
     * be referred to with the rule that decided it ({@link Assessment#exclusions()}). A batch of one for a
     * single person.
     */
    public List<Assessment> assessAll(List<DiagnosisRequest> requests, SeatSnapshot seats) {
        validateBatch(requests);
        List<Assessment> assessments = new ArrayList<>(requests.size());
        for (DiagnosisRequest request : requests) {
            Evaluation evaluation = evaluator.assess(request, seats);
            List<Exclusion> exclusions = new ArrayList<>(evaluation.exclusions().size());
            for (OfferExcluded excluded : evaluation.exclusions()) {
                exclusions.add(new Exclusion(excluded.offerId(), excluded.rule()));
            }
            assessments.add(new Assessment(assembler.assemble(request.localeOrDefault(), evaluation), exclusions));
        }
        return assessments;
    }

    private static void validateBatch(List<DiagnosisRequest> requests) {
        if (requests == null || requests.isEmpty()) {
            throw new InvalidRequestException("$", "a batch needs at least one request");
        }
        for (int i = 0; i < requests.size(); i++) {
            try {
                RequestValidator.validate(requests.get(i));
            } catch (InvalidRequestException e) {
                throw e.inBatch(i);
            }
        }
    }

    /**
     * The JSON entry point of the diagnosis contract: a request object gives a response object, an array
     * of requests an array of responses in the same order.
     *
     * @throws InvalidRequestException for malformed JSON, a body over 64 KiB or any contract violation
     */
    public String diagnoseJson(String json) {
        DiagnosisJson.Body body = DiagnosisJson.parse(json);
        if (body.isBatch()) {
            return DiagnosisJson.write(diagnoseAll(body.requests()));
        }
        return DiagnosisJson.write(diagnose(body.requests().get(0)));
    }

    private DiagnosisResponse run(DiagnosisRequest request, SeatSnapshot seats) {
        return assembler.assemble(request.localeOrDefault(), evaluator.evaluate(request, seats));
    }
}
