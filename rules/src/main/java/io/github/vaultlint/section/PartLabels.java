package io.github.vaultlint.section;

import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The part labels that note type detection ({@code match.parts}) reads beside the headings, bold,
 * short and callout labels of {@code NoteLabels}: the ones the section rules accept under
 * conditions, found by the same code ({@link NoteLines}, {@link Labels}) and decided by the same
 * rules. A plain label ({@code Situation: ...}, a bare {@code - Situation} over nested bullets)
 * names a part only by the part's own name; a two-column table row ({@code | Situation | ... |})
 * only in a table whose rows name two or more parts; a header cell of a wider table only in a header
 * that opens a unit per row ({@link #opensUnits}). They are kept in the note's label list (and
 * the note cache) as strings marked by a first control char, which {@code match.labels} skips.
 */
public final class PartLabels {
    /** Marks a plain label (a few words and a colon, or a bare line over what it names). */
    public static final char PLAIN = '\u0001';
    /** Marks the first row of a two-column table. */
    public static final char TABLE_FIRST = '\u0002';
    /** Marks a later row of the same table as the row before it, or a later header cell of a wide table. */
    public static final char TABLE_NEXT = '\u0003';
    /**
     * Marks the first header cell of a table of three or more columns, whose columns may be the parts
     * ({@code | Story | Situation | Task | Action | Result |}, a story per row).
     */
    public static final char HEADER_FIRST = '\u0004';

    private PartLabels() {
    }

    /** Whether {@code label} is one of this class's marked labels, not a heading, bold, short or callout label. */
    public static boolean isMarked(String label) {
        return !label.isEmpty() && label.charAt(0) <= HEADER_FIRST;
    }

    /**
     * Adds the note's plain labels and table rows, marked and normalised, in document order. Lines
     * are looked at in place, as {@link NoteLines} does: only a label found makes a String.
     */
    public static void addTo(Note note, List<String> out) {
        List<Block> blocks = note.blocks();
        char[] scratch = new char[128];
        List<NoteLines.LineEntry> rows = null;
        for (int bi = 0; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            if (b.kind() == Block.Kind.TABLE) {
                rows = table(b.text(), 0, bi, rows, out, scratch);
                continue;
            }
            if (b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.LIST_ITEM) {
                continue;
            }
            String text = b.text();
            int n = text.length();
            int colon = text.indexOf(':');
            int table = b.kind() == Block.Kind.PARAGRAPH ? NoteLines.tableInside(text) : -1;
            int k = 0;
            for (int from = 0; from <= n; k++) {
                if (from == table) {
                    rows = table(text, from, bi, rows, out, scratch);
                    break;
                }
                int nl = text.indexOf('\n', from);
                int to = nl < 0 ? n : nl;
                if (colon >= 0 && colon < from) {
                    colon = text.indexOf(':', from);
                }
                boolean title = k == 0 && b.quoteDepth() > 0 && b.line() == b.quoteLine() && Labels.callout(text, from, to) != null;
                if (!title) {
                    Labels.LineLabel label = Labels.atLineStart(text, from, to, colon >= 0 && colon < to ? colon : -1);
                    if (label == null && k == 0 && NoteLines.headsWhatFollows(blocks, bi, nl >= 0)) {
                        label = Labels.bare(text, from, to);
                    }
                    if (label != null && label.form() == Labels.Form.PLAIN) {
                        out.add(PLAIN + Labels.normalize(label.text(), scratch));
                    }
                }
                from = to + 1;
            }
        }
    }

    private static List<NoteLines.LineEntry> table(String text, int from, int bi, List<NoteLines.LineEntry> rows,
                                                   List<String> out, char[] scratch) {
        List<NoteLines.LineEntry> r = rows == null ? new ArrayList<>() : rows;
        r.clear();
        List<NoteLines.Wide> wide = NoteLines.tableRows(text, from, 0, bi, r, null, scratch);
        for (int i = 0; i < r.size(); i++) {
            out.add((i == 0 ? TABLE_FIRST : TABLE_NEXT) + r.get(i).normalized());
        }
        if (wide != null) {
            // A header naming parts as columns ("| Story | Situation | Task | ... |"): its cells, as rows are.
            String[] norms = wide.get(0).normalized();
            for (int c = 0; c < norms.length; c++) {
                out.add((c == 0 ? HEADER_FIRST : TABLE_NEXT) + norms[c]);
            }
        }
        return r;
    }

    /**
     * Marks in {@code present} (by template position) the parts that the marked labels among
     * {@code labels} name in {@code template}; unmarked labels are left to the caller.
     */
    public static void markPresent(Template template, List<String> labels, boolean[] present) {
        for (int i = 0; i < labels.size(); i++) {
            String l = labels.get(i);
            if (!isMarked(l)) {
                continue;
            }
            if (l.charAt(0) == PLAIN) {
                mark(template, plain(template, l.substring(1)), present);
                continue;
            }
            boolean header = l.charAt(0) == HEADER_FIRST;
            int j = i + 1; // the rows of this table (or cells of its header): a first one, then the next
            while (j < labels.size() && !labels.get(j).isEmpty() && labels.get(j).charAt(0) == TABLE_NEXT) {
                j++;
            }
            List<String> norms = new ArrayList<>(j - i);
            for (int r = i; r < j; r++) {
                norms.add(labels.get(r).substring(1));
            }
            Part[][] named = tableParts(template, norms, new boolean[norms.size()]);
            if (header && named != null && !opensUnits(template, named)) {
                // Parts as columns, a unit per row, only as the section rules read them outside a story
                // bank (the note's type is what is being decided): "| Situation | Action | Outcome |" in
                // a playbook and "| Day | Task | Action | Result |" in a study plan are no stories.
                named = null;
            }
            for (int r = 0; named != null && r < named.length; r++) {
                mark(template, named[r], present);
            }
            i = j - 1;
        }
    }

    private static void mark(Template template, Part[] parts, boolean[] present) {
        for (int q = 0; parts != null && q < parts.length; q++) {
            present[template.indexOf(parts[q])] = true;
        }
    }

    /**
     * The parts a plain label names, as the section rules read it: only by a part's own name
     * ("Result:", "Situation & Task"), never by a synonym; null for none.
     */
    static Part[] plain(Template template, String normalized) {
        if (normalized.isEmpty()) {
            return null;
        }
        Part p = template.match(normalized);
        if (p != null) {
            return template.isCanonical(p, normalized) ? new Part[] {p} : null;
        }
        Part[] combined = template.matchCombined(normalized);
        return combined != null && template.isCanonicalCombined(normalized, combined) ? combined : null;
    }

    /**
     * How many of the template's first parts a table whose columns are parts must name to hold a unit
     * per row outside a story bank: a story opens with its Situation and Task, a debrief topic (one
     * row per question) with what was asked.
     */
    private static int openingParts(Template template) {
        return Math.min(template.units() == Template.Units.TOPICS ? 1 : 2, template.size());
    }

    /**
     * Whether a header whose columns name {@code named} (by column, as {@link #tableParts} gives them)
     * holds a unit per row wherever it is written: three or more different parts, the template's
     * {@link #openingParts} among them. "| Situation | Task | Action |" and "| Question | How I responded
     * | What was weak | How I should improve |" do; "| Task | Action | Owner |" (action items), "| Situation
     * | Action | Outcome |" (a playbook), "| Day | Task | Action | Result |" (a study plan) and
     * "| Area | What was weak | How to improve |" (a list of weak points) do not. Only a story bank
     * takes fewer (two parts, any of them). Section analysis and note type detection both ask this.
     */
    public static boolean opensUnits(Template template, Part[][] named) {
        boolean[] seen = new boolean[template.size()];
        int distinct = 0;
        for (Part[] parts : named) {
            for (int q = 0; parts != null && q < parts.length; q++) {
                int slot = template.indexOf(parts[q]);
                distinct += seen[slot] ? 0 : 1;
                seen[slot] = true;
            }
        }
        if (distinct < 3) {
            return false;
        }
        for (int slot = 0; slot < openingParts(template); slot++) {
            if (!seen[slot]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The parts named by each row of one two-column table (rows by their normalised first cell, the
     * header row first), or null when the table holds no parts: fewer than two rows naming different
     * parts by name, synonym or letter. A letter naming no part makes the table a legend of keys,
     * whose letters then name nothing. In a table that holds parts, a row worded with a part's
     * keyword counts too; {@code keyword} marks those rows.
     */
    static Part[][] tableParts(Template template, List<String> norms, boolean[] keyword) {
        int n = norms.size();
        Part[][] named = new Part[n][];
        boolean legend = false;
        for (int r = 0; r < n; r++) {
            String norm = norms.get(r);
            if (norm.isEmpty()) {
                continue;
            }
            if (norm.length() == 1) {
                char c = Character.toUpperCase(norm.charAt(0));
                Part p = c >= 'A' && c <= 'Z' ? template.matchShort(String.valueOf(c)) : null;
                legend |= p == null && Labels.isLegendLetter(norm);
                named[r] = p == null ? null : new Part[] {p};
            } else {
                Part p = template.match(norm);
                named[r] = p != null ? new Part[] {p} : template.matchCombined(norm);
            }
        }
        if (legend) {
            // Letters that are keys of a legend: no row's letter is a part, and what is left must still hold two.
            for (int r = 0; r < n; r++) {
                if (norms.get(r).length() == 1) {
                    named[r] = null;
                }
            }
        }
        boolean[] seen = new boolean[template.size()];
        int distinct = 0;
        for (int r = 0; r < n; r++) {
            for (int q = 0; named[r] != null && q < named[r].length; q++) {
                int slot = template.indexOf(named[r][q]);
                distinct += seen[slot] ? 0 : 1;
                seen[slot] = true;
            }
        }
        if (distinct < 2) {
            return null;
        }
        Arrays.fill(keyword, false);
        for (int r = 0; r < n; r++) {
            String norm = norms.get(r);
            if (named[r] == null && norm.length() > 1) {
                Part p = template.matchKeywords(norm);
                named[r] = p == null ? null : new Part[] {p};
                keyword[r] = p != null;
            }
        }
        return named;
    }
}
