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
            int skip = commentEnd(text, i, n);
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
                top.summary = clean(text, gt + 1, close < 0 ? n : close, b.quoteDepth());
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

    /**
     * Where the HTML comment opening at {@code i} ends (just after it; -1 when it does not before
     * {@code to}), or i when none opens there.
     */
    private static int commentEnd(String text, int i, int to) {
        if (!text.startsWith("<!--", i)) {
            return i;
        }
        for (int k = i + 4; k + 3 <= to; k++) {
            if (text.charAt(k) == '-' && text.startsWith("-->", k)) {
                return k + 3;
            }
        }
        return -1;
    }

    /** The first {@code c} in text[from, to), or -1: String.indexOf bounded, so a long line is not searched past its part. */
    private static int indexOf(String text, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    /** Which of the tags this class reads opens at {@code i} (case-insensitive, attributes allowed). */
    private static int tagAt(String text, int i) {
        if (tag(text, i + 1, "details")) {
            return DETAILS;
        }
        if (tag(text, i + 1, "/details")) {
            return END_DETAILS;
        }
        return tag(text, i + 1, "summary") ? SUMMARY : NO_TAG;
    }

    private static boolean tag(String text, int at, String name) {
        int end = at + name.length();
        if (!text.regionMatches(true, at, name, 0, name.length()) || end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        return c == '>' || c == '/' || Labels.isSpace(c);
    }

    /** Where the {@code </summary>} after {@code from} starts, or -1. */
    private static int endSummary(String text, int from) {
        for (int i = next(text, from); i >= 0; i = next(text, i + 1)) {
            if (tag(text, i + 1, "/summary")) {
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

    // ---- text --------------------------------------------------------------------------------

    /**
     * The text of an HTML block's chars [from, to) as a reader sees it, on one line: the quote markers
     * opening its later lines, tags and comments removed, the usual entities decoded, whitespace
     * collapsed, and emphasis around all of it dropped ("**Action**" is "Action").
     */
    static String clean(String text, int from, int to, int quoteDepth) {
        StringBuilder sb = new StringBuilder(Math.max(0, to - from));
        appendVisible(sb, text, from, to, quoteDepth, true, false);
        String t = Labels.stripComments(sb.toString());
        StringBuilder out = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Labels.isSpace(c) || c == '\n') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return unwrapEmphasis(out.toString());
    }

    /** Marks, in visible text, where an HTML list item ({@code <li>}) starts. NUL: a note holding one is unreadable. */
    private static final char ITEM = '\u0000';

    /**
     * Appends the visible text of chars [from, to): tags and HTML comments removed, entities decoded,
     * and (with {@code lineStarts}) the indent and quote markers opening each line after the first
     * removed. With {@code breaks}, a tag that breaks the text into blocks ({@code <p>}, {@code </li>},
     * ...) is written as a line break, and {@code <li>} as one followed by {@link #ITEM}; {@code <br>}, a
     * line break inside a paragraph, as a space.
     * A '<' that opens no tag ("a < b") is text.
     */
    private static void appendVisible(StringBuilder sb, String text, int from, int to, int quoteDepth, boolean lineStarts,
                                      boolean breaks) {
        int i = from;
        int noTagAfter = Integer.MAX_VALUE; // past it no '>' follows: no tag can open
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append('\n');
                i = lineStarts ? skipQuoteMarkers(text, i + 1, to, quoteDepth) : i + 1;
                continue;
            }
            if (c == '<' && i + 1 < to && i < noTagAfter) {
                int skip = commentEnd(text, i, to);
                if (skip != i) {
                    i = skip < 0 ? to : skip;
                    continue;
                }
                char d = text.charAt(i + 1);
                if (Character.isLetter(d) || d == '/') {
                    int gt = indexOf(text, '>', i, to);
                    if (gt < 0) {
                        noTagAfter = i;
                    } else {
                        if (breaks && tag(text, i + 1, "li")) {
                            sb.append('\n').append(ITEM);
                        } else if (breaks && breaksText(text, i + 1)) {
                            sb.append('\n');
                        } else if (tag(text, i + 1, "br")) {
                            sb.append(' '); // a line break inside the point: "Cut pages<br>and escalations" is one
                        }
                        i = gt + 1;
                        continue;
                    }
                }
            }
            if (c == '&') {
                int semi = entityEnd(text, i, to);
                if (semi > 0) {
                    String decoded = entity(text, i + 1, semi);
                    if (decoded != null) {
                        sb.append(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            sb.append(c);
            i++;
        }
    }

    /** Tags that end a block of text: what comes after them is a point of its own. */
    private static final String[] BREAKING = {"p", "/p", "div", "/div", "/li", "ul", "/ul", "ol", "/ol", "hr", "tr", "/tr",
        "table", "/table", "blockquote", "/blockquote"};

    private static boolean breaksText(String text, int at) {
        for (String name : BREAKING) {
            if (tag(text, at, name)) {
                return true;
            }
        }
        return false;
    }

    /** After the indent and at most {@code quoteDepth} quote markers ("> ") opening the line at {@code i}. */
    private static int skipQuoteMarkers(String text, int i, int to, int quoteDepth) {
        int j = i;
        while (j < to && Labels.isSpace(text.charAt(j))) {
            j++;
        }
        for (int q = 0; q < quoteDepth && j < to && text.charAt(j) == '>'; q++) {
            j++;
            if (j < to && text.charAt(j) == ' ') {
                j++;
            }
            while (j < to && Labels.isSpace(text.charAt(j)) && q + 1 < quoteDepth) {
                j++;
            }
        }
        return quoteDepth > 0 ? j : i;
    }

    /** The ';' closing an entity that starts at {@code amp} (at most 10 chars on), or -1. */
    private static int entityEnd(String text, int amp, int to) {
        for (int k = amp + 1; k < to && k <= amp + 10; k++) {
            char c = text.charAt(k);
            if (c == ';') {
                return k > amp + 1 ? k : -1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        return -1;
    }

    /** The text of the entity named by chars [from, to) ("amp", "#39", "#x27"), or null for one not decoded. */
    private static String entity(String text, int from, int to) {
        String name = text.substring(from, to);
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            default:
                break;
        }
        if (name.length() > 1 && name.charAt(0) == '#') {
            try {
                int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X' ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** "**Action**" is "Action": emphasis around all of the text (bold, italic, both) is no part of it. */
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

    // ---- body --------------------------------------------------------------------------------

    /**
     * Adds the chars [from, to) of HTML block {@code own} (the text of a details body that sits in the
     * HTML block itself, as in "&lt;details&gt;&lt;summary&gt;Task&lt;/summary&gt;Make them reliable&lt;/details&gt;") as
     * the blocks a reader sees, through line {@code lastLine}: the tags are no text; a line opening
     * with a list marker, or text after {@code <li>}, is a list item (a marker indented deeper than
     * the one above: nested); other lines make paragraphs, which a blank line, a line of tags only, or
     * a tag such as {@code <p>} or {@code </li>} ends. So an empty body adds nothing (an empty part), "TBD" a
     * placeholder, and each bullet is a point of its own.
     */
    static void addText(List<Block> out, Block own, int from, int to, int lastLine) {
        int lineStart = from;
        int line = own.line();
        for (int nl = indexOf(own.text(), '\n', 0, from); nl >= 0; nl = indexOf(own.text(), '\n', nl + 1, from)) {
            line++;
            lineStart = nl + 1;
        }
        addText(out, own, from, line, lineStart, to, lastLine);
    }

    /** {@link #addText} with the line of {@code from} known: note line {@code fromLine}, starting at char {@code fromLineStart}. */
    static void addText(List<Block> out, Block own, int from, int fromLine, int fromLineStart, int to, int lastLine) {
        String text = own.text();
        Body body = new Body(out, own);
        int[] indents = new int[8]; // the indents of the list markers the current line may nest under
        int levels = 0;
        int line = fromLine;
        for (int lineStart = from; lineStart <= to && line <= lastLine; line++) {
            int nl = indexOf(text, '\n', lineStart, to); // bounded: a long line is read once, not once per part in it
            int lineEnd = nl < 0 ? to : nl;
            // Where the line's text starts: after the quote markers and indent of a later line of the block.
            boolean wholeLine = lineStart != from || from == fromLineStart && fromLineStart > 0;
            int s = wholeLine ? skipQuoteMarkers(text, lineStart, lineEnd, own.quoteDepth()) : lineStart;
            int indent = 0;
            while (s < lineEnd && Labels.isSpace(text.charAt(s))) {
                indent += text.charAt(s) == '\t' ? 4 : 1;
                s++;
            }
            int marker = listMarker(text, s, lineEnd);
            if (marker > 0) {
                // Deeper than the item above: nested under it; as deep as an item above: beside it.
                while (levels > 0 && indent < indents[levels - 1]) {
                    levels--;
                }
                if (levels == 0 || indent > indents[levels - 1]) {
                    indents = levels == indents.length ? Arrays.copyOf(indents, levels * 2) : indents;
                    indents[levels++] = indent;
                }
            }
            StringBuilder visible = new StringBuilder(lineEnd - s);
            appendVisible(visible, text, marker > 0 ? marker : s, lineEnd, 0, false, true);
            int at = marker > 0 ? marker : s;
            // The block's first line starts at the block's column; an HTML block keeps its later lines whole.
            int column = line == own.line() ? own.column() + at : at - (line == fromLine ? fromLineStart : lineStart) + 1;
            body.line(visible, marker > 0 ? own.depth() + levels : -1, line, column);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        body.flush();
    }

    /** The blocks of a details body being read from HTML text, one line at a time. */
    private static final class Body {
        final List<Block> out;
        final Block own;
        Block.Kind kind;
        StringBuilder text;
        int line;
        int endLine;
        int column;
        int depth;
        /** The next text starts a block of its own: after a blank line, a line of tags only or a breaking tag. */
        boolean broken = true;

        Body(List<Block> out, Block own) {
            this.out = out;
            this.own = own;
        }

        /** One line's visible text (see {@link #appendVisible}); {@code markerDepth} the depth of its list marker, or -1. */
        void line(CharSequence visible, int markerDepth, int lineNo, int col) {
            if (markerDepth >= 0) {
                broken = true; // a bullet starts an item
            }
            boolean blank = true;
            int n = visible.length();
            for (int a = 0, seg = 0; a <= n; seg++) {
                int z = a;
                while (z < n && visible.charAt(z) != '\n') {
                    z++;
                }
                boolean item = seg == 0 && markerDepth >= 0;
                int s = a;
                if (s < z && visible.charAt(s) == ITEM) {
                    item = true;
                    s++;
                }
                String t = visible.subSequence(s, z).toString().strip();
                if (seg > 0) {
                    broken = true; // a breaking tag stood before it
                }
                if (!t.isEmpty()) {
                    blank = false;
                    if (item || broken || text == null) {
                        flush();
                        kind = item ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH;
                        depth = !item ? own.depth() : seg == 0 && markerDepth >= 0 ? markerDepth : own.depth() + 1;
                        text = new StringBuilder(t);
                        line = lineNo;
                        column = col;
                        broken = false;
                    } else {
                        text.append('\n').append(t); // a line under a paragraph or item continues it, as in Markdown
                    }
                    endLine = lineNo;
                }
                a = z + 1;
            }
            if (blank) {
                flush();
                broken = true;
            }
        }

        void flush() {
            if (text != null) {
                out.add(new Block(kind, text.toString(), line, endLine, column, depth, own.quoteDepth(), own.quoteLine(),
                        own.heading()));
                text = null;
            }
        }
    }

    /** Where the text after a list marker ("- ", "* ", "+ ", "1. ", "1) ") opening chars [s, end) starts, or -1. */
    private static int listMarker(String text, int s, int end) {
        if (s >= end) {
            return -1;
        }
        char c = text.charAt(s);
        int k = s;
        if (c == '-' || c == '*' || c == '+' || c == '\u2022') {
            k = s + 1;
        } else {
            while (k < end && k - s < 9 && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
                k++;
            }
            if (k == s || k >= end || text.charAt(k) != '.' && text.charAt(k) != ')') {
                return -1;
            }
            k++;
        }
        if (k < end && !Labels.isSpace(text.charAt(k))) {
            return -1;
        }
        while (k < end && Labels.isSpace(text.charAt(k))) {
            k++;
        }
        return k;
    }
}
