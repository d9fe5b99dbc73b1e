package io.github.vaultlint.vault;

/**
 * An Obsidian {@code %% comment %%} or HTML {@code <!-- comment -->}; {@code text} is the inner text,
 * stripped, and it starts at {@code textLine}:{@code textColumn} in the note (so a word of it, such as
 * a rule id in a suppression, can be pointed at). One that is never {@code closed} runs to the end of
 * the note: Obsidian hides all of it.
 */
public record Comment(boolean html, String text, int line, int column, int endLine, int endColumn, boolean closed,
                      int textLine, int textColumn) {

    /** A comment whose text starts right after its opening marker and one space. */
    public Comment(boolean html, String text, int line, int column, int endLine, int endColumn, boolean closed) {
        this(html, text, line, column, endLine, endColumn, closed, line, column + (html ? 5 : 3));
    }

    /** A closed comment whose text starts right after its opening marker and one space. */
    public Comment(boolean html, String text, int line, int column, int endLine, int endColumn) {
        this(html, text, line, column, endLine, endColumn, true);
    }
}
