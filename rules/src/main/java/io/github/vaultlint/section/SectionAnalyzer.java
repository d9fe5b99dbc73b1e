package io.github.vaultlint.section;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.util.Suggest;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a note into units (stories, topics) under the templates its {@link TemplateSelector}
 * picks, and records for each unit the parts found, missing and out of order. Stateless and
 * thread-safe.
 */
public final class SectionAnalyzer {
    private final TemplateSelector selector;

    public SectionAnalyzer(TemplateSelector selector) {
        this.selector = selector;
    }

    public TemplateSelector selector() {
        return selector;
    }

    /** Units by line, then template name; loose parts by line. Constants: no comparator per note. */
    private static final Comparator<Unit> UNIT_ORDER = Comparator.comparingInt(Unit::line)
            .thenComparing(u -> u.template().name());
    private static final Comparator<PartHit> HIT_ORDER = Comparator.comparingInt(PartHit::line);

    public SectionAnalysis analyze(Note note, VaultlintConfig config) {
        NoteScan scan = new NoteScan(note);
        List<Unit> units = new ArrayList<>();
        List<PartHit> loose = new ArrayList<>();
        List<AppliedTemplate> applied = selector.select(note, config, scan);
        scan.applied(applied);
        for (int ai = 0; ai < applied.size(); ai++) {
            AppliedTemplate a = applied.get(ai);
            PartLocator.Found found = scan.found(a.template());
            List<Unit> foundUnits = new Finder(note, scan.lines(), a, found).units();
            units.addAll(foundUnits);
            if (a.mode() != AppliedTemplate.Mode.INLINE) {
                boolean[] unitOwner = new boolean[note.headings().size() + 1]; // by owner + 1 (-1: the note)
                for (int i = 0; i < foundUnits.size(); i++) {
                    unitOwner[foundUnits.get(i).heading() + 1] = true;
                }
                List<PartLocator.Located> hits = found.hits();
                for (int i = 0; i < hits.size(); i++) {
                    PartLocator.Located l = hits.get(i);
                    if (!unitOwner[l.owner() + 1]) {
                        loose.add(l.hit());
                    }
                }
                loose.addAll(found.outside());
            }
        }
        units.sort(UNIT_ORDER);
        loose.sort(HIT_ORDER);
        return new SectionAnalysis(note.path(), units, loose);
    }

    /**
     * Items grouped by owner (a heading index, or -1 for the note), keeping their order: the items of
     * owner o are {@code order[start[o + 1]] .. order[start[o + 2] - 1]}. Arrays by heading index
     * instead of maps of boxed Integers to lists.
     */
    private static final class Groups {
        final int[] start;
        final int[] order;
        final int[] owners; // the distinct owners, in order of their first item
        int ownerCount;

        Groups(int[] ownerOfItem, int headingCount) {
            int n = ownerOfItem.length;
            start = new int[headingCount + 2];
            owners = new int[Math.min(n, headingCount + 1)];
            for (int i = 0; i < n; i++) {
                int k = ownerOfItem[i] + 1;
                if (start[k]++ == 0) {
                    owners[ownerCount++] = ownerOfItem[i];
                }
            }
            for (int k = 1; k < start.length; k++) {
                start[k] += start[k - 1]; // start[o + 1]: where the items of owner o end
            }
            // Filled from the back, start[o + 1] moves down from the group's end to its start (no
            // second array), where the next group, o + 1, ends; the items of a group keep their order.
            order = new int[n];
            for (int i = n - 1; i >= 0; i--) {
                order[--start[ownerOfItem[i] + 1]] = i;
            }
        }

        int count(int owner) {
            return start[owner + 2] - start[owner + 1];
        }

        /** Index of the {@code i}-th item of {@code owner}. */
        int item(int owner, int i) {
            return order[start[owner + 1] + i];
        }
    }

    /** Unit detection for one template in one note. */
    private static final class Finder {
        final Note note;
        final AppliedTemplate applied;
        final Template template;
        final List<Heading> headings;
        final int hn;
        final String[] normalized; // each heading's normalised text
        final String[] display; // each heading's display title
        final List<PartLocator.Located> hits;
        /** The note's collapsible blocks: one whose summary names no part may title a story, as a bold line does. */
        final DetailsBlocks details;
        final int[] slotOfHit; // the template position of each hit's part
        final Groups byOwner;
        final List<PartLocator.Candidate> candidates;
        Groups candidatesByOwner; // grouped on first use: only units missing a part need them
        final boolean[] partHeading; // heading is itself a part
        final boolean[] carries; // heading or a descendant owns parts
        final boolean[] below; // a descendant (not the heading itself) owns parts
        final boolean[] mark; // scratch, one per template part
        final List<Unit> out = new ArrayList<>();
        /** The rows of tables whose columns are parts, by line; empty for most notes. */
        final Map<Integer, TableRow> rows;
        /** Owners of tables whose columns are parts with no row yet (see {@link PartLocator.Found#emptyTables}). */
        final List<Integer> emptyTables;

        Finder(Note note, NoteLines lines, AppliedTemplate applied, PartLocator.Found found) {
            this.note = note;
            this.details = lines.details();
            this.applied = applied;
            this.template = applied.template();
            this.headings = note.headings();
            this.hn = headings.size();
            this.normalized = lines.headingNormalized();
            this.display = lines.headingDisplay();
            this.hits = found.hits();
            this.candidates = found.candidates();
            this.emptyTables = found.emptyTables();
            if (found.rows().isEmpty()) {
                this.rows = Map.of();
            } else {
                this.rows = new java.util.HashMap<>();
                for (TableRow r : found.rows()) {
                    rows.put(r.line(), r);
                }
            }
            this.partHeading = new boolean[hn];
            this.mark = new boolean[template.size()];
            int n = hits.size();
            this.slotOfHit = new int[n];
            int[] owners = new int[n];
            for (int i = 0; i < n; i++) {
                PartLocator.Located l = hits.get(i);
                owners[i] = l.owner();
                slotOfHit[i] = template.indexOf(l.hit().part());
                if (l.hit().form() == Labels.Form.HEADING) {
                    partHeading[l.hit().heading()] = true;
                }
            }
            this.byOwner = new Groups(owners, hn);
            this.carries = new boolean[hn];
            this.below = new boolean[hn];
            for (int k = 0; k < byOwner.ownerCount; k++) {
                int o = byOwner.owners[k];
                for (int h = o; h >= 0; h = headings.get(h).parent()) {
                    carries[h] = true;
                    if (h != o) {
                        below[h] = true;
                    }
                }
            }
        }

        List<Unit> units() {
            switch (applied.mode()) {
                case TOPICS:
                    topics();
                    break;
                case STORY_BANK:
                    storyBank();
                    break;
                default:
                    inline();
            }
            return out;
        }

        // ---- topics (debriefs) -----------------------------------------------------------------

        private void topics() {
            boolean h1Topics = false;
            for (int k = 0; k < byOwner.ownerCount; k++) {
                int o = byOwner.owners[k];
                // A one-topic note: parts directly under the title (or with no heading at all).
                if ((o < 0 || headings.get(o).level() < 2) && distinctParts(o, ANY) >= 2) {
                    add(Unit.Kind.TOPIC, o);
                    h1Topics |= o >= 0;
                }
            }
            if (h1Topics) {
                // Topics written as H1s ("# Kafka", "# Redis", parts as H2s): an H1 with a single part is
                // one of them too, half-written, not a title.
                for (int k = 0; k < byOwner.ownerCount; k++) {
                    int o = byOwner.owners[k];
                    if (o >= 0 && headings.get(o).level() == 1 && distinctParts(o, ANY) == 1
                            && !template.isNonTopicNormalized(normalized[o])) {
                        add(Unit.Kind.TOPIC, o);
                    }
                }
            }
            for (int i = 0; i < hn; i++) {
                if (headings.get(i).level() == 2 && !partHeading[i] && !template.isNonTopicNormalized(normalized[i])) {
                    topic(i);
                }
            }
        }

        private void topic(int t) {
            boolean direct = byOwner.count(t) > 0;
            int end = headings.get(t).sectionEndLine();
            boolean carrying = false; // some child heading (not a part) carries parts
            for (int j = t + 1; j < hn && headings.get(j).line() <= end && !carrying; j++) {
                carrying = headings.get(j).parent() == t && !partHeading[j] && carries[j];
            }
            if (!carrying) {
                add(Unit.Kind.TOPIC, t);
                return;
            }
            if (direct) {
                add(Unit.Kind.TOPIC, t);
            }
            for (int j = t + 1; j < hn && headings.get(j).line() <= end; j++) {
                if (headings.get(j).parent() != t || partHeading[j]) {
                    continue;
                }
                if (direct ? carries[j] : !template.isNonTopicNormalized(normalized[j])) {
                    // Direct parts: the topic, and each carrying child too. Else sub-scenarios: the
                    // children carry the parts, so each child is checked instead.
                    topic(j);
                }
            }
        }

        // ---- stories -----------------------------------------------------------------------------

        private void storyBank() {
            boolean[] direct = new boolean[hn + 1]; // by owner + 1
            for (int k = 0; k < byOwner.ownerCount; k++) {
                int o = byOwner.owners[k];
                if (anyCanonical(o) || distinctParts(o, ANY) >= 2) {
                    direct[o + 1] = true;
                }
            }
            // Siblings by parent, in heading order: a linked list through two int arrays.
            int[] firstChild = new int[hn + 1];
            Arrays.fill(firstChild, -1);
            int[] nextSibling = new int[hn];
            for (int j = hn - 1; j >= 0; j--) {
                int p = headings.get(j).parent() + 1;
                nextSibling[j] = firstChild[p];
                firstChild[p] = j;
            }
            // A section holding a table of stories with no row yet ("| Story | Situation | ... |" and its
            // delimiter row) is that table still to fill: no story of its own, though it has no part.
            boolean[] emptyTable = new boolean[hn];
            for (int e = 0; e < emptyTables.size(); e++) {
                for (int h = emptyTables.get(e); h >= 0; h = headings.get(h).parent()) {
                    emptyTable[h] = true;
                }
            }
            boolean[] story = Arrays.copyOf(direct, hn + 1);
            long[] levelsDone = new long[hn + 1]; // by parent + 1: the levels whose siblings are done
            for (int k = 0; k < byOwner.ownerCount; k++) {
                int d = byOwner.owners[k];
                if (d < 0 || !direct[d + 1]) {
                    continue;
                }
                Heading h = headings.get(d);
                int p = h.parent() + 1;
                if (h.level() < 64) {
                    long bit = 1L << h.level();
                    if ((levelsDone[p] & bit) != 0) {
                        continue; // this set of siblings is already done
                    }
                    levelsDone[p] |= bit;
                }
                if (singleAnswer(d, firstChild[p], nextSibling, direct)) {
                    continue; // "## Answer" beside "## Follow-up questions", "## Coach feedback": one answer's page
                }
                for (int j = firstChild[p]; j >= 0; j = nextSibling[j]) {
                    // A sibling entry is a story even when it is only bullets, unless the template names
                    // it a section that is no story ("## How to use", "## Tips" next to the stories).
                    if (headings.get(j).level() == h.level() && !partHeading[j] && !direct[j + 1] && !below[j]
                            && !emptyTable[j] && !template.isNonTopicNormalized(normalized[j])) {
                        story[j + 1] = true;
                    }
                }
            }
            for (int i = 0; i <= hn; i++) {
                if (story[i]) {
                    add(Unit.Kind.STORY, i - 1);
                }
            }
        }

        /** Headings that name a page's one answer rather than one story among others. */
        private static final Set<String> ANSWER_TITLES = Set.of("answer", "my answer", "star answer", "the answer",
                "response", "my response", "sample answer", "model answer", "draft answer", "final answer", "story", "my story",
                "the story", "star", "star story");

        /**
         * Whether story {@code d} is the one answer of a single-question page: the only heading of its
         * level under its parent that carries parts, named as an answer ("## Answer", "## My answer").
         * Its siblings (follow-up questions, feedback) are then no stories.
         */
        private boolean singleAnswer(int d, int first, int[] nextSibling, boolean[] direct) {
            if (!ANSWER_TITLES.contains(normalized[d])) {
                return false;
            }
            int level = headings.get(d).level();
            for (int j = first; j >= 0; j = nextSibling[j]) {
                if (j != d && headings.get(j).level() == level && (direct[j + 1] || below[j])) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A section is an inline story when its labels clearly are STAR parts: one part by its own
         * name or short label (Situation, Actions, R:) and a second as a bold or callout label, even
         * under a synonym ("**Context**: ... **Actions**: ..."); or one by name and three parts in
         * all, headings included ("### Context", "### Actions", "### Outcome"); or three parts as bold
         * or callout labels under synonyms alone. Two synonyms alone ("**Context**:" and "**Goal**:"
         * in a plan), synonym headings alone (a design doc's "## Background", "## Goals",
         * "## Impact") and plain "Outcome:" words are ordinary notes. The rows of a table whose columns
         * are parts are here only when its header opens a story ({@link PartLabels#opensUnits}).
         */
        private void inline() {
            for (int k = 0; k < byOwner.ownerCount; k++) {
                int o = byOwner.owners[k];
                skipLetters = isLetterLegend(o);
                int named = distinctParts(o, NAMED);
                int clear = distinctParts(o, CLEAR);
                if (named >= 1 && (clear >= 2 || distinctParts(o, LABELLED) >= 3) || clear >= 3 || plainStory(o, clear)) {
                    add(Unit.Kind.STORY, o);
                }
            }
            skipLetters = false;
        }

        /**
         * A STAR answer written with plain own-name labels ("Situation: ...", "Task: ...", "Action: ...")
         * is as clear as one written with S:/T:/A:, so it is a story too: three parts by their own
         * names, or one plain "Situation:" beside a bold or callout label of another part. Two plain
         * words alone ("Task: ... Result: done" in a to-do note) stay prose, and so do bare lines
         * ("- Situation" over bullets), which a retold story in a debrief answer uses.
         */
        private boolean plainStory(int owner, int clear) {
            int ownNames = distinctParts(owner, OWN_NAME);
            return ownNames >= 3 || ownNames >= 1 && clear >= 1 && distinctParts(owner, CLEAR_OR_OWN_NAME) >= 2;
        }

        /** The table row (in a table whose columns are parts) the hit is a cell of, or null. */
        private TableRow rowOf(PartHit h) {
            return h.form() != Labels.Form.TABLE || rows.isEmpty() ? null : rows.get(h.line());
        }

        /** While deciding an inline story: one-letter labels are a legend's keys, not S:/T:/A:/R:. */
        private boolean skipLetters;

        /**
         * Whether the owner's one-letter labels are a legend (keys of a shortcut list, sizes S, B, L)
         * rather than a STAR answer: a letter that names no part comes before one that does
         * ("**C:** cancel ... **R:** restart ... **S:** sleep"). A STAR answer gives its letters
         * first; a letter after them ("L: what I learned") keeps it a story.
         */
        private boolean isLetterLegend(int owner) {
            int foreign = Integer.MAX_VALUE;
            for (PartLocator.Candidate c : candidates) {
                if (c.owner() == owner && Labels.isLegendLetter(c.normalized())) {
                    foreign = Math.min(foreign, c.line());
                }
            }
            if (foreign == Integer.MAX_VALUE) {
                return false;
            }
            for (int i = 0, n = byOwner.count(owner); i < n; i++) {
                PartHit h = hits.get(byOwner.item(owner, i)).hit();
                if (isLetter(h) && h.line() > foreign) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isLetter(PartHit h) {
            // "**R:**" keeps its colon in the label as written; "**R**:" does not
            return (h.form() == Labels.Form.SHORT || h.form() == Labels.Form.BOLD) && h.label().length() <= 3
                    && Labels.normalize(h.label()).length() == 1;
        }

        private boolean anyCanonical(int owner) {
            for (int i = 0, n = byOwner.count(owner); i < n; i++) {
                if (hits.get(byOwner.item(owner, i)).canonical()) {
                    return true;
                }
            }
            return false;
        }

        private static final int ANY = 0;
        /** A part's own name (or its plural) or short label. */
        private static final int NAMED = 3;
        /** A part's own name or short label, or a bold, callout, table-row or details-summary label (synonyms too). */
        private static final int CLEAR = 1;
        /** Any form but a plain "Name:" line. */
        private static final int LABELLED = 2;
        /** {@link #NAMED}, or a plain "Name:" / "Name -" label (always the part's own name); not a bare line. */
        private static final int OWN_NAME = 4;
        /** {@link #CLEAR} or {@link #OWN_NAME}. */
        private static final int CLEAR_OR_OWN_NAME = 5;

        private boolean counts(PartLocator.Located l, int which) {
            Labels.Form f = l.hit().form();
            if (skipLetters && isLetter(l.hit())) {
                return false;
            }
            switch (which) {
                case CLEAR:
                    return l.canonical() || f == Labels.Form.BOLD || f == Labels.Form.CALLOUT || f == Labels.Form.TABLE
                            || f == Labels.Form.DETAILS;
                case LABELLED:
                    return f != Labels.Form.PLAIN;
                case NAMED:
                    return l.canonical();
                case OWN_NAME:
                    return l.canonical() || l.worded();
                case CLEAR_OR_OWN_NAME:
                    return counts(l, CLEAR) || l.worded();
                default:
                    return true;
            }
        }

        /** How many different parts the owner's hits of the given kind ({@link #CLEAR}, ...) name. */
        private int distinctParts(int owner, int which) {
            Arrays.fill(mark, false);
            int distinct = 0;
            for (int i = 0, n = byOwner.count(owner); i < n; i++) {
                int h = byOwner.item(owner, i);
                if (counts(hits.get(h), which) && !mark[slotOfHit[h]]) {
                    mark[slotOfHit[h]] = true;
                    distinct++;
                }
            }
            return distinct;
        }

        // ---- unit -------------------------------------------------------------------------------

        private void add(Unit.Kind kind, int owner) {
            int hc = byOwner.count(owner);
            if (hc == 0 && owner >= 0 && display[owner].isEmpty()) {
                return; // a stray "##" with nothing under it: empty-heading's business, not a unit
            }
            if (kind == Unit.Kind.TOPIC && !rows.isEmpty() && topicRows(owner, hc)) {
                return;
            }
            if (kind == Unit.Kind.STORY && hc >= 2) {
                int[] starts = storyStarts(owner, hc);
                if (starts.length > 1 || rowOf(hits.get(byOwner.item(owner, 0)).hit()) != null) {
                    for (int g = 0; g < starts.length; g++) {
                        int to = g + 1 < starts.length ? starts[g + 1] : hc;
                        int from = g == 0 ? -1 : hits.get(byOwner.item(owner, starts[g] - 1)).hit().line();
                        PartHit first = hits.get(byOwner.item(owner, starts[g])).hit();
                        TableRow row = rowOf(first); // a row of a table whose columns are parts: a story named by its title cell
                        addUnit(kind, owner, starts[g], to, row != null ? new Titled(row.title(), row.line(), row.column(),
                                row.endColumn()) : storyTitle(owner, from, first, g + 1), row);
                    }
                    return;
                }
            }
            addUnit(kind, owner, 0, hc, null, null);
        }

        /**
         * A debrief topic per row of a table whose columns are the parts (one row per question), each
         * named by its row. Parts the section holds beside the table ("### How I should improve" under
         * it) are every row's: a row misses only what neither has, reported once, on the table's header.
         * They are a unit of their own too (so they are read and checked), which then misses nothing.
         * False when none of the owner's parts is in such a row: it is one topic, added by the caller.
         */
        private boolean topicRows(int owner, int hc) {
            int[] own = null; // the owner's parts in no row, by index among its hits
            int ownCount = 0;
            List<int[]> spans = null; // per row: [first, end) among the owner's hits
            for (int i = 0; i < hc; ) {
                TableRow row = rowOf(hits.get(byOwner.item(owner, i)).hit());
                if (row == null) {
                    own = own == null ? new int[hc] : own;
                    own[ownCount++] = i++;
                    continue;
                }
                int j = i + 1; // a row's cells are one line: adjacent hits
                while (j < hc && rowOf(hits.get(byOwner.item(owner, j)).hit()) == row) {
                    j++;
                }
                spans = spans == null ? new ArrayList<>() : spans;
                spans.add(new int[] {i, j});
                i = j;
            }
            if (spans == null) {
                return false;
            }
            boolean[] beside = new boolean[template.size()]; // the parts written beside the table
            if (ownCount > 0) {
                own = Arrays.copyOf(own, ownCount);
                for (int i : own) {
                    beside[slotOfHit[byOwner.item(owner, i)]] = true;
                }
                boolean[] all = new boolean[template.size()];
                Arrays.fill(all, true);
                addUnit(Unit.Kind.TOPIC, owner, own, null, null, all);
            }
            for (int[] span : spans) {
                TableRow row = rowOf(hits.get(byOwner.item(owner, span[0])).hit());
                addUnit(Unit.Kind.TOPIC, owner, range(span[0], span[1]),
                        new Titled(row.title(), row.line(), row.column(), row.endColumn()), row, beside);
            }
            return true;
        }

        private static int[] range(int from, int to) {
            int[] out = new int[to - from];
            for (int i = 0; i < out.length; i++) {
                out[i] = from + i;
            }
            return out;
        }

        /**
         * Where the stories written one after another in one section start (indexes into the owner's
         * hits): "## Stories" holding "**Story 1: ...**" with its Situation ... Result, then "**Story 2:
         * ...**" with its own, or stories separated by "---". A new story starts where a part comes again
         * that the story so far already has, and either the story starts over (Situation again, or the
         * part the story began with) or a "---" or a bold title line stands between it and the previous
         * part. A part written twice in one story (two Action paragraphs, a callout in its heading)
         * starts none.
         */
        private int[] storyStarts(int owner, int hc) {
            int[] starts = new int[hc];
            int n = 1;
            Arrays.fill(mark, false);
            int firstSlot = slotOfHit[byOwner.item(owner, 0)];
            mark[firstSlot] = true;
            int inside = sectionEnd(hits.get(byOwner.item(owner, 0)).hit()); // a label under a part heading is that part's
            for (int i = 1; i < hc; i++) {
                int h = byOwner.item(owner, i);
                int slot = slotOfHit[h];
                PartHit prev = hits.get(byOwner.item(owner, i - 1)).hit();
                PartHit cur = hits.get(h).hit();
                TableRow row = rowOf(cur);
                // Each row of a table whose columns are parts is a story of its own, and ends where the table does.
                boolean newRow = row != rowOf(prev);
                if (newRow || mark[slot] && cur.line() > prev.line() && cur.line() > inside
                        && (slot <= firstSlot || separated(prev.line(), cur.line()))) {
                    starts[n++] = i;
                    Arrays.fill(mark, false);
                    firstSlot = slot;
                }
                mark[slot] = true;
                inside = Math.max(inside, sectionEnd(cur));
            }
            return Arrays.copyOf(starts, n);
        }

        /** The last line of a part heading's section; 0 for a part written as a label. */
        private int sectionEnd(PartHit h) {
            return h.form() == Labels.Form.HEADING ? headings.get(h.heading()).sectionEndLine() : 0;
        }

        /** Whether a "---" or a bold title line lies strictly between the two lines. */
        private boolean separated(int after, int before) {
            List<io.github.vaultlint.vault.Block> blocks = note.blocks();
            for (int b = PartLocator.firstBlockAfter(blocks, after); b < blocks.size() && blocks.get(b).line() < before; b++) {
                io.github.vaultlint.vault.Block k = blocks.get(b);
                if (k.kind() == io.github.vaultlint.vault.Block.Kind.THEMATIC_BREAK || boldTitle(k) != null || detailsTitle(b) != null) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A split story's title: the bold line that introduces it ("**Story 2: Flaky deploys**"), between
         * the previous story's last part (or the section's start) and its first part; else the section's
         * title numbered ("Stories (story 2)"). With the line and columns to report it at.
         */
        private Titled storyTitle(int owner, int afterLine, PartHit first, int number) {
            List<io.github.vaultlint.vault.Block> blocks = note.blocks();
            int from = afterLine >= 0 ? afterLine : owner >= 0 ? headings.get(owner).line() : 0;
            Titled found = null;
            for (int b = PartLocator.firstBlockAfter(blocks, from); b < blocks.size() && blocks.get(b).line() < first.line(); b++) {
                io.github.vaultlint.vault.Block k = blocks.get(b);
                String t = boldTitle(k);
                DetailsBlocks.Details d = t == null ? detailsTitle(b) : null;
                if (t != null) {
                    int width = k.text().strip().length();
                    found = new Titled(t, k.line(), k.column(), k.column() + width); // the nearest one wins
                } else if (d != null) {
                    found = new Titled(d.summary(), d.line(), d.column(), d.endColumn());
                } else if (k.kind() == io.github.vaultlint.vault.Block.Kind.THEMATIC_BREAK) {
                    found = null;
                }
            }
            if (found != null) {
                return found;
            }
            String base = owner >= 0 ? display[owner] : note.name();
            return new Titled((base.isEmpty() ? "" : base + " ") + "(story " + number + ")", first.line(), first.column(),
                    first.endColumn());
        }

        /** A story title introduced in a split section, with where it is written. */
        private record Titled(String title, int line, int column, int endColumn) {
        }

        /**
         * A collapsible block opened in block {@code b} whose summary names no part ("&lt;details&gt;&lt;summary&gt;Flaky
         * deploys&lt;/summary&gt;" around a story's parts): a story's title, as a bold line is; else null.
         */
        private DetailsBlocks.Details detailsTitle(int b) {
            DetailsBlocks.Details d = details.openedIn(b);
            if (d == null || d.summary().isEmpty()) {
                return null;
            }
            String n = Labels.normalize(d.summary());
            return n.isEmpty() || template.match(n) != null || template.matchCombined(n) != null
                    || template.matchKeywords(n) != null ? null : d;
        }

        /**
         * The text of a paragraph that is one bold line and names no part ("**Story 1: Cache
         * stampede**", "**Cache stampede**"), or null. At most twelve words: a bold sentence is content.
         */
        private String boldTitle(io.github.vaultlint.vault.Block k) {
            if (k.kind() != io.github.vaultlint.vault.Block.Kind.PARAGRAPH || k.line() != k.endLine()) {
                return null;
            }
            String t = k.text().strip();
            if (t.length() < 5 || !(t.startsWith("**") && t.endsWith("**") || t.startsWith("__") && t.endsWith("__"))) {
                return null;
            }
            String inner = t.substring(2, t.length() - 2).strip();
            if (inner.endsWith(":")) {
                inner = inner.substring(0, inner.length() - 1).strip();
            }
            if (inner.isEmpty() || inner.contains("**") || inner.split("\\s+").length > 12) {
                return null;
            }
            String n = Labels.normalize(inner);
            if (template.match(n) != null || template.matchCombined(n) != null) {
                return null;
            }
            return inner;
        }

        /** The unit of the owner's hits [{@code from}, {@code to}); {@code titled} names a story split out of its section. */
        private void addUnit(Unit.Kind kind, int owner, int from, int to, Titled titled, TableRow row) {
            addUnit(kind, owner, range(from, to), titled, row, null);
        }

        /**
         * The unit of the owner's hits at {@code items} (indexes among them, in order). {@code elsewhere}
         * marks (by template position) parts written for it outside its hits, which it does not miss; null: none.
         */
        private void addUnit(Unit.Kind kind, int owner, int[] items, Titled titled, TableRow row, boolean[] elsewhere) {
            int hc = items.length;
            List<PartHit> unitHits = new ArrayList<>(hc);
            int[] slots = new int[hc];
            Arrays.fill(mark, false);
            for (int i = 0; i < hc; i++) {
                int h = byOwner.item(owner, items[i]);
                unitHits.add(hits.get(h).hit());
                slots[i] = slotOfHit[h];
                mark[slots[i]] = true; // present
            }
            List<Part> parts = template.parts();
            List<Part> missing = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Part p = parts.get(i);
                if (p.required() && !mark[template.indexOf(p)] && (elsewhere == null || !elsewhere[template.indexOf(p)])) {
                    missing.add(p);
                }
            }
            String title;
            int line;
            int column;
            int endColumn;
            int level = 0;
            if (titled != null) {
                title = titled.title();
                line = titled.line();
                column = titled.column();
                endColumn = titled.endColumn();
                level = owner >= 0 ? headings.get(owner).level() : 0;
            } else if (owner >= 0) {
                Heading h = headings.get(owner);
                title = display[owner];
                line = h.line();
                column = h.column();
                endColumn = h.endColumn();
                level = h.level();
            } else if (!unitHits.isEmpty()) {
                // No heading: the unit starts at its first part, not on line 1 (the frontmatter's "---").
                PartHit first = unitHits.get(0);
                for (PartHit h : unitHits) {
                    if (h.line() < first.line() || (h.line() == first.line() && h.column() < first.column())) {
                        first = h;
                    }
                }
                title = note.name();
                line = first.line();
                column = first.column();
                endColumn = first.endColumn();
            } else {
                title = note.name();
                line = 1;
                column = 1;
                endColumn = 1;
            }
            out.add(new Unit(kind, template, title, owner, level, line, column, endColumn, unitHits, missing,
                    misplaced(unitHits, slots), titled != null ? List.of() : nearMisses(owner, missing), row));
        }

        /**
         * Parts outside the longest run that follows the template order. {@code slots} holds each
         * hit's template position.
         */
        private List<Unit.Misplaced> misplaced(List<PartHit> hits, int[] slots) {
            if (hits.size() < 2) {
                return List.of();
            }
            // The first hit of each part, with its template position.
            PartHit[] firsts = new PartHit[hits.size()];
            int[] idx = new int[hits.size()];
            int n = 0;
            Arrays.fill(mark, false);
            for (int i = 0; i < hits.size(); i++) {
                if (!mark[slots[i]]) {
                    mark[slots[i]] = true;
                    firsts[n] = hits.get(i);
                    idx[n++] = slots[i];
                }
            }
            if (n < 2) {
                return List.of();
            }
            int[] len = new int[n];
            int[] prev = new int[n];
            int best = 0;
            for (int i = 0; i < n; i++) {
                len[i] = 1;
                prev[i] = -1;
                // On ties keep the later part, so the part flagged is the one written too early
                // ("Result comes before Action").
                for (int j = 0; j < i; j++) {
                    if (idx[j] < idx[i] && len[j] + 1 >= len[i]) {
                        len[i] = len[j] + 1;
                        prev[i] = j;
                    }
                }
                if (len[i] >= len[best]) {
                    best = i;
                }
            }
            boolean[] inOrder = new boolean[n];
            for (int i = best; i >= 0; i = prev[i]) {
                inOrder[i] = true;
            }
            List<Unit.Misplaced> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (inOrder[i]) {
                    continue;
                }
                int after = -1; // the in-order firsts it belongs between, by index in firsts
                int before = -1;
                for (int j = 0; j < n; j++) {
                    if (!inOrder[j]) {
                        continue;
                    }
                    if (idx[j] < idx[i] && (after < 0 || idx[j] > idx[after])) {
                        after = j;
                    }
                    if (idx[j] > idx[i] && (before < 0 || idx[j] < idx[before])) {
                        before = j;
                    }
                }
                Part conflict = null;
                boolean earlier = false;
                for (int j = 0; j < n && conflict == null; j++) {
                    if (inOrder[j] && ((j < i && idx[j] > idx[i]) || (j > i && idx[j] < idx[i]))) {
                        conflict = firsts[j].part();
                        earlier = j < i;
                    }
                }
                out.add(new Unit.Misplaced(firsts[i], conflict, earlier, after < 0 ? null : firsts[after].part(),
                        before < 0 ? null : firsts[before].part()));
            }
            return out;
        }

        /** Headings and bold labels of the unit that look like a misspelt missing part. */
        private List<Unit.NearMiss> nearMisses(int owner, List<Part> missing) {
            if (missing.isEmpty()) {
                return List.of();
            }
            if (candidatesByOwner == null) {
                int[] owners = new int[candidates.size()];
                for (int i = 0; i < owners.length; i++) {
                    owners[i] = candidates.get(i).owner();
                }
                candidatesByOwner = new Groups(owners, hn);
            }
            int cn = candidatesByOwner.count(owner);
            if (cn == 0) {
                return List.of();
            }
            Map<String, Part> labels = new LinkedHashMap<>();
            for (Part p : missing) {
                for (String l : template.labels(p)) {
                    labels.putIfAbsent(l, p);
                }
            }
            List<Unit.NearMiss> out = new ArrayList<>();
            Set<Part> suggested = new HashSet<>();
            for (int i = 0; i < cn; i++) {
                PartLocator.Candidate c = candidates.get(candidatesByOwner.item(owner, i));
                if (c.normalized().length() < 4) {
                    continue;
                }
                String close = Suggest.closest(c.normalized(), labels.keySet());
                if (close != null && suggested.add(labels.get(close))) {
                    out.add(new Unit.NearMiss(c.text(), c.line(), labels.get(close)));
                }
            }
            return out;
        }
    }
}
