package be.brussels.pan.examples.population;

import be.brussels.pan.engine.DiagnosisJson;
import be.brussels.pan.engine.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A seeded synthetic population of diagnosis requests, to see what a change of the rules does to the same
 * people. Person n depends on the seed and n only (see {@link Draw}), so the population of 100 is the first
 * hundred of the population of 10,000, and the same seed gives the same bytes. No names: the contract has
 * none, and the reference is the person's number.
 */
public final class Population {

    /** The year of the PAN report the rules come from. */
    public static final long DEFAULT_SEED = 2021;
    public static final int DEFAULT_SIZE = 10_000;

    private static final ObjectMapper MAPPER = DiagnosisJson.mapper();
    private static final int MIN_AGE = 16;
    private static final int MAX_AGE = 90;

    private final long seed;
    private final PopulationFields fields;

    public Population(long seed) {
        this(seed, PopulationFields.DEFAULT);
    }

    Population(long seed, PopulationFields fields) {
        this.seed = seed;
        this.fields = fields;
    }

    /** People 1 to {@code size}, drawn one at a time as the stream is read. */
    public Stream<Person> people(int size) {
        return LongStream.rangeClosed(1, size).mapToObj(this::person);
    }

    /**
     * Person {@code id}, read back through the contract's strict parser: a field name the contract does not
     * know (a typo in {@link PopulationFields}) fails here rather than as a silently different request.
     */
    public Person person(long id) {
        String json = requestTree(id).toString();
        try {
            return new Person(id, json, DiagnosisJson.parse(json).requests().get(0));
        } catch (InvalidRequestException e) {
            throw new IllegalStateException("the population's person " + id + " breaks the contract at " + e.field()
                    + ": " + e.problem(), e);
        }
    }

    /** The request of person {@code id} as JSON; a field left unknown is left out. */
    ObjectNode requestTree(long id) {
        Draw traits = new Draw(seed, id, "traits", null);
        Draw.Traits person = new Draw.Traits(traits.between(MIN_AGE, MAX_AGE),
                traits.weighted(List.of(Segment.values()), Segment::share));
        ObjectNode request = MAPPER.createObjectNode();
        fill(request, "", fields.request(), id, person);
        fill(request.putObject("answers"), "answers.", fields.answers(), id, person);
        if (person.segment().givesProfile()) {
            fill(request.putObject("profile"), "profile.", fields.profile(), id, person);
        }
        if (person.segment().givesExtended()) {
            fill(request.putObject("extended"), "extended.", fields.extended(), id, person);
        }
        return request;
    }

    /** The common values built directly; Jackson's valueToTree (a serialisation) only for the others. */
    private static JsonNode node(Object value) {
        if (value instanceof String text) {
            return TextNode.valueOf(text);
        }
        if (value instanceof Boolean yes) {
            return BooleanNode.valueOf(yes);
        }
        if (value instanceof Integer number) {
            return IntNode.valueOf(number);
        }
        if (value instanceof Enum<?> constant) {
            return TextNode.valueOf(constant.name());
        }
        if (value instanceof List<?> values) {
            ArrayNode array = MAPPER.createArrayNode();
            values.forEach(v -> array.add(node(v)));
            return array;
        }
        return MAPPER.valueToTree(value);
    }

    private void fill(ObjectNode block, String path, List<Field> blockFields, long id, Draw.Traits person) {
        for (Field field : blockFields) {
            Draw draw = new Draw(seed, id, path + field.name(), person);
            if (draw.chance(field.known())) {
                block.set(field.name(), node(field.value().apply(draw)));
            }
        }
    }
}
