package io.github.vaultlint.report;

import io.github.vaultlint.engine.Summary;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.util.SafeText;

/** Plain-text lines for terminals and build logs. */
public final class ConsoleReport {
    private ConsoleReport() {
    }

    /**
     * {@code Interviews/a.md:[23,5] (broken-link) message} — the level prefix is the logger's job.
     * Control characters in the path or message are written out ({@link SafeText}): a note's text
     * never reaches the terminal raw.
     */
    public static String line(Finding f) {
        return SafeText.visible(f.file()) + ":[" + f.line() + "," + f.column() + "] (" + SafeText.visible(f.ruleId()) + ") "
                + SafeText.visible(f.message());
    }

    /**
     * The full format: the compact line, then the source line and a caret under the column, as
     * compilers print them. Tabs are kept so the caret lines up in a terminal.
     */
    public static String full(Finding f, SourceLines source) {
        String src = source.line(f.file(), f.line());
        if (src.isEmpty()) {
            return line(f);
        }
        String raw = src.length() > 200 ? io.github.vaultlint.util.OneLine.head(src, 200) + "…" : src;
        int rawCol = Math.min(f.column() - 1, raw.length());
        int rawWidth = f.endLine() == f.line() ? Math.max(1, Math.min(f.endColumn() - f.column(), raw.length() - rawCol)) : 1;
        // The caret is placed on the escaped line, where a control character takes six columns.
        String before = SafeText.visible(raw.substring(0, rawCol));
        String shown = SafeText.visible(raw);
        StringBuilder caret = new StringBuilder("    ");
        for (int i = 0; i < before.length(); ) {
            int cp = before.codePointAt(i);
            if (cp == '\t') {
                caret.append('\t');
            } else {
                caret.append(" ".repeat(columns(cp)));
            }
            i += Character.charCount(cp);
        }
        caret.append("^".repeat(Math.max(1, columns(SafeText.visible(raw.substring(rawCol, Math.min(raw.length(), rawCol + rawWidth)))))));
        return line(f) + "\n    " + shown + "\n" + caret;
    }

    /** The terminal columns {@code s} takes (see {@link #columns(int)}). */
    static int columns(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            n += columns(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    /**
     * The columns a terminal gives a character: two for East Asian wide and full-width ones (CJK,
     * Hangul, kana, full-width forms, most emoji), none for combining marks and zero-width characters,
     * else one. Without this the caret under a Chinese or Japanese line points left of the column.
     */
    static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    public static String summary(Summary s) {
        return "vaultlint: " + s.notes() + plural(s.notes(), " note") + ", " + s.files() + plural(s.files(), " file") + " checked: "
                + s.errors() + plural(s.errors(), " error") + ", "
                + s.warnings() + plural(s.warnings(), " warning") + ", "
                + s.infos() + plural(s.infos(), " info");
    }

    private static String plural(int n, String word) {
        return n == 1 || word.endsWith("info") ? word : word + "s";
    }
}
