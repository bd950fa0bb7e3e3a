package be.brussels.pan.contract.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The leaves of a JSON contract read into Java records (the diagnosis request, the catalogue, the roster problem,
 * the service's bodies): each field's path as the readers name it in their errors ({@code profile.jobSeeker},
 * {@code profile.disabilities[0]}) and the kind of JSON value it takes. Read from the records themselves, so that a
 * property test over "every field of the contract" also covers a field added tomorrow.
 *
 * <p>A list contributes its first element ({@code [0]}); a record nested in a record or a list is walked in turn.
 */
public final class ContractFields {

    /** What a field takes, as the contract says it. */
    public enum Kind {
        TEXT, BOOLEAN, NUMBER, ENUM, DATE_OR_TIME, UUID
    }

    /** One leaf: its path (steps are field names and list indexes) and its kind. */
    public record Field(String path, List<Object> steps, Kind kind) {
        @Override
        public String toString() {
            return path + " (" + kind + ")";
        }
    }

    private ContractFields() {
    }

    /** Every leaf of {@code type}, in the order of its components. */
    public static List<Field> of(Class<? extends Record> type) {
        List<Field> fields = new ArrayList<>();
        walk(type, new ArrayList<>(), fields, 0);
        return List.copyOf(fields);
    }

    /** The leaves of {@code type} whose kind is one of {@code kinds}. */
    public static List<Field> of(Class<? extends Record> type, Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return of(type).stream().filter(f -> wanted.contains(f.kind())).toList();
    }

    private static void walk(Type type, List<Object> steps, List<Field> fields, int depth) {
        if (depth > 12) {
            throw new IllegalStateException("a contract nested deeper than 12 levels at " + path(steps));
        }
        Class<?> raw = raw(type);
        Kind kind = kind(raw);
        if (kind != null) {
            fields.add(new Field(path(steps), List.copyOf(steps), kind));
        } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType list) {
            steps.add(0);
            walk(list.getActualTypeArguments()[0], steps, fields, depth + 1);
            steps.remove(steps.size() - 1);
        } else if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                steps.add(component.getName());
                walk(component.getGenericType(), steps, fields, depth + 1);
                steps.remove(steps.size() - 1);
            }
        }
        // Anything else (a map, an untyped node) has no fixed leaves to name.
    }

    private static Kind kind(Class<?> raw) {
        if (raw == String.class) {
            return Kind.TEXT;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return Kind.BOOLEAN;
        }
        if (raw.isPrimitive() || Number.class.isAssignableFrom(raw) || raw == BigDecimal.class || raw == BigInteger.class) {
            return Kind.NUMBER;
        }
        if (raw.isEnum()) {
            return Kind.ENUM;
        }
        if (Temporal.class.isAssignableFrom(raw) || raw == java.time.Duration.class) {
            return Kind.DATE_OR_TIME;
        }
        if (raw == UUID.class) {
            return Kind.UUID;
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    /** {@code profile.disabilities[0]}: the path as {@link JsonPaths} writes it. */
    private static String path(List<Object> steps) {
        StringBuilder sb = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(step);
            }
        }
        return sb.toString();
    }

    /**
     * A copy of {@code root} with {@code value} at the field's place: missing objects and list elements on the way
     * are created (an empty object, or the list grown to the index), an existing value is replaced.
     */
    public static JsonNode with(JsonNode root, Field field, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode at = copy;
        List<Object> steps = field.steps();
        for (int i = 0; i < steps.size(); i++) {
            boolean last = i == steps.size() - 1;
            Object step = steps.get(i);
            Object next = last ? null : steps.get(i + 1);
            if (step instanceof Integer index) {
                ArrayNode array = (ArrayNode) at;
                while (array.size() <= index) {
                    array.add(last ? value : container(next));
                }
                if (last) {
                    array.set(index, value);
                } else if (!array.get(index).isContainerNode()) {
                    array.set(index, container(next));
                }
                at = array.get(index);
            } else {
                ObjectNode object = (ObjectNode) at;
                String name = (String) step;
                if (last) {
                    object.set(name, value);
                } else if (object.get(name) == null || !object.get(name).isContainerNode()
                        || object.get(name).isArray() != next instanceof Integer) {
                    object.set(name, container(next));
                }
                at = object.get(name);
            }
        }
        return copy;
    }

    private static JsonNode container(Object nextStep) {
        return nextStep instanceof Integer ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
    }
}
