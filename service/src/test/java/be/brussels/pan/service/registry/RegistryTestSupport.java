package be.brussels.pan.service.registry;

import be.brussels.pan.service.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls of the registry's CSV endpoints, and the count of every row the registry stores. */
abstract class RegistryTestSupport extends ApiTest {

    static final List<String> TABLES = List.of("registry_timeslots", "registry_venues", "registry_kits",
            "registry_animators", "registry_audit");

    ResponseEntity<String> importCsv(String user, String list, byte[] csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, PASSWORD);
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return http.exchange("http://localhost:" + port + "/api/v1/registry/" + list + ".csv", HttpMethod.POST,
                new HttpEntity<>(csv, headers), String.class);
    }

    ResponseEntity<String> importCsv(String user, String list, String csv) {
        return importCsv(user, list, csv.getBytes(StandardCharsets.UTF_8));
    }

    ResponseEntity<byte[]> exportCsv(String user, String listAndQuery) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, PASSWORD);
        return http.exchange("http://localhost:" + port + "/api/v1/registry/" + listAndQuery, HttpMethod.GET,
                new HttpEntity<>(headers), byte[].class);
    }

    /** Every row of the registry and its audit, table by table. */
    List<Long> registryRows() {
        return TABLES.stream().map(this::rows).toList();
    }
}
