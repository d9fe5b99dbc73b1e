package io.github.vaultlint.vault;

/**
 * An Obsidian {@code %% comment %%} or HTML {@code <!-- comment -->}; {@code text} is the inner text.
 * One that is never {@code closed} runs to the end of the note: Obsidian hides all of it.
 */
public record Comment(boolean html, String text, int line, int column, int endLine, int endColumn, boolean closed) {

    /** A closed comment. */
    public Comment(boolean html, String text, int line, int column, int endLine, int endColumn) {
        this(html, text, line, column, endLine, endColumn, true);
    }
}
