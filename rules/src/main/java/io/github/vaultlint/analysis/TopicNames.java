package io.github.vaultlint.analysis;

import io.github.vaultlint.section.Labels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One name per topic across the vault. A topic taken from a section title (an item that matches no
 * taxonomy topic) is written differently from note to note ({@code Zorblax Pipeline},
 * {@code zorblax  pipeline:}, {@code **Zorblax Pipeline**}); they are one topic when their
 * {@link #key}s are equal, named by a taxonomy topic with that key, else by the form used most
 * often (ties: the first seen).
 */
final class TopicNames {
    /** Topic as an item carries it → the name it goes by; only the names that change. */
    private final Map<String, String> rename;

    private TopicNames(Map<String, String> rename) {
        this.rename = rename;
    }

    /**
     * What identifies a topic: its text lower-cased, without emphasis, a trailing ':' or '?', list
     * numbering, leading emoji and repeated spaces, as section labels are compared, and its last word
     * in the singular: "Feature flag" in one debrief and "Feature flags" in the next are one topic.
     */
    static String key(String topic) {
        String k = Labels.normalize(topic);
        return k.isEmpty() ? topic : singularLast(k);
    }

    /**
     * The text with a plain English plural of its last word made singular ("flags", "caches",
     * "strategies"); words of three letters or fewer (ops, dns) and endings that are rarely plurals
     * (-ss, -us, -is: access, status, analysis) stay as written.
     */
    static String singularLast(String k) {
        int start = k.lastIndexOf(' ') + 1;
        int n = k.length() - start;
        if (n <= 3 || k.charAt(k.length() - 1) != 's') {
            return k;
        }
        char before = k.charAt(k.length() - 2);
        if (before == 's' || before == 'u' || before == 'i' || !Character.isLetter(before)) {
            return k;
        }
        if (n > 4 && k.endsWith("ies")) {
            return k.substring(0, k.length() - 3) + "y";
        }
        return k.substring(0, k.length() - 1);
    }

    /** A section title as a topic's name: Markdown stripped, spaces collapsed, no trailing ':'. */
    static String clean(String title) {
        String plain = MarkdownText.plain(title);
        if (isClean(plain)) {
            return plain; // the usual title: no copy
        }
        StringBuilder sb = new StringBuilder(plain.length());
        boolean space = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == ':' || sb.charAt(end - 1) == '\uff1a' || sb.charAt(end - 1) == ' ')) {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }

    /** No space at either end, no run of spaces nor other whitespace, no trailing ':'. */
    private static boolean isClean(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ' || s.charAt(n - 1) == ':' || s.charAt(n - 1) == '\uff1a') {
            return false;
        }
        for (int i = 0; i < n; i++) { // the last char is no space, so i + 1 < n after a space
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i + 1) == ' ' : Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The forms of one key, with how often each is used, in first-seen order. */
    private static final class Forms {
        final String fixed; // a taxonomy topic's own name, which always wins
        final Map<String, int[]> counts = new LinkedHashMap<>(2);

        Forms(String fixed) {
            this.fixed = fixed;
        }

        String best() {
            if (fixed != null) {
                return fixed;
            }
            String best = null;
            int most = 0;
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                if (e.getValue()[0] > most) { // strictly more: a tie keeps the first seen
                    best = e.getKey();
                    most = e.getValue()[0];
                }
            }
            return best;
        }
    }

    /**
     * Chooses the names from every item that carries topics: weak points and strengths of the
     * interviews, then {@code actions} (the vault's actions, the interviews' own among them).
     */
    static TopicNames choose(List<String> taxonomyTopics, List<Interview> interviews, List<Item> actions) {
        Map<String, Forms> byKey = new HashMap<>();
        for (String t : taxonomyTopics) {
            byKey.putIfAbsent(key(t), new Forms(t));
        }
        Map<String, Forms> byTopic = new HashMap<>(); // memo: a topic's key is computed once per run
        for (int v = 0; v < interviews.size(); v++) {
            count(interviews.get(v).weak(), byKey, byTopic);
            count(interviews.get(v).strengths(), byKey, byTopic);
        }
        count(actions, byKey, byTopic);
        Map<String, String> rename = new HashMap<>();
        for (Map.Entry<String, Forms> e : byTopic.entrySet()) {
            String name = e.getValue().best();
            if (!name.equals(e.getKey())) {
                rename.put(e.getKey(), name);
            }
        }
        return new TopicNames(rename);
    }

    private static void count(List<Item> items, Map<String, Forms> byKey, Map<String, Forms> byTopic) {
        for (int i = 0; i < items.size(); i++) {
            List<String> topics = items.get(i).topics();
            for (int t = 0; t < topics.size(); t++) {
                String topic = topics.get(t);
                Forms forms = byTopic.get(topic);
                if (forms == null) {
                    forms = byKey.computeIfAbsent(key(topic), k -> new Forms(null));
                    byTopic.put(topic, forms);
                }
                if (forms.fixed == null) {
                    forms.counts.computeIfAbsent(topic, k -> new int[1])[0]++;
                }
            }
        }
    }

    /** Whether every topic keeps its name (the usual case: nothing to rewrite). */
    boolean unchanged() {
        return rename.isEmpty();
    }

    /**
     * The items with their topics renamed. An item renamed once is the same new object wherever it
     * occurs, so an interview's actions stay the very items of the vault's action list.
     */
    final class Applied {
        private final Map<Item, Item> done = new IdentityHashMap<>();

        List<Interview> interviews(List<Interview> interviews) {
            List<Interview> out = new ArrayList<>(interviews.size());
            for (Interview iv : interviews) {
                out.add(new Interview(iv.file(), iv.meta(), items(iv.weak()), items(iv.strengths()), items(iv.actions())));
            }
            return out;
        }

        List<Item> items(List<Item> items) {
            List<Item> out = new ArrayList<>(items.size());
            for (Item item : items) {
                out.add(done.computeIfAbsent(item, this::renamed));
            }
            return out;
        }

        private Item renamed(Item item) {
            List<String> topics = item.topics();
            boolean any = false;
            for (String t : topics) {
                any |= rename.containsKey(t);
            }
            if (!any) {
                return item;
            }
            List<String> names = new ArrayList<>(topics.size());
            for (String t : topics) {
                String name = rename.getOrDefault(t, t);
                if (!names.contains(name)) { // two forms of one topic on one item count once
                    names.add(name);
                }
            }
            return item.withTopics(names);
        }
    }

    Applied apply() {
        return new Applied();
    }
}
