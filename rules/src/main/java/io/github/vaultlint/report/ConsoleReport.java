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
        String raw = src.length() > 200 ? src.substring(0, 200) + "…" : src;
        int rawCol = Math.min(f.column() - 1, raw.length());
        int rawWidth = f.endLine() == f.line() ? Math.max(1, Math.min(f.endColumn() - f.column(), raw.length() - rawCol)) : 1;
        // The caret is placed on the escaped line, where a control character takes six columns.
        String before = SafeText.visible(raw.substring(0, rawCol));
        String shown = SafeText.visible(raw);
        int width = SafeText.visible(raw.substring(rawCol, Math.min(raw.length(), rawCol + rawWidth))).length();
        StringBuilder caret = new StringBuilder("    ");
        for (int i = 0; i < before.length(); i++) {
            caret.append(before.charAt(i) == '\t' ? '\t' : ' ');
        }
        caret.append("^".repeat(Math.max(1, width)));
        return line(f) + "\n    " + shown + "\n" + caret;
    }

    public static String summary(Summary s) {
        return "vaultlint: " + s.notes() + " notes, " + s.files() + " files checked: "
                + s.errors() + plural(s.errors(), " error") + ", "
                + s.warnings() + plural(s.warnings(), " warning") + ", "
                + s.infos() + plural(s.infos(), " info");
    }

    private static String plural(int n, String word) {
        return n == 1 || word.endsWith("info") ? word : word + "s";
    }
}
