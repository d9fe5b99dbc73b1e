package io.github.vaultlint.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link MarkdownText} against its implementation before the plain-prefix fast path and the index-based links. */
class MarkdownTextEquivalenceTest {

    /** The implementation before the rewrite, verbatim, plus the later fixes written the plain way (code spans). */
    static final class Reference {
        static String plain(String md) {
            if (md == null || md.isEmpty()) {
                return "";
            }
            StringBuilder out = new StringBuilder(md.length());
            int n = md.length();
            int i = skipTaskMarker(md);
            boolean lineStart = true;
            int highlightClose = -1; // where the open ==highlight== closes
            while (i < n) {
                char c = md.charAt(i);
                if (lineStart && c == '>') {
                    i++;
                    continue;
                }
                boolean wasLineStart = lineStart;
                lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
                if (c == '\\' && i + 1 < n && String.valueOf(md.charAt(i + 1)).matches("\\p{Punct}")) {
                    out.append(md.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (c == '\\' && i + 1 < n && (md.charAt(i + 1) == '\n' || md.charAt(i + 1) == '\r')) {
                    i++;
                    continue;
                }
                Matcher entity = ENTITY.matcher(md).region(i, n);
                if (c == '&' && entity.lookingAt() && (entity.group(3) == null || MarkdownText.ENTITIES.containsKey(entity.group(3)))) {
                    if (entity.group(3) != null) {
                        out.append(MarkdownText.ENTITIES.get(entity.group(3)));
                    } else {
                        long cp = entity.group(1) != null ? Long.parseLong(entity.group(1)) : Long.parseLong(entity.group(2), 16);
                        out.appendCodePoint(cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : (int) cp);
                    }
                    i = entity.end();
                    continue;
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
                Matcher autolink = AUTOLINK.matcher(md).region(i, n);
                if (c == '<' && autolink.lookingAt()) {
                    out.append(autolink.group(1));
                    i = autolink.end();
                    continue;
                }
                if ((c == '[' || (c == '!' && i + 1 < n && md.charAt(i + 1) == '[')) && md.startsWith("[[", c == '!' ? i + 1 : i)) {
                    int open = c == '!' ? i + 3 : i + 2;
                    int close = md.indexOf("]]", open);
                    int newline = md.indexOf('\n', open);
                    if (close > 0 && (newline < 0 || newline > close)) {
                        String inner = md.substring(open, close);
                        int pipe = inner.indexOf('|');
                        int hash = inner.indexOf('#');
                        String target = hash >= 0 && (pipe < 0 || hash < pipe) ? inner.substring(0, hash) : pipe >= 0 ? inner.substring(0, pipe) : inner;
                        String alias = pipe >= 0 ? inner.substring(pipe + 1) : null;
                        // an embed's "|300" or "|100x145" is a size, not text
                        String shown = alias == null || (c == '!' && alias.matches("\\d+(x\\d+)?")) ? target : alias;
                        if (shown == target && hash == 0) { // [[#Heading]]
                            shown = pipe > 0 ? inner.substring(1, pipe) : inner.substring(1);
                        } else if (shown == target && hash > 0 && (pipe < 0 || hash < pipe)) { // [[Note#A#B]]: "Note > A > B"
                            shown = target + (pipe >= 0 ? inner.substring(hash, pipe) : inner.substring(hash)).replace("#", " > ");
                        }
                        out.append(shown);
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
                            out.append(plain(md.substring(textStart, close)));
                            i = paren + 1;
                            continue;
                        }
                    }
                    Matcher label = LABEL.matcher(md).region(Math.max(close, 0), n);
                    if (close > 0 && label.lookingAt() && md.substring(textStart, close).indexOf('\n') < 0) { // [text][label]
                        out.append(plain(md.substring(textStart, close)));
                        i = label.end();
                        continue;
                    }
                }
                if (c == '`') {
                    int[] span = codeSpan(md, i);
                    if (span != null) {
                        out.append(codeContent(md.substring(span[0], span[1])));
                        i = span[2];
                    } else {
                        while (i < n && md.charAt(i) == '`') {
                            i++;
                        }
                    }
                    continue;
                }
                boolean snake = i > 0 && Character.isLetterOrDigit(md.charAt(i - 1)) && i + 1 < n
                        && Character.isLetterOrDigit(md.charAt(i + 1));
                if (c == '*' || (c == '_' && !snake)) {
                    if (inBareUrl(md, i)) {
                        out.append(c);
                        i++;
                        continue;
                    }
                    int end = i;
                    while (end < n && md.charAt(end) == c) {
                        end++;
                    }
                    boolean spaced = (i == 0 || Character.isWhitespace(md.charAt(i - 1))) && (end == n || Character.isWhitespace(md.charAt(end)));
                    if (spaced && !wasLineStart) {
                        out.append(md, i, end);
                        i = end;
                    } else {
                        i++; // emphasis, not snake_case
                    }
                    continue;
                }
                if (c == '~' && i + 1 < n && md.charAt(i + 1) == '~') {
                    i += 2;
                    continue;
                }
                Matcher marks = EQUALS.matcher(md).region(i, n);
                if (c == '=' && marks.lookingAt() && marks.end() - i > 2) { // "===": no highlight mark
                    out.append(marks.group());
                    i = marks.end();
                    continue;
                }
                if (c == '=' && marks.lookingAt()) { // exactly "=="
                    if (highlightClose >= 0 && highlightClose < i) {
                        highlightClose = -1;
                    }
                    if (i == highlightClose) {
                        highlightClose = -1;
                        i += 2;
                        continue;
                    }
                    int lineEnd = i + 2;
                    while (lineEnd < n && md.charAt(lineEnd) != '\n' && md.charAt(lineEnd) != '\r') {
                        lineEnd++;
                    }
                    Matcher close = HIGHLIGHT_CLOSE.matcher(md).region(i + 2, lineEnd).useTransparentBounds(true);
                    if (highlightClose < 0 && i + 2 < n && !Character.isWhitespace(md.charAt(i + 2)) && close.find()) {
                        highlightClose = close.start();
                        i += 2;
                        continue;
                    }
                }
                Matcher blockId = BLOCK_ID.matcher(md).region(i, n);
                if (c == '^' && (i == 0 || Character.isWhitespace(md.charAt(i - 1))) && blockId.lookingAt()) {
                    i = blockId.end(1);
                    continue;
                }
                if (Character.isWhitespace(c)) {
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
            return out.substring(0, end);
        }

        static final Pattern AUTOLINK = Pattern.compile(
                "<([A-Za-z][A-Za-z0-9+.\\-]{1,31}:[^\\x00-\\x20<>\\x7F]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\\-]+@[A-Za-z0-9][A-Za-z0-9.\\-]*)>");
        static final Pattern EQUALS = Pattern.compile("==+");
        static final Pattern HIGHLIGHT_CLOSE = Pattern.compile("(?<![=\\p{javaWhitespace}])==(?!=)");
        static final Pattern BLOCK_ID = Pattern.compile("\\^([A-Za-z0-9-]+)[ \\t]*(?=[\\n\\r]|\\z)");
        static final Pattern LABEL = Pattern.compile("\\]\\[[^\\[\\]\\n]*\\]");
        static final Pattern ENTITY = Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z0-9]{1,32}));");
        static final Pattern URL = Pattern.compile("[A-Za-z]+://\\S*?(?=[?!.,:*_~]*\\z)");

        /** Whether {@code i} is inside a bare URL ({@code scheme://...}, trailing punctuation excluded) of its word, after its start. */
        static boolean inBareUrl(String md, int i) {
            int from = i;
            while (from > 0 && !Character.isWhitespace(md.charAt(from - 1))) {
                from--;
            }
            int to = i;
            while (to < md.length() && !Character.isWhitespace(md.charAt(to))) {
                to++;
            }
            String word = md.substring(from, to);
            Matcher m = URL.matcher(word);
            return m.find() && m.end() - m.start() > m.group().indexOf("://") + 3 && from + m.start() < i && i < from + m.end();
        }

        /** The code span opening at {@code i}: {content start, content end, end}, or null when no run of as many backticks closes it. */
        static int[] codeSpan(String md, int i) {
            Matcher open = Pattern.compile("`+").matcher(md);
            open.find(i);
            int length = open.end() - open.start();
            Matcher close = Pattern.compile("(?<!`)`{" + length + "}(?!`)").matcher(md);
            return close.find(open.end()) ? new int[] {open.end(), close.start(), close.end()} : null;
        }

        /** CommonMark: line endings become spaces; one space off each end when both have one and not all are spaces. */
        static String codeContent(String code) {
            String c = code.replace("\r\n", "\n").replace('\r', ' ').replace('\n', ' ');
            return c.startsWith(" ") && c.endsWith(" ") && !c.isBlank() ? c.substring(1, c.length() - 1) : c;
        }

        /** The **bold** (or __bold__) phrases of {@code md}, as plain text. */
        static List<String> boldPhrases(String md) {
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
                    i += 2;
                } else if (c == '`') {
                    int[] span = codeSpan(md, i);
                    if (span != null) {
                        i = span[2];
                    } else {
                        while (i < md.length() && md.charAt(i) == '`') {
                            i++;
                        }
                    }
                } else {
                    i++;
                }
            }
            return out;
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

    private static final String[] PIECES = {
        "word", "Word", "snake_case", "_", "__", "*", "**", "`", "~", "~~", "%", "%%", "<", "<!--", "-->", ">", "> ",
        "[", "]", "[[", "]]", "![[", "!", "(", ")", "[ ]", "[x]", "[-]", "|", "#", "300", "100x145", "x", "12x", "x3",
        " ", "  ", "\t", "\n", "\r", "\u000B", "\u001C", "\u00A0", "\u2003", "\u3000", "é", "Ünïcødé", "日本",
        "😀", "9", "-", ".", ",", ":", "[text](https://x.io/a_(b))", "[[Note#Heading|alias]]", "![[img.png|300]]",
        "![[img.png|cap]]", "[[a|b|c]]", "[[a#b#c]]", "**bold**", "__bold__", "_em_", "``", "```", "`x`", "` `",
        "`__name__`", "\r\n", "\\", "\\*", "\\_", "\\`", "\\a", "&", "&amp;", "&lt;", "&nbsp;", "&#39;", "&#x1F600;", "&#0;",
        "&#xD800;", "&bogus;", ";", "#", "https://", "http://x.io/a_b_", "://", "s://", " * ", " _ ", "[[#h]]", "[[#h|a]]", "![[#h|300]]",
        "<https://x.io/a_b>", "<a@b.co>", "<ab:", "@", "][", "[a][b]", "[a][]", "![a][b]", "<mailto:x>",
        "=", "==", "===", "==hl==", "^", "^id", " ^b-1", "^x y"
    };

    private static String randomMarkdown(Random r, int pieces) {
        StringBuilder sb = new StringBuilder();
        int count = r.nextInt(pieces);
        for (int i = 0; i < count; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void plainAndBoldPhrasesAsTheReferenceOnRandomMarkdown() {
        Random r = new Random(11);
        for (int k = 0; k < 200_000; k++) {
            String md = randomMarkdown(r, k % 2 == 0 ? 6 : 16);
            assertEquals(Reference.plain(md), MarkdownText.plain(md), md);
            assertEquals(Reference.boldPhrases(md), MarkdownText.boldPhrases(md), md);
        }
    }

    @Test
    void longTextsAndNestedLinksAsTheReference() {
        Random r = new Random(23);
        for (int size : new int[] {40_000, 70_000, 140_000}) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < size) {
                sb.append(randomMarkdown(r, 16)).append(" [a **b** [[c|d]]](x) ");
            }
            String md = sb.toString();
            assertEquals(Reference.plain(md), MarkdownText.plain(md));
            assertEquals(Reference.boldPhrases(md), MarkdownText.boldPhrases(md));
            String small = "after a long one: **x** [[y]]";
            assertEquals(Reference.plain(small), MarkdownText.plain(small), "the reused builder starts empty");
        }
        assertEquals("see the docs of k8s now", MarkdownText.plain("see [the **docs** of `k8s`](https://x.io) now"));
    }

    @Test
    void plainOnEveryCharInContexts() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String md : new String[] {String.valueOf((char) c), "a" + (char) c + "b", (char) c + " x " + (char) c,
                    "a " + (char) c, "[[n|" + (char) c + "]]", "![[n|1x" + (char) c + "]]", "a" + (char) c + (char) c}) {
                assertEquals(Reference.plain(md), MarkdownText.plain(md), "U+" + Integer.toHexString(c) + " in " + md);
            }
        }
    }

    @Test
    void plainTextIsReturnedAsIs() {
        String s = "Then missed slow iam about quota, p99 < 100ms! snake_case 50% ~ok";
        assertSame(s, MarkdownText.plain(s));
        assertEquals(s.length(), MarkdownText.plainPrefix(s));
        assertEquals(0, MarkdownText.plainPrefix(" leading"));
        assertEquals(4, MarkdownText.plainPrefix("two  spaces"));
        assertEquals(8, MarkdownText.plainPrefix("trailing "), "a space at the end is trimmed");
        assertEquals(4, MarkdownText.plainPrefix("see [[x]]"));
        assertEquals(4, MarkdownText.plainPrefix("line\nbreak"));
        assertEquals("line break", MarkdownText.plain("line\nbreak"));
    }

    @Test
    void whitespaceAndSizesAsTheJdkAndTheRegex() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace((char) c), MarkdownText.isWhitespace((char) c), "U+" + Integer.toHexString(c));
        }
        for (String s : new String[] {"", "1", "300", "x", "1x", "x1", "1x2", "12x345", "1x2x3", "1 ", "١٢", "1X2", "01x0"}) {
            String md = "|" + s + "]";
            assertEquals(s.matches("\\d+(x\\d+)?"), MarkdownText.isSize(md, 1, md.length() - 1), s);
        }
        assertTrue(MarkdownText.isSize("100x145", 0, 7));
        assertFalse(MarkdownText.isSize("100x", 0, 4));
    }
}
