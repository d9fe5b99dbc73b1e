package io.github.vaultlint.analysis;

import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Aggregates what every interview debrief says into topics and a ranked action plan. Works only
 * from the parsed note models and section matching: nothing is parsed again.
 */
public final class Analyzer {
    private final Taxonomy taxonomy;
    private final Predicate<Note> isInterview;
    private final Function<Note, List<PartSpan>> parts;
    private final Function<Note, List<StoryInsight>> stories;

    /**
     * @param isInterview tells which notes are interview debriefs
     * @param parts       the debrief parts of a note, from section matching
     * @param stories     the STAR stories of a note, from section matching
     */
    public Analyzer(Taxonomy taxonomy, Predicate<Note> isInterview, Function<Note, List<PartSpan>> parts,
                    Function<Note, List<StoryInsight>> stories) {
        this.taxonomy = taxonomy;
        this.isInterview = isInterview;
        this.parts = parts;
        this.stories = stories;
    }

    /**
     * What one note contributes; computed per note in parallel, merged in note order. It depends only
     * on the note and the configuration, so a result cache may keep it. {@code actions} starts with
     * the interview's own actions (the same objects), then the note's other tasks.
     */
    public record PerNote(Interview interview, List<Item> actions, List<StoryInsight> stories) {
    }

    /** Where per-note results of an earlier run come from, and where this run's fresh ones go. */
    public interface Reuse {
        /** The note's result from an earlier run, or null to compute it. */
        PerNote cached(Note note);

        /** Called with each result computed in this run (from any thread). */
        void computed(Note note, PerNote result);
    }

    private static final Reuse NONE = new Reuse() {
        @Override
        public PerNote cached(Note note) {
            return null;
        }

        @Override
        public void computed(Note note, PerNote result) {
        }
    };

    /** Analyzes every linted note; parallel on the calling fork-join pool, deterministic output. */
    public Insights analyze(List<Note> notes) {
        return analyze(notes, NONE);
    }

    /** As {@link #analyze(List)}, extracting only the notes {@code reuse} has no result for. */
    public Insights analyze(List<Note> notes, Reuse reuse) {
        List<PerNote> per = notes.parallelStream().filter(Note::linted).map(n -> {
            PerNote p = reuse.cached(n);
            if (p == null) {
                p = perNote(n);
                reuse.computed(n, p);
            }
            return p;
        }).toList();
        List<Interview> interviews = new ArrayList<>();
        List<StoryInsight> allStories = new ArrayList<>();
        List<Item> actions = new ArrayList<>();
        for (PerNote p : per) {
            if (p.interview() != null) {
                interviews.add(p.interview());
            }
            actions.addAll(p.actions());
            allStories.addAll(p.stories());
        }
        interviews.sort(Comparator.comparing((Interview i) -> i.meta().date() == null ? "" : i.meta().date())
                .thenComparing(Interview::file));
        return new Insights(interviews, topics(interviews, actions), allStories, actions);
    }

    private PerNote perNote(Note note) {
        Interview iv = isInterview.test(note) ? interview(note) : null;
        List<Item> actions = new ArrayList<>();
        Set<Integer> itemLines = new HashSet<>();
        if (iv != null) {
            actions.addAll(iv.actions());
            for (Item i : iv.actions()) {
                itemLines.add(i.line());
            }
        }
        for (Task t : note.tasks()) {
            if (!itemLines.contains(t.line())) {
                String section = sectionTitle(note, t.line());
                String text = MarkdownText.plain(t.text());
                actions.add(new Item(Item.Kind.ACTION, note.path(), t.line(), section, text, List.of(),
                        MarkdownText.boldPhrases(t.text()), taxonomy.classify(text, context(note, t.line())), t.done()));
            }
        }
        return new PerNote(iv, actions, stories.apply(note));
    }

    Interview interview(Note note) {
        List<Item> weak = new ArrayList<>();
        List<Item> strengths = new ArrayList<>();
        List<Item> actions = new ArrayList<>();
        Map<Integer, Boolean> taskDone = new LinkedHashMap<>();
        for (Task t : note.tasks()) {
            taskDone.put(t.line(), t.done());
        }
        for (PartSpan span : parts.apply(note)) {
            List<Item> target = span.role() == Item.Kind.WEAK ? weak : span.role() == Item.Kind.STRENGTH ? strengths : actions;
            target.addAll(items(note, span, taskDone));
        }
        return new Interview(note.path(), InterviewMeta.of(note), weak, strengths, actions);
    }

    /** Items of one part: top-level list items with their nested bullets, or paragraphs; a callout is one item. */
    List<Item> items(Note note, PartSpan span, Map<Integer, Boolean> taskDone) {
        List<Item> out = new ArrayList<>();
        // Each block's plain text is computed once: it decides whether the block counts, then is the item's text.
        List<Block> blocks = new ArrayList<>();
        List<String> plains = new ArrayList<>();
        for (Block b : span.blocks()) {
            if (b.kind() == Block.Kind.LIST_ITEM || b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.TABLE) {
                String plain = MarkdownText.plain(b.text());
                if (!plain.isEmpty()) {
                    blocks.add(b);
                    plains.add(plain);
                }
            }
        }
        if (blocks.isEmpty()) {
            return out;
        }
        if (span.whole()) {
            StringBuilder md = new StringBuilder();
            for (Block b : blocks) {
                md.append(b.text()).append('\n');
            }
            String markdown = md.toString();
            out.add(item(note, span, blocks.get(0).line(), markdown, MarkdownText.plain(markdown), List.of(), taskDone));
            return out;
        }
        int minDepth = Integer.MAX_VALUE;
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.LIST_ITEM) {
                minDepth = Math.min(minDepth, b.depth());
            }
        }
        Block parent = null;
        String parentPlain = null;
        List<String> details = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean top = b.kind() != Block.Kind.LIST_ITEM ? b.depth() == 0 || parent == null : b.depth() == minDepth;
            if (top) {
                if (parent != null) {
                    out.add(item(note, span, parent.line(), parent.text(), parentPlain, details, taskDone));
                }
                parent = b;
                parentPlain = plains.get(i);
                details = new ArrayList<>();
            } else if (parent != null) {
                details.add(plains.get(i));
            }
        }
        if (parent != null) {
            out.add(item(note, span, parent.line(), parent.text(), parentPlain, details, taskDone));
        }
        return out;
    }

    private Item item(Note note, PartSpan span, int line, String markdown, String text, List<String> details,
                      Map<Integer, Boolean> taskDone) {
        String all = details.isEmpty() ? text : text + " " + String.join(" ", details);
        Boolean done = span.role() == Item.Kind.ACTION ? taskDone.get(line) : null;
        return new Item(span.role(), note.path(), line, span.section(), text, details, MarkdownText.boldPhrases(markdown),
                taxonomy.classify(all, context(note, line, span.section())), done);
    }

    private List<TopicInsight> topics(List<Interview> interviews, List<Item> actions) {
        Map<String, List<Item>> weakByTopic = new LinkedHashMap<>();
        Map<String, List<Interview>> whereWeak = new LinkedHashMap<>();
        Map<String, List<Integer>> perInterview = new LinkedHashMap<>();
        for (Interview iv : interviews) {
            // Interviews are visited one at a time, so "weak in this interview" is the last entry.
            for (Item w : iv.weak()) {
                for (String t : w.topics()) {
                    weakByTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(w);
                    List<Interview> where = whereWeak.computeIfAbsent(t, k -> new ArrayList<>());
                    List<Integer> n = perInterview.computeIfAbsent(t, k -> new ArrayList<>());
                    if (where.isEmpty() || where.get(where.size() - 1) != iv) {
                        where.add(iv);
                        n.add(1);
                    } else {
                        n.set(n.size() - 1, n.get(n.size() - 1) + 1);
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
        Set<String> names = new java.util.LinkedHashSet<>(weakByTopic.keySet());
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
                    first, last, weak,
                    actionsByTopic.getOrDefault(name, List.of())));
        }
        out.sort(Comparator.comparing((TopicInsight t) -> !t.recurring())
                .thenComparing(Comparator.comparingInt(TopicInsight::weakCount).reversed())
                .thenComparing(t -> t.lastSeen() == null ? "" : t.lastSeen(), Comparator.reverseOrder())
                .thenComparing(TopicInsight::name));
        return out;
    }

    /**
     * Titles of the sections holding {@code line}, innermost first (the note's H1 title excluded),
     * after {@code first} when given: the context an item is classified with.
     */
    static List<String> context(Note note, int line, String... first) {
        List<String> out = new ArrayList<>();
        for (String f : first) {
            if (f != null && !f.isBlank()) {
                out.add(f);
            }
        }
        List<Heading> hs = note.headings();
        for (int i = hs.size() - 1; i >= 0; i--) {
            Heading h = hs.get(i);
            if (h.line() <= line && line <= h.sectionEndLine() && h.level() >= 2) {
                String t = withoutMarkers(h.text());
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
        }
        if (out.isEmpty()) {
            out.add(sectionTitle(note, line));
        }
        return out;
    }

    /** Title of the innermost heading above {@code line}, or "" before the first heading. */
    static String sectionTitle(Note note, int line) {
        String title = "";
        for (Heading h : note.headings()) {
            if (h.line() > line) {
                break;
            }
            if (line <= h.sectionEndLine()) {
                title = h.text();
            }
        }
        return withoutMarkers(title);
    }

    /** {@code text} without leading '#' markers and the spaces after them, as {@code ^#+\s*}: a stray "## ## Weak" heading's text "## Weak" reads "Weak". */
    static String withoutMarkers(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '#') {
            i++;
        }
        if (i == 0) {
            return text;
        }
        while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) { // regex \s
            i++;
        }
        return text.substring(i);
    }
}
