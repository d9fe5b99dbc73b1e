package io.github.vaultlint.util;

/** Text quoted from a note, made fit for a one-line message (a console line, an annotation, a JUnit attribute). */
public final class OneLine {
    private OneLine() {
    }

    /**
     * {@code s} with each run of whitespace (line breaks included) as one space and any other control
     * character shown by its code point ({@code <U+0007>}); {@code s} itself when there is nothing to change.
     */
    public static String of(String s) {
        int i = 0;
        while (i < s.length() && !needsWork(s, i)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                sb.append(' ');
                continue;
            }
            if (Character.isISOControl(c)) {
                sb.append(String.format("<U+%04X>", (int) c));
            } else {
                sb.append(c);
            }
            i++;
        }
        return sb.toString();
    }

    private static boolean needsWork(String s, int i) {
        char c = s.charAt(i);
        return Character.isISOControl(c) || (Character.isWhitespace(c) && (c != ' '
                || (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)))));
    }
}
