package io.github.vaultlint.vault;

/**
 * A heading and the section it opens. {@code text} is the heading text as written (trimmed, closing
 * #s removed). {@code parent} is the index of the enclosing heading in {@link Note#headings()}, or -1.
 * {@code sectionEndLine} is the last line of the section (before the next heading of the same or a
 * higher level, or the end of the note).
 */
public record Heading(int level, String text, int line, int column, int endColumn, int parent,
                      int sectionEndLine) {
}
