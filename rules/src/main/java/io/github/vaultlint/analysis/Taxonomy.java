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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Topic → keywords. A keyword matches whole words, case-insensitively; '*' at the end matches any
 * further word characters ({@code autoscal*} matches "autoscaling"), and a keyword of several words
 * ({@code node pool*}, {@code cross-region}) matches them in sequence. A keyword in parentheses,
 * {@code (memory)}, is an everyday word: in an item's text it counts only when the item is about
 * its topic anyway, by another keyword of the topic or by the titles around it, so "answered from
 * memory" or "it cost me the round" name no topic; in a title it counts as any keyword ("## Cloud
 * Cost Management" is about cost). Text is lower-cased once and
 * each word is looked up in an index, so matching is linear in the text, whatever the size of the
 * taxonomy. It runs for every item of every note, in a JVM that mostly runs C1 code (no escape
 * analysis): words are looked up as ranges of a per-thread buffer, so no String is made per word.
 */
public final class Taxonomy {
    private final Map<String, List<String>> keywords;
    private final List<String> topics;
    /** First word of a keyword (exact) to the keywords starting with it. */
    private final WordTable exact;
    /**
     * Keywords whose first word is a prefix ({@code autoscal*} as a one-word keyword), by the first
     * character of the prefix, so a word is checked only against prefixes that can start it: an
     * array for ASCII, a map for the rest.
     */
    private final Keyword[][] prefixedAscii = new Keyword[128][];
    private final Map<Character, Keyword[]> prefixedOther = new HashMap<>();
    /**
     * Topic indexes of section titles, which repeat across notes ("Kubernetes question 1") and are
     * matched for every item under them. Bounded, for vaults where every title is different.
     */
    private final Map<String, int[]> titleTopics = new ConcurrentHashMap<>();
    private static final int TITLE_MEMO_LIMIT = 20_000;
    /** The lower-cased text being matched; per thread, as the analysis runs on a fork-join pool. */
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[512]);
    /** A longer text gets a buffer of its own, so a huge note does not pin memory in every thread. */
    private static final int MAX_KEPT_BUFFER = 1 << 16;

    /** One keyword: its words (the last may be a prefix), the topic it belongs to, and whether it is an everyday word. */
    private record Keyword(String[] words, boolean lastIsPrefix, int topic, boolean everyday) {
        /**
         * Where the keyword's match ends in {@code s} when its further words follow its first one,
         * which ends at {@code end}; -1 when they do not.
         */
        int matchEnd(char[] s, int n, int end) {
            int i = end;
            for (int k = 1; k < words.length; k++) {
                i = nextWord(s, i, n);
                if (i >= n) {
                    return -1;
                }
                int e = wordEnd(s, i, n);
                boolean last = k == words.length - 1;
                if (last && lastIsPrefix ? !startsWith(s, i, e, words[k]) : !isWord(s, i, e, words[k])) {
                    return -1;
                }
                i = e;
            }
            return i;
        }
    }

    public Taxonomy(Map<String, List<String>> keywords) {
        this.keywords = new LinkedHashMap<>(keywords);
        List<String> names = new ArrayList<>();
        Map<String, List<Keyword>> exactLists = new LinkedHashMap<>();
        Map<Character, List<Keyword>> prefixedLists = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : keywords.entrySet()) {
            int topic = names.size();
            for (String k : e.getValue()) {
                String t = k.strip().toLowerCase(Locale.ROOT);
                boolean everyday = isEveryday(t);
                if (everyday) {
                    t = t.substring(1, t.length() - 1).strip();
                }
                boolean prefix = t.endsWith("*");
                List<String> words = Words.of(prefix ? t.substring(0, t.length() - 1) : t);
                if (words.isEmpty()) {
                    continue;
                }
                Keyword kw = new Keyword(words.toArray(new String[0]), prefix, topic, everyday);
                if (prefix && words.size() == 1) {
                    prefixedLists.computeIfAbsent(words.get(0).charAt(0), c -> new ArrayList<>(2)).add(kw);
                } else {
                    exactLists.computeIfAbsent(words.get(0), w -> new ArrayList<>(2)).add(kw);
                }
            }
            names.add(e.getKey()); // a topic without usable keywords simply never matches
        }
        this.topics = List.copyOf(names);
        this.exact = new WordTable(exactLists);
        for (Map.Entry<Character, List<Keyword>> e : prefixedLists.entrySet()) {
            Keyword[] kws = e.getValue().toArray(new Keyword[0]);
            char c = e.getKey();
            if (c < 128) {
                prefixedAscii[c] = kws;
            } else {
                prefixedOther.put(c, kws);
            }
        }
    }

    /** Whether a keyword is written in parentheses, {@code (memory)}: an everyday word (see the class comment). */
    public static boolean isEveryday(String keyword) {
        String t = keyword.strip();
        return t.length() > 2 && t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')';
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
        if (text == null) {
            return out;
        }
        boolean[] hit = new boolean[topics.size()];
        mark(text, List.of(), hit, null); // an everyday word alone names nothing without titles around it
        for (int i = 0; i < hit.length; i++) {
            if (hit[i]) {
                out.add(topics.get(i));
            }
        }
        return out;
    }

    /**
     * Whether {@code text} followed by {@code details} names a topic by its own words: by a keyword,
     * or by an everyday word of one of {@code found} (the topics the item was given, where titles
     * supported that word). False when an item's topics came from the titles around it or from its
     * section title.
     */
    public boolean names(String text, List<String> details, List<String> found) {
        if (text == null) {
            return false;
        }
        boolean[] hit = new boolean[topics.size()];
        boolean[] everyday = mark(text, details, hit, null);
        if (count(hit) > 0) {
            return true;
        }
        for (int t = 0; everyday != null && t < everyday.length; t++) {
            if (everyday[t] && found.contains(topics.get(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Topics for an item: those of its own text; only when it matches none, those of the titles of
     * the sections it sits in (its context, innermost first), so a title such as "Architecture
     * Design" does not tag every item under it; if those match none either, the innermost section
     * title itself becomes the topic, so nothing is silently dropped. In declaration order, as
     * {@link #match} gives them. A title as topic is written plain: no Markdown, single spaces, no
     * trailing ':' ({@link TopicNames#clean}).
     */
    public List<String> classify(String text, List<String> context) {
        return classify(text, List.of(), context);
    }

    /**
     * As {@link #classify(String, List)} for {@code text} followed by {@code details}, joined by
     * spaces (an item and its nested bullets), without building the joined text.
     */
    public List<String> classify(String text, List<String> details, List<String> context) {
        return classify(text, details, context, List.of());
    }

    /**
     * As {@link #classify(String, List, List)}, with {@code outer} titles asked only when neither the
     * text nor its section titles match: a topic note's own title ("Kubernetes networking") for a
     * task under its "## To learn". The fallback topic is still the innermost section title.
     */
    public List<String> classify(String text, List<String> details, List<String> context, List<String> outer) {
        boolean[] hit = new boolean[topics.size()];
        boolean[] everyday = null;
        if (text != null) {
            everyday = mark(text, details, hit, null);
        }
        if (everyday != null) { // "answered from memory": Linux only when a title says the item is about it
            supportByTitles(everyday, hit, context, outer);
        }
        int count = count(hit);
        if (count == 0) { // the titles are context for an item that says nothing itself
            count = markTitles(context, hit);
        }
        if (count == 0 && !outer.isEmpty()) {
            count = markTitles(outer, hit);
        }
        if (count == 0) {
            String fallback = context.isEmpty() || context.get(0) == null ? "" : TopicNames.clean(context.get(0));
            return List.of(fallback.isEmpty() ? "Other" : fallback);
        }
        // Immutable already, so Item keeps it without a copy; one or two topics (most items) need no array.
        int first = next(hit, 0);
        if (count == 1) {
            return List.of(topics.get(first));
        }
        if (count == 2) {
            return List.of(topics.get(first), topics.get(next(hit, first + 1)));
        }
        String[] out = new String[count];
        for (int i = first, k = 0; k < count; i = next(hit, i + 1)) {
            out[k++] = topics.get(i);
        }
        return List.of(out);
    }

    /**
     * Marks in {@code hit} each topic named only by an everyday word ({@code everyday}) that the
     * titles around the item name too: the section's or, for a task outside a debrief, the note's.
     */
    private void supportByTitles(boolean[] everyday, boolean[] hit, List<String> context, List<String> outer) {
        for (List<String> titles : List.of(context, outer)) {
            for (int c = 0; c < titles.size(); c++) {
                for (int t : titleTopics(titles.get(c))) {
                    if (everyday[t]) {
                        hit[t] = true;
                    }
                }
            }
        }
    }

    /** Marks the topics of {@code titles} in {@code hit}; how many topics are marked then. */
    private int markTitles(List<String> titles, boolean[] hit) {
        for (int c = 0; c < titles.size(); c++) { // indexed: C1 would allocate an iterator per item
            for (int t : titleTopics(titles.get(c))) {
                hit[t] = true;
            }
        }
        return count(hit);
    }

    private static int count(boolean[] hit) {
        int count = 0;
        for (boolean h : hit) {
            count += h ? 1 : 0;
        }
        return count;
    }

    /** Index of the first hit at or after {@code from}. */
    private static int next(boolean[] hit, int from) {
        int i = from;
        while (i < hit.length && !hit[i]) {
            i++;
        }
        return i;
    }

    /** Topic indexes of a section title, memoized. */
    private int[] titleTopics(String title) {
        if (title == null) {
            return NO_TOPICS;
        }
        int[] found = titleTopics.get(title);
        if (found == null) {
            boolean[] hit = new boolean[topics.size()];
            mark(title, List.of(), hit, hit); // a title is a topic's name: an everyday word in it counts
            int count = 0;
            for (boolean h : hit) {
                count += h ? 1 : 0;
            }
            found = count == 0 ? NO_TOPICS : new int[count];
            for (int i = 0, k = 0; i < hit.length; i++) {
                if (hit[i]) {
                    found[k++] = i;
                }
            }
            if (titleTopics.size() < TITLE_MEMO_LIMIT) {
                titleTopics.put(title, found);
            }
        }
        return found;
    }

    private static final int[] NO_TOPICS = new int[0];

    /**
     * Sets {@code hit[topic]} for every topic with a keyword in {@code text} and {@code more}, joined
     * by spaces. A topic found only by everyday words is marked in {@code everyday} instead (made when
     * null); returns that array, or null when there is no such topic. With {@code everyday == hit},
     * everyday words count as any keyword.
     */
    private boolean[] mark(String text, List<String> more, boolean[] hit, boolean[] everyday) {
        int length = text.length();
        for (int k = 0; k < more.size(); k++) {
            length += 1 + more.get(k).length();
        }
        char[] s = BUFFER.get();
        if (s.length < length) {
            s = new char[Math.max(length, s.length * 2)];
            if (s.length <= MAX_KEPT_BUFFER) {
                BUFFER.set(s);
            }
        }
        int n = lowerInto(text, s, 0);
        for (int k = 0; k < more.size() && n >= 0; k++) {
            s[n] = ' ';
            n = lowerInto(more.get(k), s, n + 1);
        }
        if (n < 0) { // a character toLowerCase maps by context or to several chars: let it do the whole text
            String joined = more.isEmpty() ? text : text + " " + String.join(" ", more);
            s = joined.toLowerCase(Locale.ROOT).toCharArray();
            n = s.length;
        }
        // The words of a keyword of several words are its own: a shorter keyword of another topic
        // inside them does not count ("dependency injection" is no Security, "design system" no
        // system design). claimEnd: where the longest such match begun before this word ends.
        int claimEnd = -1;
        int claimTopic = -1;
        for (int i = nextWord(s, 0, n); i < n; i = nextWord(s, i, n)) {
            int e = i;
            int h = 0; // String.hashCode of the word, computed while finding its end
            while (e < n && Words.isWordChar(s[e])) {
                h = 31 * h + s[e];
                e++;
            }
            Keyword[] candidates = exact.get(s, i, e, h);
            int bestEnd = e; // the longest match starting at this word, when of several words
            int bestTopic = -1;
            if (candidates != null) {
                for (Keyword kw : candidates) { // keywords of several words first (WordTable)
                    if (kw.words().length == 1) {
                        break;
                    }
                    int end = kw.matchEnd(s, n, e);
                    if (end > bestEnd) {
                        bestEnd = end;
                        bestTopic = kw.topic();
                    } else if (end == bestEnd && end > e && bestTopic != kw.topic()) {
                        bestTopic = SEVERAL;
                    }
                }
            }
            int claim = i < claimEnd ? claimEnd : -1;
            boolean contested = bestTopic != -1 || claim >= 0; // most words: no longer match around them
            if (candidates != null) {
                for (Keyword kw : candidates) {
                    boolean single = kw.words().length == 1;
                    if (single && hit[kw.topic()]) {
                        continue;
                    }
                    int end = single ? e : kw.matchEnd(s, n, e);
                    if (end >= 0 && (!contested || !claimed(kw.topic(), end, bestEnd, bestTopic, claim, claimTopic))) {
                        everyday = found(kw, hit, everyday);
                    }
                }
            }
            char first = s[i];
            Keyword[] byFirst = first < 128 ? prefixedAscii[first] : prefixedOther.get(first);
            if (byFirst != null) {
                for (Keyword kw : byFirst) {
                    if (!hit[kw.topic()] && startsWith(s, i, e, kw.words()[0])
                            && (!contested || !claimed(kw.topic(), e, bestEnd, bestTopic, claim, claimTopic))) {
                        everyday = found(kw, hit, everyday);
                    }
                }
            }
            if (bestTopic != -1 && (bestEnd > claimEnd || i >= claimEnd)) {
                claimEnd = bestEnd;
                claimTopic = bestTopic;
            }
            i = e;
        }
        if (everyday == null || everyday == hit) {
            return null;
        }
        boolean any = false;
        for (int t = 0; t < hit.length; t++) {
            everyday[t] &= !hit[t]; // named by another keyword too: an ordinary hit
            any |= everyday[t];
        }
        return any ? everyday : null;
    }

    /** A claim by keywords of two or more topics at once: every other keyword inside it is another topic's. */
    private static final int SEVERAL = -2;

    /**
     * Whether a match of {@code topic} ending at {@code end} lies inside a longer match of another
     * topic: one starting at the same word ({@code bestEnd}, {@code bestTopic}) or an earlier one
     * still running ({@code claimEnd}, -1 when none, {@code claimTopic}).
     */
    private static boolean claimed(int topic, int end, int bestEnd, int bestTopic, int claimEnd, int claimTopic) {
        return bestTopic != -1 && bestEnd > end && bestTopic != topic
                || claimEnd >= end && claimTopic != topic;
    }

    /** Records a keyword found: in {@code hit}, or for an everyday word in {@code everyday} (made when null). */
    private boolean[] found(Keyword kw, boolean[] hit, boolean[] everyday) {
        if (!kw.everyday() || everyday == hit) {
            hit[kw.topic()] = true;
            return everyday;
        }
        boolean[] out = everyday == null ? new boolean[hit.length] : everyday;
        out[kw.topic()] = true;
        return out;
    }

    /**
     * Copies {@code text} into {@code buf} at {@code at} lower-cased char by char, which is what
     * {@code toLowerCase(Locale.ROOT)} gives, and returns where it ends; or returns -1 when the text
     * holds a character that {@code toLowerCase} maps by context or to more than one char (capital
     * sigma, capital I with dot, surrogates).
     */
    static int lowerInto(String text, char[] buf, int at) {
        int n = at + text.length();
        text.getChars(0, text.length(), buf, at);
        for (int i = at; i < n; i++) {
            char c = buf[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    buf[i] = (char) (c + ('a' - 'A'));
                }
            } else if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
                return -1;
            } else {
                int lower = Character.toLowerCase((int) c);
                if (lower > 0xFFFF) {
                    return -1;
                }
                buf[i] = (char) lower;
            }
        }
        return n;
    }

    private static int nextWord(char[] s, int from, int n) {
        int i = from;
        while (i < n && !Words.isWordChar(s[i])) {
            i++;
        }
        return i;
    }

    private static int wordEnd(char[] s, int from, int n) {
        int i = from;
        while (i < n && Words.isWordChar(s[i])) {
            i++;
        }
        return i;
    }

    /** Whether {@code s[from, to)} is {@code word}. */
    private static boolean isWord(char[] s, int from, int to, String word) {
        return to - from == word.length() && startsWith(s, from, to, word);
    }

    /** Whether {@code s[from, to)} starts with {@code word}. */
    private static boolean startsWith(char[] s, int from, int to, String word) {
        int len = word.length();
        if (to - from < len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (s[from + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words to keywords, looked up by a range of a char array (no String per word of the text):
     * open addressing with linear probing, at most half full. Read-only once built.
     */
    private static final class WordTable {
        private final String[] keys;
        private final int[] hashes;
        private final Keyword[][] values;
        private final int mask;

        WordTable(Map<String, List<Keyword>> byWord) {
            int capacity = Integer.highestOneBit(Math.max(2 * byWord.size(), 1)) << 1;
            keys = new String[capacity];
            hashes = new int[capacity];
            values = new Keyword[capacity][];
            mask = capacity - 1;
            for (Map.Entry<String, List<Keyword>> e : byWord.entrySet()) {
                int h = e.getKey().hashCode(); // String's hash: h = 31 * h + c over the chars, as mark() computes it
                int slot = spread(h) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = e.getKey();
                hashes[slot] = h;
                // Keywords of several words first, so mark() finds the longest match at a word by
                // looking at those only. A stable sort: the rest keep their order.
                Keyword[] kws = e.getValue().toArray(new Keyword[0]);
                java.util.Arrays.sort(kws, (a, b) -> Boolean.compare(a.words().length == 1, b.words().length == 1));
                values[slot] = kws;
            }
        }

        /** The keywords whose first word is {@code s[from, to)}, whose String hash is {@code h}; or null. */
        Keyword[] get(char[] s, int from, int to, int h) {
            for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == h && isWord(s, from, to, keys[slot])) {
                    return values[slot];
                }
            }
            return null;
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
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
