package io.github.vaultlint.section;

import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of a template's parts in a note, in all the forms people write them
 * (heading, bold label, short label, callout title), works out which heading each one belongs to
 * (its owner), and cuts out each part's content. Works on the compact note model only.
 */
public final class PartLocator {

    /**
     * A part occurrence with the heading it belongs to (-1: the note itself). {@code worded}: a plain
     * label written with its colon or dash ("Situation: ..."), not a bare line over what it names.
     */
    public record Located(PartHit hit, int owner, boolean canonical, boolean worded) {
        public Located(PartHit hit, int owner, boolean canonical) {
            this(hit, owner, canonical, false);
        }
    }

    /** A heading or bold label that names no part, kept for "did you mean". */
    public record Candidate(String text, String normalized, int line, int owner) {
    }

    /**
     * Everything found for one template in one note. {@code outside} are H2 sections of a topics
     * template that are no topic but named as a part ("## Next steps" closing a debrief): no part for
     * the section rules, but what they hold is that part's for the analysis (see {@link #outside}).
     * {@code rows} are the rows of tables whose columns are parts, a unit each; {@code emptyTables} the
     * owners (heading index, -1: the note) of such tables with no row written yet.
     */
    public record Found(Template template, List<Located> hits, List<Candidate> candidates, List<PartHit> outside,
                        List<TableRow> rows, List<Integer> emptyTables) {
        public Found {
            rows = List.copyOf(rows);
            emptyTables = List.copyOf(emptyTables);
            hits = List.copyOf(hits);
            candidates = List.copyOf(candidates);
            outside = List.copyOf(outside);
        }
    }

    /** Raws in document order: by line, then column. A constant, so no comparator is built per note. */
    private static final Comparator<Raw> DOCUMENT_ORDER = Comparator.comparingInt(Raw::line).thenComparingInt(Raw::column);

    private final Template template;
    private final Note note;
    private final List<Heading> headings;
    private final List<Block> blocks;
    private final Part[] partHeading;
    /** The parts of a heading that names several ("Situation & Task"), else null; partHeading holds the first. */
    private final Part[][] combinedHeading;
    private final int[] partHeadingOwner;
    /** {@link #leadingSibling} of each part heading once known, else {@code Integer.MIN_VALUE}. */
    private final int[] leadingSibling;
    /** Headings named a part by a keyword only ("### Missing pods scenario" is weak by "missing"). */
    private final boolean[] byKeyword;
    /** Keyword headings found to be sub-scenarios, not parts: their sections hold parts of their own. */
    private final boolean[] container;

    private final NoteLines lines;
    /** Templates whose bold labels are content of this template's parts (see {@link #locate}). */
    private final List<Template> nested;
    /** The note is a story bank of this template: a table naming two parts as columns holds stories. */
    private final boolean storyBank;
    /**
     * By block index, the line where a table whose columns are parts starts in it: those lines are
     * its rows' parts, never content of another part. Null until such a table is found (most notes).
     */
    private Map<Integer, Integer> columnTables;
    /** Owners of tables whose columns are parts with no row written yet; empty for most notes. */
    private List<Integer> emptyTables = List.of();

    private PartLocator(Note note, NoteLines lines, Template template, List<Template> nested, boolean storyBank) {
        this.template = template;
        this.storyBank = storyBank;
        this.nested = nested;
        this.lines = lines;
        this.note = note;
        this.headings = note.headings();
        this.blocks = note.blocks();
        this.partHeading = new Part[headings.size()];
        this.combinedHeading = new Part[headings.size()][];
        this.partHeadingOwner = new int[headings.size()];
        Arrays.fill(partHeadingOwner, Integer.MIN_VALUE);
        this.leadingSibling = new int[headings.size()];
        Arrays.fill(leadingSibling, Integer.MIN_VALUE);
        this.byKeyword = new boolean[headings.size()];
        this.container = new boolean[headings.size()];
    }

    public static Found locate(Note note, Template template) {
        return locate(note, NoteLines.of(note), template, List.of(), template.units() == Template.Units.STORIES);
    }

    /**
     * Locates with the template-independent line labels of the note already computed. A bold label
     * naming a part of a {@code nested} template (a STAR part inside a debrief's response) is content
     * of the part it sits in, not the start of something else. In a {@code storyBank}, a table whose
     * header names two parts as columns holds a story per row; elsewhere only one whose header opens
     * a unit per row ({@link PartLabels#opensUnits}).
     */
    static Found locate(Note note, NoteLines lines, Template template, List<Template> nested, boolean storyBank) {
        return new PartLocator(note, lines, template, nested, storyBank && template.units() == Template.Units.STORIES).run();
    }

    /**
     * A raw occurrence before its content is cut: where it starts and how far it may reach.
     * {@code slot} is the part's position in the template; the text after a label is the chars
     * [{@code restFrom}, {@code restTo}) of its block's text, cut out only when it is content.
     */
    private record Raw(Part part, int slot, Labels.Form form, String label, int line, int column, int endColumn,
                       int heading, int owner, boolean canonical, int blockIndex, int lineInBlock, int restFrom,
                       int restTo, int restColumn, DetailsBlocks.Details details, boolean worded) {
        Raw(Part part, int slot, Labels.Form form, String label, int line, int column, int endColumn, int heading, int owner,
            boolean canonical, int blockIndex, int lineInBlock, int restFrom, int restTo, int restColumn,
            DetailsBlocks.Details details) {
            this(part, slot, form, label, line, column, endColumn, heading, owner, canonical, blockIndex, lineInBlock, restFrom,
                    restTo, restColumn, details, false);
        }

        /** Any form but a details block's summary, whose {@code details} this is. */
        Raw(Part part, int slot, Labels.Form form, String label, int line, int column, int endColumn, int heading, int owner,
            boolean canonical, int blockIndex, int lineInBlock, int restFrom, int restTo, int restColumn) {
            this(part, slot, form, label, line, column, endColumn, heading, owner, canonical, blockIndex, lineInBlock, restFrom,
                    restTo, restColumn, null, false);
        }
    }

    private Found run() {
        List<Raw> raws = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        String[] normalized = lines.headingNormalized();
        String[] display = lines.headingDisplay();
        int hn = headings.size();
        boolean topics = template.units() == Template.Units.TOPICS;
        for (int i = 0; i < hn; i++) {
            String n = normalized[i];
            // An H2 the template names a non-topic section stays one, also when it names a part
            // ("## Next steps" closing a debrief, "### Next steps" in a topic is the part).
            boolean nonTopic = topics && headings.get(i).level() == 2 && template.isNonTopicNormalized(n);
            partHeading[i] = n.isEmpty() || nonTopic ? null : template.match(n);
            if (partHeading[i] == null && !n.isEmpty() && !nonTopic) {
                Part[] combined = template.matchCombined(n);
                if (combined != null) {
                    combinedHeading[i] = combined;
                    partHeading[i] = combined[0];
                } else if ((!topics || headings.get(i).level() > 2) && !container[i]) {
                    // Keywords only below a topic: an H2 such as "Gaps in my Kubernetes knowledge" is a topic.
                    partHeading[i] = template.matchKeywords(n);
                    byKeyword[i] = partHeading[i] != null;
                }
            }
        }
        if (topics) {
            keywordH2sBesideNamedParts(normalized);
        }
        for (int i = 0; i < hn; i++) {
            Heading h = headings.get(i);
            String n = normalized[i];
            Part p = partHeading[i];
            if (combinedHeading[i] != null) {
                // "### Situation & Task": one heading, both parts, sharing its section
                boolean canonical = template.isCanonicalCombined(n, combinedHeading[i]);
                for (Part c : combinedHeading[i]) {
                    raws.add(new Raw(c, template.indexOf(c), Labels.Form.HEADING, display[i], h.line(), h.column(),
                            h.endColumn(), i, ownerOfPartHeading(i), canonical, -1, 0, 0, 0, 0));
                }
            } else if (p != null) {
                raws.add(new Raw(p, template.indexOf(p), Labels.Form.HEADING, display[i], h.line(), h.column(),
                        h.endColumn(), i, ownerOfPartHeading(i), template.isCanonical(p, n), -1, 0, 0, 0, 0));
            } else if (!n.isEmpty()) {
                candidates.add(new Candidate(display[i], n, h.line(), ownerOfPartHeading(i)));
            }
        }
        List<TableRow> rows = List.of();
        columnTables = null;
        emptyTables = List.of();
        for (int w = 0; w < lines.wide().size(); w++) {
            rows = scanColumns(lines.wide().get(w), raws, rows);
        }
        List<NoteLines.LineEntry> entries = lines.labels();
        List<NoteLines.LineEntry> unknown = null; // bold labels naming no part, in document order
        for (int i = 0; i < entries.size(); i++) {
            NoteLines.LineEntry e = entries.get(i);
            if (e.label().form() == Labels.Form.TABLE) {
                int j = i + 1; // the rows of one table are adjacent entries of one block
                while (j < entries.size() && entries.get(j).blockIndex() == e.blockIndex()) {
                    j++;
                }
                scanTable(entries.subList(i, j), raws, candidates);
                i = j - 1;
                continue;
            }
            if (!scanLine(blocks.get(e.blockIndex()), e, raws, candidates) && opensSomethingElse(e) && !namesNestedPart(e)) {
                if (unknown == null) {
                    unknown = new ArrayList<>();
                }
                unknown.add(e);
            }
        }
        scanDetails(raws, candidates);
        if (topics) {
            proseParts(raws);
        }
        raws.sort(DOCUMENT_ORDER);
        if (findContainers(raws)) {
            // Some keyword headings are sub-scenarios: locate again with them as plain headings.
            Arrays.fill(combinedHeading, null);
            Arrays.fill(partHeadingOwner, Integer.MIN_VALUE);
            Arrays.fill(leadingSibling, Integer.MIN_VALUE);
            Arrays.fill(byKeyword, false);
            return run();
        }
        int[] boundaries = boundaries(raws);
        if (unknown != null) {
            endAtUnknownLabels(raws, boundaries, unknown);
        }
        List<Located> out = new ArrayList<>(raws.size());
        // A debrief topic written as a table row (one per question): its parts' section is the row, by its title.
        Map<Integer, TableRow> rowAt = null;
        if (topics && !rows.isEmpty()) {
            rowAt = new HashMap<>();
            for (TableRow row : rows) {
                rowAt.put(row.line(), row);
            }
        }
        String noteName = null; // the section of parts under no heading; most notes have none
        List<Block> content = new ArrayList<>(); // reused: PartHit keeps its own copy
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            content.clear();
            content(r, boundaries[i], content);
            String section;
            TableRow row = rowAt == null || r.form != Labels.Form.TABLE ? null : rowAt.get(r.line);
            if (row != null) {
                section = row.title();
            } else if (r.owner >= 0) {
                section = display[r.owner];
            } else {
                if (noteName == null) {
                    noteName = note.name();
                }
                section = noteName;
            }
            out.add(new Located(new PartHit(r.part, r.form, r.label, r.line, r.column, r.endColumn, r.heading, section,
                    content, Content.isEmpty(content)), r.owner, r.canonical, r.worded));
        }
        return new Found(template, out, candidates, topics ? outside(raws, normalized, display) : List.of(), rows, emptyTables);
    }

    /**
     * Non-topic H2 sections named as a part by name or synonym ("## Next steps" is How I should
     * improve): each as a hit of that part, its content the section up to the first part written in
     * it, so nothing is counted twice. The section rules never see them (a closing "## Next steps" is
     * neither a topic nor a part there); without them, the plain bullets under it were in no part and
     * dropped from the interview's actions, while its tasks were counted.
     */
    private List<PartHit> outside(List<Raw> raws, String[] normalized, String[] display) {
        List<PartHit> out = null;
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h.level() != 2 || normalized[i].isEmpty() || !template.isNonTopicNormalized(normalized[i])) {
                continue;
            }
            Part p = template.match(normalized[i]);
            if (p == null) {
                continue;
            }
            int boundary = Integer.MAX_VALUE;
            for (int k = 0; k < raws.size(); k++) {
                int l = raws.get(k).line;
                if (l > h.line() && l <= h.sectionEndLine() && l < boundary) {
                    boundary = l;
                }
            }
            List<Block> content = new ArrayList<>();
            content(new Raw(p, template.indexOf(p), Labels.Form.HEADING, display[i], h.line(), h.column(), h.endColumn(), i,
                    h.parent(), true, -1, 0, 0, 0, 0), boundary, content);
            out = out == null ? new ArrayList<>(1) : out;
            out.add(new PartHit(p, Labels.Form.HEADING, display[i], h.line(), h.column(), h.endColumn(), i, display[i],
                    content, Content.isEmpty(content)));
        }
        return out == null ? List.of() : out;
    }

    /**
     * In a note whose parts are H2s under its title ("# Figma screen", "## What I was asked", "## How
     * I responded", "## What didn't go well"), an H2 beside them worded with a keyword ("## Next time
     * I will", "## What I could have done better") is one of the parts, not a topic of its own: it
     * was a topic missing every part, and its items were in no part, so a weak point or action was
     * dropped. Only beside two or more H2s that name parts by name or synonym, under the same parent:
     * among H2 topics, "## Gaps in my Kubernetes knowledge" stays a topic.
     */
    private void keywordH2sBesideNamedParts(String[] normalized) {
        int hn = headings.size();
        int[] named = null; // by parent + 1: its H2 children that name a part by name or synonym
        for (int i = 0; i < hn; i++) {
            if (headings.get(i).level() == 2 && partHeading[i] != null && !byKeyword[i]) {
                named = named == null ? new int[hn + 1] : named;
                named[headings.get(i).parent() + 1]++;
            }
        }
        if (named == null) {
            return;
        }
        for (int i = 0; i < hn; i++) {
            Heading h = headings.get(i);
            if (h.level() == 2 && partHeading[i] == null && combinedHeading[i] == null && !container[i]
                    && named[h.parent() + 1] >= 2 && !normalized[i].isEmpty() && !template.isNonTopicNormalized(normalized[i])) {
                partHeading[i] = template.matchKeywords(normalized[i]);
                byKeyword[i] = partHeading[i] != null;
            }
        }
    }

    /**
     * A debrief topic written as first-person prose, with no label at all: paragraphs opening with
     * "I was asked ...", "I responded ...", "I was weak on ...", "Next time I will ..." (see
     * {@link ProseOpeners}) are its parts, the paragraph (and what follows it, up to the next part)
     * their content. It was a topic missing every part. Only in a section where no part is written
     * otherwise, neither in it, under it nor in a heading above it (an "I was asked a follow-up"
     * paragraph inside "### How I responded" stays content), under a heading that can be a topic,
     * and only when two different parts open that way: one such sentence is prose, not a layout.
     * The first paragraph per part counts; a later one is content of the part before it.
     */
    private void proseParts(List<Raw> raws) {
        int hn = headings.size();
        boolean[] holds = new boolean[hn + 1]; // by heading + 1: a part is written in it or below it
        boolean[] owns = new boolean[hn + 1]; // by heading + 1: a part heading, or a unit with parts
        for (Raw r : raws) {
            owns[r.owner + 1] = true;
            for (int h = r.owner; h >= 0; h = headings.get(h).parent()) {
                holds[h + 1] = true;
            }
            holds[0] = true;
        }
        boolean h2 = false;
        for (int i = 0; i < hn; i++) {
            h2 |= headings.get(i).level() == 2;
            if (partHeading[i] != null) {
                owns[i + 1] = true;
                for (int h = i; h >= 0; h = headings.get(h).parent()) {
                    holds[h + 1] = true;
                }
            }
        }
        String[] normalized = lines.headingNormalized();
        Map<Integer, List<Raw>> byOwner = null;
        for (int bi = 0; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            int h = b.heading();
            if (b.kind() != Block.Kind.PARAGRAPH || b.quoteDepth() > 0 || b.depth() > 0 || holds[h + 1]
                    || (h < 0 ? hn > 0 : headings.get(h).level() < 2 && h2)) {
                continue; // an intro above the topics, or under a title over H2 topics, is no topic's
            }
            String text = b.text();
            int nl = text.indexOf('\n');
            int lineEnd = nl < 0 ? text.length() : nl;
            ProseOpeners.Opener o = ProseOpeners.at(text, 0, lineEnd);
            Part p = o == null ? null : template.part(o.partId());
            if (p == null || !proseTopic(h, owns, normalized)) {
                continue;
            }
            byOwner = byOwner == null ? new HashMap<>() : byOwner;
            List<Raw> found = byOwner.computeIfAbsent(h, k -> new ArrayList<>(4));
            if (found.stream().noneMatch(r -> r.part == p)) {
                int n = o.words().length();
                found.add(new Raw(p, template.indexOf(p), Labels.Form.PLAIN, text.substring(0, n), b.line(), b.column(),
                        b.column() + n, h, h, true, bi, 0, 0, lineEnd, b.column()));
            }
        }
        if (byOwner != null) {
            for (List<Raw> found : byOwner.values()) {
                if (found.size() >= 2) {
                    raws.addAll(found);
                }
            }
        }
    }

    /** Whether no heading from h up is a part, holds parts itself or is a non-topic H2 ("## Final Reflection"). */
    private boolean proseTopic(int h, boolean[] owns, String[] normalized) {
        for (int a = h; a >= 0; a = headings.get(a).parent()) {
            if (owns[a + 1] || headings.get(a).level() == 2 && template.isNonTopicNormalized(normalized[a])) {
                return false;
            }
        }
        return true;
    }

    /** Whether a ':' or a dash follows the label ending at {@code from}: "Situation: ...", not a bare "Situation". */
    private static boolean separated(String text, int from, int to) {
        int i = from;
        while (i < to && i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < to && i < text.length() && (text.charAt(i) == ':' || Labels.isDash(text.charAt(i)));
    }

    /** Scans one labelled line; false when it is a bold label that names no part of the template. */
    private boolean scanLine(Block b, NoteLines.LineEntry e, List<Raw> raws, List<Candidate> candidates) {
        int bi = e.blockIndex();
        int k = e.lineInBlock();
        int lineNo = b.line() + k;
        int owner = ownerOfBlock(b.heading());
        int heading = b.heading();
        if (e.callout()) {
            Labels.LineLabel title = e.label();
            String n = e.normalized();
            Part p = template.match(n);
            Part[] parts = p != null ? null : template.matchCombined(n);
            if (p == null && parts == null) {
                p = template.matchKeywords(n);
            }
            if (p != null || parts != null) {
                int col = b.column() + title.column();
                boolean canonical = p != null ? template.isCanonical(p, n) : template.isCanonicalCombined(n, parts);
                for (Part q : p != null ? new Part[] {p} : parts) {
                    raws.add(new Raw(q, template.indexOf(q), Labels.Form.CALLOUT, title.text(), lineNo, col,
                            col + title.text().length(), heading, owner, canonical, bi, k, 0, 0, 0));
                }
            }
            return true;
        }
        Labels.LineLabel label = e.label();
        Part p;
        Part[] combined = null;
        String n = e.normalized();
        if (label.form() == Labels.Form.SHORT) {
            if (label.text().length() == 1) {
                p = template.matchShort(label.text());
                if (p == null) {
                    // "C: cancel" beside "S: sleep": kept so a legend of keys is not read as S:/T:/A:/R:
                    candidates.add(new Candidate(label.text(), n, lineNo, owner));
                }
            } else {
                combined = template.matchCombined(n); // "S/T: ..."
                p = combined == null ? null : combined[0];
            }
        } else {
            p = template.match(n);
            if (p == null) {
                combined = template.matchCombined(n); // "**Situation & Task**: ..."
                if (combined != null && label.form() == Labels.Form.PLAIN && !template.isCanonicalCombined(n, combined)) {
                    combined = null;
                }
                p = combined == null ? null : combined[0];
            }
            if (p == null && label.form() != Labels.Form.PLAIN) {
                p = template.matchKeywords(n); // "**What went badly:**"
            }
        }
        if (p != null && combined == null && label.form() == Labels.Form.PLAIN && !template.isCanonical(p, n)) {
            p = null; // plain words only count when they are the part's own name ("Result:")
        }
        int col = b.column() + label.column();
        if (p == null) {
            if (label.form() == Labels.Form.BOLD && !n.isEmpty()) {
                candidates.add(new Candidate(label.text(), n, lineNo, owner));
                return false;
            }
            return true;
        }
        // A plain "Result:" fills a part of a unit that exists, but never makes a story on its own:
        // ordinary notes ("Result: finished the module") must not become half-written STAR stories.
        boolean canonical = label.form() == Labels.Form.SHORT
                || (label.form() != Labels.Form.PLAIN
                        && (combined != null ? template.isCanonicalCombined(n, combined) : template.isCanonical(p, n)));
        int restFrom = e.lineStart() + Math.min(label.restStart(), e.lineEnd() - e.lineStart());
        boolean worded = label.form() == Labels.Form.PLAIN && separated(b.text(),
                e.lineStart() + label.column() + label.text().length(), e.lineEnd());
        for (Part q : combined != null ? combined : new Part[] {p}) {
            raws.add(new Raw(q, template.indexOf(q), label.form(), label.text(), lineNo, col,
                    b.column() + Math.max(label.column() + 1, label.restStart()), heading, owner, canonical, bi, k,
                    restFrom, e.lineEnd(), b.column() + label.restStart(), null, worded));
        }
        return true;
    }

    /**
     * The collapsible blocks whose summary names a part ({@code <details><summary>Situation</summary>
     * ...</details>}), by name, synonym, combined label or keyword, as a callout title does: each is
     * that part, its content the block's body. A summary naming no part is no part (kept for "did
     * you mean"); the details block is then content of whatever part it is in.
     */
    private void scanDetails(List<Raw> raws, List<Candidate> candidates) {
        List<DetailsBlocks.Details> all = lines.details().all();
        char[] scratch = null;
        for (int i = 0; i < all.size(); i++) {
            DetailsBlocks.Details d = all.get(i);
            if (d.summary() == null || d.summary().isEmpty()) {
                continue;
            }
            scratch = scratch == null ? new char[128] : scratch;
            String n = Labels.normalize(d.summary(), scratch);
            if (n.isEmpty()) {
                continue;
            }
            int heading = blocks.get(d.bodyBlock()).heading();
            int owner = ownerOfBlock(heading);
            Part p = template.match(n);
            Part[] parts = p != null ? null : template.matchCombined(n);
            if (p == null && parts == null) {
                p = template.matchKeywords(n);
            }
            if (p == null && parts == null) {
                candidates.add(new Candidate(d.summary(), n, d.line(), owner));
                continue;
            }
            boolean canonical = p != null ? template.isCanonical(p, n) : template.isCanonicalCombined(n, parts);
            for (Part q : p != null ? new Part[] {p} : parts) {
                raws.add(new Raw(q, template.indexOf(q), Labels.Form.DETAILS, d.summary(), d.line(), d.column(), d.endColumn(),
                        heading, owner, canonical, d.bodyBlock(), 0, d.bodyFrom(), 0, 0, d));
            }
        }
    }

    /**
     * The rows of one two-column table whose first cells name parts ({@code | Situation | ... |},
     * {@code | **T** | ... |}, {@code | What I was asked | ... |}), each a part with its second cell as
     * content. Only a table that really holds the parts counts: two or more rows naming different
     * parts by name, synonym or letter; then a row worded with a part's keyword counts too. A
     * comparison table with one "Action" row, or a legend of keys ("| C | close |", "| R | restart |":
     * a letter that names no part) is no part. The rows naming nothing, below the header, are kept
     * for "did you mean" ("| Reslt | ... |").
     */
    private void scanTable(List<NoteLines.LineEntry> rows, List<Raw> raws, List<Candidate> candidates) {
        int bi = rows.get(0).blockIndex();
        Block b = blocks.get(bi);
        int owner = ownerOfBlock(b.heading());
        int n = rows.size();
        List<String> norms = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            norms.add(rows.get(r).normalized());
        }
        boolean[] keyword = new boolean[n];
        Part[][] named = PartLabels.tableParts(template, norms, keyword); // shared with note type detection
        if (named == null) {
            return;
        }
        for (int r = 0; r < n; r++) {
            NoteLines.LineEntry e = rows.get(r);
            Labels.LineLabel label = e.label();
            int lineNo = b.line() + e.lineInBlock();
            String norm = e.normalized();
            if (named[r] == null) {
                if (r > 0 && norm.length() > 1) { // a header row ("| Part | Answer |") is no misspelt part
                    candidates.add(new Candidate(label.text(), norm, lineNo, owner));
                }
                continue;
            }
            boolean canonical = !keyword[r] && (norm.length() == 1 || (named[r].length > 1
                    ? template.isCanonicalCombined(norm, named[r]) : template.isCanonical(named[r][0], norm)));
            int col = b.column() + label.column();
            int restFrom = Math.min(e.lineStart() + label.restStart(), e.lineEnd());
            int restTo = Labels.cellEnd(b.text(), restFrom, e.lineEnd());
            for (Part q : named[r]) {
                raws.add(new Raw(q, template.indexOf(q), Labels.Form.TABLE, label.text(), lineNo, col,
                        col + label.text().length(), b.heading(), owner, canonical, bi, e.lineInBlock(), restFrom, restTo,
                        b.column() + label.restStart()));
            }
        }
    }

    /**
     * A table whose header names two or more different parts as columns ({@code | Story | Situation |
     * Task | Action | Result |}, by name, synonym or letter, as rows are read in a two-column table):
     * each body row is a story, each part column's cell one of its parts, an empty cell an empty part.
     * The row's title is its first cell in a column that is no part ("row N" without one). A table
     * whose header names fewer parts ("| Component | Description | Example |" over rows S, T, A, R)
     * is no such table, and outside a {@link #storyBank} neither is one that opens no unit per row
     * ({@link PartLabels#opensUnits}). A debrief's topics (a row per question: {@code | Question | How I responded |
     * What was weak | How I should improve |}) are read the same way, in a table that names what was
     * asked among three parts or more ({@link PartLabels#opensUnits}); a row with no cell outside the
     * part columns is named by its question. Adds the rows to {@code rows} (a new list when it is the
     * empty one); a table with no row yet is one of {@link #emptyTables}.
     */
    private List<TableRow> scanColumns(NoteLines.Wide t, List<Raw> raws, List<TableRow> rows) {
        int columns = t.size();
        boolean[] keyword = new boolean[columns];
        Part[][] named = PartLabels.tableParts(template, Arrays.asList(t.normalized()), keyword);
        if (named == null) {
            return rows;
        }
        if (!storyBank && !PartLabels.opensUnits(template, named)) {
            // Outside a story bank: "| Task | Action | Owner |" (action items), "| Situation | Action | Outcome |"
            // (a playbook), "| Day | Task | Action | Result |" (a study plan) or, in a debrief, "| Area | What was
            // weak | How to improve |" are tables, content of the part they are in, making no unit nor completing one.
            return rows;
        }
        int bi = t.blockIndex();
        Block b = blocks.get(bi);
        String text = b.text();
        int n = text.length();
        int owner = ownerOfBlock(b.heading());
        String table = owner >= 0 ? lines.headingDisplay()[owner] : note.name();
        int headerEnd = text.indexOf('\n', t.start());
        int headerLine = b.line() + t.lineInBlock();
        int headerColumn = b.column() + t.columns()[0];
        int headerEndColumn = b.column() + (headerEnd < 0 ? n : headerEnd) - t.start();
        int delimiterEnd = headerEnd < 0 ? -1 : text.indexOf('\n', headerEnd + 1);
        if (columnTables == null) {
            columnTables = new HashMap<>();
        }
        columnTables.put(bi, headerLine);
        int title = -1; // a debrief row with no other cell is named by its question
        for (int c = 0; template.units() == Template.Units.TOPICS && c < columns && title < 0; c++) {
            title = named[c] != null && named[c].length == 1 && template.indexOf(named[c][0]) == 0 ? c : -1;
        }
        int before = raws.size();
        List<TableRow> out = rows.isEmpty() ? new ArrayList<>() : rows;
        int[] bounds = new int[2 * columns];
        int k = t.lineInBlock() + 2;
        int number = 0;
        for (int from = delimiterEnd < 0 ? n + 1 : delimiterEnd + 1; from <= n; k++) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? n : nl;
            int rowStart = from;
            int found = from < to ? Labels.cells(text, from, to, bounds, columns) : 0;
            from = to + 1;
            if (blankCells(text, bounds, found)) {
                continue; // a blank line, or a row of empty cells only ("| | | |" left to fill)
            }
            number++;
            int lineNo = b.line() + k;
            TableRow row = null;
            // Named by its first cell outside the part columns; else, in a debrief, by its question.
            for (int c = 0; c <= columns && row == null; c++) {
                int cell = c < columns ? c : title;
                if (cell < 0 || c < columns && named[c] != null || cell >= found || bounds[2 * cell] >= bounds[2 * cell + 1]
                        || isBlank(text, bounds[2 * cell], bounds[2 * cell + 1])) {
                    continue;
                }
                String name = unwrapEmphasis(Labels.displayTitle(text.substring(bounds[2 * cell], bounds[2 * cell + 1])));
                if (TableRow.isRowNumber(name)) {
                    continue; // "| # | Story | ..." numbers the rows: the name is in the next cell
                }
                int col = b.column() + bounds[2 * cell] - rowStart;
                row = new TableRow(lineNo, col, col + bounds[2 * cell + 1] - bounds[2 * cell], name, headerLine, headerColumn,
                        headerEndColumn, table);
            }
            if (row == null) {
                int col = b.column() + bounds[0] - rowStart;
                row = new TableRow(lineNo, col, col + Math.max(1, bounds[1] - bounds[0]), table + " (row " + number + ")",
                        headerLine, headerColumn, headerEndColumn, table);
            }
            out.add(row);
            for (int c = 0; c < columns; c++) {
                if (named[c] == null) {
                    continue;
                }
                int a = c < found ? bounds[2 * c] : to;
                int z = c < found ? bounds[2 * c + 1] : to;
                int col = b.column() + a - rowStart;
                String norm = t.normalized()[c];
                boolean canonical = !keyword[c] && (norm.length() == 1 || (named[c].length > 1
                        ? template.isCanonicalCombined(norm, named[c]) : template.isCanonical(named[c][0], norm)));
                for (Part q : named[c]) {
                    raws.add(new Raw(q, template.indexOf(q), Labels.Form.TABLE, t.text()[c], lineNo, col,
                            col + Math.max(1, z - a), b.heading(), owner, canonical, bi, k, a, z, col));
                }
            }
        }
        if (raws.size() == before) {
            // Only a header (and blank rows): a table of stories or topics still to fill, which is none of them.
            emptyTables = emptyTables.isEmpty() ? new ArrayList<>(1) : emptyTables;
            emptyTables.add(owner);
        }
        return out;
    }

    /**
     * Whether a bold label naming no part ends the part it is in: a label with its colon
     * ({@code **Follow-up questions:**}), or one alone on its line that reads like a title (a few
     * words, no sentence punctuation at the end: {@code **Follow-up questions**}). A bold sentence
     * ({@code **Overall, not great.**}) is content.
     */
    private boolean opensSomethingElse(NoteLines.LineEntry e) {
        Labels.LineLabel label = e.label();
        String t = label.text();
        char last = t.charAt(t.length() - 1);
        if (last == ':' || last == '\uff1a') {
            return true;
        }
        String text = blocks.get(e.blockIndex()).text();
        int rest = Math.min(e.lineStart() + label.restStart(), e.lineEnd());
        int k = rest - 1;
        while (k > e.lineStart() && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (text.charAt(k) == ':' || text.charAt(k) == '\uff1a') {
            return true; // "**Follow-up questions**: ..."
        }
        if (rest < e.lineEnd() || last == '.' || last == '!' || last == ',' || last == ';' || last == '\u2026') {
            return false; // "**Note** - ..." or a sentence
        }
        return t.split("\\s+").length <= MAX_TITLE_WORDS;
    }

    /** Whether a bold label names a part of a nested template ("**Situation:**" in a debrief's response). */
    private boolean namesNestedPart(NoteLines.LineEntry e) {
        for (int i = 0; i < nested.size(); i++) {
            Template t = nested.get(i);
            if (t.match(e.normalized()) != null || t.matchCombined(e.normalized()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The most words a bold line without a colon may have and still end a part as a title. */
    private static final int MAX_TITLE_WORDS = 6;

    /**
     * A part written as a label ends where a bold label naming no part starts ("**Follow-up
     * questions:**" after "**What was weak:**"): that label opens something else, and what follows
     * it is not the part's. Only a label at the part's own level counts: in the same section and
     * quote, and a paragraph, or a list item no deeper than the part's own list item. A bold
     * phrase opening an item of the part's list ("- **Networking:** ...") is content, and so is
     * anything under a part heading, whose sub-structure its child headings and labels are.
     */
    private void endAtUnknownLabels(List<Raw> raws, int[] boundaries, List<NoteLines.LineEntry> unknown) {
        int from = 0; // raws and unknown labels are both in document order: one forward walk
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            if (r.form == Labels.Form.HEADING || r.form == Labels.Form.CALLOUT || r.form == Labels.Form.TABLE
                    || r.form == Labels.Form.DETAILS && r.details.closed()) {
                continue; // a table row's content is its cell, a details block's its body: nothing after it to end
            }
            Block own = blocks.get(r.blockIndex);
            while (from < unknown.size() && lineOf(unknown.get(from)) <= r.line) {
                from++;
            }
            for (int u = from; u < unknown.size(); u++) {
                NoteLines.LineEntry e = unknown.get(u);
                int line = lineOf(e);
                Block b = blocks.get(e.blockIndex());
                if (line >= boundaries[i] || b.heading() != own.heading()) {
                    break; // the part ended before, or its section did: the blocks of a section are contiguous
                }
                boolean level = b.quoteDepth() == own.quoteDepth()
                        && (b.kind() != Block.Kind.LIST_ITEM || own.kind() == Block.Kind.LIST_ITEM && b.depth() <= own.depth());
                if (level) {
                    boundaries[i] = line;
                    break;
                }
            }
        }
    }

    /**
     * Marks as {@link #container}s the keyword headings whose sections hold two or more other parts:
     * "### Missing pods scenario" or "### Improve API latency" with What was asked, My response, ...
     * under it is a sub-scenario that happens to contain a keyword, not the weak or improve part.
     * A part's own structure ("### Mistakes" with a "#### Fix" below) stays a part. True when any was found.
     */
    private boolean findContainers(List<Raw> raws) {
        boolean found = false;
        for (int i = 0; i < byKeyword.length; i++) {
            if (!byKeyword[i]) {
                continue;
            }
            Heading h = headings.get(i);
            int lo = 0; // first raw after the heading's line (raws are in document order)
            int hi = raws.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (raws.get(mid).line <= h.line()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int first = -1;
            for (int k = lo; k < raws.size() && raws.get(k).line <= h.sectionEndLine(); k++) {
                int slot = raws.get(k).slot;
                if (first < 0) {
                    first = slot;
                } else if (slot != first) {
                    container[i] = true;
                    found = true;
                    break;
                }
            }
        }
        return found;
    }

    private int lineOf(NoteLines.LineEntry e) {
        return blocks.get(e.blockIndex()).line() + e.lineInBlock();
    }

    /**
     * For each occurrence, the line of the next occurrence of a different part in the same unit:
     * where its content stops. Another occurrence of the same part (a callout inside its heading)
     * does not cut a heading's section; it does cut a label's content, which otherwise runs to the
     * next part and would hold the second label and its items too ("**Weak areas:**" then
     * "**Areas to improve:**", both weak, gave the second list twice). One backward pass, remembering for each unit and part the line of its nearest
     * later occurrence: a flat int table (unit x part slot) instead of maps of boxed lines.
     */
    private int[] boundaries(List<Raw> raws) {
        int n = raws.size();
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        int parts = template.size();
        int[] unitOf = new int[headings.size() + 1]; // owner + 1 -> 1 + row in next, 0: none yet
        int units = 0;
        for (int i = 0; i < n; i++) {
            int o = raws.get(i).owner + 1;
            if (unitOf[o] == 0) {
                unitOf[o] = ++units;
            }
        }
        int[] next = new int[units * parts];
        Arrays.fill(next, Integer.MIN_VALUE); // never after a line: "no later occurrence"
        for (int i = n - 1; i >= 0; i--) {
            Raw r = raws.get(i);
            int row = (unitOf[r.owner + 1] - 1) * parts;
            int b = Integer.MAX_VALUE;
            boolean heading = r.form == Labels.Form.HEADING;
            for (int q = 0; q < parts; q++) {
                int l = next[row + q];
                if ((q != r.slot || !heading) && l > r.line && l < b) {
                    b = l;
                }
            }
            out[i] = b;
            next[row + r.slot] = r.line;
        }
        return out;
    }

    // ---- ownership ---------------------------------------------------------------------------

    /** Nearest heading in the chain h, parent(h), ... that is a part heading, or -1. */
    private int partAncestor(int h) {
        while (h >= 0) {
            if (partHeading[h] != null) {
                return h;
            }
            h = headings.get(h).parent();
        }
        return -1;
    }

    /** The unit heading a part heading belongs to: its parent, skipping headings that are parts themselves. */
    private int ownerOfPartHeading(int i) {
        if (partHeadingOwner[i] != Integer.MIN_VALUE) {
            return partHeadingOwner[i];
        }
        int p = headings.get(i).parent();
        int a = partAncestor(p);
        int owner = a >= 0 ? ownerOfPartHeading(a) : p;
        if (a < 0 && partHeading[i] != null) {
            int lead = leadingSibling(i);
            owner = lead >= 0 ? lead : owner;
        }
        partHeadingOwner[i] = owner;
        return owner;
    }

    /**
     * For parts written at the level of their unit's title ("## Story: Migration" then "## Situation",
     * "## Task", ...), the title: the nearest earlier heading of the same level and parent that is no
     * part, with only part headings between them, named (no non-topic section such as "## Meta"), and
     * with no part heading of its own below it. -1 when there is none: the parts belong to the parent.
     */
    private int leadingSibling(int i) {
        if (leadingSibling[i] == Integer.MIN_VALUE) {
            leadingSibling[i] = findLeadingSibling(i);
        }
        return leadingSibling[i];
    }

    private int findLeadingSibling(int i) {
        int level = headings.get(i).level();
        int parent = headings.get(i).parent();
        boolean ownParts = false; // a part heading below the candidate, seen walking back
        for (int j = i - 1; j > parent; j--) {
            Heading h = headings.get(j);
            if (h.level() > level) {
                ownParts |= partHeading[j] != null;
                continue;
            }
            if (h.level() < level || h.parent() != parent) {
                return -1;
            }
            if (partHeading[j] != null) {
                // From a part sibling on, the walk is the one that sibling's own made: reuse its
                // answer, so a long run of part headings ("## Situation", "## Task", ... thousands
                // of times) is walked once, not once per heading.
                if (leadingSibling[j] != Integer.MIN_VALUE) {
                    return leadingSibling[j];
                }
                ownParts = false; // a part's own sub-headings are that part's
                continue;
            }
            String n = lines.headingNormalized()[j];
            return ownParts || n.isEmpty() || template.isNonTopicNormalized(n) || !startsUnit(j, level, parent) ? -1 : j;
        }
        return -1;
    }

    /**
     * Whether the non-part heading {@code lead} opens a unit of the part headings after it: only
     * under the note or its title (an H1), where no heading above would; and either no part heading
     * of its level comes before it, or the first part after it is one already written before it
     * (the next story starts over); and one of the parts after it is written by its own name.
     * "### A - Assessment" between a story's Task and Result is no title: the Result after it is
     * still that story's.
     */
    private boolean startsUnit(int lead, int level, int parent) {
        if (parent >= 0 && headings.get(parent).level() != 1) {
            return false;
        }
        Part first = null;
        boolean named = false; // a part after it by its own name: synonyms alone ("## Background", "## Impact") are no story
        String[] normalized = lines.headingNormalized();
        for (int j = lead + 1; j < headings.size() && headings.get(j).level() >= level; j++) {
            if (headings.get(j).level() == level) {
                if (partHeading[j] == null) {
                    break;
                }
                first = first == null ? partHeading[j] : first;
                named |= template.isCanonical(partHeading[j], normalized[j]);
            }
        }
        if (!named) {
            return false;
        }
        boolean before = false;
        for (int j = lead - 1; j > parent; j--) {
            Heading h = headings.get(j);
            if (h.level() != level) {
                continue;
            }
            if (partHeading[j] == null) {
                break; // the previous unit's title: its parts are all seen
            }
            before = true;
            if (partHeading[j] == first) {
                return true;
            }
        }
        return !before;
    }

    /** A label in the section of heading {@code h} belongs to h, or to the unit of a part heading above it. */
    private int ownerOfBlock(int h) {
        int a = partAncestor(h);
        return a >= 0 ? ownerOfPartHeading(a) : h;
    }

    // ---- content -----------------------------------------------------------------------------

    /** Adds the blocks (or cut blocks) that belong to the occurrence to {@code out}. */
    private void content(Raw r, int boundary, List<Block> out) {
        if (r.form == Labels.Form.HEADING) {
            Heading h = headings.get(r.heading);
            int end = Math.min(h.sectionEndLine(), boundary - 1);
            for (int bi = firstBlockAfter(h.line()); bi < blocks.size() && blocks.get(bi).line() <= end; bi++) {
                addLines(out, blocks.get(bi), 0, beforeColumnTable(bi, end));
            }
            return;
        }
        Block own = blocks.get(r.blockIndex);
        if (r.form == Labels.Form.TABLE) {
            // A table row's part is its cell, nothing after it: a paragraph of its own per line of the
            // cell, so the analysis reads each as a point and an empty cell is an empty part.
            addCell(out, own, r.restFrom, r.restTo, r.line, r.restColumn);
            return;
        }
        int end = boundary - 1;
        if (own.quoteDepth() > 0) {
            end = Math.min(end, lines.quoteEnd(own.quoteLine(), own.endLine()));
        }
        // A details block's body ends at its </details>; a label inside a details block ends there too,
        // as one in a quote ends with the quote: what follows is outside what the label is in.
        DetailsBlocks.Details d = r.form == Labels.Form.DETAILS ? r.details : lines.details().around(r.blockIndex);
        if (d != null && d.closeBlock() == r.blockIndex && d.closeAt() < r.restFrom) {
            d = null; // "...</details>" closes it on a line of the paragraph before the label's
        }
        int closeBlock = d == null || !d.closed() ? Integer.MAX_VALUE : d.closeBlock();
        int cut = closeBlock == r.blockIndex ? d.closeAt() : -1;
        if (r.form == Labels.Form.DETAILS) {
            // The body's start is in the summary's own HTML block ("<summary>Task</summary>Make it reliable</details>").
            DetailsText.addText(out, own, r.restFrom, d.bodyLine(), d.bodyLineStart(), cut >= 0 ? cut : own.text().length(),
                    end);
        } else {
            int restTo = cut >= 0 && cut >= r.restFrom ? Math.min(r.restTo, cut) : r.restTo;
            if (!isBlank(own.text(), r.restFrom, restTo)) {
                out.add(own.slice(own.text().substring(r.restFrom, restTo), r.line, r.line, r.restColumn));
            }
            if (r.lineInBlock + 1 <= own.endLine() - own.line()) {
                addCut(out, own, r.lineInBlock + 1, beforeColumnTable(r.blockIndex, end), cut);
            }
        }
        for (int bi = r.blockIndex + 1; bi < blocks.size() && bi <= closeBlock; bi++) {
            Block b = blocks.get(bi);
            if (b.line() > end) {
                break;
            }
            // Same section; for a quoted label or a callout, also inside the quote (end is its last line); for a
            // details block opened in a list item, also inside the item.
            boolean inside = b.heading() == own.heading() && b.quoteDepth() >= own.quoteDepth()
                    && (r.form != Labels.Form.DETAILS || DetailsBlocks.inItem(b, own));
            if (!inside) {
                break;
            }
            addCut(out, b, 0, beforeColumnTable(bi, end), bi == closeBlock ? d.closeAt() : -1);
        }
    }

    /**
     * Adds block b from its line {@code fromIndex} through line {@code lastLine}, and only what comes
     * before char {@code cut} of its text (-1: all), where the details block the part is in closes. An
     * HTML block's text there is read as a reader sees it ({@link DetailsText#addText}).
     */
    private static void addCut(List<Block> out, Block b, int fromIndex, int lastLine, int cut) {
        if (cut < 0) {
            addLines(out, b, fromIndex, lastLine);
            return;
        }
        String text = b.text();
        int start = 0; // offset of line fromIndex
        for (int k = 0; k < fromIndex && start >= 0; k++) {
            int nl = text.indexOf('\n', start);
            start = nl < 0 ? -1 : nl + 1;
        }
        if (start < 0 || start > cut) {
            return;
        }
        if (b.kind() == Block.Kind.HTML) {
            DetailsText.addText(out, b, start, cut, lastLine);
            return;
        }
        int cutLine = b.line() + fromIndex;
        int lineStart = start;
        for (int nl = text.indexOf('\n', start); nl >= 0 && nl < cut; nl = text.indexOf('\n', nl + 1)) {
            cutLine++;
            lineStart = nl + 1;
        }
        addLines(out, b, fromIndex, Math.min(lastLine, cutLine - 1));
        if (cutLine <= lastLine && !isBlank(text, lineStart, cut)) {
            out.add(b.slice(text.substring(lineStart, cut), cutLine, cutLine, b.column()));
        }
    }

    /**
     * {@code end}, or the line before a table whose columns are parts starting in block {@code bi}:
     * its rows are parts of their own, so a part written above it ("## Next steps" over a table of
     * questions) does not take its header and rows as its content.
     */
    private int beforeColumnTable(int bi, int end) {
        if (columnTables == null) {
            return end;
        }
        Integer from = columnTables.get(bi);
        return from == null ? end : Math.min(end, from - 1);
    }

    /**
     * The cell own.text()[from, to) (its first char at {@code column}) as paragraphs, one per line of
     * the cell: a line break in a cell is written {@code <br>} ("Forgot taints<br>No numbers" is two
     * weak points), and a list marker opening a line ("- Forgot taints") is no text of it.
     */
    private static void addCell(List<Block> out, Block own, int from, int to, int line, int column) {
        String text = own.text();
        for (int start = from; start <= to; ) {
            int br = TableRow.lineBreakAt(text, start, to);
            int end = br < 0 ? to : br;
            int a = start;
            while (a < end && Labels.isSpace(text.charAt(a))) {
                a++;
            }
            if (a + 2 < end && "-*+\u2022".indexOf(text.charAt(a)) >= 0 && text.charAt(a + 1) == ' ') {
                a += 2;
                while (a < end && Labels.isSpace(text.charAt(a))) {
                    a++;
                }
            }
            int z = end;
            while (z > a && Labels.isSpace(text.charAt(z - 1))) {
                z--;
            }
            if (a < z) {
                out.add(new Block(Block.Kind.PARAGRAPH, text.substring(a, z), line, line, column + a - from, own.depth(),
                        own.quoteDepth(), own.quoteLine(), own.heading()));
            }
            if (br < 0) {
                break;
            }
            start = text.indexOf('>', br) + 1;
        }
    }

    /**
     * A title cell (or a summary) without the emphasis around all of it: "**On-call handover**" is the
     * story "On-call handover", "**Action**" the part Action.
     */
    static String unwrapEmphasis(String t) {
        int a = 0;
        int b = t.length();
        while (a < b - a - 1 && (t.charAt(a) == '*' || t.charAt(a) == '_') && t.charAt(b - 1) == t.charAt(a)) {
            a++;
            b--;
        }
        String inner = t.substring(a, b).strip();
        return inner.isEmpty() ? t : inner;
    }

    /** Whether each of the {@code found} cells in {@code bounds} is blank (none: a blank line). */
    private static boolean blankCells(String text, int[] bounds, int found) {
        for (int c = 0; c < found; c++) {
            if (!isBlank(text, bounds[2 * c], bounds[2 * c + 1])) {
                return false;
            }
        }
        return true;
    }

    /** String.isBlank of s[from, to), without the substring. */
    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first block starting after {@code line} (blocks are sorted by line). */
    private int firstBlockAfter(int line) {
        return firstBlockAfter(blocks, line);
    }

    /** Index of the first of {@code blocks} (sorted by line) starting after {@code line}. */
    static int firstBlockAfter(List<Block> blocks, int line) {
        int lo = 0;
        int hi = blocks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).line() <= line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Adds block b from its line {@code fromIndex} on, cut at line {@code lastLine}. The lines kept
     * are one stretch of the block's text, so it is cut out once (no split into lines and re-join).
     */
    static void addLines(List<Block> out, Block b, int fromIndex, int lastLine) {
        if (fromIndex == 0 && b.endLine() <= lastLine) {
            out.add(b);
            return;
        }
        String text = b.text();
        int start = 0; // offset of line fromIndex
        for (int k = 0; k < fromIndex; k++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return; // the block has fewer lines
            }
            start = nl + 1;
        }
        int first = b.line() + fromIndex;
        if (lastLine < first) {
            return;
        }
        int want = lastLine - b.line(); // last line index wanted; the block may end before
        int idx = fromIndex;
        int end = start;
        while (true) {
            int nl = text.indexOf('\n', end);
            if (nl < 0) {
                end = text.length();
                break;
            }
            if (idx == want) {
                end = nl;
                break;
            }
            end = nl + 1;
            idx++;
        }
        out.add(b.slice(text.substring(start, end), first, b.line() + idx, b.column()));
    }
}
