package be.brussels.pan.service.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start, with a registry that has no record at all, loads the illustrative registry so that the
 * embedded default plans a week out of the box: the CSV files under {@code registry/illustrative/} (the planner's
 * generator's M week, seed 42, written once by the test tool {@code IllustrativeRegistryFiles}; every line says
 * ILLUSTRATIVE). They are imported as any import is, checked whole, in one transaction with their audit (actor
 * {@value #ACTOR}). Once the registry has a record, even retired, nothing is loaded again.
 * {@code pan.registry.load-illustrative=false} starts with an empty registry.
 */
@Component
@Order(0)
public class IllustrativeRegistry implements ApplicationRunner {

    static final String ACTOR = "system";
    static final String FOLDER = "/registry/illustrative/";
    private static final Logger LOG = LoggerFactory.getLogger(IllustrativeRegistry.class);

    private final Registry registry;
    private final TransactionTemplate transactions;
    private final boolean enabled;

    public IllustrativeRegistry(Registry registry, PlatformTransactionManager transactionManager,
                                @Value("${pan.registry.load-illustrative:true}") boolean enabled) {
        this.registry = registry;
        this.transactions = new TransactionTemplate(transactionManager);
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            loadIfEmpty();
        }
    }

    /** Loads the illustrative registry if the registry is empty; returns whether it did. */
    boolean loadIfEmpty() {
        Boolean loaded = transactions.execute(status -> {
            if (!registry.isEmpty()) {
                return false;
            }
            for (EntryType<?> type : EntryType.ALL) {
                registry.importCsv(type, file(type), ACTOR, "STARTUP");
            }
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            LOG.info("the registry was empty: the illustrative registry was loaded (labelled ILLUSTRATIVE)");
        }
        return Boolean.TRUE.equals(loaded);
    }

    static byte[] file(EntryType<?> type) {
        String path = FOLDER + type.plural() + ".csv";
        try (InputStream in = IllustrativeRegistry.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
