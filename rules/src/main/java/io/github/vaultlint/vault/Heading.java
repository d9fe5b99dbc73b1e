package io.github.vaultlint.vault;

/**
 * A heading and the section it opens. {@code text} is the heading text as written (trimmed, closing
 * #s removed). {@code parent} is the index of the enclosing heading in {@link Note#headings()}, or -1.
 * {@code sectionEndLine} is the last line of the section (before the next heading of the same or a
 * higher level, or the end of the note). {@code quoted}: written inside a block quote or callout
 * ({@code > ## Heading}), where Obsidian does not index it: no outline entry, no link target.
 */
public record Heading(int level, String text, int line, int column, int endColumn, int parent,
                      int sectionEndLine, boolean quoted) {

    /** A heading outside any block quote or callout. */
    public Heading(int level, String text, int line, int column, int endColumn, int parent, int sectionEndLine) {
        this(level, text, line, column, endColumn, parent, sectionEndLine, false);
    }
}
