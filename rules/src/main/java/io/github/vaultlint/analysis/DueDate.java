package io.github.vaultlint.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The date an action is due by, as people write it on the action's line: the Obsidian Tasks due
 * date ({@code 📅 2025-05-01}), a Dataview field ({@code [due:: 2025-05-01]}), or words
 * ({@code due: 2025-05-01}, {@code due 2025-05-01}, {@code by 2025-05-01}, {@code before ...},
 * {@code deadline ...}). Only ISO dates ({@code yyyy-mm-dd}) that exist; a date with no such word
 * before it (a Tasks done date {@code ✅ 2025-05-02}, "since 2025-01-01") is no due date.
 * One forward scan: no regex.
 */
final class DueDate {
    private DueDate() {
    }

    /** Words that, right before a date, make it the due date; "due by" ends in "by". */
    private static final String[] WORDS = {"due", "by", "before", "deadline", "until", "till"};
    private static final String CALENDAR = "\uD83D\uDCC5"; // 📅, the Tasks plugin's due date

    /** The first due date written in {@code text}, as yyyy-mm-dd, or null. */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        for (int i = 0; i + 10 <= n; i++) {
            if (!isDate(text, i) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))
                    || (i + 10 < n && Character.isDigit(text.charAt(i + 10)))) {
                continue;
            }
            if (markedDue(text, i)) {
                String date = text.substring(i, i + 10);
                try {
                    LocalDate.parse(date);
                    return date;
                } catch (DateTimeException e) {
                    // 2025-02-30: no date
                }
            }
            i += 9;
        }
        return null;
    }

    /** Whether the ten chars at {@code i} read YYYY-MM-DD (digits and dashes; the calendar is checked elsewhere). */
    static boolean isDate(String s, int i) {
        for (int k = 0; k < 10; k++) {
            char c = s.charAt(i + k);
            if (k == 4 || k == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the text before the date at {@code i} ends with a due word or 📅 (spaces, ':', '(', '[' between). */
    private static boolean markedDue(String s, int i) {
        int k = i;
        while (k > 0 && (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '\t' || s.charAt(k - 1) == ':'
                || s.charAt(k - 1) == '(' || s.charAt(k - 1) == '\u00a0' || s.charAt(k - 1) == '\uFE0F')) {
            k--;
        }
        if (k >= CALENDAR.length() && s.startsWith(CALENDAR, k - CALENDAR.length())) {
            return true;
        }
        int start = k;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        if (start == k) {
            return false;
        }
        String word = s.substring(start, k).toLowerCase(Locale.ROOT);
        for (String w : WORDS) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
