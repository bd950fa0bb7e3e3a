package be.brussels.pan.rules.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The DRL files of the rule base as compiled into target/classes, and the {@code @id} of each of their
 * rules: which concern (file) a rule belongs to. The compiled KieBase does not keep its rules' file names.
 */
final class RuleSources {

    private static final String DRL_PACKAGE = "/be/brussels/pan/rules/";
    private static final Pattern ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");

    private RuleSources() {
    }

    /** The concerns: the DRL files' names without ".drl". */
    static List<String> concerns() {
        return files().stream().map(RuleSources::concern).toList();
    }

    /** Each rule id with its concern. */
    static Map<String, String> concernOfEachRule() {
        Map<String, String> result = new TreeMap<>();
        for (Path drl : files()) {
            try {
                Matcher m = ID.matcher(Files.readString(drl));
                while (m.find()) {
                    String previous = result.put(m.group(1), concern(drl));
                    if (previous != null) {
                        throw new IllegalStateException("rule id " + m.group(1) + " in " + previous + ".drl and " + drl.getFileName());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    private static String concern(Path drl) {
        String name = drl.getFileName().toString();
        return name.substring(0, name.length() - ".drl".length());
    }

    private static List<Path> files() {
        URL url = RuleSources.class.getResource(DRL_PACKAGE + "rulebase.properties");
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException("the DRL files are read from pan-rules' target/classes, not from " + url);
        }
        try (Stream<Path> list = Files.list(Path.of(url.toURI()).getParent())) {
            return list.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
