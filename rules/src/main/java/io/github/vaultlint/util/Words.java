package io.github.vaultlint.util;

import java.util.ArrayList;
import java.util.List;

/** Splits text into words: maximal runs of letters and digits ("cross-region" is two words). */
public final class Words {
    /** ASCII letters and digits: the word characters below 128. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
    }

    private Words() {
    }

    public static List<String> of(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int start = next(s, 0);
        while (start < n) {
            int end = end(s, start);
            out.add(s.substring(start, end));
            start = next(s, end);
        }
        return out;
    }

    /**
     * As {@link #of}, with an apostrophe between two word characters inside the word ("didn't",
     * "I'd" are one word each); a quote around a word ("'mistakes'") is not part of it.
     */
    public static List<String> withApostrophes(String s) {
        List<String> out = new ArrayList<>(6);
        int n = s.length();
        int start = next(s, 0);
        while (start < n) {
            int end = end(s, start);
            while (end + 1 < n && s.charAt(end) == '\'' && isWordChar(s.charAt(end + 1))) {
                end = end(s, end + 1);
            }
            out.add(s.substring(start, end));
            start = next(s, end);
        }
        return out;
    }

    /**
     * Whether {@code c} belongs to a word: {@link Character#isLetterOrDigit(char)}, with ASCII
     * answered without the Unicode table lookup (it runs for every character of every analysed text).
     */
    public static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** Start of the first word at or after {@code from}, or {@code s.length()} when there is none. */
    private static int next(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n && !isWordChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** End (exclusive) of the word that {@code from} is in: the first non-word character at or after it. */
    private static int end(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n && isWordChar(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
