package io.github.vaultlint.suppress;

import java.util.Set;

/**
 * One inline suppression, from a {@code %% vaultlint-... %%} or {@code <!-- vaultlint-... -->}
 * comment or the {@code vaultlint: {disable: [...]}} property. {@code ids} empty means every rule.
 * A directive covers the 1-based lines {@code [fromLine, toLine]}.
 */
record Directive(Kind kind, Set<String> ids, int line, int column, int endLine, int endColumn,
                 int fromLine, int toLine) {

    enum Kind { NEXT_LINE, LINE, RANGE, FILE, ENABLE }

    boolean covers(String ruleId, int findingLine) {
        return (ids.isEmpty() || ids.contains(ruleId)) && findingLine >= fromLine && findingLine <= toLine;
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
