package io.github.vaultlint.parse;

/**
 * The Markdown structure of a note body as the parser needs it, reported in document order by
 * either pass (flexmark's AST walk or {@link MarkdownScanner}). Offsets index the whole note;
 * {@code listDepth} and {@code quoteDepth} count the enclosing list items and block quotes, and
 * {@code quoteLine} is the first line of the innermost enclosing quote.
 */
interface MarkdownSink {

    /** A fenced or indented code block. */
    void code(int start, int end, int listDepth, int quoteDepth, int quoteLine);

    /** An inline code span, backticks included. */
    void inlineCode(int start, int end);

    /** A heading; its text (without markers) spans {@code textStart} to {@code textEnd}. */
    void heading(int level, int start, int end, int textStart, int textEnd, int quoteDepth);

    void thematicBreak(int start, int end, int listDepth, int quoteDepth, int quoteLine);

    /**
     * A paragraph whose source lines are the {start, end} pairs in {@code lines}; {@code itemStart}
     * is the offset of the list marker when it is the first block of a list item, else -1.
     */
    void paragraph(int start, int end, int[] lines, int itemStart, int listDepth, int quoteDepth, int quoteLine);

    /** A list item with no content at all. */
    void emptyListItem(int start, int end, int listDepth, int quoteDepth, int quoteLine);

    /** A Markdown link or image: {@code url} as written; {@code bracketed} for a {@code <...>} destination. */
    void link(boolean image, int start, int end, String url, boolean bracketed);
}
