package io.github.vaultlint.section;

import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What part matching needs from a note, whatever the template: each heading's normalised text and
 * display title, the label that opens each line of a paragraph or list item (a callout title on
 * a quote's first line, else a bold, short or plain label), where each quote ends, and the
 * collapsible {@code <details>} blocks with their summaries ({@link DetailsBlocks}). Computed
 * once per note and shared by every template located in it: normalising labels is most of the cost
 * of locating parts.
 */
record NoteLines(String[] headingNormalized, String[] headingDisplay, List<LineEntry> labels,
                 Map<Integer, Integer> quoteEnds, List<Wide> wide, DetailsBlocks details) {

    /**
     * A line of block {@code blockIndex} (its {@code lineInBlock}-th, the block text's chars
     * [{@code lineStart}, {@code lineEnd})) that opens with a label. {@code callout} marks a callout
     * title, which stops the line from being read as anything else.
     */
    record LineEntry(int blockIndex, int lineInBlock, int lineStart, int lineEnd, Labels.LineLabel label,
                     String normalized, boolean callout) {
    }

    /**
     * A table of three or more columns (a delimiter row of as many cells under its header), by its
     * header: the header row is the {@code lineInBlock}-th line of block {@code blockIndex}, starting at
     * char {@code start} of the block's text; {@code text}, {@code normalized} and {@code columns} are
     * each header cell as written, normalised ("" for one too long to name a part) and its 0-based
     * column in the line. Whether its columns are parts ({@code | Story | Situation | Task | ... |}, a
     * story per row) is the template's business (PartLocator).
     */
    record Wide(int blockIndex, int lineInBlock, int start, String[] text, String[] normalized, int[] columns) {
        int size() {
            return text.length;
        }
    }

    /**
     * A buffer for normalising labels, one per thread and kept across notes: a fresh one per note
     * would be a good part of what reading the lines allocates. Notes are analysed on a few pool
     * threads; a longer label gets a buffer of its own.
     */
    private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[128]);

    static NoteLines of(Note note) {
        List<Heading> headings = note.headings();
        int hn = headings.size();
        String[] normalized = new String[hn];
        String[] display = new String[hn];
        char[] scratch = SCRATCH.get();
        for (int i = 0; i < hn; i++) {
            String text = Labels.stripComments(headings.get(i).text()); // once for both
            normalized[i] = Labels.normalizeUncommented(text, scratch);
            display[i] = Labels.displayTitleUncommented(text);
        }
        List<LineEntry> labels = new ArrayList<>();
        List<Wide> wide = null; // most notes have no wide table
        Map<Integer, Integer> quoteEnds = null;
        List<Block> blocks = note.blocks();
        for (int bi = 0; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            if (b.quoteDepth() > 0) {
                if (quoteEnds == null) {
                    quoteEnds = new HashMap<>();
                }
                quoteEnds.merge(b.quoteLine(), b.endLine(), Math::max);
            }
            if (b.kind() == Block.Kind.TABLE) {
                wide = tableRows(b.text(), 0, 0, bi, labels, wide, scratch);
                continue;
            }
            if (b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.LIST_ITEM) {
                continue;
            }
            // Lines are looked at in place (offsets into the block's text), not cut out one by one.
            // Line ends and colons are found with String.indexOf, a tight loop over the bytes; the
            // next colon is remembered, so the text is searched for colons once, not once per line.
            String text = b.text();
            int n = text.length();
            int colon = text.indexOf(':');
            // A table right under a callout's title or a line of text ("> [!example] My answer" then
            // "> | Situation | ... |"): GFM starts the table there, so its rows are read as a table's.
            int table = b.kind() == Block.Kind.PARAGRAPH ? tableInside(text) : -1;
            int k = 0;
            for (int from = 0; from <= n; k++) {
                if (from == table) {
                    wide = tableRows(text, from, k, bi, labels, wide, scratch);
                    break;
                }
                int nl = text.indexOf('\n', from);
                int to = nl < 0 ? n : nl;
                if (colon >= 0 && colon < from) {
                    colon = text.indexOf(':', from);
                }
                LineEntry e = entry(b, bi, k, text, from, to, colon >= 0 && colon < to ? colon : -1, scratch);
                if (e == null && k == 0 && headsWhatFollows(blocks, bi, nl >= 0)) {
                    Labels.LineLabel bare = Labels.bare(text, from, to);
                    e = bare == null ? null : new LineEntry(bi, k, from, to, bare, Labels.normalize(bare.text(), scratch), false);
                }
                if (e != null) {
                    labels.add(e);
                }
                from = to + 1;
            }
        }
        return new NoteLines(normalized, display, labels, quoteEnds == null ? Map.of() : quoteEnds,
                wide == null ? List.of() : wide, DetailsBlocks.scan(blocks));
    }

    private static LineEntry entry(Block b, int bi, int k, String line, int from, int to, int colon, char[] scratch) {
        if (k == 0 && b.quoteDepth() > 0 && b.line() == b.quoteLine()) {
            Labels.LineLabel title = Labels.callout(line, from, to);
            if (title != null) {
                return new LineEntry(bi, k, from, to, title, Labels.normalize(title.text(), scratch), true);
            }
        }
        Labels.LineLabel label = Labels.atLineStart(line, from, to, colon);
        return label == null ? null : new LineEntry(bi, k, from, to, label, Labels.normalize(label.text(), scratch), false);
    }

    /**
     * Second-column headers of a table that explains the parts rather than holds them: "| Part |
     * Description |" over "| Situation | Set the context |" is the method, not a story.
     */
    private static final java.util.Set<String> EXPLAINING = java.util.Set.of("description", "descriptions", "meaning",
            "what it means", "explanation", "definition", "purpose", "example", "examples", "e.g", "tip", "tips",
            "hint", "hints", "guidance", "guide", "prompt", "prompts", "question", "questions", "key question",
            "what to include", "what to cover", "what to say", "how to answer");

    /**
     * The rows of a two-column table (a pipe paragraph: with a delimiter row of two cells, or none and
     * every row a pair), each as the label its first cell is: a story written as {@code | Situation |
     * ... |} rows. The header row counts, for a table whose first row is a part. Tables explaining the
     * parts (see {@link #EXPLAINING}) give none. A table of more columns gives no rows but its header,
     * added to {@code wide} (made when null, and returned). Which rows name parts, and whether enough
     * do, is the template's business (PartLocator).
     */
    static List<Wide> tableRows(String text, int start, int k0, int bi, List<LineEntry> out, List<Wide> wide,
                                char[] scratch) {
        int n = text.length();
        int nl0 = text.indexOf('\n', start);
        int delimiter = -1; // cells of the delimiter row, the table's second line
        if (nl0 >= 0) {
            int nl1 = text.indexOf('\n', nl0 + 1);
            delimiter = Labels.delimiterCells(text, nl0 + 1, nl1 < 0 ? n : nl1);
        }
        if (delimiter > 2) {
            // "| Story | Situation | Task | Action | Result |": maybe parts as columns, a story per row
            List<Wide> w = wide == null ? new ArrayList<>(1) : wide;
            w.add(wide(text, start, nl0, k0, bi, delimiter, scratch));
            return w;
        }
        if (delimiter >= 0 && delimiter != 2) {
            return wide;
        }
        int k = k0;
        for (int from = start; from <= n; k++) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? n : nl;
            if (delimiter < 0 || k != k0 + 1) {
                Labels.LineLabel label = Labels.tableRow(text, from, to, delimiter < 0);
                if (k == k0 && delimiter == 2 && label != null && explains(text, from + label.restStart(), to, scratch)) {
                    return wide;
                }
                if (label != null) {
                    out.add(new LineEntry(bi, k, from, to, label, Labels.normalizeCell(label.text(), scratch), false));
                }
            }
            from = to + 1;
        }
        return wide;
    }

    /** The header of a table of {@code columns} columns whose header row is text[start, end). GFM: the delimiter row's count rules. */
    private static Wide wide(String text, int start, int end, int k0, int bi, int columns, char[] scratch) {
        int[] bounds = new int[2 * columns];
        int found = Labels.cells(text, start, end, bounds, columns);
        String[] cells = new String[columns];
        String[] norms = new String[columns];
        int[] cols = new int[columns];
        for (int c = 0; c < columns; c++) {
            if (c >= found) {
                cells[c] = "";
                norms[c] = "";
                cols[c] = end - start;
                continue;
            }
            cells[c] = Labels.stripComments(text.substring(bounds[2 * c], bounds[2 * c + 1])).strip();
            norms[c] = cells[c].length() > 60 ? "" : Labels.normalizeCell(cells[c], scratch);
            cols[c] = bounds[2 * c] - start;
        }
        return new Wide(bi, k0, start, cells, norms, cols);
    }

    /**
     * Where the header row of a table starts inside a paragraph (the line before a delimiter row such
     * as {@code |---|---|} or {@code --- | ---}, on the paragraph's second line or later), or -1: a
     * table under a callout's title or a line of text, or one written without outer pipes
     * ({@code Question | My answer | ...}, which GFM and Obsidian render as a table too; a block whose
     * first line starts with '|' is a table block already). Most paragraphs hold no '|' and are
     * decided by one indexOf.
     */
    static int tableInside(String text) {
        int pipe = text.indexOf('|');
        if (pipe < 0) {
            return -1;
        }
        int n = text.length();
        int prev = -1; // start of the line before the current one
        int k = 0;
        for (int from = 0; from <= n; k++) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? n : nl;
            if (k >= 1 && from < to && "|-: ".indexOf(text.charAt(from)) >= 0 && Labels.delimiterCells(text, from, to) > 0) {
                int headerPipe = text.indexOf('|', prev);
                if (headerPipe >= 0 && headerPipe < from - 1) {
                    return prev;
                }
            }
            prev = from;
            from = to + 1;
        }
        return -1;
    }

    /** Whether the header cell starting at {@code from} names a column that explains (see {@link #EXPLAINING}). */
    private static boolean explains(String text, int from, int to, char[] scratch) {
        int end = Labels.cellEnd(text, from, to);
        return end - from <= 30 && EXPLAINING.contains(Labels.normalize(text.substring(from, end), scratch));
    }

    /**
     * Whether the first line of block {@code bi} stands over what follows it, as a label does:
     * "- Situation" with nested bullets (or an indented paragraph) under it, or a paragraph's first
     * line with more lines or a block of the same section after it ("Situation" then "- The build
     * farm was saturated"). Asked only for lines that hold no other label.
     */
    static boolean headsWhatFollows(List<Block> blocks, int bi, boolean moreLines) {
        Block b = blocks.get(bi);
        Block next = bi + 1 < blocks.size() ? blocks.get(bi + 1) : null;
        boolean sameSection = next != null && next.heading() == b.heading() && next.quoteDepth() == b.quoteDepth()
                && next.quoteLine() == b.quoteLine();
        if (b.kind() == Block.Kind.LIST_ITEM) {
            return !moreLines && sameSection && (next.kind() == Block.Kind.LIST_ITEM ? next.depth() > b.depth()
                    : next.kind() == Block.Kind.PARAGRAPH && next.depth() == b.depth() && next.line() > b.endLine());
        }
        return moreLines || sameSection && next.kind() != Block.Kind.THEMATIC_BREAK;
    }

    /** The last line of the quote that starts on {@code quoteLine} (all its blocks, nested ones too). */
    int quoteEnd(int quoteLine, int orElse) {
        return quoteEnds.getOrDefault(quoteLine, orElse);
    }
}
