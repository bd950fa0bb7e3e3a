package be.brussels.pan.rules.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The rule base's texts in FR, NL and EN (rules/…/messages_xx.properties). Keys are rule ids; an optional
 * {@code <id>.reason} key gives the text shown next to an orientation. Placeholders such as {offer},
 * {commune}, {km} or {points} are filled from the rule's metadata and the offer.
 */
public final class Messages {

    public static final Set<String> LOCALES = Set.of("fr", "nl", "en");

    private final Map<String, Map<String, String>> byLocale;

    private Messages(Map<String, Map<String, String>> byLocale) {
        this.byLocale = byLocale;
    }

    /** The three bundles shipped next to the DRL. */
    public static Messages load() {
        Map<String, Map<String, String>> all = new HashMap<>();
        for (String locale : LOCALES) {
            String resource = "/be/brussels/pan/rules/messages_" + locale + ".properties";
            try (InputStream in = Messages.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, String> texts = new HashMap<>();
                for (String key : properties.stringPropertyNames()) {
                    texts.put(key, properties.getProperty(key));
                }
                all.put(locale, Map.copyOf(texts));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Messages(Map.copyOf(all));
    }

    public boolean has(String locale, String key) {
        return byLocale.get(locale).containsKey(key);
    }

    public Set<String> keys(String locale) {
        return byLocale.get(locale).keySet();
    }

    /** The text for a key, with {name} placeholders replaced; the key itself when the text is missing. */
    public String text(String locale, String key, Map<String, ?> args) {
        String template = byLocale.get(locale).get(key);
        if (template == null) {
            return key;
        }
        return fill(template, args);
    }

    /** Replaces each {name} by its argument; a placeholder with no argument is left as it is. */
    public static String fill(String template, Map<String, ?> args) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                sb.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                sb.append(template, i, template.length());
                break;
            }
            sb.append(template, i, open);
            String name = template.substring(open + 1, close);
            Object value = args.get(name);
            sb.append(value == null ? template.substring(open, close + 1) : unquote(String.valueOf(value)));
            i = close + 1;
        }
        return sb.toString();
    }

    /**
     * A text prepared once for many fills: its literal parts and its placeholders, so that a diagnosis
     * neither parses the text again nor hashes placeholder names it has just cut out of it.
     */
    public static final class Template {
        private final String[] literals;
        private final String[] names;

        public Template(String text) {
            List<String> literals = new java.util.ArrayList<>();
            List<String> names = new java.util.ArrayList<>();
            int i = 0;
            StringBuilder literal = new StringBuilder();
            while (i < text.length()) {
                int open = text.indexOf('{', i);
                int close = open < 0 ? -1 : text.indexOf('}', open);
                if (open < 0 || close < 0) {
                    literal.append(text, i, text.length());
                    break;
                }
                literal.append(text, i, open);
                literals.add(literal.toString());
                literal.setLength(0);
                names.add(text.substring(open + 1, close).intern());
                i = close + 1;
            }
            literals.add(literal.toString());
            this.literals = literals.toArray(String[]::new);
            this.names = names.toArray(String[]::new);
        }

        /** As {@link Messages#fill}: each {name} replaced by its argument, left as it is when there is none. */
        public String fill(java.util.function.Function<String, ?> args) {
            if (names.length == 0) {
                return literals[0];
            }
            StringBuilder sb = new StringBuilder(64);
            for (int k = 0; k < names.length; k++) {
                sb.append(literals[k]);
                Object value = args.apply(names[k]);
                if (value == null) {
                    sb.append('{').append(names[k]).append('}');
                } else {
                    sb.append(unquote(String.valueOf(value)));
                }
            }
            return sb.append(literals[names.length]).toString();
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
