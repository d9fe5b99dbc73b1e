package io.github.vaultlint.analysis;

import io.github.vaultlint.vault.Task;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the columns of a table of actions say about a row, as people keep one instead of a
 * checklist ({@code | Action | Due | Status |}): whether it is done, by a Status (or Done, State,
 * Progress) column, and when it is due, by a Due (or Deadline, By, ...) column.
 */
final class RowMarks {
    private RowMarks() {
    }

    private static final Set<String> STATUS_HEADERS = Set.of("status", "state", "done", "done?", "progress", "complete",
            "completed", "\u2713", "\u2714", "\u2705", "\u2611");
    private static final Set<String> DUE_HEADERS = Set.of("due", "due date", "date due", "due by", "deadline", "by",
            "by when", "until", "target", "target date", "when");
    private static final Set<String> DONE = Set.of("done", "yes", "y", "x", "[x]", "true", "complete", "completed",
            "finished", "closed", "fixed", "resolved", "\u2713", "\u2714", "\u2714\ufe0f", "\u2705", "\u2611", "\u2611\ufe0f");
    private static final Set<String> IN_PROGRESS = Set.of("in progress", "in-progress", "wip", "doing", "started", "ongoing", "[/]");
    private static final Set<String> CANCELLED = Set.of("cancelled", "canceled", "dropped", "won't do", "wont do", "skipped", "[-]");

    /** The row's status by its table's status column; null when the table has none. */
    static Task.Status status(List<String> header, List<String> cells) {
        int c = column(header, STATUS_HEADERS);
        if (c < 0) {
            return null;
        }
        String v = c < cells.size() ? key(cells.get(c)) : "";
        Task.Status status = named(v);
        if (status == null) { // "✅ done", "done 2025-10-03", "cancelled - no time": by its first word
            int space = v.indexOf(' ');
            status = space > 0 ? named(v.substring(0, space)) : null;
        }
        return status == null ? Task.Status.OPEN : status; // "todo", "open", "no", "not done", empty
    }

    private static Task.Status named(String v) {
        return DONE.contains(v) ? Task.Status.DONE : IN_PROGRESS.contains(v) ? Task.Status.IN_PROGRESS
                : CANCELLED.contains(v) ? Task.Status.CANCELLED : null;
    }

    /** The first real yyyy-mm-dd date in the row's due column, or null. */
    static String due(List<String> header, List<String> cells) {
        int c = column(header, DUE_HEADERS);
        if (c < 0 || c >= cells.size()) {
            return null;
        }
        String v = cells.get(c);
        for (int i = 0; i + 10 <= v.length(); i++) {
            if (DueDate.isDate(v, i) && (i == 0 || !Character.isDigit(v.charAt(i - 1)))
                    && (i + 10 == v.length() || !Character.isDigit(v.charAt(i + 10)))) {
                try {
                    return LocalDate.parse(v.substring(i, i + 10)).toString();
                } catch (DateTimeException e) {
                    // 2025-02-30: no date
                }
            }
        }
        return null;
    }

    private static int column(List<String> header, Set<String> names) {
        for (int c = 1; c < header.size(); c++) { // the first column is the action itself
            if (names.contains(key(header.get(c)))) {
                return c;
            }
        }
        return -1;
    }

    /** A cell as plain lower-case text without a trailing ':' ("**Status:**" is "status"). */
    private static String key(String cell) {
        String t = cell.contains("[") ? cell.strip() : MarkdownText.plain(cell).strip(); // "[x]" stays as written
        t = t.toLowerCase(Locale.ROOT);
        if (t.startsWith("**") && t.endsWith("**") && t.length() > 4) {
            t = t.substring(2, t.length() - 2).strip();
        }
        return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    }
}
