package io.github.vaultlint.section;

import io.github.vaultlint.vault.Block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The collapsible HTML blocks of a note, {@code <details>} with its {@code <summary>}, as Obsidian
 * users write them to keep long story banks and debriefs tidy:
 *
 * <pre>
 * &lt;details&gt;
 * &lt;summary&gt;Situation&lt;/summary&gt;
 *
 * Our deploys failed every Friday...
 *
 * &lt;/details&gt;
 * </pre>
 *
 * Tags are read only in the note's HTML blocks (never in code, whose text the model does not even
 * keep, nor in comments), plus a {@code </details>} closing a line of a paragraph or list item that
 * holds no code span ("... every Friday.&lt;/details&gt;"). An element runs to its matching
 * {@code </details>} (nested ones are matched as a stack), and never past its section, quote or
 * list item: one left open there ends with it. One pass over the HTML blocks' text; a note with no
 * HTML block costs one loop over its block kinds.
 */
public final class DetailsBlocks {
    /** No details at all: most notes. */
    static final DetailsBlocks NONE = new DetailsBlocks(List.of(), null);

    /**
     * One {@code <details>} element. {@code summary} is its summary's text as a reader sees it (tags,
     * comments and surrounding emphasis removed, entities decoded, whitespace collapsed), null without
     * a {@code <summary>}; {@code line}, {@code column} and {@code endColumn} point at the summary
     * element (its first line). Its body starts at char {@code bodyFrom} of block {@code bodyBlock}'s
     * text (after {@code </summary>}, or after {@code <details>} without a summary) and ends before
     * char {@code closeAt} of block {@code closeBlock}, or with its section ({@code closeBlock} -1).
     * {@code bodyLine} is the note line holding the body's start, {@code bodyLineStart} where that line
     * starts in the block's text (so the body is read from there, not from the block's start).
     */
    record Details(String summary, int line, int column, int endColumn, int openBlock, int bodyBlock, int bodyFrom,
                   int bodyLine, int bodyLineStart, int closeBlock, int closeAt) {
        boolean closed() {
            return closeBlock >= 0;
        }
    }

    private final List<Details> all;
    /** By block index: the innermost element whose body holds the block's start, or -1; null when there is none. */
    private final int[] around;

    private DetailsBlocks(List<Details> all, int[] around) {
        this.all = all;
        this.around = around;
    }

    /** Every element, in the order they open. */
    List<Details> all() {
        return all;
    }

    /** The innermost element whose body holds the start of block {@code bi}, or null. */
    Details around(int bi) {
        int d = around == null ? -1 : around[bi];
        return d < 0 ? null : all.get(d);
    }

    /** The first element opened in block {@code bi} that has a summary, or null. */
    Details openedIn(int bi) {
        int lo = 0; // the elements are in the order they open: the first opened in bi or later, by bisection
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).openBlock() < bi) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < all.size() && all.get(i).openBlock() == bi; i++) {
            if (all.get(i).summary() != null) {
                return all.get(i);
            }
        }
        return null;
    }

    /** The summaries' texts, in document order (for note type detection, which reads them as labels). */
    public static List<String> summaries(List<Block> blocks) {
        List<Details> all = scan(blocks).all;
        List<String> out = new ArrayList<>(all.size());
        for (Details d : all) {
            if (d.summary() != null && !d.summary().isEmpty()) {
                out.add(d.summary());
            }
        }
        return out;
    }

    // ---- scanning ------------------------------------------------------------------------------

    /** An element being read: where it was opened, what is known of it so far. */
    private static final class Open {
        final int index;
        final Block block;
        final int openBlock;
        String summary;
        int line;
        int column;
        int endColumn;
        int bodyBlock;
        int bodyFrom;
        int bodyLine;
        int bodyLineStart;
        int closeBlock = -1;
        int closeAt = -1;

        Open(int index, Block block, int openBlock, int bodyFrom, int bodyLine, int bodyLineStart) {
            this.index = index;
            this.block = block;
            this.openBlock = openBlock;
            this.bodyBlock = openBlock;
            this.bodyFrom = bodyFrom;
            this.bodyLine = bodyLine;
            this.bodyLineStart = bodyLineStart;
        }

        Details details() {
            return new Details(summary, line, column, endColumn, openBlock, bodyBlock, bodyFrom, bodyLine, bodyLineStart,
                    closeBlock, closeAt);
        }
    }

    static DetailsBlocks scan(List<Block> blocks) {
        int first = -1;
        for (int bi = 0; bi < blocks.size() && first < 0; bi++) {
            if (blocks.get(bi).kind() == Block.Kind.HTML) {
                first = bi;
            }
        }
        if (first < 0) {
            return NONE;
        }
        List<Open> opened = new ArrayList<>();
        List<Open> stack = new ArrayList<>();
        int[] around = null;
        for (int bi = first; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            while (!stack.isEmpty() && !within(b, stack.get(stack.size() - 1).block)) {
                stack.remove(stack.size() - 1); // left its section, quote or list item: it ends there, unclosed
            }
            if (!stack.isEmpty()) {
                if (around == null) {
                    around = new int[blocks.size()];
                    Arrays.fill(around, -1);
                }
                around[bi] = stack.get(stack.size() - 1).index;
            }
            if (b.kind() == Block.Kind.HTML) {
                html(b, bi, opened, stack);
            } else if (!stack.isEmpty() && (b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.LIST_ITEM)) {
                closesInText(b, bi, stack);
            }
        }
        if (opened.isEmpty()) {
            return NONE;
        }
        List<Details> all = new ArrayList<>(opened.size());
        for (Open o : opened) {
            all.add(o.details());
        }
        return new DetailsBlocks(List.copyOf(all), around);
    }

    /** Whether block b can be inside an element opened in block {@code open}: same section, quote and list item or deeper. */
    static boolean within(Block b, Block open) {
        return b.heading() == open.heading() && inItem(b, open)
                && (b.quoteDepth() > open.quoteDepth() || b.quoteDepth() == open.quoteDepth() && b.quoteLine() == open.quoteLine());
    }

    /** Whether block b is inside the list item that {@code open} is in (any block, outside lists): no shallower, no next item. */
    static boolean inItem(Block b, Block open) {
        return b.depth() > open.depth() || b.depth() == open.depth() && (open.depth() == 0 || b.kind() != Block.Kind.LIST_ITEM);
    }

    private static final int NO_TAG = 0;
    private static final int DETAILS = 1;
    private static final int END_DETAILS = 2;
    private static final int SUMMARY = 3;

    /** Reads the tags of one HTML block, in order: opens, summaries, closes. Comments (HTML and %%) are skipped. */
    private static void html(Block b, int bi, List<Open> opened, List<Open> stack) {
        String text = b.text();
        int n = text.length();
        Cursor at = new Cursor(b);
        int i = next(text, 0);
        int pct = text.indexOf("%%"); // the next Obsidian comment, found once per comment, not per tag
        while (i >= 0 && i < n) {
            if (pct >= 0 && pct < i) {
                int close = text.indexOf("%%", pct + 2);
                if (close < 0) {
                    return; // an unclosed comment hides the rest
                }
                if (close + 2 > i) {
                    i = next(text, close + 2); // the tag is inside the comment
                }
                pct = text.indexOf("%%", close + 2);
                continue;
            }
            int skip = DetailsText.commentEnd(text, i, n);
            if (skip != i) {
                i = skip < 0 ? -1 : next(text, skip);
                continue;
            }
            int tag = tagAt(text, i);
            if (tag == NO_TAG) {
                i = next(text, i + 1);
                continue;
            }
            int gt = text.indexOf('>', i);
            if (gt < 0) {
                return; // no tag can close in the rest of the block
            }
            Open top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            if (tag == DETAILS) {
                at.moveTo(gt + 1);
                Open o = new Open(opened.size(), b, bi, gt + 1, at.line, at.lineStart);
                opened.add(o);
                stack.add(o);
            } else if (tag == END_DETAILS) {
                if (top != null) {
                    top.closeBlock = bi;
                    top.closeAt = i;
                    stack.remove(stack.size() - 1);
                }
            } else if (top != null && top.summary == null) {
                int close = endSummary(text, gt + 1);
                top.summary = DetailsText.clean(text, gt + 1, close < 0 ? n : close, b.quoteDepth());
                at.moveTo(i);
                top.line = at.line;
                top.column = at.column(i);
                int end = close < 0 ? n : text.indexOf('>', close);
                end = end < 0 ? n : end + 1;
                int eol = at.nextLineBreak();
                top.endColumn = at.column(eol >= 0 && eol < end ? eol : end);
                at.moveTo(end);
                top.bodyBlock = bi;
                top.bodyFrom = end;
                top.bodyLine = at.line;
                top.bodyLineStart = at.lineStart;
                gt = end - 1;
            }
            i = next(text, gt + 1);
        }
    }

    /** The next '<' at or after {@code from}, or -1. */
    private static int next(String text, int from) {
        return from >= text.length() ? -1 : text.indexOf('<', from);
    }

    /** Which of the tags this class reads opens at {@code i} (case-insensitive, attributes allowed). */
    private static int tagAt(String text, int i) {
        if (DetailsText.tag(text, i + 1, "details")) {
            return DETAILS;
        }
        if (DetailsText.tag(text, i + 1, "/details")) {
            return END_DETAILS;
        }
        return DetailsText.tag(text, i + 1, "summary") ? SUMMARY : NO_TAG;
    }

    /** Where the {@code </summary>} after {@code from} starts, or -1. */
    private static int endSummary(String text, int from) {
        for (int i = next(text, from); i >= 0; i = next(text, i + 1)) {
            if (DetailsText.tag(text, i + 1, "/summary")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A {@code </details>} ending a line of a paragraph or list item ("... every Friday.&lt;/details&gt;"):
     * inline HTML, which closes the innermost open element. Not in a line with a code span, where it
     * may be code.
     */
    private static void closesInText(Block b, int bi, List<Open> stack) {
        String text = b.text();
        int n = text.length();
        int tick = text.indexOf('`'); // the next backtick: found once per block, not once per line
        for (int from = 0; from <= n && !stack.isEmpty(); ) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? n : nl;
            if (tick >= 0 && tick < from) {
                tick = text.indexOf('`', from);
            }
            int z = to;
            while (z > from && Labels.isSpace(text.charAt(z - 1))) {
                z--;
            }
            int tag = z - "</details>".length();
            if (tag >= from && text.regionMatches(true, tag, "</details>", 0, "</details>".length())
                    && (tick < 0 || tick >= to)) {
                Open top = stack.remove(stack.size() - 1);
                top.closeBlock = bi;
                top.closeAt = tag;
            }
            from = to + 1;
        }
    }

    /**
     * Line and column of offsets in one block's text, moved forward only: each line break is found
     * once, so a block is walked once however many offsets are asked.
     */
    private static final class Cursor {
        final Block block;
        final String text;
        int line;
        int lineStart;
        /** The first line break at or after the cursor, or -1. */
        int nextBreak;

        Cursor(Block block) {
            this(block, 0, block.line(), 0);
        }

        /** At offset {@code pos}, on note line {@code line}, whose first char is at {@code lineStart}. */
        Cursor(Block block, int pos, int line, int lineStart) {
            this.block = block;
            this.text = block.text();
            this.line = line;
            this.lineStart = lineStart;
            this.nextBreak = text.indexOf('\n', pos);
        }

        void moveTo(int to) {
            while (nextBreak >= 0 && nextBreak < to) {
                line++;
                lineStart = nextBreak + 1;
                nextBreak = text.indexOf('\n', lineStart);
            }
        }

        /** The end of the current line: the next line break, or -1 on the block's last line. */
        int nextLineBreak() {
            return nextBreak;
        }

        /**
         * The 1-based column of offset {@code i} of the current line: the block's first line starts
         * at the block's column; an HTML block keeps its later lines whole, quote markers and indent included.
         */
        int column(int i) {
            return lineStart == 0 ? block.column() + i : i - lineStart + 1;
        }
    }
}
