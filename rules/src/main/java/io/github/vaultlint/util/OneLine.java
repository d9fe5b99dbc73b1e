package io.github.vaultlint.util;

/**
 * Text made one line: runs of whitespace folded into one space. {@link #of} is for text quoted from a
 * note in a one-line message (a console line, an annotation, a JUnit attribute); control and
 * bidirectional characters are left to {@link SafeText}, the one escaper.
 */
public final class OneLine {
    private OneLine() {
    }

    /**
     * {@code s} with each run of whitespace (line breaks included, {@link Character#isWhitespace}) as
     * one space, and the control and bidirectional characters {@link SafeText} writes out written out
     * (BEL as backslash-u0007, RIGHT-TO-LEFT OVERRIDE as backslash-u202E); {@code s} itself when there
     * is nothing to change.
     */
    public static String of(String s) {
        return SafeText.visible(fold(s, false));
    }

    /**
     * {@code s} when at most {@code max} chars long, else its first {@code max} (one fewer rather than
     * half an emoji) and an ellipsis: for a value quoted in a message, which a pasted paragraph must
     * not turn into a paragraph-long message.
     */
    public static String cut(String s, int max) {
        return s.length() <= max ? s : head(s, max) + "\u2026";
    }

    /**
     * The first {@code n} chars of {@code s} (all of it when shorter), one fewer rather than half an
     * emoji: every cut of note text goes through here, since a lone surrogate is no character at all
     * (UTF-8 writers refuse it: the HTML report failed, JSON got a "\uD83D" no strict reader takes).
     */
    public static String head(String s, int n) {
        if (s.length() <= n) {
            return s;
        }
        return n > 0 && Character.isHighSurrogate(s.charAt(n - 1)) ? s.substring(0, n - 1) : s.substring(0, n);
    }

    /**
     * {@code s.replaceAll("\\s+", " ")} without a regex (compiled per call, hundreds of times in a
     * cold JVM): only ASCII whitespace folds. {@code s} itself when there is nothing to change.
     */
    public static String regexSpaces(String s) {
        return fold(s, true);
    }

    private static String fold(String s, boolean asciiOnly) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c, asciiOnly)) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            int j = i + 1;
            while (j < s.length() && isSpace(s.charAt(j), asciiOnly)) {
                j++;
            }
            if (sb == null) {
                if (c == ' ' && j == i + 1) {
                    continue; // a single space stays as it is
                }
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            sb.append(' ');
            i = j - 1;
        }
        return sb == null ? s : sb.toString();
    }

    /** Regex {@code \s} (space, tab, LF, VT, FF, CR) when {@code asciiOnly}, else {@link Character#isWhitespace}. */
    private static boolean isSpace(char c, boolean asciiOnly) {
        return asciiOnly ? c == ' ' || (c >= '\t' && c <= '\r') : Character.isWhitespace(c);
    }
}
