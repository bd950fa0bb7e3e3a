package be.brussels.pan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.rules.run.RequestArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One engine shared by many threads gives each caller the answer it would get alone. */
class ConcurrentDiagnosesTest {

    @Test
    void sharedByEightThreadsTheEngineAnswersAsItDoesSequentially() throws Exception {
        List<DiagnosisRequest> requests = RequestArbitraries.requests().sampleStream().limit(400).toList();
        List<DiagnosisResponse> sequential = requests.stream().map(Engines.DEFAULT::diagnose).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<DiagnosisResponse>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (DiagnosisRequest request : requests) {
                    futures.add(pool.submit(() -> Engines.DEFAULT.diagnose(request)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % requests.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
