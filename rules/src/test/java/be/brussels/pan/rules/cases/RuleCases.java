package be.brussels.pan.rules.cases;

import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.seats.SeatSnapshot;
import be.brussels.pan.contract.json.JsonMessages;
import be.brussels.pan.contract.json.JsonPaths;
import be.brussels.pan.contract.json.StrictJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rule cases: every {@code cases/<concern>.yaml} on the class path (rules/src/test/resources/cases), one
 * file per DRL file. Reading is strict: an unknown key, a duplicate key or an unknown enum value is an error
 * naming the file and the line, so that a misspelt expectation cannot pass unchecked.
 */
public final class RuleCases {

    /** Where the cases are on the class path. */
    public static final String RESOURCE = "/cases";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Requests are read as the engine reads JSON: "1080" is a postcode, 1080 is an error. */
    private static final ObjectMapper REQUESTS = StrictJson.builder().build();

    /** Seat snapshots: dates with their offset, kept as written (not moved to UTC). */
    private static final ObjectMapper SEATS = StrictJson.builder()
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private static final List<CaseFile> ALL = load();

    private RuleCases() {
    }

    /**
     * A case file: its name ({@code epn.yaml}), the concern it tests ({@code epn}, for epn.drl) and its cases;
     * or, when it cannot be read, no case and the error, which the tests report for that file alone.
     */
    public record CaseFile(String name, List<RuleCase> cases, RuntimeException error) {

        public String concern() {
            return name.substring(0, name.length() - ".yaml".length());
        }

        /** The cases; throws the reading error of a file that could not be read. */
        public List<RuleCase> readCases() {
            if (error != null) {
                throw error;
            }
            return cases;
        }
    }

    /** Every case file, by name. */
    public static List<CaseFile> all() {
        return ALL;
    }

    /** The case's request as the contract's record; an error names the file, the case and the field. */
    public static DiagnosisRequest request(CaseFile file, RuleCase rule) {
        if (rule.request() == null || !rule.request().isObject()) {
            throw new IllegalArgumentException(where(file, rule) + ": request must be a mapping (the contract's request)");
        }
        try {
            return REQUESTS.treeToValue(rule.request(), DiagnosisRequest.class);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(where(file, rule) + ": request" + JsonPaths.of(e).replaceFirst("^\\$", "")
                    + ": " + JsonMessages.of(e), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where(file, rule) + ": request: " + e.getOriginalMessage(), e);
        }
    }

    /** The seat snapshot of a case ({@code seats}), or null when the case gives none; an error names the field. */
    public static SeatSnapshot seats(CaseFile file, RuleCase rule) {
        if (rule.seats() == null || rule.seats().isNull()) {
            return null;
        }
        try {
            return SEATS.treeToValue(rule.seats(), SeatSnapshot.class);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(where(file, rule) + ": seats" + JsonPaths.of(e).replaceFirst("^\\$", "")
                    + ": " + JsonMessages.of(e), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where(file, rule) + ": seats: " + e.getOriginalMessage(), e);
        }
    }

    /** "cases/epn.yaml, case 'name'": how a failure names a case. */
    public static String where(CaseFile file, RuleCase rule) {
        return "cases/" + file.name() + ", case '" + rule.name() + "'";
    }

    private static List<CaseFile> load() {
        try {
            Path directory = directory();
            List<Path> files;
            try (Stream<Path> list = Files.list(directory)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            }
            List<CaseFile> result = new ArrayList<>();
            for (Path file : files) {
                String name = file.getFileName().toString();
                try {
                    result.add(new CaseFile(name, read(file), null));
                } catch (IllegalArgumentException e) {
                    result.add(new CaseFile(name, List.of(), e));
                }
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<RuleCase> read(Path file) throws IOException {
        String name = "cases/" + file.getFileName();
        try {
            List<RuleCase> cases = YAML.readValue(Files.readString(file), new TypeReference<List<RuleCase>>() { });
            if (cases == null) {
                throw new IllegalArgumentException(name + ": the file holds no case (a list of cases is expected)");
            }
            return List.copyOf(cases);
        } catch (JsonMappingException e) {
            String line = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new IllegalArgumentException(name + line + ", at "
                    + JsonPaths.of(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": not YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** The cases' folder: a directory when the tests run from target/test-classes, a folder of the test jar otherwise. */
    private static Path directory() throws IOException {
        URL url = RuleCases.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("missing resource " + RESOURCE + ": the rule cases are not on the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath(RESOURCE);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
