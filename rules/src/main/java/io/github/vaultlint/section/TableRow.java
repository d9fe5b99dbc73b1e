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

    /** "1", "2.", "3)", "#4": a cell that numbers its row, not what the row says. */
    public static boolean isRowNumber(String s) {
        int i = s.startsWith("#") ? 1 : 0;
        int end = s.endsWith(".") || s.endsWith(")") ? s.length() - 1 : s.length();
        if (end <= i) {
            return false;
        }
        for (int k = i; k < end; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
