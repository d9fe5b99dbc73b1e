package io.github.vaultlint.section;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the labels people write part names with, and normalises label text so that
 * {@code **What was asked:**}, {@code ### What was asked} and {@code _what was asked_} compare equal.
 *
 * <p>Every heading and every line of every note passes through here, mostly in a fresh JVM where
 * C1 compiles the code: no escape analysis, so each temporary String is really allocated. So
 * indices move instead of Strings being cut per step, lines are looked at in place in their block's
 * text, and a String is made only for a label found or a normalised result.
 */
public final class Labels {
    private static final Pattern CALLOUT = Pattern.compile("^\\s*\\[!([^\\]\\s]+)\\]([+-]?)\\s*(.*)$");
    private static final String OPENING_QUOTES = "\"'“‘«„";

    private Labels() {
    }

    /**
     * How a part was written: a heading, a bold label, a one-letter short label, a callout title,
     * a plain "Name:" at the start of a line (only counted for a part's own name), or the first cell
     * of a two-column table row ({@code | Situation | Our release train ... |}).
     */
    /** How a part is written; {@code DETAILS}: the summary of a collapsible {@code <details>} block. */
    public enum Form { HEADING, BOLD, SHORT, CALLOUT, PLAIN, TABLE, DETAILS }

    /**
     * A label found at the start of a line. {@code text} is the label as written (without markup),
     * {@code column} its 0-based offset in the line, {@code restStart} where the text after it begins.
     */
    public record LineLabel(Form form, String text, int column, int restStart) {
        public String normalized() {
            return normalize(text);
        }
    }

    // ---- normalising ----------------------------------------------------------------------------

    /**
     * Lower-cases and strips what does not change the meaning of a label: %% comments %%, stray
     * leading '#', surrounding emphasis, a trailing ':', '?', '.' or '!', list numbering, leading and
     * trailing emoji, a closing remark in parentheses, curly apostrophes and repeated spaces.
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        return normalize(raw, null);
    }

    /**
     * {@link #normalize(String)} with a buffer the caller reuses across a note's labels (null: one is
     * made). The label is copied into it once; every step then only trims its ends, so two indices
     * move instead of a String being cut per step; and the result is written in one pass (curly
     * apostrophes, lower case and space runs at once). No copy at all when nothing changes.
     */
    static String normalize(String s, char[] scratch) {
        return normalizeUncommented(stripComments(s), scratch);
    }

    /** {@link #normalize(String, char[])} of a text whose comments are stripped already. */
    static String normalizeUncommented(String s, char[] scratch) {
        int n = s.length();
        char[] c = scratch != null && scratch.length >= n ? scratch : new char[n];
        s.getChars(0, n, c, 0);
        int a = skipSpace(c, 0, n);
        int b = trimSpace(c, a, n);
        while (a < b && (c[a] == '#' || isSpace(c[a]))) {
            a++;
        }
        // Repeat until no step changes anything: each step can uncover work for another ("**1. Result:**").
        int pa;
        int pb;
        do {
            pa = a;
            pb = b;
            while (a < b && isEmphasis(c[a])) {
                a++;
            }
            while (b > a && isEmphasis(c[b - 1])) {
                b--;
            }
            a = skipSpace(c, a, b);
            b = trimSpace(c, a, b);
            while (a < b && isTrailingPunctuation(c[b - 1])) {
                b--;
                a = skipSpace(c, a, b);
                b = trimSpace(c, a, b);
            }
            a = skipLeadingSymbols(c, a, b);
            a += numbering(c, a, b);
            // "### Situation 📌", "### Result ✅" mark a heading as a leading emoji does; "### Action(s)",
            // "### Task (my role)" add a remark: neither changes which part the label names.
            b = trimTrailingSymbols(c, a, b);
            b = trimParenthetical(c, a, b);
        } while (a != pa || b != pb);
        return lowerCollapsed(s, c, a, b);
    }

    /**
     * c[a, b) (a copy of s[a, b)) with curly apostrophes made straight, lower-cased (Locale.ROOT)
     * and runs of regex {@code \s} made one space, written over c in place; s[a, b) (no copy) when
     * that changes nothing.
     */
    private static String lowerCollapsed(String s, char[] c, int a, int b) {
        boolean changed = false;
        int k = a;
        for (int i = a; i < b; i++) {
            char ch = c[i];
            if (ch >= 0x100) {
                if (ch != '\u2019' && ch != '\u2018') {
                    // Beyond Latin-1 String.toLowerCase has special cases (final sigma, dotted I): use it.
                    String t = s.substring(a, b).replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
                    return collapseSpaces(t);
                }
                ch = '\'';
                changed = true;
            }
            if (isRegexSpace(ch)) {
                changed |= ch != ' ' || i + 1 < b && isRegexSpace(c[i + 1]);
                while (i + 1 < b && isRegexSpace(c[i + 1])) {
                    i++;
                }
                c[k++] = ' ';
                continue;
            }
            // Latin-1 lower-cases char by char, as String.toLowerCase does for Latin-1 text.
            char lower = ch <= 'Z' ? (ch >= 'A' ? (char) (ch + ('a' - 'A')) : ch) : ch < 0x80 ? ch : Character.toLowerCase(ch);
            changed |= lower != ch;
            c[k++] = lower;
        }
        return changed ? new String(c, a, k - a) : s.substring(a, b);
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == ':' || c == '\uff1a' || c == '?' || c == '.' || c == '!';
    }

    /** End of [from, to) without trailing emoji, marks, format chars and whitespace. */
    private static int trimTrailingSymbols(char[] c, int from, int to) {
        int j = to;
        while (j > from) {
            char ch = c[j - 1];
            if (ch < 0x80 && ch > ' ') {
                break; // printable ASCII is never one of these: skip the Unicode tables
            }
            int cp = Character.isLowSurrogate(ch) && j - 2 >= from && Character.isHighSurrogate(c[j - 2])
                    ? Character.toCodePoint(c[j - 2], ch) : ch;
            if (!isLeadingSymbol(cp)) {
                break;
            }
            j -= Character.charCount(cp);
        }
        return j;
    }

    /**
     * End of [from, to) without a closing remark in parentheses ("Task (my role)", "Action(s)"), and
     * the whitespace before it; unchanged when nothing would be left before the '('.
     */
    private static int trimParenthetical(char[] c, int from, int to) {
        if (to - from < 3 || c[to - 1] != ')') {
            return to;
        }
        int open = to - 2;
        while (open > from && c[open] != '(' && c[open] != ')') {
            open--;
        }
        if (c[open] != '(') {
            return to;
        }
        int end = trimSpace(c, from, open);
        return end > from ? end : to;
    }

    /**
     * Length of leading list numbering ("12. ", "iv) "): one to three digits or one to four of
     * i, v, x, then '.' or ')', then at least one space; 0 when there is none. A char loop, not a
     * regex: labels are normalised for every heading and label of every note.
     */
    static int numbering(String s) {
        return numbering(s.toCharArray(), 0, s.length());
    }

    /** {@link #numbering(String)} of c[from, to). */
    private static int numbering(char[] c, int from, int to) {
        int i = from;
        boolean digits = to > from && c[from] >= '0' && c[from] <= '9';
        while (i < to && (digits ? c[i] >= '0' && c[i] <= '9' : c[i] == 'i' || c[i] == 'v' || c[i] == 'x')) {
            i++;
        }
        if (i == from || i - from > (digits ? 3 : 4) || i >= to || (c[i] != '.' && c[i] != ')')) {
            return 0;
        }
        int j = i + 1;
        while (j < to && isRegexSpace(c[j])) {
            j++;
        }
        return j > i + 1 ? j - from : 0;
    }

    /** Runs of ASCII whitespace (regex {@code \s}) become one space. */
    static String collapseSpaces(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !(isRegexSpace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < n && isRegexSpace(s.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return s; // nothing to collapse: the common case, no copy
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isRegexSpace(c)) {
                sb.append(' ');
                while (i < n && isRegexSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** The characters of regex {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Character.isWhitespace (what String.strip trims), with the Latin-1 answer computed inline. */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c';
        }
        return c >= 0x100 && Character.isWhitespace(c);
    }

    /** First index in [from, to) not holding whitespace. */
    private static int skipSpace(char[] c, int from, int to) {
        while (from < to && isSpace(c[from])) {
            from++;
        }
        return from;
    }

    /** End of [from, to) with trailing whitespace removed. */
    private static int trimSpace(char[] c, int from, int to) {
        while (to > from && isSpace(c[to - 1])) {
            to--;
        }
        return to;
    }

    private static boolean isEmphasis(char c) {
        return c == '*' || c == '_' || c == '~' || c == '=';
    }

    /** First index in [from, to) past leading emoji, marks, format chars and whitespace. */
    private static int skipLeadingSymbols(char[] c, int from, int to) {
        int i = from;
        while (i < to) {
            char ch = c[i];
            if (ch < 0x80 && ch > ' ') {
                break; // printable ASCII is never one of these: skip the Unicode tables
            }
            int cp = Character.isHighSurrogate(ch) && i + 1 < to && Character.isLowSurrogate(c[i + 1])
                    ? Character.toCodePoint(ch, c[i + 1]) : ch;
            if (!isLeadingSymbol(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** {@link #skipLeadingSymbols(char[], int, int)} of text[from, to), looked at in place. */
    public static int skipLeadingSymbols(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char ch = text.charAt(i);
            if (ch < 0x80 && ch > ' ') {
                break;
            }
            int cp = Character.isHighSurrogate(ch) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))
                    ? Character.toCodePoint(ch, text.charAt(i + 1)) : ch;
            if (!isLeadingSymbol(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** An emoji or other symbol, a combining mark, a format char (ZWJ, variation selector) or whitespace. */
    private static boolean isLeadingSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.NON_SPACING_MARK
                || type == Character.FORMAT || type == Character.SURROGATE || cp == 0xFE0F
                || Character.isWhitespace(cp);
    }

    // ---- comments and titles ----------------------------------------------------------------------

    /** Removes Obsidian %% comments %% and HTML comments, which do not render. An unclosed one runs to the end. */
    public static String stripComments(String s) {
        int first = commentStart(s);
        if (first < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, first);
        int n = s.length();
        int i = first;
        while (i < n) {
            boolean pct = s.startsWith("%%", i);
            if (pct || s.startsWith("<!--", i)) {
                int close = pct ? s.indexOf("%%", i + 2) : s.indexOf("-->", i + 4);
                if (close < 0) {
                    sb.append(s, endBeforeFinalTerminator(s), n); // a trailing line break stays, as with a regex '$'
                    break;
                }
                i = close + (pct ? 2 : 3);
            } else {
                sb.append(s.charAt(i++));
            }
        }
        return sb.toString();
    }

    /**
     * Where the first comment ("%%" or "<!--") in s starts, or -1. String.indexOf, not a char loop:
     * it runs over the bytes without a call per char.
     */
    static int commentStart(String s) {
        int pct = s.indexOf("%%");
        int html = s.indexOf("<!--");
        return pct < 0 ? html : html < 0 ? pct : Math.min(pct, html);
    }

    private static int endBeforeFinalTerminator(String s) {
        int n = s.length();
        if (s.endsWith("\r\n")) {
            return n - 2;
        }
        char last = s.charAt(n - 1);
        return last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029' ? n - 1 : n;
    }

    /** Heading text for messages: stray leading '#' markers, comments and enclosing quotes removed. */
    public static String displayTitle(String headingText) {
        return displayTitleUncommented(stripComments(headingText));
    }

    /** {@link #displayTitle} of a heading text whose comments are stripped already. */
    static String displayTitleUncommented(String s) {
        // Indices instead of a String per step; the usual heading comes back as it is, uncopied.
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        while (a < b && (s.charAt(a) == '#' || isSpace(s.charAt(a)))) {
            a++;
        }
        if (b - a >= 2 && (s.charAt(a) == '"' && s.charAt(b - 1) == '"'
                || s.charAt(a) == '\u201c' && s.charAt(b - 1) == '\u201d')) {
            a++;
            b--;
            while (a < b && isSpace(s.charAt(a))) {
                a++;
            }
            while (b > a && isSpace(s.charAt(b - 1))) {
                b--;
            }
        }
        return s.substring(a, b);
    }

    // ---- table rows ----------------------------------------------------------------------------------

    /** The longest first cell read as a label: a longer one is a sentence, not a part's name. */
    private static final int MAX_CELL_LABEL = 60;

    /**
     * The first cell of the table row text[from, to) as a label ({@code | **Situation** | Our release
     * train ... |}, the pipes at either end optional): its text, its column, and where the second
     * cell's text starts ({@code restStart}). Null when the row has one cell or more than two while
     * {@code exactlyTwo} (a table with no delimiter row: each row must be a pair; under a delimiter of
     * two columns extra cells are dropped, as GFM drops them), or when the first cell is empty, a
     * delimiter ("---") or longer than a label. Cells split on '|' except an escaped one ({@code \|}).
     */
    static LineLabel tableRow(String text, int from, int to, boolean exactlyTwo) {
        int i = skipSpaces(text, from, to);
        if (i < to && text.charAt(i) == '|') {
            i++;
        }
        int p1 = cellEnd(text, i, to);
        if (p1 >= to) {
            return null;
        }
        int a = skipSpaces(text, i, p1);
        int b = p1;
        while (b > a && isSpace(text.charAt(b - 1))) {
            b--;
        }
        if (a == b || b - a > MAX_CELL_LABEL || isDelimiterCell(text, a, b)) {
            return null;
        }
        int p2 = cellEnd(text, p1 + 1, to);
        if (exactlyTwo && (p2 < to ? skipSpaces(text, p2 + 1, to) < to : skipSpaces(text, p1 + 1, to) == to)) {
            return null; // "| a | b | c |": a third cell; "| a |": one (under a delimiter row it is a row with an empty cell)
        }
        return new LineLabel(Form.TABLE, text.substring(a, b), a - from, skipSpaces(text, p1 + 1, to) - from);
    }

    /**
     * The cells of the table row text[from, to) (pipes at either end optional, {@code \\|} stays in its
     * cell): at most {@code max}, each as offsets into text, {@code bounds[2c]} to {@code bounds[2c + 1]},
     * trimmed; an empty cell spans the spaces between its pipes. Returns how many cells were found.
     */
    static int cells(String text, int from, int to, int[] bounds, int max) {
        long span = inside(text, from, to);
        int i = (int) (span >>> 32);
        int end = (int) span;
        int n = 0;
        while (n < max) {
            int c = cellEnd(text, i, end);
            int a = skipSpaces(text, i, c);
            int b = c;
            while (b > a && isSpace(text.charAt(b - 1))) {
                b--;
            }
            bounds[2 * n] = a == b ? i : a;
            bounds[2 * n + 1] = a == b ? c : b;
            n++;
            if (c >= end) {
                break;
            }
            i = c + 1;
        }
        return n;
    }

    /**
     * The row text[from, to) without its surrounding spaces and its outer pipes (either optional; an
     * escaped {@code \|} at the end stays): start in the high half, end in the low half, so the cold
     * path makes no object per row.
     */
    private static long inside(String text, int from, int to) {
        int i = skipSpaces(text, from, to);
        int end = to;
        while (end > i && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (i < end && text.charAt(i) == '|') {
            i++;
        }
        if (end > i && text.charAt(end - 1) == '|' && (end - 2 < i || text.charAt(end - 2) != '\\')) {
            end--;
        }
        return (long) i << 32 | end;
    }

    /** End of the table cell starting at {@code from}: its closing unescaped '|', or {@code to}. */
    static int cellEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++; // "\|" is a pipe in the cell
            } else if (c == '|') {
                return i;
            }
        }
        return to;
    }

    /**
     * The number of cells of the delimiter row text[from, to) ({@code |---|:--:|}), or -1 when the line
     * is no delimiter row.
     */
    static int delimiterCells(String text, int from, int to) {
        long span = inside(text, from, to);
        int i = (int) (span >>> 32);
        int end = (int) span;
        if (i >= end) {
            return -1;
        }
        int cells = 0;
        while (i <= end) {
            int c = cellEnd(text, i, end);
            int a = skipSpaces(text, i, c);
            int b = c;
            while (b > a && isSpace(text.charAt(b - 1))) {
                b--;
            }
            if (!isDelimiterCell(text, a, b)) {
                return -1;
            }
            cells++;
            i = c + 1;
        }
        return cells;
    }

    /** Whether text[a, b) is a delimiter cell: dashes with an optional ':' at either end. */
    private static boolean isDelimiterCell(String text, int a, int b) {
        if (a < b && text.charAt(a) == ':') {
            a++;
        }
        if (b > a && text.charAt(b - 1) == ':') {
            b--;
        }
        if (a >= b) {
            return false;
        }
        for (int k = a; k < b; k++) {
            if (text.charAt(k) != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #normalize(String, char[])} of a table cell: emphasis inside the cell goes too, so the
     * bold first letter of {@code **S**ituation} names Situation as the whole word does.
     */
    static String normalizeCell(String cell, char[] scratch) {
        return normalize(cell.indexOf('*') < 0 ? cell : cell.replace("*", ""), scratch);
    }

    // ---- labels at the start of a line --------------------------------------------------------------

    /**
     * The bold or short label at the start of {@code line}, or null. Bold labels may carry the colon
     * inside or outside the bold ({@code **Asked:**}, {@code **Asked**:}) or stand alone on the line;
     * a single-emphasis label ({@code *Asked*:}, {@code _Asked:_}) must carry the colon;
     * short labels are one capital letter and a colon ({@code S: ...}). Opening quotation marks before
     * the label are skipped, as in {@code "**Situation**: ...} inside a quoted answer, and so are
     * leading emoji ({@code 🟦 **Situation**: ...}).
     */
    public static LineLabel atLineStart(String line) {
        return atLineStart(line, 0, line.length(), line.indexOf(':'));
    }

    /**
     * {@link #atLineStart(String)} of the line text[from, to), looked at in place in its block's text:
     * most lines hold no label, so only a label found makes a String. Columns count from {@code from}.
     * {@code colon} is the first ':' in the line, or -1: the caller finds it with String.indexOf,
     * which runs over the bytes, where a plain label would check the line char by char.
     */
    static LineLabel atLineStart(String text, int from, int to, int colon) {
        int i = from;
        while (i < to && (isSpace(text.charAt(i)) || isOpeningQuote(text.charAt(i)))) {
            i++;
        }
        if (i >= to) {
            return null;
        }
        if (text.charAt(i) >= 0x80) {
            // A leading emoji marks the line ("- 🟦 **Situation**: ...", "📌 Result: ..."), as it may a heading.
            i = skipLeadingSymbols(text, i, to);
            if (i >= to) {
                return null;
            }
        }
        char c = text.charAt(i);
        if (c == '*' || c == '_') {
            return bold(text, from, to, i);
        }
        if (c >= 'A' && c <= 'Z' && i + 1 < to && text.charAt(i + 1) == ':'
                && (i + 2 == to || isSpace(text.charAt(i + 2)))) {
            return new LineLabel(Form.SHORT, CAPITALS[c - 'A'], i - from, skipSpaces(text, i + 2, to) - from);
        }
        if (c >= 'A' && c <= 'Z' && i + 2 < to && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '&')) {
            // "S/T: ..." or "T&A: ...": short labels of two parts at once
            int j = i + 1;
            while (j + 1 < to && (text.charAt(j) == '/' || text.charAt(j) == '&')
                    && text.charAt(j + 1) >= 'A' && text.charAt(j + 1) <= 'Z') {
                j += 2;
            }
            if (j > i + 1 && j < to && text.charAt(j) == ':' && (j + 1 == to || isSpace(text.charAt(j + 1)))) {
                return new LineLabel(Form.SHORT, text.substring(i, j), i - from, skipSpaces(text, j + 1, to) - from);
            }
        }
        return plain(text, from, to, i, colon);
    }

    /** "A" to "Z": short labels share these instead of a new one-letter String each. */
    private static final String[] CAPITALS = new String[26];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            CAPITALS[c - 'A'] = String.valueOf(c);
        }
    }

    private static boolean isOpeningQuote(char c) {
        return c < 0x80 ? c == '"' || c == '\'' : OPENING_QUOTES.indexOf(c) >= 0;
    }

    /**
     * Whether a normalised one-letter label could be a key of a legend ("C: close", "M: 4 cores")
     * rather than part of an answer: any letter but "q", the question an answer follows
     * ("Q: Tell me about ..." then "S: ...", "T: ...").
     */
    public static boolean isLegendLetter(String normalized) {
        return normalized.length() == 1 && Character.isLetter(normalized.charAt(0)) && normalized.charAt(0) != 'q';
    }

    /** '-', '–' or '—': the dashes that may end a label ("**Result** — ...", "S - Situation"). */
    static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /**
     * Whether the dash at text[i] separates a label from what follows: an en or em dash always; a
     * hyphen only with a space before it and a space or the end ({@code to}) after it ("Follow-up" is a
     * word). text[i] must be a dash and i > 0.
     */
    static boolean separatesLabel(CharSequence text, int i, int to) {
        char c = text.charAt(i);
        return c != '-' || text.charAt(i - 1) == ' ' && (i + 1 == to || isSpace(text.charAt(i + 1)));
    }

    /** Character.isLetter, with the ASCII answer computed inline. */
    private static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /**
     * "Situation: ..." - a few words and a colon followed by a space or the end of the line; or
     * "Situation - ...", "Result — ...": a few words and a dash, the way a bold label may end with one
     * ("**Result** — ..."). A hyphen needs a space on both sides ("Follow-up" is a word), an en or em
     * dash none. The colon or dash comes within the first 40 chars; a dash only before the first ':'.
     * {@code colon} is the line's first ':' (-1: none); nothing before {@code start} is one. One pass
     * over the first words: most lines stop at their first comma, digit or full stop.
     */
    private static LineLabel plain(String text, int from, int to, int start, int colon) {
        if (!isLetter(text.charAt(start))) {
            return null;
        }
        int limit = Math.min(to, start + 40);
        boolean colonNear = colon > start && colon < limit;
        int words = colonNear ? colon : limit;
        for (int j = start + 1; j < words; j++) {
            char ch = text.charAt(j);
            if (ch < 0x80 ? !PLAIN_ASCII[ch] : !isPlainLabelChar(ch) && !isDash(ch)) {
                return null;
            }
            if (isDash(ch) && separatesLabel(text, j, to)) {
                int end = j;
                while (end > start && isSpace(text.charAt(end - 1))) {
                    end--;
                }
                if (end - start < 2) {
                    return null;
                }
                return new LineLabel(Form.PLAIN, text.substring(start, end), start - from, skipSpaces(text, j + 1, to) - from);
            }
        }
        if (!colonNear || colon - start < 2) {
            return null; // no ':' near the start; or one letter: only an upper-case short label counts
        }
        if (colon + 1 < to && !isSpace(text.charAt(colon + 1))) {
            return null; // "https://..." or "10:30"
        }
        int end = colon;
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new LineLabel(Form.PLAIN, text.substring(start, end), start - from, skipSpaces(text, colon + 1, to) - from);
    }

    /**
     * A line that is only a few words ("Situation", "What I was asked"), with no colon or dash after
     * them: a label when what it names follows below it (the caller decides that: nested bullets
     * under a list item, the next lines or blocks after a paragraph's first line). A PLAIN label, so
     * it counts only for a part's own name. Null for anything else: a sentence (more than six words,
     * any punctuation but a closing '?'), a single letter, more than 40 chars.
     */
    static LineLabel bare(String text, int from, int to) {
        int i = skipSpaces(text, from, to);
        int end = to;
        while (end > i && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > i && text.charAt(end - 1) == '?') {
            end--; // "What did they ask?"
        }
        if (end - i < 2 || end - i > 40 || !isLetter(text.charAt(i))) {
            return null;
        }
        int words = 1;
        for (int j = i + 1; j < end; j++) {
            char ch = text.charAt(j);
            if (ch < 0x80 ? !PLAIN_ASCII[ch] : !isPlainLabelChar(ch)) {
                return null;
            }
            if (ch == ' ' && text.charAt(j - 1) != ' ' && ++words > 6) {
                return null;
            }
        }
        return new LineLabel(Form.PLAIN, text.substring(i, end), i - from, to - from);
    }

    /** {@link #isPlainLabelChar} of the ASCII chars, looked up instead of tested on every line's first words. */
    private static final boolean[] PLAIN_ASCII = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            PLAIN_ASCII[c] = isPlainLabelChar(c);
        }
    }

    /** A char of a plain label's words: letters, spaces, apostrophes, hyphens, and '/', '&', '+' joining two parts. */
    private static boolean isPlainLabelChar(char ch) {
        return isLetter(ch) || ch == ' ' || ch == '\'' || ch == '\u2019' || ch == '-' || ch == '/' || ch == '&' || ch == '+';
    }

    private static LineLabel bold(String text, int from, int to, int start) {
        char d = text.charAt(start);
        int run = 0;
        while (start + run < to && text.charAt(start + run) == d) {
            run++;
        }
        if (run > 3) {
            return null;
        }
        int close;
        if (run == 1) {
            // Single emphasis, "*Situation*: ..." or "_How I should improve_:": the opener touches the
            // label (a '*' and a space is a list marker or a stray star), the closer is a lone d.
            if (start + 1 >= to || isSpace(text.charAt(start + 1))) {
                return null;
            }
            close = indexOfLone(text, d, start + 1, to);
        } else {
            close = indexOfRun(text, d, run, start + run, to);
        }
        if (close <= start + run) {
            return null;
        }
        // The label is the stripped text between the delimiters, made a String only once it is one.
        int ia = skipSpaces(text, start + run, close);
        int ib = close;
        while (ib > ia && isSpace(text.charAt(ib - 1))) {
            ib--;
        }
        int after = close + run;
        while (after < to && text.charAt(after) == d) {
            after++; // "***Label***" closed by a longer run
        }
        if (ia == ib) {
            return null;
        }
        int rest;
        int j = skipSpaces(text, after, to);
        char last = text.charAt(ib - 1);
        if (run > 1 && isDash(last) && ib - 1 > ia && (last != '-' || isSpace(text.charAt(ib - 2)))) {
            // "**What I was asked —** ..." ends with its dash inside the bold, as "**Asked:**" with its
            // colon: the label is the words before the dash ("**Follow-up**" keeps its hyphen).
            int end = ib - 1;
            while (end > ia && isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (end > ia) {
                return new LineLabel(Form.BOLD, text.substring(ia, end), start - from, j - from);
            }
        }
        if (d == '*' && after < to && isLetter(text.charAt(after)) && last != ':' && last != '\uff1a' && last != '?') {
            return gluedBold(text, from, to, start, ia, ib, after);
        }
        if (run == 1 && last != ':' && last != '\uff1a' && (j >= to || text.charAt(j) != ':' && text.charAt(j) != '\uff1a')) {
            return null; // single emphasis needs its colon: "*Overall, not great.*" alone on a line is a sentence
        }
        if (last == ':' || last == '\uff1a' || j >= to || run > 1 && last == '?') {
            rest = j; // in bold, a question mark ends a label as a colon does: "**What did they ask?** ..."
        } else if (text.charAt(j) == ':' || text.charAt(j) == '\uff1a') {
            rest = skipSpaces(text, j + 1, to);
        } else if (isDash(text.charAt(j)) && j + 1 < to
                && text.charAt(j + 1) == ' ') {
            rest = skipSpaces(text, j + 1, to);
        } else {
            return null;
        }
        return new LineLabel(Form.BOLD, text.substring(ia, ib), start - from, rest - from);
    }

    /**
     * "**S**ituation: ...", "**R**esult: ...": the bold first letter of a word that goes on after it,
     * up to a colon. The label is the whole word (bold part and the rest, text[ia, ib) and
     * text[after, colon)); null when no colon follows within a few words. Only with '*': '_' does not
     * emphasise inside a word.
     */
    private static LineLabel gluedBold(String text, int from, int to, int start, int ia, int ib, int after) {
        int limit = Math.min(to, after + 40);
        int k = after;
        while (k < limit && (isLetter(text.charAt(k)) || text.charAt(k) == ' ' || text.charAt(k) == '\''
                || text.charAt(k) == '\u2019' || text.charAt(k) == '-')) {
            k++;
        }
        if (k >= limit || text.charAt(k) != ':' && text.charAt(k) != '\uff1a') {
            return null;
        }
        int end = k;
        while (end > after && isSpace(text.charAt(end - 1))) {
            end--;
        }
        String label = text.substring(ia, ib) + text.substring(after, end);
        return new LineLabel(Form.BOLD, label, start - from, skipSpaces(text, k + 1, to) - from);
    }

    /** First index in [from, to) of a d with no d on either side, or -1. */
    private static int indexOfLone(String s, char d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == d) {
                if (i + 1 < to && s.charAt(i + 1) == d) {
                    return -1; // "*a **b**": not a single-emphasis label
                }
                return s.charAt(i - 1) == d ? -1 : i;
            }
        }
        return -1;
    }

    /** First index in [from, to) where {@code run} copies of d start (String.indexOf of "**"), or -1. */
    private static int indexOfRun(String s, char d, int run, int from, int to) {
        for (int i = from; i + run <= to; i++) {
            int k = 0;
            while (k < run && s.charAt(i + k) == d) {
                k++;
            }
            if (k == run) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(String s, int i, int to) {
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The title of a callout opening line ({@code [!info]- Suggested Improved Answer}), or null when
     * the line does not open a callout. A callout without a title shows its type, so the type is used.
     */
    public static LineLabel callout(String line) {
        int i = 0;
        while (i < line.length() && isRegexSpace(line.charAt(i))) {
            i++;
        }
        if (!line.startsWith("[!", i)) {
            return null; // the common case, decided without the regex
        }
        Matcher m = CALLOUT.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String title = stripComments(m.group(3)).strip();
        if (title.isEmpty()) {
            return new LineLabel(Form.CALLOUT, m.group(1), m.start(1), line.length());
        }
        return new LineLabel(Form.CALLOUT, title, m.start(3), line.length());
    }

    /** {@link #callout(String)} of the line text[from, to), cut out only when it opens with "[!". */
    static LineLabel callout(String text, int from, int to) {
        int i = from;
        while (i < to && isRegexSpace(text.charAt(i))) {
            i++;
        }
        if (i + 2 > to || !text.startsWith("[!", i)) {
            return null;
        }
        return callout(text.substring(from, to));
    }
}
