package io.github.vaultlint.section;

import io.github.vaultlint.vault.Block;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What counts as content of a part, and its plain text. */
public final class Content {
    private Content() {
    }

    /**
     * True when the blocks hold nothing real: only whitespace, a lone '-' (or other placeholder, see
     * {@link #isBlank}), comments or thematic breaks. Child headings are never content, so a part
     * holding only a child heading is empty too. Code, tables and HTML always count, except an HTML
     * block of {@code <details>} and {@code </details>} tags only: the opening of the next part's
     * collapsible block ("### Situation" over "&lt;details&gt;" then "&lt;summary&gt;Task&lt;/summary&gt;"), or
     * the close of the block a label sits in, shows nothing.
     */
    public static boolean isEmpty(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) { // by index: no iterator per part
            Block b = blocks.get(i);
            switch (b.kind()) {
                case THEMATIC_BREAK:
                    continue;
                case HTML:
                    if (!onlyDetailsTags(b.text())) {
                        return false;
                    }
                    continue;
                case CODE:
                case TABLE:
                    return false;
                default:
                    if (!isBlank(b.text())) {
                        return false;
                    }
            }
        }
        return true;
    }

    /** Whether the text is only {@code <details ...>} and {@code </details>} tags, whitespace and HTML comments. */
    static boolean onlyDetailsTags(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Labels.isSpace(c) || c == '\n' || c == '>' && i > 0 && (text.charAt(i - 1) == '\n' || text.charAt(i - 1) == ' ')) {
                i++; // whitespace, or a quote marker opening a later line of a quoted HTML block
                continue;
            }
            int close = -1;
            if (text.startsWith("<!--", i)) {
                close = text.indexOf("-->", i + 4);
                close = close < 0 ? -1 : close + 2;
            } else if (c == '<' && (DetailsText.tag(text, i + 1, "details") || DetailsText.tag(text, i + 1, "/details"))) {
                close = text.indexOf('>', i);
            }
            if (close < 0) {
                return false;
            }
            i = close + 1;
        }
        return true;
    }

    /** Lines that hold a place without saying anything. */
    private static final Set<String> PLACEHOLDERS = Set.of("-", "*", "+", "–", "—", "[ ]", "[x]", "[X]", "?", "??",
            "???", "...", "…", "todo", "tbd", "tba", "tk", "wip");
    private static final int PLACEHOLDER_MAX = PLACEHOLDERS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * Blank after removing comments: nothing, or only placeholders such as a lone bullet or dash, an
     * empty checkbox, "?", "..." or "TODO" / "TBD" on their own, with or without emphasis ("**TBD**").
     */
    public static boolean isBlank(String text) {
        if (startsWithContent(text)) {
            return false;
        }
        String t = Labels.commentStart(text) < 0 ? text : Labels.stripComments(text);
        // Line by line in place, stopping at the first line with content: no split into Strings, no
        // lower-cased copy unless the line is short enough to be a placeholder.
        int n = t.length();
        for (int from = 0; from <= n; ) {
            int nl = t.indexOf('\n', from);
            int to = nl < 0 ? n : nl;
            int a = from;
            while (a < to && Labels.isSpace(t.charAt(a))) {
                a++;
            }
            int b = to;
            while (b > a && Labels.isSpace(t.charAt(b - 1))) {
                b--;
            }
            // Emphasis around a placeholder ("**TODO**", "_TBD_") still holds only a place.
            while (a < b && isEmphasis(t.charAt(a))) {
                a++;
            }
            while (b > a && isEmphasis(t.charAt(b - 1))) {
                b--;
            }
            while (a < b && Labels.isSpace(t.charAt(a))) {
                a++;
            }
            while (b > a && Labels.isSpace(t.charAt(b - 1))) {
                b--;
            }
            if (a < b && !isPlaceholder(t, a, b)) {
                return false;
            }
            from = to + 1;
        }
        return true;
    }

    /**
     * The usual verdict, from the first few chars instead of the whole text: the first line with
     * text has more non-space chars than any placeholder, and none of them (nor what comes before,
     * only spaces) can open a comment. Then that line keeps more than a placeholder's length
     * whatever comes after it, so the text is not blank.
     */
    private static boolean startsWithContent(String text) {
        int n = text.length();
        int a = 0;
        while (a < n && Labels.isSpace(text.charAt(a))) {
            a++;
        }
        for (int i = a; i < n; i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '<' || c == '\n' || isEmphasis(c)) {
                return false; // a comment or emphasis may start here, or the line ended: let the full check decide
            }
            if (i - a >= PLACEHOLDER_MAX + 1 && !Labels.isSpace(c)) { // + 1: "TODO." is one too
                return true;
            }
        }
        return false;
    }

    /**
     * Whether chars [a, b) of t are a placeholder: one of {@link #PLACEHOLDERS}, or a word one closed
     * by a full stop, colon or exclamation mark ("TBD.", "TODO:", "**TBD**."), as people end a line.
     */
    private static boolean isPlaceholder(String t, int a, int b) {
        // Lower-casing never shortens a string, so a line longer than every placeholder is content.
        if (b - a <= PLACEHOLDER_MAX && PLACEHOLDERS.contains(t.substring(a, b).toLowerCase(Locale.ROOT))) {
            return true;
        }
        char last = t.charAt(b - 1);
        if (b - a > PLACEHOLDER_MAX + 5 || last != '.' && last != ':' && last != '!') {
            return false;
        }
        int e = b - 1;
        while (e > a && isEmphasis(t.charAt(e - 1))) {
            e--; // "**TBD**."
        }
        while (a < e && isEmphasis(t.charAt(a))) {
            a++;
        }
        return e > a && Character.isLetter(t.charAt(e - 1)) && PLACEHOLDERS.contains(t.substring(a, e).toLowerCase(Locale.ROOT));
    }

    private static boolean isEmphasis(char c) {
        return c == '*' || c == '_' || c == '~' || c == '=';
    }

    /** The blocks' text joined by newlines, with comments removed. */
    public static String text(List<Block> blocks) {
        // Usually one block holds text: that text is the answer, with no builder and copy.
        String first = null;
        StringBuilder sb = null;
        for (int i = 0; i < blocks.size(); i++) {
            String t = Labels.stripComments(blocks.get(i).text()).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = t;
            } else {
                if (sb == null) {
                    sb = new StringBuilder(first);
                }
                sb.append('\n').append(t);
            }
        }
        return sb != null ? sb.toString() : first != null ? first : "";
    }
}
