package io.github.vaultlint.vault;

/**
 * Something the scanner or parser could not accept, recorded for the rule with {@code ruleId}
 * (e.g. frontmatter-syntax, invalid-encoding, unreadable-file) to report.
 */
public record Problem(String ruleId, int line, int column, int endLine, int endColumn, String message) {
}
