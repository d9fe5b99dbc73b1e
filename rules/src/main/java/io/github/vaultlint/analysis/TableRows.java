package io.github.vaultlint.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a Markdown (GFM) table written under a debrief part: people list weak points in a
 * table (| Gap | Why it matters | Priority |), one per row. Each body row is one item: its first
 * filled cell is the item's text, the other cells its details, named by their column header
 * ("Priority: high"). Cells are split on '|' except an escaped one ({@code \|}, as in
 * {@code [[Note\|alias]]} inside a table), the way Obsidian splits them.
 */
final class TableRows {
    private TableRows() {
    }

    /** One body row: its line in the note, its source text, and its cells as Markdown. */
    record Row(int line, String text, List<String> cells) {
    }

    /** A table's header cells and body rows. */
    record Table(List<String> header, List<Row> rows) {
    }

    /**
     * {@code text} (a table block's lines, the first on {@code line}) as a table, or null when it is
     * no table: its second line is not a delimiter row such as {@code |---|:--:|}. A table with no
     * body rows has its header as its one row.
     */
    static Table parse(String text, int line) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2) {
            return null;
        }
        List<String> header = cells(lines[0]);
        List<String> delimiter = cells(lines[1]);
        if (delimiter.size() != header.size() || !delimiter.stream().allMatch(TableRows::isDelimiter)) {
            return null;
        }
        List<Row> rows = new ArrayList<>(lines.length - 2);
        for (int i = 2; i < lines.length; i++) {
            List<String> cells = cells(lines[i]);
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(new Row(line + i, lines[i], cells));
            }
        }
        if (rows.isEmpty()) {
            return new Table(List.of(), List.of(new Row(line, lines[0], header)));
        }
        return new Table(header, rows);
    }

    /** The cells of one table line, stripped, with the outer pipes dropped and {@code \|} read as '|'. */
    static List<String> cells(String line) {
        String s = line.strip();
        int from = s.startsWith("|") ? 1 : 0;
        int to = s.length();
        if (to > from && s.charAt(to - 1) == '|' && (to < 2 || s.charAt(to - 2) != '\\')) {
            to--;
        }
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString().strip());
        return out;
    }

    private static boolean isDelimiter(String cell) {
        int i = cell.startsWith(":") ? 1 : 0;
        int end = cell.endsWith(":") && cell.length() > i ? cell.length() - 1 : cell.length();
        if (end <= i) {
            return false;
        }
        for (int k = i; k < end; k++) {
            if (cell.charAt(k) != '-') {
                return false;
            }
        }
        return true;
    }
}
