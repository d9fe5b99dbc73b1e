package io.github.vaultlint.analysis;

import io.github.vaultlint.section.Content;
import io.github.vaultlint.section.TableRow;
import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * the interview's own actions (the same objects), then the note's other tasks; a debrief has no
     * other tasks, as every task written in it is one of its interview's actions.
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
        // By date; an interview with no date is not the earliest: it comes after the dated ones (the
        // timeline, each topic's interviews, and "as the earliest interview writes it" for names).
        interviews.sort(Comparator.comparing((Interview i) -> i.meta().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Interview::file));
        // Per note, a title-made topic is named as that note writes it; across the vault, one name per topic.
        TopicNames names = TopicNames.choose(taxonomy.topics(), interviews, actions);
        if (!names.unchanged()) {
            TopicNames.Applied renamed = names.apply();
            interviews = renamed.interviews(interviews);
            actions = renamed.items(actions);
        }
        List<TopicInsight> topics = topics(interviews, actions, a -> taxonomy.names(a.text(), a.details(), a.topics()));
        return new Insights(interviews, topics, allStories, actions);
    }

    private PerNote perNote(Note note) {
        Interview iv = isInterview.test(note) ? interview(note) : null;
        List<Task> tasks = note.tasks();
        List<Item> actions = new ArrayList<>((iv == null ? 0 : iv.actions().size()) + tasks.size());
        // Lines of the interview's own actions, sorted, so a task already among them is found by binary search.
        int[] itemLines = new int[iv == null ? 0 : iv.actions().size()];
        if (iv != null) {
            actions.addAll(iv.actions());
            for (int k = 0; k < itemLines.length; k++) {
                itemLines[k] = iv.actions().get(k).line();
            }
            Arrays.sort(itemLines);
        }
        // Outside a debrief, a note's title names what it is about ("Kubernetes networking"): asked
        // for a task under a heading such as "To learn" that names no topic. A debrief's title names
        // the interview, not a topic, so it is not asked.
        List<String> titles = iv == null && !tasks.isEmpty() ? noteTitles(note) : List.of();
        for (int k = 0; k < tasks.size(); k++) { // indexed: C1 allocates an iterator per loop
            Task t = tasks.get(k);
            if (Arrays.binarySearch(itemLines, t.line()) < 0) {
                String section = sectionTitle(note, t.line());
                String text = MarkdownText.plain(t.text());
                actions.add(new Item(Item.Kind.ACTION, note.path(), t.line(), section, text, List.of(),
                        MarkdownText.boldPhrases(t.text()), taxonomy.classify(text, List.of(), context(note, t.line(), null), titles),
                        t.status(), DueDate.of(t.text())));
            }
        }
        if (iv != null && actions.size() > iv.actions().size()) {
            // A task under "## Next steps" or "## Follow-ups" of a debrief (outside its topics) is
            // still what that interview says to do: it is one of the interview's actions too, with
            // the section it is written under, so the interview's list and the counts agree.
            iv = new Interview(iv.file(), iv.meta(), iv.weak(), iv.strengths(),
                    inLineOrder(iv.actions(), actions.subList(iv.actions().size(), actions.size())));
            actions = new ArrayList<>(iv.actions());
        }
        return new PerNote(iv, actions, stories.apply(note));
    }

    /** {@code own} with each of {@code loose} (in line order) put before the first item written below it. */
    private static List<Item> inLineOrder(List<Item> own, List<Item> loose) {
        List<Item> out = new ArrayList<>(own.size() + loose.size());
        int j = 0;
        for (int i = 0; i < own.size(); i++) {
            while (j < loose.size() && loose.get(j).line() < own.get(i).line()) {
                out.add(loose.get(j++));
            }
            out.add(own.get(i));
        }
        while (j < loose.size()) {
            out.add(loose.get(j++));
        }
        return out;
    }

    private static final Comparator<Item> BY_LINE = Comparator.comparingInt(Item::line);

    Interview interview(Note note) {
        List<Item> weak = new ArrayList<>();
        List<Item> strengths = new ArrayList<>();
        List<Item> actions = new ArrayList<>();
        List<Task> tasks = note.tasks();
        Map<Integer, Task.Status> taskDone = tasks.isEmpty() ? Map.of() : new HashMap<>();
        for (int k = 0; k < tasks.size(); k++) {
            taskDone.put(tasks.get(k).line(), tasks.get(k).status());
        }
        List<PartSpan> spans = parts.apply(note);
        for (int k = 0; k < spans.size(); k++) {
            PartSpan span = spans.get(k);
            List<Item> target = span.role() == Item.Kind.WEAK ? weak : span.role() == Item.Kind.STRENGTH ? strengths : actions;
            items(note, span, taskDone, target, actions);
        }
        // In the order written: a callout of a part inside its heading is a span of its own, after the heading's.
        weak.sort(BY_LINE);
        strengths.sort(BY_LINE);
        actions.sort(BY_LINE);
        return new Interview(note.path(), InterviewMeta.of(note), weak, strengths, actions);
    }

    /**
     * Adds the items of one part to {@code out}: top-level list items with their nested bullets, or
     * paragraphs; a callout is one item. A task ({@code - [ ]}, {@code - [x]}) is an action wherever
     * it is written: it goes to {@code actions} as an item of its own (with its nested bullets),
     * never into a weak point or strength, nor into another item's details, so it is counted once
     * as an action. Except in a weak part written wholly as a checklist ("What was weak: - [ ] Rambled,
     * - [ ] No numbers"): there the tasks are the weak points, to tick off, so each is also a weak
     * point; beside plain weak points a task is the fix ("- [ ] practise the scheduler").
     */
    private void items(Note note, PartSpan span, Map<Integer, Task.Status> taskDone, List<Item> out, List<Item> actions) {
        List<Block> blocks = span.blocks();
        // A table is one item per body row: its first cell the text, the other cells its details.
        List<List<String>> rowDetails = null; // per block: a table row's cells, else null
        Map<Integer, String> rowDue = Map.of(); // an action table's due dates by row line, from its Due column
        Map<Integer, Task.Status> rowStatus = null; // taskDone with an action table's row statuses, once it has one
        if (hasTable(blocks)) {
            List<Block> rows = new ArrayList<>(blocks.size() + 8);
            List<List<String>> details = new ArrayList<>(blocks.size() + 8);
            for (int k = 0; k < blocks.size(); k++) {
                Block b = blocks.get(k);
                TableRows.Table table = isTable(b) ? TableRows.parse(b.text(), b.line()) : null;
                if (table == null) {
                    rows.add(b);
                    details.add(null);
                    continue;
                }
                for (TableRows.Row r : table.rows()) {
                    List<String> cells = rowCells(table.header(), r.cells());
                    if (cells.isEmpty()) {
                        continue; // only markup, such as a row of "**"
                    }
                    if (span.role() == Item.Kind.ACTION) { // | Action | Due | Status |: a row is done as a checked task is
                        Task.Status status = RowMarks.status(table.header(), r.cells());
                        if (status != null) {
                            if (rowStatus == null) { // the note's map is shared by its parts: copied, not changed
                                rowStatus = new HashMap<>(taskDone);
                                taskDone = rowStatus;
                            }
                            rowStatus.put(r.line(), status);
                        }
                        String due = RowMarks.due(table.header(), r.cells());
                        if (due != null) {
                            rowDue = rowDue.isEmpty() ? new HashMap<>() : rowDue;
                            rowDue.put(r.line(), due);
                        }
                    }
                    // "Forgot taints<br>No numbers": a line break in the cell, two points on one row.
                    List<String> points = TableRow.cellLines(cells.get(0));
                    for (String point : points) {
                        List<String> pointCells = new ArrayList<>(cells);
                        pointCells.set(0, point);
                        rows.add(new Block(Block.Kind.TABLE, r.text(), r.line(), r.line(), b.column(), b.depth(), b.quoteDepth(),
                                b.quoteLine(), b.heading()));
                        details.add(pointCells);
                    }
                }
            }
            blocks = rows;
            rowDetails = details;
        }
        // Each block's plain text is computed once: it decides whether the block counts (not null), then is the item's text.
        String[] plains = new String[blocks.size()];
        boolean[] task = new boolean[blocks.size()];
        int firstCounted = -1;
        boolean anyTask = false;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (b.kind() == Block.Kind.LIST_ITEM || b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.TABLE) {
                List<String> cells = rowDetails == null ? null : rowDetails.get(k);
                String plain = cells == null ? MarkdownText.plain(b.text()) : cells.get(0);
                // A placeholder ("TBD", "?", "...") holds a place, as empty-section says: no weak point.
                if (!plain.isEmpty() && !Content.isBlank(plain)) {
                    plains[k] = plain;
                    firstCounted = firstCounted < 0 ? k : firstCounted;
                    task[k] = b.kind() == Block.Kind.LIST_ITEM && taskDone.containsKey(b.line());
                    anyTask |= task[k];
                }
            }
        }
        if (firstCounted < 0) {
            return;
        }
        // The titles around an item are the same for the items of one part, unless a heading sits
        // between them: remembered per line range, not computed again for every item.
        Context ctx = new Context(note, span.section(), rowDue);
        if (span.whole()) {
            StringBuilder md = new StringBuilder();
            int first = -1;
            for (int k = firstCounted; k < blocks.size(); k++) {
                if (plains[k] != null && !task[k]) {
                    md.append(rowDetails == null || rowDetails.get(k) == null ? blocks.get(k).text() : String.join(" \u2014 ", rowDetails.get(k)))
                            .append('\n');
                    first = first < 0 ? k : first;
                }
            }
            if (first >= 0) {
                String markdown = md.toString();
                out.add(item(note, span, span.role(), blocks.get(first).line(), markdown, MarkdownText.plain(markdown), List.of(),
                        taskDone, ctx));
            }
            for (int k = firstCounted; anyTask && k < blocks.size(); k++) {
                if (task[k]) {
                    Block b = blocks.get(k);
                    actions.add(item(note, span, Item.Kind.ACTION, b.line(), b.text(), plains[k], List.of(), taskDone, ctx));
                }
            }
            return;
        }
        int minDepth = Integer.MAX_VALUE;
        for (int k = firstCounted; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (plains[k] != null && b.kind() == Block.Kind.LIST_ITEM) {
                minDepth = Math.min(minDepth, b.depth());
            }
        }
        // "A few things I missed:" over a list introduces its items, it is none of them: no weak point
        // of its own, but what it says is context for the topics of the items it introduces.
        boolean[] leadIn = new boolean[blocks.size()];
        for (int k = firstCounted, next = -1; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (plains[k] == null || b.kind() != Block.Kind.PARAGRAPH || b.depth() != 0 || !plains[k].endsWith(":")) {
                continue;
            }
            next = k + 1;
            while (next < blocks.size() && plains[next] == null) {
                next++;
            }
            leadIn[k] = next < blocks.size() && blocks.get(next).kind() == Block.Kind.LIST_ITEM;
        }
        boolean checklist = anyTask && span.role() == Item.Kind.WEAK;
        for (int k = firstCounted; checklist && k < blocks.size(); k++) {
            if (leadIn[k]) {
                continue;
            }
            Block b = blocks.get(k);
            boolean top = b.kind() != Block.Kind.LIST_ITEM || b.depth() == minDepth;
            checklist = plains[k] == null || !top || task[k];
        }
        Open parent = null;
        Open sub = null; // a task nested in the parent, with its own nested bullets
        List<Item> subs = List.of(); // the parent's nested tasks, added after it to keep document order
        String intro = null; // the lead-in over the list being read
        for (int i = firstCounted; i < blocks.size(); i++) {
            if (plains[i] == null) {
                continue;
            }
            Block b = blocks.get(i);
            boolean top = b.kind() != Block.Kind.LIST_ITEM ? b.depth() == 0 || parent == null : b.depth() == minDepth;
            if (top && b.kind() != Block.Kind.LIST_ITEM) {
                intro = leadIn[i] ? plains[i] : null;
            }
            if (top) {
                if (sub != null) {
                    subs = add(subs, sub.item(this, note, span, taskDone, ctx));
                    sub = null;
                }
                if (parent != null) {
                    emit(parent, checklist, note, span, taskDone, ctx, out, actions);
                    actions.addAll(subs);
                    subs = List.of();
                }
                if (leadIn[i]) {
                    parent = null;
                    continue;
                }
                parent = new Open(b, plains[i], task[i], intro);
                List<String> cells = rowDetails == null ? null : rowDetails.get(i);
                for (int c = 1; cells != null && c < cells.size(); c++) {
                    parent.detail(cells.get(c));
                }
            } else if (parent != null) {
                List<String> cells = rowDetails == null ? null : rowDetails.get(i);
                String detail = cells == null ? plains[i] : String.join(" \u2014 ", cells);
                if (sub != null && b.depth() > sub.block.depth()) {
                    sub.detail(detail);
                    continue;
                }
                if (sub != null) {
                    subs = add(subs, sub.item(this, note, span, taskDone, ctx));
                    sub = null;
                }
                if (task[i]) {
                    sub = new Open(b, plains[i], true, intro);
                } else {
                    parent.detail(detail);
                }
            }
        }
        if (sub != null) {
            subs = add(subs, sub.item(this, note, span, taskDone, ctx));
        }
        if (parent != null) {
            emit(parent, checklist, note, span, taskDone, ctx, out, actions);
            actions.addAll(subs);
        }
    }

    /** A top-level item: a task is an action, in a weak checklist also a weak point; anything else an item of the part. */
    private void emit(Open parent, boolean checklist, Note note, PartSpan span, Map<Integer, Task.Status> taskDone, Context ctx,
                      List<Item> out, List<Item> actions) {
        if (parent.task) {
            actions.add(parent.item(this, note, span, taskDone, ctx));
        }
        if (!parent.task || checklist) {
            out.add(parent.as(this, span.role(), note, span, taskDone, ctx));
        }
    }

    private static boolean hasTable(List<Block> blocks) {
        for (int k = 0; k < blocks.size(); k++) {
            if (isTable(blocks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A block that may be a table: one starting with '|', or a paragraph of several lines with a '|' (a | b). */
    private static boolean isTable(Block b) {
        return b.kind() == Block.Kind.TABLE
                || (b.kind() == Block.Kind.PARAGRAPH && b.text().indexOf('\n') > 0 && b.text().indexOf('|') >= 0);
    }

    /**
     * A table row's cells as plain text, its first filled cell first, then the others named by their
     * column header ("Priority: high"); empty cells left out, so a row of blank cells has none.
     */
    private static List<String> rowCells(List<String> header, List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            String value = MarkdownText.plain(cells.get(c));
            if (value.isEmpty() || (out.isEmpty() && c + 1 < cells.size() && TableRow.isRowNumber(value))) {
                continue; // a "#" column's 1, 2, 3 numbers the rows: the point is in the next cell
            }
            String name = out.isEmpty() || c >= header.size() ? "" : MarkdownText.plain(header.get(c));
            if (!out.isEmpty()) {
                value = String.join("; ", TableRow.cellLines(value)); // a detail keeps its lines, without the <br> markup
            }
            out.add(name.isEmpty() ? value : name + ": " + value);
        }
        return out;
    }

    private static List<Item> add(List<Item> list, Item item) {
        List<Item> out = list.isEmpty() ? new ArrayList<>(2) : list;
        out.add(item);
        return out;
    }

    /** An item being gathered: its block, its plain text and its nested bullets so far. */
    private static final class Open {
        final Block block;
        final String plain;
        final boolean task;
        final String intro; // the lead-in paragraph over its list ("Mostly storage:"), or null
        List<String> details = List.of(); // an ArrayList only once a nested block comes

        Open(Block block, String plain, boolean task, String intro) {
            this.block = block;
            this.plain = plain;
            this.task = task;
            this.intro = intro;
        }

        void detail(String text) {
            if (details.isEmpty()) {
                details = new ArrayList<>(4);
            }
            details.add(text);
        }

        Item item(Analyzer a, Note note, PartSpan span, Map<Integer, Task.Status> taskDone, Context ctx) {
            return as(a, task ? Item.Kind.ACTION : span.role(), note, span, taskDone, ctx);
        }

        Item as(Analyzer a, Item.Kind role, Note note, PartSpan span, Map<Integer, Task.Status> taskDone, Context ctx) {
            return a.item(note, span, role, block.line(), block.text(), plain, details, taskDone, ctx, intro);
        }
    }

    private Item item(Note note, PartSpan span, Item.Kind role, int line, String markdown, String text, List<String> details,
                      Map<Integer, Task.Status> taskDone, Context ctx) {
        return item(note, span, role, line, markdown, text, details, taskDone, ctx, null);
    }

    /** An item; {@code intro}, the lead-in over its list, is context for its topics after its section titles. */
    private Item item(Note note, PartSpan span, Item.Kind role, int line, String markdown, String text, List<String> details,
                      Map<Integer, Task.Status> taskDone, Context ctx, String intro) {
        Task.Status status = null;
        String due = null;
        if (role == Item.Kind.ACTION) {
            status = taskDone.get(line); // null: an action written without a checkbox, still to do
            due = DueDate.of(markdown);
            due = due == null ? ctx.due(line) : due;
        }
        List<String> titles = ctx.at(line);
        if (intro != null) {
            List<String> withIntro = new ArrayList<>(titles.size() + 1);
            withIntro.addAll(titles);
            withIntro.add(intro);
            titles = withIntro;
        }
        // text and details are classified as one text joined by spaces, without building it
        return new Item(role, note.path(), line, span.section(), text, details, MarkdownText.boldPhrases(markdown),
                taxonomy.classify(text, details, titles), status, due);
    }

    /** The context of the items of one part, reused while the headings holding the item stay the same. */
    static final class Context {
        private final Note note;
        private final String first;
        private final Map<Integer, String> rowDue;
        private int from = 1;
        private int to = 0;
        private List<String> titles;

        Context(Note note, String first) {
            this(note, first, Map.of());
        }

        /** @param rowDue the due dates a table of actions gives its rows in a Due column, by line */
        Context(Note note, String first, Map<Integer, String> rowDue) {
            this.note = note;
            this.first = first;
            this.rowDue = rowDue;
        }

        /** The due date of the table row on {@code line} by its Due column, or null. */
        String due(int line) {
            return rowDue.get(line);
        }

        /** {@link #context(Note, int, String)} for {@code line}. */
        List<String> at(int line) {
            if (titles == null || line < from || line > to) {
                titles = context(note, line, first);
                // The same headings hold every line between the nearest heading boundaries around this one.
                from = Integer.MIN_VALUE;
                to = Integer.MAX_VALUE;
                List<Heading> hs = note.headings();
                for (int i = 0; i < hs.size(); i++) {
                    Heading h = hs.get(i);
                    from = narrowFrom(from, h.line(), line);
                    from = narrowFrom(from, h.sectionEndLine() + 1, line);
                    to = narrowTo(to, h.line() - 1, line);
                    to = narrowTo(to, h.sectionEndLine(), line);
                }
            }
            return titles;
        }

        private static int narrowFrom(int from, int boundary, int line) {
            return boundary <= line && boundary > from ? boundary : from;
        }

        private static int narrowTo(int to, int boundary, int line) {
            return boundary >= line && boundary < to ? boundary : to;
        }
    }

    static List<TopicInsight> topics(List<Interview> interviews, List<Item> actions) {
        return topics(interviews, actions, a -> true);
    }

    /**
     * @param ownWords whether an action names its topics by its own words (not only by the titles
     *                 around it or as its section title)
     */
    static List<TopicInsight> topics(List<Interview> interviews, List<Item> actions, Predicate<Item> ownWords) {
        // One entry per topic, in first-seen order: topics weak somewhere, then those only acted on.
        Map<String, TopicAcc> byName = new LinkedHashMap<>();
        int[] same = sameInterview(interviews);
        boolean[] several = new boolean[same.length]; // a note of an interview written in two or more
        for (int v = 0; v < same.length; v++) {
            if (same[v] != v) {
                several[v] = true;
                several[same[v]] = true;
            }
        }
        for (int v = 0; v < interviews.size(); v++) {
            Interview iv = interviews.get(v);
            List<Item> weak = iv.weak();
            for (int w = 0; w < weak.size(); w++) {
                Item item = weak.get(w);
                List<String> topics = item.topics();
                for (int t = 0; t < topics.size(); t++) {
                    byName.computeIfAbsent(topics.get(t), TopicAcc::new).weak(item, interviews.get(same[v]), several[v]);
                }
            }
        }
        Map<String, List<String>> unitTopics = unitWeakTopics(interviews);
        for (int a = 0; a < actions.size(); a++) {
            Item item = actions.get(a);
            List<String> topics = item.topics();
            for (int t = 0; t < topics.size(); t++) {
                byName.computeIfAbsent(topics.get(t), TopicAcc::new).actions.add(item);
            }
            // What a debrief section says to do is about what was weak in it: an action whose words
            // name none of those topics is listed under all of them; one that names some, under those.
            // Topics it has only from titles (or its section title) are not its words: "Walk through
            // the race" under a section weak in Databases and in its own title is under both.
            List<String> unit = unitTopics.isEmpty() ? null : unitTopics.get(unitKey(item));
            if (unit != null && (!intersects(topics, unit) || !ownWords.test(item))) {
                for (int t = 0; t < unit.size(); t++) {
                    if (!topics.contains(unit.get(t))) { // listed under its own topics already
                        byName.computeIfAbsent(unit.get(t), TopicAcc::new).actions.add(item);
                    }
                }
            }
        }
        List<TopicInsight> out = new ArrayList<>(byName.size());
        for (TopicAcc acc : byName.values()) {
            out.add(acc.insight());
        }
        out.sort(Comparator.comparing((TopicInsight t) -> !t.recurring())
                .thenComparing(Comparator.comparingInt(TopicInsight::weakCount).reversed())
                .thenComparing(t -> t.lastSeen() == null ? "" : t.lastSeen(), Comparator.reverseOrder())
                .thenComparing(TopicInsight::name));
        return out;
    }

    /**
     * Per interview (in the order given), the index of the one it is part of: the first of the
     * notes with its company and date. A topic is weak in interviews "by company and date": a
     * debrief written in two notes ("Google onsite", "Google onsite (part 2)", or one note per round
     * of a loop on one day) is one interview, listed once under the topic, and no topic is recurring
     * by being weak in both of its notes. A note without company or date is an interview of its own.
     */
    private static int[] sameInterview(List<Interview> interviews) {
        int[] out = new int[interviews.size()];
        Map<String, Integer> first = new HashMap<>();
        for (int v = 0; v < out.length; v++) {
            InterviewMeta meta = interviews.get(v).meta();
            Integer at = meta.company() == null || meta.company().isBlank() || meta.date() == null ? null
                    : first.putIfAbsent(meta.company().strip().toLowerCase(java.util.Locale.ROOT) + '\u0000' + meta.date(), v);
            out[v] = at == null ? v : at;
        }
        return out;
    }

    /**
     * The topics each debrief section (a note's topic, by file and title) was weak in, so an action
     * written in that section whose own words name none of them is listed under them too: "Rewrite
     * the story with numbers" under "## Incident response" is what the note says to do about that
     * weak point, though its words match another topic or none.
     */
    private static Map<String, List<String>> unitWeakTopics(List<Interview> interviews) {
        Map<String, List<String>> out = new HashMap<>();
        for (int v = 0; v < interviews.size(); v++) {
            Interview iv = interviews.get(v);
            if (iv.actions().isEmpty()) {
                continue;
            }
            List<Item> weak = iv.weak();
            for (int w = 0; w < weak.size(); w++) {
                List<String> topics = out.computeIfAbsent(unitKey(weak.get(w)), k -> new ArrayList<>(2));
                for (String t : weak.get(w).topics()) {
                    if (!topics.contains(t)) {
                        topics.add(t);
                    }
                }
            }
        }
        return out;
    }

    private static boolean intersects(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            if (b.contains(a.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static String unitKey(Item item) {
        return item.file() + '\u0000' + item.section();
    }

    /** What {@link #topics} gathers about one topic. */
    private static final class TopicAcc {
        final String name;
        final List<Item> weak = new ArrayList<>();
        final List<Interview> where = new ArrayList<>();
        /** Weak items per entry of {@code where}. */
        int[] perInterview = new int[4];
        final List<Item> actions = new ArrayList<>();
        /** Where an interview written in several notes is in {@code where}; made for the first such. */
        Map<Interview, Integer> parts;

        TopicAcc(String name) {
            this.name = name;
        }

        /**
         * Interviews are visited one at a time, so "weak in this interview" is mostly the last entry
         * of {@code where}; a later note of an interview already listed ({@code several}: its part 2)
         * adds to that entry.
         */
        void weak(Item item, Interview iv, boolean several) {
            weak.add(item);
            int at = where.size() - 1;
            if (at < 0 || where.get(at) != iv) {
                Integer listed = several && parts != null ? parts.get(iv) : null;
                if (listed == null) {
                    where.add(iv);
                    at = where.size() - 1;
                    if (at == perInterview.length) {
                        perInterview = Arrays.copyOf(perInterview, 2 * at);
                    }
                    if (several) {
                        parts = parts == null ? new java.util.IdentityHashMap<>() : parts;
                        parts.put(iv, at);
                    }
                } else {
                    at = listed;
                }
            }
            perInterview[at]++;
        }

        TopicInsight insight() {
            String first = null;
            String last = null;
            for (int i = 0; i < where.size(); i++) {
                String d = where.get(i).meta().date();
                if (d != null) {
                    first = first == null || d.compareTo(first) < 0 ? d : first;
                    last = last == null || d.compareTo(last) > 0 ? d : last;
                }
            }
            List<Integer> counts = new ArrayList<>(where.size());
            for (int i = 0; i < where.size(); i++) {
                counts.add(perInterview[i]);
            }
            return new TopicInsight(name, weak.size(), where, counts, where.size() >= 2, first, last, weak, actions);
        }
    }

    /**
     * Titles of the sections holding {@code line}, innermost first (the note's H1 title excluded),
     * after {@code first} when given: the context an item is classified with.
     */
    static List<String> context(Note note, int line, String first) {
        List<String> out = new ArrayList<>(4);
        if (first != null && !first.isBlank()) {
            out.add(first);
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

    /** The note's H1 title (the first) and its file name without ".md": what Obsidian shows as its title. */
    static List<String> noteTitles(Note note) {
        List<String> out = new ArrayList<>(2);
        List<Heading> hs = note.headings();
        for (int i = 0; i < hs.size(); i++) {
            if (hs.get(i).level() == 1) {
                String h1 = withoutMarkers(hs.get(i).text());
                if (!h1.isBlank()) {
                    out.add(h1);
                }
                break;
            }
        }
        String name = note.path().substring(note.path().lastIndexOf('/') + 1);
        name = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        if (!name.isBlank() && !out.contains(name)) {
            out.add(name);
        }
        return out;
    }

    /** Title of the innermost heading above {@code line} as plain text ("[[Kubernetes]] scheduling" reads "Kubernetes scheduling"), or "" before the first heading. */
    static String sectionTitle(Note note, int line) {
        String title = "";
        List<Heading> hs = note.headings();
        for (int i = 0; i < hs.size(); i++) { // indexed: C1 allocates an iterator per loop
            Heading h = hs.get(i);
            if (h.line() > line) {
                break;
            }
            if (line <= h.sectionEndLine()) {
                title = h.text();
            }
        }
        return MarkdownText.plain(withoutMarkers(title));
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
