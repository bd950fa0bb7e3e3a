package be.brussels.pan.engine.catalog;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.catalog.Structure;
import be.brussels.pan.contract.json.JsonMessages;
import be.brussels.pan.contract.json.JsonPaths;
import be.brussels.pan.contract.json.StrictJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes catalogues as JSON (catalog.md); unknown fields are rejected, every read is validated. */
public final class CatalogJson {

    /** Shipped in pan-rules, next to the rules it was written for, so that the rule cases run on it too. */
    private static final String DEFAULT_RESOURCE = "/be/brussels/pan/rules/catalog/default-catalog.json";

    private static final ObjectMapper MAPPER = StrictJson.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addMixIn(Structure.class, StructureMixIn.class)
            // A null inside a list ([null]) is refused by Jackson with its path (structures[0]), instead of
            // failing later in the records' List.copyOf with no field named.
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** {@code isLabelledEpn()} is derived from the labels; it is not a field of catalog.md. */
    private abstract static class StructureMixIn {
        @com.fasterxml.jackson.annotation.JsonIgnore abstract boolean isLabelledEpn();
    }

    private CatalogJson() {
    }

    /** The default catalogue shipped in the JAR, built from shared/data (see tools/catalog). */
    public static Catalog defaultCatalog() {
        try (InputStream in = CatalogJson.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Catalog read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Catalog read(InputStream in) {
        try {
            return CatalogValidator.validate(MAPPER.readValue(in, Catalog.class));
        } catch (JsonMappingException e) {
            throw new InvalidCatalogException(JsonPaths.of(e), JsonMessages.of(e));
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogException("$", "malformed JSON: " + e.getOriginalMessage());
        } catch (java.io.CharConversionException e) {
            // Bytes that are not text in the encoding Jackson detected (a broken UTF-32, say): bad input, not I/O.
            throw new InvalidCatalogException("$", "the catalogue is not UTF-8 JSON text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Catalog read(String json) {
        return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public static void write(Catalog catalog, OutputStream out) {
        try {
            MAPPER.writeValue(out, catalog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(Catalog catalog) {
        try {
            return MAPPER.writeValueAsString(catalog);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
