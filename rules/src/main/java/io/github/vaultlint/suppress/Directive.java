package io.github.vaultlint.suppress;

import java.util.Set;

/**
 * One inline suppression, from a {@code %% vaultlint-... %%} or {@code <!-- vaultlint-... -->}
 * comment or the {@code vaultlint: {disable: [...]}} property. {@code ids} empty means every rule but
 * those in {@code except} (the rules a {@code vaultlint-enable rule-id} turned on again below it).
 * A directive covers the 1-based lines {@code [fromLine, toLine]}. A range that a
 * {@code vaultlint-enable} closes for some of its rules only is kept as several directives with the
 * comment's position: they are one suppression for {@code unused-suppression}.
 */
record Directive(Kind kind, Set<String> ids, Set<String> except, int line, int column, int endLine, int endColumn,
                 int fromLine, int toLine) {

    enum Kind { NEXT_LINE, LINE, RANGE, FILE, ENABLE }

    /** Where the suppression is written: the key that joins the parts of one split range. */
    record Origin(int line, int column, int endLine, int endColumn) {
    }

    Directive(Kind kind, Set<String> ids, int line, int column, int endLine, int endColumn, int fromLine, int toLine) {
        this(kind, ids, Set.of(), line, column, endLine, endColumn, fromLine, toLine);
    }

    boolean covers(String ruleId, int findingLine) {
        return (ids.isEmpty() ? !except.contains(ruleId) : ids.contains(ruleId))
                && findingLine >= fromLine && findingLine <= toLine;
    }

    Origin origin() {
        return new Origin(line, column, endLine, endColumn);
    }

    /** This directive with other rules and lines, at the same position. */
    Directive with(Set<String> newIds, Set<String> newExcept, int newFrom, int newTo) {
        return new Directive(kind, newIds, newExcept, line, column, endLine, endColumn, newFrom, newTo);
    }

    String label() {
        switch (kind) {
            case NEXT_LINE: return "vaultlint-disable-next-line";
            case LINE: return "vaultlint-disable-line";
            case FILE: return "vaultlint-disable-file";
            default: return "vaultlint-disable";
        }
    }
}
