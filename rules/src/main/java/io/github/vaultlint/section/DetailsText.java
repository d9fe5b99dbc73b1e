package io.github.vaultlint.section;

import io.github.vaultlint.parse.LinkDestination;
import io.github.vaultlint.vault.Block;

import java.util.Arrays;
import java.util.List;

/**
 * The text of a collapsible block ({@link DetailsBlocks}) as a reader sees it: its summary on one
 * line, and its body, where it sits in the HTML block itself, as the paragraphs and list items it
 * shows. Tags are no text, the usual entities are decoded. Every search is bounded by the span
 * asked for, so a long line holding many blocks is read once, not once per block.
 */
final class DetailsText {
    private DetailsText() {
    }

    /**
     * Where the HTML comment opening at {@code i} ends (just after it; -1 when it does not before
     * {@code to}), or i when none opens there.
     */
    static int commentEnd(String text, int i, int to) {
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
    static int indexOf(String text, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the tag {@code name} ("details", "/summary") starts at {@code at}, just after a '<' (any case, attributes allowed). */
    static boolean tag(String text, int at, String name) {
        int end = at + name.length();
        if (!text.regionMatches(true, at, name, 0, name.length()) || end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        return c == '>' || c == '/' || Labels.isSpace(c);
    }

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
        return PartLocator.unwrapEmphasis(out.toString());
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
                // The references a Markdown destination decodes, as the reader sees them; a no-break space
                // is a space, so "Situation&nbsp;" is the part Situation.
                int end = LinkDestination.referenceEnd(text, i);
                if (end > 0 && end <= to) {
                    String decoded = LinkDestination.decodeReference(text.substring(i, end));
                    sb.append("\u00a0".equals(decoded) ? " " : decoded);
                    i = end;
                    continue;
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
