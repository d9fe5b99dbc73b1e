package io.github.vaultlint.analysis;

import io.github.vaultlint.util.Words;
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
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Topic → keywords. A keyword matches whole words, case-insensitively; '*' at the end matches any
 * further word characters ({@code autoscal*} matches "autoscaling"), and a keyword of several words
 * ({@code node pool*}, {@code cross-region}) matches them in sequence. Text is split into words once
 * and each word is looked up in an index, so matching is linear in the text, whatever the size of
 * the taxonomy.
 */
public final class Taxonomy {
    private final Map<String, List<String>> keywords;
    private final List<String> topics;
    /** First word of a keyword (exact) to the keywords starting with it. */
    private final Map<String, List<Keyword>> exact = new HashMap<>();
    /**
     * Keywords whose first word is a prefix ({@code autoscal*} as a one-word keyword), by the first
     * character of the prefix, so a word is checked only against prefixes that can start it.
     */
    private final Map<Character, List<Keyword>> prefixed = new HashMap<>();
    /**
     * Topics of section titles, which repeat across notes ("Kubernetes question 1") and are matched
     * for every item under them. Bounded, for vaults where every title is different.
     */
    private final Map<String, List<String>> titleTopics = new ConcurrentHashMap<>();
    private static final int TITLE_MEMO_LIMIT = 20_000;

    /** One keyword: its words (the last may be a prefix) and the topic it belongs to. */
    private record Keyword(String[] words, boolean lastIsPrefix, int topic) {
        boolean matchesFrom(List<String> tokens, int i) {
            if (i + words.length > tokens.size()) {
                return false;
            }
            for (int k = 0; k < words.length; k++) {
                String t = tokens.get(i + k);
                boolean last = k == words.length - 1;
                if (last && lastIsPrefix ? !t.startsWith(words[k]) : !t.equals(words[k])) {
                    return false;
                }
            }
            return true;
        }
    }

    public Taxonomy(Map<String, List<String>> keywords) {
        this.keywords = new LinkedHashMap<>(keywords);
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : keywords.entrySet()) {
            int topic = names.size();
            for (String k : e.getValue()) {
                String t = k.strip().toLowerCase(Locale.ROOT);
                boolean prefix = t.endsWith("*");
                List<String> words = Words.of(prefix ? t.substring(0, t.length() - 1) : t);
                if (words.isEmpty()) {
                    continue;
                }
                Keyword kw = new Keyword(words.toArray(new String[0]), prefix, topic);
                if (prefix && words.size() == 1) {
                    prefixed.computeIfAbsent(words.get(0).charAt(0), c -> new ArrayList<>(2)).add(kw);
                } else {
                    exact.computeIfAbsent(words.get(0), w -> new ArrayList<>(2)).add(kw);
                }
            }
            names.add(e.getKey()); // a topic without usable keywords simply never matches
        }
        this.topics = List.copyOf(names);
    }

    /** The built-in taxonomy shipped as {@code taxonomy.yml}. */
    public static Taxonomy builtin() {
        return Builtin.INSTANCE;
    }

    private static final class Builtin {
        static final Taxonomy INSTANCE = load();

        private static Taxonomy load() {
            try (InputStream in = Taxonomy.class.getResourceAsStream("taxonomy.yml")) {
                return new Taxonomy(fromYaml(new Yaml(new SafeConstructor(new LoaderOptions())).load(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Topics in declaration order. */
    public List<String> topics() {
        return topics;
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
        List<String> tokens = Words.of(text.toLowerCase(Locale.ROOT));
        boolean[] hit = new boolean[topics.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            List<Keyword> candidates = exact.get(t);
            if (candidates != null) {
                for (int c = 0; c < candidates.size(); c++) { // indexed: C1 would allocate an iterator per token
                    Keyword kw = candidates.get(c);
                    if (!hit[kw.topic()] && kw.matchesFrom(tokens, i)) {
                        hit[kw.topic()] = true;
                    }
                }
            }
            List<Keyword> byFirst = prefixed.get(t.charAt(0));
            if (byFirst != null) {
                for (int c = 0; c < byFirst.size(); c++) {
                    Keyword kw = byFirst.get(c);
                    if (!hit[kw.topic()] && t.startsWith(kw.words()[0])) {
                        hit[kw.topic()] = true;
                    }
                }
            }
        }
        for (int i = 0; i < hit.length; i++) {
            if (hit[i]) {
                out.add(topics.get(i));
            }
        }
        return out;
    }

    /**
     * Topics for an item: those of its own text and of the titles of the sections it sits in (its
     * context, innermost first); if none match, the innermost section title itself becomes the
     * topic, so nothing is silently dropped.
     */
    public List<String> classify(String text, List<String> context) {
        LinkedHashSet<String> t = new LinkedHashSet<>(match(text));
        for (String title : context) {
            t.addAll(matchTitle(title));
        }
        if (t.isEmpty()) {
            String fallback = context.isEmpty() ? "" : context.get(0);
            return List.of(fallback == null || fallback.isBlank() ? "Other" : fallback.strip());
        }
        // keep declaration order, as match() does
        List<String> out = new ArrayList<>(t.size());
        for (String topic : topics) {
            if (t.contains(topic)) {
                out.add(topic);
            }
        }
        return out;
    }

    private List<String> matchTitle(String title) {
        if (title == null) {
            return List.of();
        }
        List<String> topics = titleTopics.get(title);
        if (topics == null) {
            topics = List.copyOf(match(title));
            if (titleTopics.size() < TITLE_MEMO_LIMIT) {
                titleTopics.put(title, topics);
            }
        }
        return topics;
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
