package io.github.vaultlint.report;

import io.github.vaultlint.engine.Summary;
import io.github.vaultlint.rule.Finding;

/** Plain-text lines for terminals and build logs. */
public final class ConsoleReport {
    private ConsoleReport() {
    }

    /** {@code Interviews/a.md:[23,5] (broken-link) message} — the level prefix is the logger's job. */
    public static String line(Finding f) {
        return f.file() + ":[" + f.line() + "," + f.column() + "] (" + f.ruleId() + ") " + f.message();
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
