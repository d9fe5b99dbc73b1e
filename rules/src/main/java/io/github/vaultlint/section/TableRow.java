package io.github.vaultlint.section;

/**
 * A row of a table whose columns are a template's parts ({@code | Story | Situation | Task | Action |
 * Result |}): one story. {@code line}, {@code column} and {@code endColumn} point at its title cell
 * (the first cell of a column that is no part), or at its first cell when it has none; {@code title}
 * is that cell's text, or "row N" under the table's section. {@code headerLine} and its columns point
 * at the table's header row, where a column missing from every row is reported once; {@code table}
 * names the section the table is in.
 */
public record TableRow(int line, int column, int endColumn, String title, int headerLine, int headerColumn,
                       int headerEndColumn, String table) {
}
