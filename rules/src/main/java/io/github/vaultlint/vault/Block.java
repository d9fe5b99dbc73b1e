package io.github.vaultlint.vault;

/**
 * A compact leaf block of the note body, kept so section and analysis rules need no AST.
 * {@code text} holds the block's own source lines (container markers such as '>' and list bullets
 * removed, inline Markdown kept, {@code %% comments %%} and math blanked out), one per source line,
 * joined with '\n': line k of the text is line {@code line + k} of the note. Blocks made only of
 * comments or math are left out. {@code depth} is the list nesting depth
 * (0 outside lists); {@code quoteDepth} the number of enclosing block quotes.
 * {@code heading} is the index of the heading whose section holds the block, or -1.
 */
public record Block(Kind kind, String text, int line, int endLine, int depth, int quoteDepth,
                    int heading) {

    public enum Kind { PARAGRAPH, LIST_ITEM, CODE, TABLE, HTML, THEMATIC_BREAK }
}
