package io.github.vaultlint.rule;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the vault. Lines and columns are 1-based; columns count UTF-16 code units.
 * {@code file} is vault-relative with '/' separators.
 */
public record Finding(String ruleId, Severity severity, String file, int line, int column,
                      int endLine, int endColumn, String message) {

    /** Stable output order: file, line, column, rule, then message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        line = Math.max(1, line);
        column = Math.max(1, column);
        if (endLine < line) {
            endLine = line;
        }
        if (endLine == line && endColumn < column) {
            endColumn = column;
        }
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, file, line, column, endLine, endColumn, message);
    }
}
