package io.github.vaultlint.analysis;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Topic → keywords. A keyword matches whole words, case-insensitively; '*' matches any further
 * word characters ({@code autoscal*} matches "autoscaling"), and a multi-word keyword matches the
 * words in sequence. One compiled pattern per topic keeps matching linear in the text.
 */
public final class Taxonomy {
    private final Map<String, List<String>> keywords;
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();

    public Taxonomy(Map<String, List<String>> keywords) {
        this.keywords = new LinkedHashMap<>(keywords);
        for (Map.Entry<String, List<String>> e : keywords.entrySet()) {
            List<String> alts = new ArrayList<>();
            for (String k : e.getValue()) {
                String t = k.strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    alts.add(toRegex(t));
                }
            }
            if (!alts.isEmpty()) {
                patterns.put(e.getKey(), Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alts) + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
    }

    /** The built-in taxonomy shipped as {@code taxonomy.yml}. */
    public static Taxonomy builtin() {
        try (InputStream in = Taxonomy.class.getResourceAsStream("taxonomy.yml")) {
            return new Taxonomy(fromYaml(new Yaml(new SafeConstructor(new LoaderOptions())).load(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Topics in declaration order. */
    public Set<String> topics() {
        return patterns.keySet();
    }

    public Map<String, List<String>> keywords() {
        return keywords;
    }

    /** Topics whose keywords occur in {@code text}, in declaration order. */
    public List<String> match(String text) {
        List<String> out = new ArrayList<>(2);
        if (text == null || text.isBlank()) {
            return out;
        }
        for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
            if (e.getValue().matcher(text).find()) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /**
     * Topics for an item: from its own text; if none, from the title of the section it sits under;
     * if still none, the section title itself, so nothing is silently dropped.
     */
    public List<String> classify(String text, String sectionTitle) {
        List<String> t = match(text);
        if (t.isEmpty()) {
            t = match(sectionTitle);
        }
        if (t.isEmpty()) {
            t = List.of(sectionTitle == null || sectionTitle.isBlank() ? "Other" : sectionTitle.strip());
        }
        return List.copyOf(new LinkedHashSet<>(t));
    }

    private static String toRegex(String keyword) {
        StringBuilder sb = new StringBuilder();
        for (String word : keyword.split("\\s+")) {
            if (sb.length() > 0) {
                sb.append("[\\s\\-_/]+");
            }
            boolean wildcard = word.endsWith("*");
            sb.append(Pattern.quote(wildcard ? word.substring(0, word.length() - 1) : word));
            if (wildcard) {
                sb.append("[\\p{L}\\p{N}\\-]*");
            }
        }
        return sb.toString();
    }

    /** Reads {@code {topic: [keyword, ...]}} data. */
    public static Map<String, List<String>> fromYaml(Object data) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!(data instanceof Map<?, ?> map)) {
            return out;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            List<String> words = new ArrayList<>();
            if (e.getValue() instanceof List<?> list) {
                for (Object o : list) {
                    if (o != null) {
                        words.add(String.valueOf(o));
                    }
                }
            } else if (e.getValue() != null) {
                words.add(String.valueOf(e.getValue()));
            }
            out.put(String.valueOf(e.getKey()), words);
        }
        return out;
    }
}
