package io.github.vaultlint.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fast Markdown pass for the shapes notes are usually written in: ATX headings, paragraphs,
 * bullet and ordered lists (tab-indented too), block quotes and callouts, fenced code, thematic
 * breaks, tables (as paragraphs), inline code and plain inline links and images. For those it
 * reports exactly what the walk over flexmark's AST reports (a differential test holds it to that
 * on every fixture, the seeds, generated vaults and fuzzed variants of them).
 *
 * <p>At the first construct outside that subset (HTML, reference definitions, setext headings,
 * indented code, links with spaces, titles or escapes, code
 * spans over several lines, carriage returns, ...) it gives up without reporting anything and the
 * note goes to flexmark. It exists for speed: one small class of tight loops costs a fraction of
 * flexmark per note and warms up in a cold JVM long before flexmark's hundreds of classes do.
 *
 * <p>Columns follow CommonMark: a tab advances to the next multiple of four, and a container may
 * consume part of a tab.
 */
final class MarkdownScanner {
    /** Deeper nesting than any note needs goes to flexmark, where {@link NestingDepth} (same limit) reports it. */
    private static final int MAX_DEPTH = 256;
    private static final int QUOTE = 1;
    private static final int ITEM = 2;
    private static final int NONE = 0;
    private static final int PARA = 1;
    private static final int FENCE = 2;

    private final char[] text;
    private final int length;
    private final LineIndex lines;
    private final List<Event> events = new ArrayList<>();

    // Open containers, outermost first.
    private int depth;
    private int[] kind = new int[8];
    private int[] contentOffset = new int[8]; // an item's content column, relative to its parent's content
    private int[] markerEnd = new int[8];
    private int[] markerType = new int[8]; // bullet character, or 256 + the delimiter of an ordered list
    private int[] quoteLine = new int[8];
    private int[] itemStart = new int[8];
    private boolean[] fresh = new boolean[8]; // a list item no block has opened in yet

    // The open leaf block.
    private int leaf = NONE;
    private int paraStart;
    private int paraEnd;
    private int paraItem;
    private int[] paraLines = new int[8];
    /** Open '[' of inline(): offset and range index. */
    private int[] openers = new int[8];
    private int[] openerLine = new int[8];
    private int paraCount;
    private char fenceChar;
    private int fenceLen;
    private int fenceStart;
    private int fenceEnd;

    // The line being read: p is a char index, pcol the column where char p starts, col (>= pcol)
    // the current column; col > pcol only while a tab at p is partly consumed by a container.
    private int p;
    private int pcol;
    private int col;
    private int le;
    private int next;
    // Set by indent(): the first character after the whitespace at the cursor, and its column.
    private int ws;
    private int wsCol;
    // Set by listItem(): the offset just past the list marker, and the marker's type.
    private int itemMarkerEnd;
    private int itemMarkerType;

    private MarkdownScanner(char[] text, LineIndex lines) {
        this.text = text;
        this.length = text.length;
        this.lines = lines;
    }

    /**
     * Scans the body from {@code from} to the end. Returns false, having reported nothing, when the
     * body holds something this pass does not handle; else reports everything to {@code sink}.
     */
    static boolean scan(char[] text, int from, LineIndex lines, MarkdownSink sink) {
        for (int i = from; i < text.length; i++) {
            char c = text[i];
            if (c < 0x20 && c != '\n' && c != '\t') {
                return false; // \r, form feed, NUL...: leave the line rules of CommonMark to flexmark
            }
        }
        MarkdownScanner s = new MarkdownScanner(text, lines);
        if (s.refusedAt(from) >= 0) {
            return false;
        }
        for (Event e : s.events) {
            e.replay(sink);
        }
        return true;
    }

    /** For tests: the 1-based line the scanner gives up on (reading from {@code from}), or -1 when it takes the text. */
    static int refusedLine(String source, int from) {
        LineIndex lines = new LineIndex(source);
        char[] text = source.toCharArray();
        for (int i = from; i < text.length; i++) {
            char c = text[i];
            if (c < 0x20 && c != '\n' && c != '\t') {
                return lines.line(i);
            }
        }
        int at = new MarkdownScanner(text, lines).refusedAt(from);
        return at < 0 ? -1 : lines.line(Math.min(at, Math.max(0, text.length - 1)));
    }

    /** Scans every line; the offset of the line it gives up on, or -1. */
    private int refusedAt(int from) {
        try {
            return scanLines(from);
        } catch (TooDeep e) {
            return Math.min(p, Math.max(0, length - 1));
        }
    }

    private int scanLines(int from) {
        int pos = from;
        while (pos < length) {
            int nl = indexOf('\n', pos, length);
            le = nl < 0 ? length : nl;
            next = nl < 0 ? length : nl + 1;
            if (!line(pos)) {
                return pos;
            }
            pos = next;
        }
        return closeUnmatched(0) ? -1 : Math.max(0, length - 1);
    }

    private boolean line(int start) {
        p = start;
        pcol = 0;
        col = 0;
        // 1. Which open containers does this line continue?
        int matched = 0;
        while (matched < depth) {
            if (kind[matched] == QUOTE) {
                if (!quoteMarker()) {
                    break;
                }
            } else if (restBlank()) {
                if (fresh[matched]) {
                    return false; // a blank line after an empty item: flexmark may keep the item open
                }
            } else {
                int sp = p;
                int spcol = pcol;
                int scol = col;
                if (!consumeTo(col + contentOffset[matched])) {
                    p = sp;
                    pcol = spcol;
                    col = scol;
                    break;
                }
            }
            matched++;
        }
        boolean allMatched = matched == depth;
        // 2. An open fence takes every line its containers continue.
        if (leaf == FENCE && allMatched) {
            fenceEnd = next;
            if (closingFence()) {
                return closeLeaf();
            }
            return true;
        }
        if (leaf == FENCE) {
            return false; // a fence its containers cut short: flexmark reads the next line oddly
        }
        // 3. New blocks starting on this line.
        boolean opened = false;
        while (!restBlank()) {
            int ind = indent();
            if (ind >= 4) {
                if (leaf == PARA && !opened && allMatched) {
                    break; // indented code cannot interrupt a paragraph: continuation text
                }
                return false; // indented code, or a lazy line flexmark may read as a list item
            }
            int q = ws;
            int qcol = wsCol;
            char c = text[q];
            if (col > pcol && c != '-' && c != '*' && c != '+' && c != '_' && (c < '0' || c > '9')) {
                return false; // after a tab a container split: flexmark may start the block at the tab
            }
            if (c == '>') {
                if (!closeUnmatched(matched)) {
                    return false;
                }
                open(QUOTE, 0, q, 0);
                quoteLine[depth - 1] = lines.line(q);
                move(q + 1, qcol + 1);
                if (p < le && text[p] == ' ') {
                    move(p + 1, pcol + 1);
                } else if (p < le && text[p] == '\t') {
                    col = pcol + 1; // one column of the tab belongs to the marker
                }
                matched = depth;
                opened = true;
                continue;
            }
            if (c == '<') {
                return false; // HTML block
            }
            if (c == '#') {
                if (ind > 0) {
                    return false; // flexmark reads some indented headings as text
                }
                int r = atxHeading(q, matched);
                if (r != 0) {
                    return r > 0;
                }
            }
            if ((c == '`' || c == '~') && fenceOpens(q)) {
                if (!closeUnmatched(matched)) {
                    return false;
                }
                blockOpens();
                leaf = FENCE;
                fenceStart = q;
                fenceEnd = next;
                return true;
            }
            if (leaf == PARA && !opened && allMatched && (c == '=' || c == '-') && setextUnderline(q)) {
                return false;
            }
            int tb = c == '*' || c == '-' || c == '_' ? thematicBreak(q, c) : 0;
            if (tb < 0) {
                return false;
            }
            if (tb > 0) {
                if (!closeUnmatched(matched)) {
                    return false;
                }
                blockOpens();
                int tbStart = p; // flexmark starts a thematic break at its indentation
                int end = lastNonSpace() + 1;
                events.add(block(Event.BREAK, tbStart, end, null, 0));
                return true;
            }
            int item = listItem(q, qcol, leaf == PARA && !opened, allMatched, matched);
            if (item < 0) {
                return false;
            }
            if (item > 0) {
                if (!closeUnmatched(matched)) {
                    return false;
                }
                int contentColumn = wsCol;
                int content = ws;
                open(ITEM, contentColumn - col, q, itemMarkerEnd);
                move(content, contentColumn);
                matched = depth;
                opened = true;
                continue;
            }
            break;
        }
        // 4. What is left is blank or paragraph text.
        if (restBlank()) {
            return closeUnmatched(matched);
        }
        if (leaf == PARA && !opened) {
            // Paragraph continuation; when the line does not continue every container it is a lazy
            // continuation line, which keeps those containers open. A lazy line that starts like a
            // block marker is left to flexmark, whose list and heading rules differ there.
            indent();
            if (!allMatched && "-+*=_#>`~".indexOf(text[ws]) >= 0 || !allMatched && Character.isDigit(text[ws])) {
                return false;
            }
            addParaLine(ws, le);
            paraEnd = le;
            return true;
        }
        if (!closeUnmatched(matched)) {
            return false;
        }
        indent();
        paraItem = depth > 0 && kind[depth - 1] == ITEM && fresh[depth - 1] ? itemStart[depth - 1] : -1;
        blockOpens();
        leaf = PARA;
        paraStart = ws;
        paraEnd = le;
        paraCount = 0;
        addParaLine(ws, le);
        return true;
    }

    // ---- containers and leaves -----------------------------------------------------------

    private void open(int k, int offset, int start, int markerEndOffset) {
        blockOpens();
        if (depth == kind.length) {
            if (depth >= MAX_DEPTH) {
                throw new TooDeep();
            }
            int n = depth * 2;
            kind = Arrays.copyOf(kind, n);
            markerType = Arrays.copyOf(markerType, n);
            contentOffset = Arrays.copyOf(contentOffset, n);
            markerEnd = Arrays.copyOf(markerEnd, n);
            quoteLine = Arrays.copyOf(quoteLine, n);
            itemStart = Arrays.copyOf(itemStart, n);
            fresh = Arrays.copyOf(fresh, n);
        }
        kind[depth] = k;
        markerType[depth] = itemMarkerType;
        contentOffset[depth] = offset;
        markerEnd[depth] = markerEndOffset;
        itemStart[depth] = start;
        fresh[depth] = k == ITEM;
        depth++;
    }

    /** A block or container opens in the innermost container: a list item is no longer empty. */
    private void blockOpens() {
        if (depth > 0) {
            fresh[depth - 1] = false;
        }
    }

    /** Closes the open leaf and every container past the first {@code keep}; an item left empty is reported. */
    private boolean closeUnmatched(int keep) {
        if (!closeLeaf()) {
            return false;
        }
        while (depth > keep) {
            if (kind[depth - 1] == ITEM && fresh[depth - 1]) {
                int start = itemStart[depth - 1];
                int end = markerEnd[depth - 1];
                events.add(block(Event.EMPTY_ITEM, start, end, null, 0));
            }
            depth--;
        }
        return true;
    }

    private boolean closeLeaf() {
        if (leaf == PARA) {
            leaf = NONE;
            int[] ranges = Arrays.copyOf(paraLines, paraCount * 2);
            if (text[paraStart] == '[' && definitions(ranges)) {
                return true;
            }
            if (text[paraStart] == '[') {
                for (int i = 0; i < ranges.length; i += 2) {
                    int colon = indexOf(']', ranges[i], ranges[i + 1]);
                    while (colon >= 0 && (colon + 1 >= ranges[i + 1] || text[colon + 1] != ':')) {
                        colon = indexOf(']', colon + 1, ranges[i + 1]);
                    }
                    if (colon >= 0) {
                        return false; // a link reference definition
                    }
                }
            }
            int start = paraStart;
            int end = paraEnd;
            int item = paraItem;
            events.add(block(Event.PARAGRAPH, start, end, ranges, item));
            return inline(ranges);
        }
        if (leaf == FENCE) {
            leaf = NONE;
            int start = fenceStart;
            int end = fenceEnd;
            events.add(block(Event.CODE, start, end, null, 0));
        }
        return true;
    }

    /** A block event, with the list depth, quote depth and quote line of the open containers. */
    private Event block(int type, int start, int end, int[] lines, int item) {
        int items = 0;
        int quotes = 0;
        int ql = 0;
        for (int i = 0; i < depth; i++) {
            if (kind[i] == ITEM) {
                items++;
            } else {
                quotes++;
                ql = quoteLine[i];
            }
        }
        return new Event(type, start, end, items, quotes, ql, lines, item, null, false, false);
    }

    private void addParaLine(int s, int e) {
        if (paraCount * 2 + 2 > paraLines.length) {
            paraLines = Arrays.copyOf(paraLines, paraLines.length * 2);
        }
        paraLines[paraCount * 2] = s;
        paraLines[paraCount * 2 + 1] = e;
        paraCount++;
    }

    // ---- block starts ----------------------------------------------------------------------

    /** 1: a heading was reported; 0: not a heading; -1: a heading form left to flexmark. */
    private int atxHeading(int q, int matched) {
        int i = q;
        while (i < le && text[i] == '#') {
            i++;
        }
        int level = i - q;
        if (level > 6 || (i < le && text[i] != ' ' && text[i] != '\t')) {
            return 0;
        }
        int end = lastNonSpace() + 1;
        int ts = i;
        while (ts < end && (text[ts] == ' ' || text[ts] == '\t')) {
            ts++;
        }
        if (ts >= end || text[end - 1] == '#') {
            return -1; // empty, or a closing sequence
        }
        if (!closeUnmatched(matched)) {
            return -1;
        }
        blockOpens();
        int textStart = ts;
        int quotes = 0;
        for (int k = 0; k < depth; k++) {
            quotes += kind[k] == QUOTE ? 1 : 0;
        }
        events.add(new Event(Event.HEADING, level, q, end, textStart, end, null, quotes, null, false, false));
        return inline(new int[] {textStart, end}) ? 1 : -1;
    }

    private boolean fenceOpens(int q) {
        char c = text[q];
        int i = q;
        while (i < le && text[i] == c) {
            i++;
        }
        if (i - q < 3) {
            return false;
        }
        if (indexOf(c, i, le) >= 0) {
            return false; // the fence character in the info string: flexmark reads the line as text
        }
        fenceChar = c;
        fenceLen = i - q;
        return true;
    }

    private boolean closingFence() {
        if (restBlank() || indent() >= 4) {
            return false;
        }
        int i = ws;
        while (i < le && text[i] == fenceChar) {
            i++;
        }
        if (i - ws < fenceLen) {
            return false;
        }
        while (i < le && (text[i] == ' ' || text[i] == '\t')) {
            i++;
        }
        return i == le;
    }

    private boolean setextUnderline(int q) {
        char c = text[q];
        int i = q;
        while (i < le && text[i] == c) {
            i++;
        }
        while (i < le && (text[i] == ' ' || text[i] == '\t')) {
            i++;
        }
        return i == le;
    }

    /** 1 for a thematic break, 0 for none, -1 for a break with tabs in it (flexmark reads those differently). */
    private int thematicBreak(int q, char c) {
        int n = 0;
        boolean tab = false;
        for (int i = q; i < le; i++) {
            char ch = text[i];
            if (ch == c) {
                n++;
            } else if (ch == '\t') {
                tab = true;
            } else if (ch != ' ') {
                return 0;
            }
        }
        return n < 3 ? 0 : tab ? -1 : 1;
    }

    /**
     * 1 when a list item starts at {@code q} (the cursor's {@code ws}/{@code wsCol} then give its
     * content), 0 when the line is not a list item, -1 for an item form left to flexmark.
     * {@code paragraphOpen}: a paragraph would otherwise take the line; {@code allMatched}: the line
     * continues every open container; {@code matched}: how many it continues.
     */
    private int listItem(int q, int qcol, boolean paragraphOpen, boolean allMatched, int matched) {
        char c = text[q];
        int m;
        long number = -1;
        if (c == '-' || c == '+' || c == '*') {
            m = q + 1;
        } else if (c >= '0' && c <= '9') {
            int i = q;
            while (i < le && i - q < 10 && text[i] >= '0' && text[i] <= '9') {
                i++;
            }
            if (i - q > 9 || i >= le || (text[i] != '.' && text[i] != ')')) {
                return 0;
            }
            number = Long.parseLong(new String(text, q, i - q));
            m = i + 1;
        } else {
            return 0;
        }
        if (m < le && text[m] != ' ' && text[m] != '\t') {
            return 0;
        }
        int markerEndCol = qcol + (m - q);
        int i = m;
        int icol = markerEndCol;
        while (i < le && (text[i] == ' ' || text[i] == '\t')) {
            icol = text[i] == ' ' ? icol + 1 : (icol / 4 + 1) * 4;
            i++;
        }
        boolean empty = i >= le;
        int type = number < 0 ? c : 256 + text[m - 1];
        if (paragraphOpen && (empty || (number >= 0 && number != 1))) {
            // CommonMark: the first item of a list does not interrupt a paragraph when it is empty or
            // numbered other than 1. Continuing the list of an item the line left is fine.
            if (allMatched) {
                return inItem() ? -1 : 0; // flexmark lets it interrupt a paragraph in a list item
            }
            boolean sibling = kind[matched] == ITEM && markerType[matched] == type;
            if (!sibling) {
                return -1; // a lazy continuation line
            }
        }
        itemMarkerEnd = m;
        itemMarkerType = type;
        if (empty) {
            ws = le; // the content, if any, starts on a later line, one column past the marker
            wsCol = markerEndCol + 1;
            return 1;
        }
        if (icol - markerEndCol > 4) {
            return -1; // content that starts with indented code
        }
        ws = i;
        wsCol = icol;
        return 1;
    }

    private boolean inItem() {
        for (int i = 0; i < depth; i++) {
            if (kind[i] == ITEM) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph made only of plain reference definitions, one a line at the start of the line
     * ({@code [label]: Note.md}: no container, no title, nothing flexmark reads in more than one
     * way), is reported as flexmark's walk reports it: one link per definition, label to
     * destination, and no paragraph. A note with a definition went to flexmark whole before, and
     * a megabyte of uses of it ({@code [r] [r] ...}) cost a second there. Uses of a label are
     * text here as there (flexmark's reference nodes are not reported), so only the definitions
     * need reading. False, reporting nothing, for any other paragraph.
     */
    private boolean definitions(int[] ranges) {
        int count = ranges.length / 2;
        int[] starts = new int[count];
        int[] ends = new int[count];
        for (int r = 0; r < ranges.length; r += 2) {
            int b = ranges[r];
            int e = ranges[r + 1];
            if (b > 0 && text[b - 1] != '\n' || b >= e || text[b] != '[') {
                return false; // indented, in a container, or a line that is no definition
            }
            int k = b + 1;
            while (k < e && text[k] != ']') {
                char c = text[k];
                if (c == '[' || c == '\\' || c < ' ' || c == '`' || c == '<') {
                    return false;
                }
                k++;
            }
            int labelLength = k - b - 1;
            if (k + 1 >= e || text[k + 1] != ':' || labelLength == 0 || labelLength > 200 || text[b + 1] == '^'
                    || text[b + 1] == ' ' || text[k - 1] == ' ') {
                return false; // no "]:", an empty or padded label, or a footnote
            }
            int d = k + 2;
            while (d < e && (text[d] == ' ' || text[d] == '\t')) {
                d++;
            }
            int de = d;
            while (de < e && plainDestinationChar(text[de])) {
                de++;
            }
            int rest = de;
            while (rest < e && (text[rest] == ' ' || text[rest] == '\t')) {
                rest++;
            }
            if (de == d || rest < e) {
                return false; // no destination on the line, or one flexmark reads otherwise, or a title
            }
            starts[r / 2] = d;
            ends[r / 2] = de;
        }
        if (++definitionParagraphs > ParagraphReplacements.MAX) {
            return false; // reported as flexmark's notes are, whichever pass reads it
        }
        for (int r = 0; r < ranges.length; r += 2) {
            String url = new String(text, starts[r / 2], ends[r / 2] - starts[r / 2]);
            events.add(new Event(Event.LINK, ranges[r], ends[r / 2], 0, 0, 0, null, 0, url, false, false));
        }
        return true;
    }

    /** Paragraphs of definitions read so far: past {@link ParagraphReplacements#MAX} the note is flexmark's, which reports it. */
    private int definitionParagraphs;

    /** A character of a destination that means the same to every reader: no escape, quote, bracket or parenthesis. */
    private static boolean plainDestinationChar(char c) {
        return c > ' ' && "<>()[]\\\"'`".indexOf(c) < 0;
    }

    // ---- inline: code spans and plain links ----------------------------------------------

    /** Reports code spans and links in the given line ranges; false for inline forms left to flexmark. */
    private boolean inline(int[] ranges) {
        int open = 0; // openers and openerLine are fields, reused by every call (one scanner per note)
        java.util.Map<Integer, Integer> lastRun = null; // run length -> start of its last run, once a backtick is met
        for (int r = 0; r < ranges.length; r += 2) {
            int e = ranges[r + 1];
            int i = ranges[r];
            while (i < e) {
                char c = text[i];
                if ((c < '[' && c != '<') || (c > ']' && c != '`')) {
                    i++; // the common case: nothing that starts or ends an inline form
                    continue;
                }
                if (c == '\\') {
                    i += i + 1 < e && isPunctuation(text[i + 1]) ? 2 : 1; // an escaped character is text
                    continue;
                } else if (c == '<') {
                    return false; // raw HTML, comment or autolink
                } else if (c == '`') {
                    int run = run(i, e, '`');
                    if (lastRun == null) {
                        lastRun = lastRuns(ranges);
                    }
                    if (lastRun.getOrDefault(run, -1) < i + run) {
                        // No run of this length after it: text, found without searching the rest of
                        // the paragraph, which made runs of growing length (` `` ``` ...) cost the
                        // square of their number.
                        i += run;
                        continue;
                    }
                    int close = closingRun(i + run, e, run);
                    if (close >= 0) {
                        int cs = i;
                        int ce = close + run;
                        events.add(new Event(Event.INLINE_CODE, cs, ce, 0, 0, 0, null, 0, null, false, false));
                        i = ce;
                        continue;
                    }
                    for (int later = r + 2; later < ranges.length; later += 2) {
                        if (closingRun(ranges[later], ranges[later + 1], run) >= 0) {
                            return false; // a code span over several lines
                        }
                    }
                    i += run;
                    continue;
                } else if (c == '[') {
                    if (open == openers.length) {
                        openers = Arrays.copyOf(openers, open * 2);
                        openerLine = Arrays.copyOf(openerLine, open * 2);
                    }
                    openers[open] = i;
                    openerLine[open++] = r;
                } else if (c == ']') {
                    if (i + 1 < e && text[i + 1] == '(' && open > 0 && lastClose(ranges) > i + 1) {
                        int o = openers[open - 1];
                        if (openerLine[open - 1] != r || (o > 0 && text[o - 1] == ']')) {
                            return false; // link text over lines, or after a reference-like [label]
                        }
                        for (int k = o + 1; k < i; k++) {
                            char t = text[k];
                            if (t == '[' || t == ']' || t == '`') {
                                return false; // nested brackets or code in the link text
                            }
                        }
                        boolean bracketed = i + 2 < e && text[i + 2] == '<';
                        int close = bracketed ? i + 3 : i + 2;
                        while (close < e && text[close] != (bracketed ? '>' : ')')) {
                            char t = text[close];
                            if (t == '<' || t == '\\' || t == '\t' || (!bracketed && (t == ' ' || t == '(' || t == '>'
                                    || t == '"' || t == '\''))) {
                                return false; // spaces, a title, parentheses or escapes in the destination
                            }
                            close++;
                        }
                        if (close >= e || (bracketed && (close + 1 >= e || text[close + 1] != ')'))) {
                            return false;
                        }
                        boolean image = o > 0 && text[o - 1] == '!' && !escaped(o - 1);
                        int ls = image ? o - 1 : o;
                        int lend = bracketed ? close + 2 : close + 1;
                        int from = bracketed ? i + 3 : i + 2;
                        String url = new String(text, from, close - from);
                        events.add(new Event(Event.LINK, ls, lend, 0, 0, 0, null, 0, url, image, bracketed));
                        open--;
                        if (!image && open > 0) {
                            return false; // a link inside an open bracket: CommonMark deactivates those openers
                        }
                        i = lend;
                        continue;
                    }
                    if (open > 0) {
                        open--;
                    }
                }
                i++;
            }
        }
        return true;
    }

    /**
     * Where the last ')' of the paragraph is, or -1: a "](" after it opens no inline link (it has
     * nothing to close it), so its brackets are text, as are those of any undefined reference (the
     * scanner sees no definitions). Found once per paragraph: a megabyte of "[a](" went to flexmark
     * before, which tried each as a link (a second per megabyte).
     */
    private int lastClose(int[] ranges) {
        if (lastCloseOf != ranges) {
            lastCloseOf = ranges;
            lastCloseAt = -1;
            for (int r = ranges.length - 2; r >= 0 && lastCloseAt < 0; r -= 2) {
                for (int k = ranges[r + 1] - 1; k >= ranges[r]; k--) {
                    if (text[k] == ')') {
                        lastCloseAt = k;
                        break;
                    }
                }
            }
        }
        return lastCloseAt;
    }

    /** The ranges {@link #lastCloseAt} was found in. */
    private int[] lastCloseOf;
    private int lastCloseAt;

    /** First index of {@code c} in [from, to), or -1. */
    private int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** True when an odd number of backslashes precede {@code i}. */
    private boolean escaped(int i) {
        int n = 0;
        while (i - n - 1 >= 0 && text[i - n - 1] == '\\') {
            n++;
        }
        return n % 2 == 1;
    }

    private int run(int i, int e, char c) {
        int j = i;
        while (j < e && text[j] == c) {
            j++;
        }
        return j - i;
    }

    /** For each length of a run of backticks in the line ranges, where its last run starts. */
    private java.util.Map<Integer, Integer> lastRuns(int[] ranges) {
        java.util.Map<Integer, Integer> last = new java.util.HashMap<>();
        for (int r = 0; r < ranges.length; r += 2) {
            int e = ranges[r + 1];
            for (int i = ranges[r]; i < e; ) {
                if (text[i] != '`') {
                    i++;
                    continue;
                }
                int n = run(i, e, '`');
                last.put(n, i);
                i += n;
            }
        }
        return last;
    }

    /** Start of the next run of exactly {@code n} backticks in [from, e), or -1. */
    private int closingRun(int from, int e, int n) {
        int i = from;
        while (i < e) {
            if (text[i] == '`') {
                int r = run(i, e, '`');
                if (r == n) {
                    return i;
                }
                i += r;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static boolean isPunctuation(char c) {
        return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
    }

    // ---- the cursor ------------------------------------------------------------------------

    /** Columns of whitespace at the cursor; sets {@code ws} and {@code wsCol} to what follows it. */
    private int indent() {
        int q = p;
        int c = pcol;
        while (q < le) {
            char ch = text[q];
            if (ch == ' ') {
                c++;
            } else if (ch == '\t') {
                c = (c / 4 + 1) * 4;
            } else {
                break;
            }
            q++;
        }
        ws = q;
        wsCol = c;
        return c - col;
    }

    private boolean restBlank() {
        for (int i = p; i < le; i++) {
            char c = text[i];
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private int lastNonSpace() {
        int i = le - 1;
        while (i >= p && (text[i] == ' ' || text[i] == '\t')) {
            i--;
        }
        return i;
    }

    private void move(int q, int qcol) {
        p = q;
        pcol = qcol;
        col = qcol;
    }

    /** Consumes whitespace up to column {@code target}, splitting a tab if need be. */
    private boolean consumeTo(int target) {
        while (col < target) {
            if (p >= le) {
                return false;
            }
            char ch = text[p];
            if (ch == ' ') {
                move(p + 1, pcol + 1);
            } else if (ch == '\t') {
                int end = (pcol / 4 + 1) * 4;
                if (end <= target) {
                    move(p + 1, end);
                } else {
                    col = target;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    private boolean quoteMarker() {
        if (indent() > 3 || ws >= le || text[ws] != '>') {
            return false;
        }
        move(ws + 1, wsCol + 1);
        if (p < le && text[p] == ' ') {
            move(p + 1, pcol + 1);
        } else if (p < le && text[p] == '\t') {
            col = pcol + 1;
        }
        return true;
    }

    /** Thrown when containers nest deeper than {@link #MAX_DEPTH}. */
    private static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    /**
     * A reported item, replayed into the sink once the whole body has been accepted. One plain class
     * rather than a lambda per kind: a note has dozens, and a capturing lambda is built through a
     * method handle until the JIT has compiled the call site, which most of a cold run never sees.
     */
    private static final class Event {
        static final int CODE = 0;
        static final int INLINE_CODE = 1;
        static final int HEADING = 2;
        static final int BREAK = 3;
        static final int PARAGRAPH = 4;
        static final int EMPTY_ITEM = 5;
        static final int LINK = 6;

        final int kind;
        // start and end, then per kind: list depth, quote depth, quote line (blocks);
        // level, text start, text end (headings)
        final int a;
        final int b;
        final int c;
        final int d;
        final int e;
        final int[] lines;
        final String url;
        final boolean image;
        final boolean bracketed;
        final int item; // a paragraph's list marker offset, or -1; a heading's quote depth

        Event(int kind, int a, int b, int c, int d, int e, int[] lines, int item, String url, boolean image, boolean bracketed) {
            this.kind = kind;
            this.a = a;
            this.b = b;
            this.c = c;
            this.d = d;
            this.e = e;
            this.lines = lines;
            this.item = item;
            this.url = url;
            this.image = image;
            this.bracketed = bracketed;
        }

        void replay(MarkdownSink sink) {
            switch (kind) {
                case CODE -> sink.code(a, b, c, d, e);
                case INLINE_CODE -> sink.inlineCode(a, b);
                case HEADING -> sink.heading(a, b, c, d, e, item);
                case BREAK -> sink.thematicBreak(a, b, c, d, e);
                case PARAGRAPH -> sink.paragraph(a, b, lines, item, c, d, e);
                case EMPTY_ITEM -> sink.emptyListItem(a, b, c, d, e);
                default -> sink.link(image, a, b, url, bracketed);
            }
        }
    }
}
