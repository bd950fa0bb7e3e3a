package be.brussels.pan.examples.population;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a file the population command wrote, one {@link Outcome} per line, as a stream: a line is read,
 * reduced to its outcome and handed on. Anything that is not such a line is a {@link BadInputException}
 * naming the file, the line and the field.
 */
public final class PopulationFile {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final String START_DIGITAL = "START_DIGITAL";

    private final String name;

    private PopulationFile(String name) {
        this.name = name;
    }

    /** Hands each line's outcome to {@code each}, in the file's order. */
    public static void read(String file, Consumer<Outcome> each) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new BadInputException("not a file name: " + file + " (" + e.getReason() + ")");
        }
        PopulationFile reader = new PopulationFile(file);
        try (InputStream in = Files.newInputStream(path)) {
            Lines.forEach(in, (bytes, length, number) -> each.accept(reader.outcome(bytes, length, number)));
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file: " + file);
        } catch (AccessDeniedException e) {
            throw new BadInputException("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** One line's outcome, from its UTF-8 bytes. */
    Outcome outcome(byte[] bytes, int length, int line) {
        if (blank(bytes, length)) {
            throw bad(line, "an empty line (every line is one person)");
        }
        JsonNode node;
        try (JsonParser parser = MAPPER.createParser(bytes, 0, length)) {
            parser.nextToken();
            node = read(parser, LINE);
            if (parser.nextToken() != null) {
                throw bad(line, "not JSON: more after the object");
            }
        } catch (JsonProcessingException e) {
            throw bad(line, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an array is not read from a device
        }
        if (node == null || !node.isObject()) {
            throw bad(line, "not a JSON object");
        }
        JsonNode id = node.get("id");
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong()) {
            throw bad(line, "id is missing or not a whole number");
        }
        JsonNode request = object(node.path("request"), "request", line);
        JsonNode response = object(node.path("response"), "response", line);
        JsonNode answers = object(request.path("answers"), "request.answers", line);
        JsonNode profile = request.path("profile");
        RequestSummary summary = new RequestSummary(
                profile.path("age").isIntegralNumber() ? profile.path("age").intValue() : null,
                profile.path("postcode").isTextual() ? profile.path("postcode").textValue() : null,
                text(answers.path("device"), "request.answers.device", line),
                text(answers.path("internet"), "request.answers.internet", line),
                text(answers.path("email"), "request.answers.email", line),
                text(answers.path("onlineProcedures"), "request.answers.onlineProcedures", line));
        List<String> top3 = new ArrayList<>(3);
        boolean startDigital = false;
        JsonNode orientations = array(response.path("orientations"), "response.orientations", line);
        for (int i = 0; i < orientations.size(); i++) {
            String path = "response.orientations[" + i + "]";
            JsonNode orientation = object(orientations.get(i), path, line);
            String offerId = text(orientation.path("offerId"), path + ".offerId", line);
            if (i < 3) {
                top3.add(offerId);
            }
            startDigital |= START_DIGITAL.equals(text(orientation.path("kind"), path + ".kind", line));
        }
        JsonNode groups = array(response.path("targetGroups"), "response.targetGroups", line);
        List<String> targetGroups = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            targetGroups.add(text(groups.get(i), "response.targetGroups[" + i + "]", line));
        }
        return new Outcome(id.longValue(), line, request, summary,
                text(response.path("ruleBaseVersion"), "response.ruleBaseVersion", line),
                text(response.path("persona").path("code"), "response.persona.code", line),
                text(response.path("urgency"), "response.urgency", line),
                text(response.path("fragility").path("level"), "response.fragility.level", line),
                top3, startDigital, targetGroups);
    }

    /** One line's outcome, from its text (tests). */
    Outcome outcome(String text, int line) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return outcome(bytes, bytes.length, line);
    }

    private static boolean blank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * The part of a JSON value that {@code keep} names, read from the parser's current token; the rest is
     * skipped unread. A response is some 7 KB of texts and reasons, of which the diff needs a dozen values:
     * not building its tree makes reading a file of 10,000 several times faster.
     */
    private static JsonNode read(JsonParser parser, Keep keep) throws IOException {
        if (keep.fields() == null || !parser.isExpectedStartObjectToken() && !parser.isExpectedStartArrayToken()) {
            return MAPPER.readTree(parser);
        }
        if (parser.isExpectedStartArrayToken()) {
            ArrayNode array = MAPPER.createArrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(parser, keep));
            }
            return array;
        }
        ObjectNode object = MAPPER.createObjectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            Keep inner = keep.fields().get(name);
            if (inner == null) {
                parser.skipChildren();
            } else {
                object.set(name, read(parser, inner));
            }
        }
        return object;
    }

    /** Which fields of an object to read ({@link #ALL} of a value); applied to each element of a list. */
    private record Keep(Map<String, Keep> fields) {
        static final Keep ALL = new Keep(null);
    }

    private static final Keep LINE = new Keep(Map.of(
            "id", Keep.ALL,
            "request", Keep.ALL,
            "response", new Keep(Map.of(
                    "ruleBaseVersion", Keep.ALL,
                    "urgency", Keep.ALL,
                    "targetGroups", Keep.ALL,
                    "fragility", new Keep(Map.of("level", Keep.ALL)),
                    "persona", new Keep(Map.of("code", Keep.ALL)),
                    "orientations", new Keep(Map.of("kind", Keep.ALL, "offerId", Keep.ALL))))));

    private JsonNode object(JsonNode node, String path, int line) {
        if (!node.isObject()) {
            throw bad(line, path + (node.isMissingNode() ? " is missing" : " is not an object"));
        }
        return node;
    }

    private JsonNode array(JsonNode node, String path, int line) {
        if (!node.isArray()) {
            throw bad(line, path + (node.isMissingNode() ? " is missing" : " is not a list"));
        }
        return node;
    }

    private String text(JsonNode node, String path, int line) {
        if (!node.isTextual()) {
            throw bad(line, path + (node.isMissingNode() ? " is missing" : " is not text"));
        }
        return node.textValue();
    }

    private BadInputException bad(int line, String problem) {
        return new BadInputException(name + " line " + line + ": " + problem);
    }
}
