package io.github.vaultlint.analysis;

import io.github.vaultlint.util.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns inline Markdown into plain text for reports, and pulls out **bold key phrases**. One pass
 * over the characters, no regular expressions: it runs on every item of every interview.
 */
public final class MarkdownText {
    private MarkdownText() {
    }

    /**
     * ASCII characters {@link #plain} copies as they are, wherever they stand: all but markup starts
     * and whitespace. The loops test one table entry for most characters.
     */
    private static final boolean[] ORDINARY = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ORDINARY[c] = " !%&*<=>[\\^_`~".indexOf(c) < 0 && !Character.isWhitespace(c);
        }
    }

    /** Whether {@link #plain} copies {@code c} as it is, wherever it stands (small enough for C1 to inline). */
    private static boolean ordinary(char c) {
        return c < 128 ? ORDINARY[c] : !Character.isWhitespace(c);
    }

    public static String plain(String md) {
        return plain(md, false);
    }

    /**
     * The builder {@link #plain} copies into, reused per thread (the analysis runs on a fork-join
     * pool): only the resulting String is allocated. A link's text, made plain in the middle of
     * another text, gets a builder of its own.
     */
    private static final ThreadLocal<StringBuilder> BUILDER = ThreadLocal.withInitial(() -> new StringBuilder(256));
    /** A builder grown past this is not kept, so one huge note does not pin memory in every thread. */
    private static final int MAX_KEPT_BUILDER = 1 << 16;

    private static String plain(String md, boolean nested) {
        if (md == null || md.isEmpty()) {
            return "";
        }
        int n = md.length();
        int clean = plainPrefix(md);
        if (clean == n) {
            return md; // most item texts are plain already: no copy
        }
        boolean reuse = !nested && n <= MAX_KEPT_BUILDER;
        StringBuilder out = reuse ? BUILDER.get() : new StringBuilder(n);
        out.setLength(0);
        out.append(md, 0, clean);
        int i = clean == 0 ? skipTaskMarker(md) : clean;
        boolean lineStart = clean == 0; // a plain prefix holds no line break and starts with no space
        // The whitespace-delimited word last looked at for a bare URL: its end, and where its URL part is.
        int wordEnd = -1;
        int urlFrom = -1;
        int urlTo = -1;
        // Obsidian ==highlight==: where the open one closes, and up to where no close was found (so a
        // line of "==x ==y" is searched once, not once per "==").
        int highlightClose = -1;
        int noCloseBefore = -1;
        while (i < n) {
            char c = md.charAt(i);
            if (ordinary(c)) {
                out.append(c);
                lineStart = false;
                i++;
                continue;
            }
            if (lineStart && c == '>') {
                i++;
                continue;
            }
            boolean wasLineStart = lineStart;
            lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
            if (c == '\\' && i + 1 < n) {
                char e = md.charAt(i + 1);
                if (escapable(e)) { // \* is a star, not emphasis
                    out.append(e);
                    i += 2;
                    continue;
                }
                if (e == '\n' || e == '\r') { // a hard line break: the break reads as a space
                    i++;
                    continue;
                }
            }
            if (c == '&') {
                int end = entityEnd(md, i);
                if (end > 0) {
                    appendEntity(out, md, i, end);
                    i = end;
                    continue;
                }
            }
            if (c == '%' && md.startsWith("%%", i)) {
                int end = md.indexOf("%%", i + 2);
                i = end < 0 ? n : end + 2;
                continue;
            }
            if (c == '<' && md.startsWith("<!--", i)) {
                int end = md.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (c == '<') {
                int end = autolinkEnd(md, i);
                if (end > 0) { // <https://x.io/a_b> shows as its address, underscores and all
                    out.append(md, i + 1, end);
                    i = end + 1;
                    continue;
                }
            }
            if ((c == '[' || (c == '!' && i + 1 < n && md.charAt(i + 1) == '[')) && md.startsWith("[[", c == '!' ? i + 1 : i)) {
                int open = c == '!' ? i + 3 : i + 2;
                int close = md.indexOf("]]", open);
                if (close > 0 && indexOf(md, '\n', open, close) < 0) { // a link on one line
                    // Indexes into md rather than substrings: [[target#heading|alias]]
                    int pipe = indexOf(md, '|', open, close);
                    int hash = indexOf(md, '#', open, close);
                    int targetEnd = hash >= 0 && (pipe < 0 || hash < pipe) ? hash : pipe >= 0 ? pipe : close;
                    // an embed's "|300" or "|100x145" is a size, not text
                    if (pipe < 0 || (c == '!' && isSize(md, pipe + 1, close))) {
                        if (hash == open) { // [[#Heading]] in the same note reads as its heading
                            out.append(md, open + 1, pipe > hash ? pipe : close);
                        } else {
                            out.append(md, open, targetEnd);
                            if (hash > open && (pipe < 0 || hash < pipe)) {
                                // Obsidian shows [[Kafka#Transactions]] as "Kafka > Transactions": the
                                // heading is often the point of the item ("reread [[Kafka#Transactions]]").
                                for (int h = hash; h < (pipe >= 0 ? pipe : close); h++) {
                                    if (md.charAt(h) == '#') {
                                        out.append(" > ");
                                    } else {
                                        out.append(md.charAt(h));
                                    }
                                }
                            }
                        }
                    } else {
                        out.append(md, pipe + 1, close);
                    }
                    i = close + 2;
                    continue;
                }
            }
            if (c == '[' || (c == '!' && i + 1 < n && md.charAt(i + 1) == '[')) {
                int textStart = c == '!' ? i + 2 : i + 1;
                int close = md.indexOf(']', textStart);
                if (close > 0 && close + 1 < n && md.charAt(close + 1) == '(') {
                    int paren = closingParen(md, close + 2);
                    if (paren > 0) {
                        out.append(plain(md.substring(textStart, close), true));
                        i = paren + 1;
                        continue;
                    }
                }
                int label = close > 0 && close + 1 < n && md.charAt(close + 1) == '[' ? labelEnd(md, close + 2) : -1;
                if (label > 0 && indexOf(md, '\n', textStart, close) < 0) {
                    // A reference link, [the VPC docs][vpc] or [the VPC docs][], shows its text.
                    out.append(plain(md.substring(textStart, close), true));
                    i = label + 1;
                    continue;
                }
            }
            if (c == '`') {
                int run = run(md, i, '`');
                int close = closingRun(md, run, run - i);
                if (close >= 0) {
                    code(out, md, run, close);
                    i = close + (run - i);
                } else {
                    i = run; // no closing run: the backticks are dropped, the text kept
                }
                continue;
            }
            if (c == '*' || (c == '_' && !snakeCase(md, i))) {
                if (i >= wordEnd) { // once per word: is it, or does it hold, a bare URL?
                    int from = i;
                    while (from > 0 && !isWhitespace(md.charAt(from - 1))) {
                        from--;
                    }
                    wordEnd = i;
                    while (wordEnd < n && !isWhitespace(md.charAt(wordEnd))) {
                        wordEnd++;
                    }
                    urlFrom = urlStart(md, from, wordEnd);
                    urlTo = urlFrom < 0 ? -1 : urlEnd(md, urlFrom, wordEnd);
                }
                if (i > urlFrom && i < urlTo) { // https://x.io/a_b_/c keeps its underscores
                    out.append(c);
                    i++;
                    continue;
                }
                int end = run(md, i, c);
                if (!wasLineStart && (i == 0 || isWhitespace(md.charAt(i - 1))) && (end == n || isWhitespace(md.charAt(end)))) {
                    out.append(md, i, end); // "2 * 3", "fill in ____": spaces around, so no emphasis
                    i = end;
                    continue;
                }
                i++; // emphasis, not snake_case
                continue;
            }
            if (c == '~' && i + 1 < n && md.charAt(i + 1) == '~') {
                i += 2;
                continue;
            }
            if (c == '=' && i + 1 < n && md.charAt(i + 1) == '=' && run(md, i, '=') > i + 2) {
                int end = run(md, i, '=');
                out.append(md, i, end); // "===" is no highlight mark, nor is a part of it
                i = end;
                continue;
            }
            if (c == '=' && i + 1 < n && md.charAt(i + 1) == '=') {
                if (highlightClose >= 0 && highlightClose < i) {
                    highlightClose = -1; // its close was inside a link or code span, passed over
                }
                if (i == highlightClose) {
                    highlightClose = -1;
                    i += 2;
                    continue;
                }
                if (highlightClose < 0 && i >= noCloseBefore && i + 2 < n && !isWhitespace(md.charAt(i + 2))) {
                    int close = highlightClose(md, i + 2);
                    if (close > 0) {
                        highlightClose = close;
                        i += 2;
                        continue;
                    }
                    noCloseBefore = lineEndFrom(md, i + 2);
                }
            }
            if (c == '^' && (i == 0 || isWhitespace(md.charAt(i - 1)))) {
                int end = blockIdEnd(md, i);
                if (end > 0) { // "... ^weak-1": a block id, which Obsidian does not show
                    i = end;
                    continue;
                }
            }
            if (isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
            i++;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        String plain = out.substring(0, end);
        if (reuse && out.capacity() > MAX_KEPT_BUILDER) {
            BUILDER.remove();
        }
        return plain;
    }

    /**
     * Length of the start of {@code md} that {@link #plain} would copy unchanged: up to the first
     * character that may be markup, or whitespace that is not one space between two words.
     */
    static int plainPrefix(String md) {
        int n = md.length();
        for (int i = 0; i < n; i++) {
            char c = md.charAt(i);
            if (ordinary(c)) {
                continue;
            }
            if (c == ' ') {
                if (i == 0 || i == n - 1 || md.charAt(i - 1) == ' ') {
                    return i;
                }
            } else if (c == '*' || c == '`' || c == '[' || (c == '>' && i == 0) || isWhitespace(c)
                    || (c == '\\' && i + 1 < n && (escapable(md.charAt(i + 1)) || md.charAt(i + 1) == '\n' || md.charAt(i + 1) == '\r'))
                    || (c == '&' && entityEnd(md, i) > 0)
                    || (c == '_' && !snakeCase(md, i))
                    || ((c == '%' || c == '~' || c == '=') && i + 1 < n && md.charAt(i + 1) == c)
                        || (c == '^' && (i == 0 || md.charAt(i - 1) == ' ') && blockIdEnd(md, i) > 0)
                    || (c == '!' && i + 1 < n && md.charAt(i + 1) == '[')
                    || (c == '<' && (md.startsWith("<!--", i) || autolinkEnd(md, i) > 0))) {
                return i;
            }
        }
        return n;
    }

    /** End of the run of {@code c} that starts at {@code i}. */
    private static int run(String md, int i, char c) {
        int j = i;
        while (j < md.length() && md.charAt(j) == c) {
            j++;
        }
        return j;
    }

    /** Start of the first run of exactly {@code length} backticks from {@code from} (a code span's end), or -1. */
    private static int closingRun(String md, int from, int length) {
        int i = md.indexOf('`', from);
        while (i >= 0) {
            int end = run(md, i, '`');
            if (end - i == length) {
                return i;
            }
            i = md.indexOf('`', end);
        }
        return -1;
    }

    private static boolean lineEnd(char c) {
        return c == '\n' || c == '\r';
    }

    /**
     * Appends a code span's content {@code md[from, to)} verbatim, as CommonMark shows it: line
     * endings become spaces, and one space is dropped from each end when both ends have one (so
     * {@code `` `x` ``} shows {@code `x`}). Nothing inside is markup: {@code __name__} stays.
     */
    private static void code(StringBuilder out, String md, int from, int to) {
        boolean allSpace = true;
        for (int k = from; k < to && allSpace; k++) {
            allSpace = md.charAt(k) == ' ' || lineEnd(md.charAt(k));
        }
        char first = md.charAt(from);
        char last = md.charAt(to - 1);
        if (!allSpace && (first == ' ' || lineEnd(first)) && (last == ' ' || lineEnd(last))) {
            from += first == '\r' && md.charAt(from + 1) == '\n' ? 2 : 1; // a CRLF is one line ending
            to -= last == '\n' && md.charAt(to - 2) == '\r' ? 2 : 1;
        }
        for (int k = from; k < to; k++) {
            char ch = md.charAt(k);
            if (ch == '\r' && k + 1 < to && md.charAt(k + 1) == '\n') {
                continue;
            }
            out.append(lineEnd(ch) ? ' ' : ch);
        }
    }

    /** ASCII punctuation, which a backslash escapes (CommonMark). */
    static boolean escapable(char c) {
        return c < 128 && c > ' ' && !Character.isLetterOrDigit(c) && c != 127;
    }

    /** Start of the first {@code scheme://} in {@code md[from, to)} (a bare URL such as https://...), or -1. */
    private static int urlStart(String md, int from, int to) {
        for (int p = from; p + 3 < to; p++) { // within the word: indexOf could run to the end of a long text for every word
            if (md.charAt(p) != ':' || md.charAt(p + 1) != '/' || md.charAt(p + 2) != '/') {
                continue;
            }
            int s = p;
            while (s > from && isAsciiLetter(md.charAt(s - 1))) {
                s--;
            }
            if (s < p) {
                return s;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** End of a bare URL starting at {@code from} in a word ending at {@code to}: trailing {@code ?!.,:*_~} are not part of it (GFM). */
    private static int urlEnd(String md, int from, int to) {
        int end = to;
        while (end > from && "?!.,:*_~".indexOf(md.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** The named character references decoded, the usual ones in notes; any other is left as written. */
    static final java.util.Map<String, String> ENTITIES = java.util.Map.ofEntries(
            java.util.Map.entry("amp", "&"), java.util.Map.entry("lt", "<"), java.util.Map.entry("gt", ">"),
            java.util.Map.entry("quot", "\""), java.util.Map.entry("apos", "'"), java.util.Map.entry("nbsp", "\u00A0"),
            java.util.Map.entry("ndash", "\u2013"), java.util.Map.entry("mdash", "\u2014"), java.util.Map.entry("hellip", "\u2026"),
            java.util.Map.entry("lsquo", "\u2018"), java.util.Map.entry("rsquo", "\u2019"), java.util.Map.entry("ldquo", "\u201C"),
            java.util.Map.entry("rdquo", "\u201D"), java.util.Map.entry("laquo", "\u00AB"), java.util.Map.entry("raquo", "\u00BB"),
            java.util.Map.entry("bull", "\u2022"), java.util.Map.entry("middot", "\u00B7"), java.util.Map.entry("times", "\u00D7"),
            java.util.Map.entry("divide", "\u00F7"), java.util.Map.entry("minus", "\u2212"), java.util.Map.entry("plusmn", "\u00B1"),
            java.util.Map.entry("le", "\u2264"), java.util.Map.entry("ge", "\u2265"), java.util.Map.entry("ne", "\u2260"),
            java.util.Map.entry("asymp", "\u2248"), java.util.Map.entry("deg", "\u00B0"), java.util.Map.entry("micro", "\u00B5"),
            java.util.Map.entry("rarr", "\u2192"), java.util.Map.entry("larr", "\u2190"), java.util.Map.entry("harr", "\u2194"),
            java.util.Map.entry("uarr", "\u2191"), java.util.Map.entry("darr", "\u2193"), java.util.Map.entry("rArr", "\u21D2"),
            java.util.Map.entry("lArr", "\u21D0"), java.util.Map.entry("copy", "\u00A9"), java.util.Map.entry("reg", "\u00AE"),
            java.util.Map.entry("trade", "\u2122"), java.util.Map.entry("euro", "\u20AC"), java.util.Map.entry("pound", "\u00A3"),
            java.util.Map.entry("yen", "\u00A5"), java.util.Map.entry("cent", "\u00A2"), java.util.Map.entry("sect", "\u00A7"),
            java.util.Map.entry("check", "\u2713"));

    /**
     * End (after the ';') of the character reference at {@code i}: {@code &#39;}, {@code &#x1F600;}, or
     * a name in {@link #ENTITIES}; -1 when there is none, so "Q&A" stays as written.
     */
    static int entityEnd(String md, int i) {
        int n = md.length();
        int k = i + 1;
        if (k < n && md.charAt(k) == '#') {
            boolean hex = k + 1 < n && (md.charAt(k + 1) == 'x' || md.charAt(k + 1) == 'X');
            int from = k + (hex ? 2 : 1);
            int j = from;
            while (j < n && j - from < (hex ? 6 : 7) && Character.digit(md.charAt(j), hex ? 16 : 10) >= 0 && md.charAt(j) < 128) {
                j++;
            }
            return j > from && j < n && md.charAt(j) == ';' ? j + 1 : -1;
        }
        int j = k;
        while (j < n && j - k < 32 && md.charAt(j) < 128 && Character.isLetterOrDigit(md.charAt(j))) {
            j++;
        }
        return j > k && j < n && md.charAt(j) == ';' && ENTITIES.containsKey(md.substring(k, j)) ? j + 1 : -1;
    }

    /** Appends what the reference {@code md[i, end)} stands for; an impossible code point is U+FFFD, as in CommonMark. */
    private static void appendEntity(StringBuilder out, String md, int i, int end) {
        if (md.charAt(i + 1) != '#') {
            out.append(ENTITIES.get(md.substring(i + 1, end - 1)));
            return;
        }
        boolean hex = md.charAt(i + 2) == 'x' || md.charAt(i + 2) == 'X';
        int cp = Integer.parseInt(md.substring(i + (hex ? 3 : 2), end - 1), hex ? 16 : 10);
        out.appendCodePoint(cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : cp);
    }

    /** Whether the '_' at {@code i} sits between two letters or digits (snake_case), so is text. */
    private static boolean snakeCase(String md, int i) {
        return i > 0 && Words.isWordChar(md.charAt(i - 1)) && i + 1 < md.length() && Words.isWordChar(md.charAt(i + 1));
    }

    /** {@link Character#isWhitespace(char)}, with ASCII answered without the Unicode table lookup. */
    static boolean isWhitespace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        return Character.isWhitespace(c);
    }

    /** Index of {@code c} in {@code md[from, to)}, or -1. */
    private static int indexOf(String md, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (md.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code md[from, to)} is an image size as regex {@code \d+(x\d+)?} matches it. */
    static boolean isSize(String md, int from, int to) {
        int i = from;
        while (i < to && md.charAt(i) >= '0' && md.charAt(i) <= '9') {
            i++;
        }
        if (i == from) {
            return false;
        }
        if (i == to) {
            return true;
        }
        if (md.charAt(i) != 'x') {
            return false;
        }
        int digits = ++i;
        while (i < to && md.charAt(i) >= '0' && md.charAt(i) <= '9') {
            i++;
        }
        return i == to && i > digits;
    }

    /** The **bold** (or __bold__) phrases of {@code md}, as plain text. */
    public static List<String> boldPhrases(String md) {
        List<String> out = new ArrayList<>();
        if (md == null) {
            return out;
        }
        int i = 0;
        while (i < md.length() - 1) {
            char c = md.charAt(i);
            if ((c == '*' || c == '_') && md.charAt(i + 1) == c) {
                String delim = c == '*' ? "**" : "__";
                int end = md.indexOf(delim, i + 2);
                if (end < 0) {
                    break;
                }
                String p = plain(md.substring(i + 2, end));
                if (!p.isEmpty() && !out.contains(p)) {
                    out.add(p);
                }
                i = end + 2;
            } else if (c == '%' && md.charAt(i + 1) == '%') {
                int end = md.indexOf("%%", i + 2);
                i = end < 0 ? md.length() : end + 2;
            } else if (c == '\\') {
                i += 2; // an escaped character is no delimiter: \** is a star, then a star
            } else if (c == '`') { // a code span holds no bold: `__name__` is code
                int run = run(md, i, '`');
                int close = closingRun(md, run, run - i);
                i = close < 0 ? run : close + (run - i);
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Index of the '>' closing a CommonMark autolink opened by the '<' at {@code i}: a URI
     * ({@code <https://x.io>}: a scheme of 2 to 32 letters, digits, '+', '.' or '-' starting with a
     * letter, a ':', then no space, control character, '<' or '>') or an e-mail address
     * ({@code <me@example.com>}); -1 when it is none, as in "p99 < 100ms".
     */
    static int autolinkEnd(String md, int i) {
        int n = md.length();
        int j = i + 1;
        if (j < n && isAsciiLetter(md.charAt(j))) {
            int k = j + 1;
            while (k < n && k - j < 33 && (isAsciiLetter(md.charAt(k)) || isAsciiDigit(md.charAt(k)) || "+.-".indexOf(md.charAt(k)) >= 0)) {
                k++;
            }
            if (k - j >= 2 && k - j <= 32 && k < n && md.charAt(k) == ':') {
                for (k++; k < n; k++) {
                    char c = md.charAt(k);
                    if (c == '>') {
                        return k;
                    }
                    if (c <= ' ' || c == '<' || c == '\u007F') {
                        return -1;
                    }
                }
                return -1;
            }
        }
        int k = j;
        while (k < n && (isAsciiLetter(md.charAt(k)) || isAsciiDigit(md.charAt(k)) || ".!#$%&'*+/=?^_`{|}~-".indexOf(md.charAt(k)) >= 0)) {
            k++;
        }
        if (k == j || k >= n || md.charAt(k) != '@' || k + 1 >= n || !(isAsciiLetter(md.charAt(k + 1)) || isAsciiDigit(md.charAt(k + 1)))) {
            return -1;
        }
        for (k++; k < n; k++) {
            char c = md.charAt(k);
            if (c == '>') {
                return k;
            }
            if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != '.' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Index of the ']' closing a reference label that starts at {@code from} (no '[' or line break in it), or -1. */
    private static int labelEnd(String md, int from) {
        for (int i = from; i < md.length(); i++) {
            char c = md.charAt(i);
            if (c == ']') {
                return i;
            }
            if (c == '[' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** Index of the ')' closing a link destination that starts at {@code from}, balancing nested parentheses. */
    private static int closingParen(String md, int from) {
        int depth = 0;
        for (int i = from; i < md.length(); i++) {
            char c = md.charAt(i);
            if (c == '\n') {
                return -1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Start of the {@code ==} closing a highlight whose text starts at {@code from}: on the same line,
     * exactly two '=' with no whitespace before them, as Obsidian closes {@code ==text==}; or -1.
     */
    static int highlightClose(String md, int from) {
        int n = md.length();
        for (int k = from; k + 1 < n && !lineEnd(md.charAt(k)); k++) {
            if (md.charAt(k) == '=') {
                int end = run(md, k, '=');
                if (end == k + 2 && k > from && !isWhitespace(md.charAt(k - 1))) {
                    return k;
                }
                k = end - 1;
            }
        }
        return -1;
    }

    /** Index of the line ending at or after {@code from}, or the text's length. */
    private static int lineEndFrom(String md, int from) {
        int k = from;
        while (k < md.length() && !lineEnd(md.charAt(k))) {
            k++;
        }
        return k;
    }

    /**
     * End of an Obsidian block id starting with the '^' at {@code i} ({@code ^weak-1}: letters, digits
     * and '-' at the end of a line, trailing spaces allowed), or -1 when the '^' starts none.
     */
    static int blockIdEnd(String md, int i) {
        int n = md.length();
        int k = i + 1;
        while (k < n && (isAsciiLetter(md.charAt(k)) || isAsciiDigit(md.charAt(k)) || md.charAt(k) == '-')) {
            k++;
        }
        if (k == i + 1) {
            return -1;
        }
        int end = k;
        while (k < n && (md.charAt(k) == ' ' || md.charAt(k) == '\t')) {
            k++;
        }
        return k == n || lineEnd(md.charAt(k)) ? end : -1;
    }

    private static int skipTaskMarker(String md) {
        if (md.length() >= 3 && md.charAt(0) == '[' && md.charAt(2) == ']' && " xX-/".indexOf(md.charAt(1)) >= 0) {
            int i = 3;
            while (i < md.length() && md.charAt(i) == ' ') {
                i++;
            }
            return i;
        }
        return 0;
    }
}
