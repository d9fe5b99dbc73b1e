package io.github.vaultlint.type;

/** One frontmatter value that breaks its type's schema, positioned in note coordinates (1-based). */
public record SchemaViolation(int line, int column, int endLine, int endColumn, String message) {
}
