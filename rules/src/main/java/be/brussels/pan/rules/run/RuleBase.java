package be.brussels.pan.rules.run;

import be.brussels.pan.rules.meta.Messages;
import be.brussels.pan.rules.meta.RuleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The compiled rule base (the pan-rules KJAR, built into the executable model at build time), its version
 * and its texts. Loaded once; a KieBase is thread-safe and every diagnosis opens its own session on it
 * ({@link Evaluator} runs one).
 */
public final class RuleBase {

    private static final String MODEL_INDEX = "/META-INF/kie/be.brussels.pan/pan-rules/drools-model";
    private static final String VERSION_RESOURCE = "/be/brussels/pan/rules/rulebase.properties";

    /** Sessions kept for reuse; the pool grows with the number of threads diagnosing at once. */
    private static final int INITIAL_POOLED_SESSIONS = 4;

    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final String version;
    private final Messages messages;
    private final be.brussels.pan.rules.meta.PolicyNumbers policy;

    private RuleBase(KieBase kieBase, String version, Messages messages) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(INITIAL_POOLED_SESSIONS);
        this.version = version;
        this.messages = messages;
        this.policy = new be.brussels.pan.rules.meta.PolicyNumbers(rules());
    }

    /** The policy numbers of the rules' metadata, for the conditions that read one (the {@code policy} global). */
    public be.brussels.pan.rules.meta.PolicyNumbers policy() {
        return policy;
    }

    /**
     * A session from the pool. Disposing it resets it (facts, agenda, globals' slots) and returns it to
     * the pool, which saves building a session's memory for every diagnosis.
     */
    public KieSession newSession() {
        return sessions.newKieSession();
    }

    /**
     * Loads the executable model that the kie-maven-plugin generated from the DRL at build time. The
     * model's classes are listed in the KJAR's drools-model index; building the KieBase straight from them
     * parses no DRL and reads no kmodule.xml, so it works the same from a plain class path, a shaded JAR
     * or a Spring Boot fat JAR (where the KJAR's Maven coordinates cannot be told from the host's).
     */
    public static RuleBase load() {
        List<Model> models = new ArrayList<>();
        ClassLoader loader = RuleBase.class.getClassLoader();
        for (String className : modelClassNames()) {
            try {
                models.add(new NameOrderedModel((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the rule base's model class " + className, e);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("the rule base index " + MODEL_INDEX + " lists no model");
        }
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        return new RuleBase(kieBase, readVersion(), Messages.load());
    }

    private static List<String> modelClassNames() {
        try (InputStream in = RuleBase.class.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MODEL_INDEX + ": is pan-rules on the class path?");
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String name = line.trim();
                if (!name.isEmpty() && !name.contains(":")) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String version() {
        return version;
    }

    public Messages messages() {
        return messages;
    }

    /** Every rule of the rule base, for checks that each has its id, source and texts. */
    public java.util.List<Rule> rules() {
        java.util.List<Rule> rules = new java.util.ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            rules.addAll(p.getRules());
        }
        rules.sort(java.util.Comparator.comparing(RuleMeta::id));
        return rules;
    }

    private static String readVersion() {
        try (InputStream in = RuleBase.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + VERSION_RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The generated model with its rules in the order of their names. The kie-maven-plugin lists rules in
     * the order it found the DRL files on disk, which differs from one checkout to another; rules of equal
     * salience then fire in a different order, and so the explanation would list them differently. Sorting
     * makes the firing order, hence the response, the same for every build of the same rule base.
     */
    private record NameOrderedModel(Model model) implements Model {

        @Override
        public String getName() {
            return model.getName();
        }

        @Override
        public String getPackageName() {
            return model.getPackageName();
        }

        @Override
        public List<org.drools.model.Global> getGlobals() {
            return model.getGlobals();
        }

        @Override
        public List<org.drools.model.Rule> getRules() {
            List<org.drools.model.Rule> rules = new ArrayList<>(model.getRules());
            rules.sort(java.util.Comparator.comparing(org.drools.model.Rule::getName));
            return rules;
        }

        @Override
        public List<org.drools.model.Query> getQueries() {
            return model.getQueries();
        }

        @Override
        public List<org.drools.model.TypeMetaData> getTypeMetaDatas() {
            return model.getTypeMetaDatas();
        }

        @Override
        public List<org.drools.model.EntryPoint> getEntryPoints() {
            return model.getEntryPoints();
        }
    }
}
