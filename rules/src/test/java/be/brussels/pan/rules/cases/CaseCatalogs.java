package be.brussels.pan.rules.cases;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.json.JsonMessages;
import be.brussels.pan.contract.json.JsonPaths;
import be.brussels.pan.contract.json.StrictJson;
import be.brussels.pan.rules.run.DefaultRun;
import be.brussels.pan.rules.run.Evaluator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The catalogue a case runs on: the default one, or the default one with the case's changes. */
public final class CaseCatalogs {

    private static final ObjectMapper JSON = StrictJson.builder().build();

    private static final Map<RuleCase.CatalogChanges, Evaluator> CHANGED = new ConcurrentHashMap<>();

    private CaseCatalogs() {
    }

    /** The evaluator for the case's catalogue; one per distinct set of changes, built on first use. */
    public static Evaluator evaluator(RuleCases.CaseFile file, RuleCase rule) {
        if (rule.catalog() == null) {
            return DefaultRun.EVALUATOR;
        }
        return CHANGED.computeIfAbsent(rule.catalog(),
                changes -> new Evaluator(DefaultRun.RULE_BASE, changed(RuleCases.where(file, rule), changes)));
    }

    private static Catalog changed(String where, RuleCase.CatalogChanges changes) {
        ObjectNode tree = defaultTree();
        apply(where, "structures", (ArrayNode) tree.get("structures"), changes.structures());
        apply(where, "services", (ArrayNode) tree.get("services"), changes.services());
        try {
            return JSON.treeToValue(tree, Catalog.class);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(where + ": catalog: " + JsonPaths.of(e) + ": " + JsonMessages.of(e), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": catalog: " + e.getOriginalMessage(), e);
        }
    }

    private static void apply(String where, String list, ArrayNode records, Map<String, ObjectNode> changes) {
        if (changes == null) {
            return;
        }
        changes.forEach((id, fields) -> {
            ObjectNode record = null;
            for (JsonNode node : records) {
                if (id.equals(node.path("id").asText())) {
                    record = (ObjectNode) node;
                }
            }
            if (record == null) {
                throw new IllegalArgumentException(where + ": catalog." + list + ": no record with id '" + id + "'");
            }
            if (fields == null || fields.has("id")) {
                throw new IllegalArgumentException(where + ": catalog." + list + "." + id
                        + ": give the fields to change, not the id");
            }
            record.setAll(fields);
        });
    }

    private static ObjectNode defaultTree() {
        try (InputStream in = CaseCatalogs.class.getResourceAsStream(DefaultRun.CATALOG_RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
