package io.github.vaultlint.vault;

/**
 * A compact leaf block of the note body, kept so section and analysis rules need no AST.
 * {@code text} holds the block's own source lines (container markers such as '>' and list bullets
 * removed, inline Markdown kept), joined with '\n'. {@code column} is the 1-based column of the
 * block's first character after those markers. {@code depth} is the list nesting depth
 * (0 outside lists); {@code quoteDepth} the number of enclosing block quotes, and {@code quoteLine}
 * the first line of the innermost enclosing quote (0 outside quotes), so blocks of one quote or
 * callout can be told apart from those of the next. {@code heading} is the index of the heading
 * whose section holds the block, or -1.
 */
public record Block(Kind kind, String text, int line, int endLine, int column, int depth, int quoteDepth,
                    int quoteLine, int heading) {

    public enum Kind { PARAGRAPH, LIST_ITEM, CODE, TABLE, HTML, THEMATIC_BREAK }

    /** A block outside any quote, at column 1 (kept for callers that predate columns and quotes). */
    public Block(Kind kind, String text, int line, int endLine, int depth, int quoteDepth, int heading) {
        this(kind, text, line, endLine, 1, depth, quoteDepth, 0, heading);
    }

    /** The same block holding only {@code text}, which starts on {@code fromLine}. */
    public Block slice(String part, int fromLine, int toLine, int fromColumn) {
        return new Block(kind, part, fromLine, toLine, fromColumn, depth, quoteDepth, quoteLine, heading);
    }
}
