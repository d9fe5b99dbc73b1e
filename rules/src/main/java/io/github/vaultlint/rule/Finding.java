package io.github.vaultlint.rule;

import io.github.vaultlint.util.OneLine;

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

    /**
     * Characters a message keeps: its start and its end (where the fix is), cut in the middle. Rules
     * cut the note text they quote; this bounds one that does not (a quoted megabyte-long line made a
     * megabyte-long console line, and one such row filled the HTML report's whole findings budget).
     */
    public static final int MAX_MESSAGE = 1000;

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (message.length() > MAX_MESSAGE) {
            int tail = message.length() - 300;
            if (Character.isLowSurrogate(message.charAt(tail))) {
                tail++; // never half an emoji
            }
            message = OneLine.head(message, MAX_MESSAGE - 300 - 3) + " \u2026 " + message.substring(tail);
        }
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
