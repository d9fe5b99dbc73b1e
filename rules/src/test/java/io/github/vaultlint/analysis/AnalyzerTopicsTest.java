package io.github.vaultlint.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** {@link Analyzer#topics} against its implementation before the per-topic accumulator. */
class AnalyzerTopicsTest {

    /**
     * The aggregation before the rewrite, with the notes of one interview (same company and date)
     * counted as that interview, its first note.
     */
    static List<TopicInsight> reference(List<Interview> interviews, List<Item> actions) {
        Map<String, List<Item>> weakByTopic = new LinkedHashMap<>();
        Map<String, List<Interview>> whereWeak = new LinkedHashMap<>();
        Map<String, List<Integer>> perInterview = new LinkedHashMap<>();
        Map<String, Interview> firstNote = new java.util.HashMap<>();
        for (Interview note : interviews) {
            Interview iv = note.meta().company() == null || note.meta().date() == null ? note
                    : firstNote.computeIfAbsent(note.meta().company().toLowerCase(java.util.Locale.ROOT) + "|" + note.meta().date(),
                            k -> note);
            for (Item w : note.weak()) {
                for (String t : w.topics()) {
                    weakByTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(w);
                    List<Interview> where = whereWeak.computeIfAbsent(t, k -> new ArrayList<>());
                    List<Integer> n = perInterview.computeIfAbsent(t, k -> new ArrayList<>());
                    int at = -1;
                    for (int i = 0; i < where.size(); i++) {
                        at = where.get(i) == iv ? i : at;
                    }
                    if (at < 0) {
                        where.add(iv);
                        n.add(1);
                    } else {
                        n.set(at, n.get(at) + 1);
                    }
                }
            }
        }
        Map<String, List<Item>> actionsByTopic = new LinkedHashMap<>();
        for (Item a : actions) {
            for (String t : a.topics()) {
                actionsByTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(a);
            }
        }
        List<TopicInsight> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(weakByTopic.keySet());
        names.addAll(actionsByTopic.keySet());
        for (String name : names) {
            List<Interview> where = whereWeak.getOrDefault(name, List.of());
            String first = null;
            String last = null;
            for (Interview iv : where) {
                String d = iv.meta().date();
                if (d != null) {
                    first = first == null || d.compareTo(first) < 0 ? d : first;
                    last = last == null || d.compareTo(last) > 0 ? d : last;
                }
            }
            List<Item> weak = weakByTopic.getOrDefault(name, List.of());
            out.add(new TopicInsight(name, weak.size(), where, perInterview.getOrDefault(name, List.of()), where.size() >= 2,
                    first, last, weak, actionsByTopic.getOrDefault(name, List.of())));
        }
        out.sort(Comparator.comparing((TopicInsight t) -> !t.recurring())
                .thenComparing(Comparator.comparingInt(TopicInsight::weakCount).reversed())
                .thenComparing(t -> t.lastSeen() == null ? "" : t.lastSeen(), Comparator.reverseOrder())
                .thenComparing(TopicInsight::name));
        return out;
    }

    private static final String[] TOPICS = {"Kubernetes", "Networking", "SQL", "Observability", "Security"};
    private static final String[] DATES = {null, "2024-01-02", "2024-05-06", "2025-03-04", "2023-12-31"};
    private static final String[] COMPANIES = {null, "C", "c", "Globex"};

    private static List<String> topics(Random r) {
        Set<String> out = new LinkedHashSet<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.add(TOPICS[r.nextInt(TOPICS.length)]);
        }
        return List.copyOf(out);
    }

    private static Item item(Random r, Item.Kind kind, int line) {
        return new Item(kind, "n" + line + ".md", line, "S", "t", List.of(), List.of(), topics(r), kind == Item.Kind.ACTION ? r.nextBoolean() : null);
    }

    @Test
    void aggregatesAsTheReferenceOnRandomInterviews() {
        Random r = new Random(17);
        for (int k = 0; k < 2_000; k++) {
            List<Interview> interviews = new ArrayList<>();
            List<Item> actions = new ArrayList<>();
            int count = r.nextInt(6);
            for (int v = 0; v < count; v++) {
                List<Item> weak = new ArrayList<>();
                int w = r.nextInt(5);
                for (int i = 0; i < w; i++) {
                    weak.add(item(r, Item.Kind.WEAK, i));
                }
                List<Item> acts = new ArrayList<>();
                int a = r.nextInt(3);
                for (int i = 0; i < a; i++) {
                    acts.add(item(r, Item.Kind.ACTION, 100 + i));
                }
                interviews.add(new Interview("i" + v + ".md", new InterviewMeta(COMPANIES[r.nextInt(COMPANIES.length)], "R",
                        DATES[r.nextInt(DATES.length)], false),
                        weak, List.of(), acts));
                actions.addAll(acts);
            }
            int loose = r.nextInt(3);
            for (int i = 0; i < loose; i++) {
                actions.add(item(r, Item.Kind.ACTION, 200 + i));
            }
            List<TopicInsight> expected = reference(interviews, actions);
            List<TopicInsight> actual = Analyzer.topics(interviews, actions);
            assertEquals(expected, actual);
            for (int t = 0; t < expected.size(); t++) {
                for (int i = 0; i < expected.get(t).interviews().size(); i++) {
                    assertSame(expected.get(t).interviews().get(i), actual.get(t).interviews().get(i));
                }
            }
        }
    }

    @Test
    void countsWeakItemsPerInterview() {
        Item a = new Item(Item.Kind.WEAK, "a.md", 1, "S", "t", List.of(), List.of(), List.of("SQL"), null);
        Item b = new Item(Item.Kind.WEAK, "a.md", 2, "S", "t", List.of(), List.of(), List.of("SQL", "Security"), null);
        Interview one = new Interview("a.md", new InterviewMeta(null, null, "2024-01-01", false), List.of(a, b), List.of(), List.of());
        Interview two = new Interview("b.md", new InterviewMeta(null, null, "2024-02-01", false), List.of(a), List.of(), List.of());
        List<TopicInsight> t = Analyzer.topics(List.of(one, two), List.of());
        assertEquals("SQL", t.get(0).name());
        assertEquals(List.of(2, 1), t.get(0).weakByInterview());
        assertEquals(true, t.get(0).recurring());
        assertEquals("2024-01-01", t.get(0).firstSeen());
        assertEquals("2024-02-01", t.get(0).lastSeen());
        assertEquals(List.of(1), t.get(1).weakByInterview());
    }
}
