package io.github.vaultlint.section;

import java.util.ArrayList;
import java.util.List;

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

    /** Where the first {@code <br>} ({@code <br/>}, {@code <BR />}) in text[from, to) starts, or -1. */
    public static int lineBreakAt(String text, int from, int to) {
        for (int i = text.indexOf('<', from); i >= 0 && i + 3 < to; i = text.indexOf('<', i + 1)) {
            if ((text.charAt(i + 1) | 0x20) != 'b' || (text.charAt(i + 2) | 0x20) != 'r') {
                continue;
            }
            int k = i + 3;
            while (k < to && text.charAt(k) == ' ') {
                k++;
            }
            if (k < to && text.charAt(k) == '/') {
                k++;
            }
            if (k < to && text.charAt(k) == '>') {
                return i;
            }
        }
        return -1;
    }

    /**
     * A cell's lines: split at its {@code <br>}s, each stripped, a list marker opening one ("- Forgot
     * taints") and blank ones dropped. A cell without a {@code <br>} is its one line, as written.
     */
    public static List<String> cellLines(String cell) {
        if (lineBreakAt(cell, 0, cell.length()) < 0) {
            return List.of(cell);
        }
        List<String> out = new ArrayList<>(2);
        for (int start = 0; start <= cell.length(); ) {
            int br = lineBreakAt(cell, start, cell.length());
            String t = cell.substring(start, br < 0 ? cell.length() : br).strip();
            if (t.length() > 2 && "-*+\u2022".indexOf(t.charAt(0)) >= 0 && t.charAt(1) == ' ') {
                t = t.substring(2).strip();
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
            if (br < 0) {
                break;
            }
            start = cell.indexOf('>', br) + 1;
        }
        return out.isEmpty() ? List.of(cell.strip()) : out;
    }
}
