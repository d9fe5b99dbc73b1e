package io.github.vaultlint.util;

import java.util.Locale;

/**
 * The one escaper for note text shown as plain text (a terminal, a build log, a message quoted in
 * any report, a configuration error): control characters (C0 but tab, DEL, C1), line and paragraph
 * separators and the bidirectional controls are written out as a backslash, 'u' and four hex digits
 * (ESC as backslash-u001B; line breaks as backslash-n and backslash-r), so a file name, link or
 * message from a note cannot colour the output, move the cursor, forge a log line or reorder what is
 * shown. {@link OneLine} and the Markdown escaping of the reports build on it. A character named in
 * a sentence ("the control character U+0007") is written by {@link #codePoint}.
 */
public final class SafeText {
    private SafeText() {
    }

    /** For one console line: every control character written out, line breaks too. */
    public static String visible(String s) {
        return escape(s, false);
    }

    /**
     * Control characters written out, but CR and LF kept (a GitHub workflow command escapes those
     * itself, as %0D and %0A, and shows them as line breaks).
     */
    public static String visibleKeepingLineBreaks(String s) {
        return escape(s, true);
    }

    /**
     * For a build log: {@link #visible}, and no CI log command can start in the text (see
     * {@link #guardLogCommands}).
     */
    public static String inLog(String s) {
        return guardLogCommands(visible(s));
    }

    /**
     * {@code v} (already {@link #visible}, or several such lines joined by line feeds) with the character
     * that would make a CI log command written out as backslash-u and four hex digits: the GitHub Actions
     * runner runs {@code ::command::} at the start of a line (after leading spaces, which an indented
     * source line has) and the older {@code ##[command]} anywhere in a line, and Azure Pipelines runs
     * {@code ##vso[...]} anywhere. A note's {@code [[##[error]x]]} or a line {@code ::warning::x} would
     * otherwise add annotations, mask text or set variables in the build that lints it. Applying it
     * twice changes nothing.
     */
    public static String guardLogCommands(String v) {
        int[] at = logCommandChars(v);
        if (at.length == 0) {
            return v;
        }
        StringBuilder sb = new StringBuilder(v.length() + 6 * at.length);
        int from = 0;
        for (int i : at) {
            sb.append(v, from, i).append(String.format(Locale.ROOT, "\\u%04X", (int) v.charAt(i)));
            from = i + 1;
        }
        return sb.append(v, from, v.length()).toString();
    }

    /**
     * {@code v} with the "##[" and "##vso[" commands written out as {@link #guardLogCommands} writes
     * them, and nothing else: for text inside a line it never starts, such as a GitHub workflow
     * command's message or file, where a leading "::" is no command (and ':' is escaped anyway). The
     * Actions runner reads a line that is a workflow command as that command only, but Azure Pipelines
     * runs a "##vso[" anywhere in any line, annotations asked for with the github format included.
     */
    public static String guardInlineLogCommands(String v) {
        if (v == null || v.indexOf("##") < 0) {
            return v;
        }
        StringBuilder sb = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            sb.append(c);
            if (c == '#' && (v.startsWith("##[", i) || v.regionMatches(true, i, "##vso[", 0, 6))) {
                sb.append("\\u0023");
                i++; // the second '#', written out
            }
        }
        return sb.toString();
    }

    /** The extra characters {@link #guardLogCommands} writes for each character it writes out. */
    public static final int LOG_COMMAND_GROWTH = 5;

    /**
     * The indexes in {@code v}, ascending, of the characters {@link #guardLogCommands} writes out: the
     * first ':' of a line's leading "::" and the second '#' of each "##[" and "##vso[" (any case).
     */
    public static int[] logCommandChars(String v) {
        if (v == null || (v.indexOf("::") < 0 && v.indexOf("##") < 0)) {
            return new int[0];
        }
        java.util.List<Integer> at = new java.util.ArrayList<>();
        boolean lineStart = true;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\n') {
                lineStart = true;
                continue;
            }
            if (lineStart && !(Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                lineStart = false;
                if (v.startsWith("::", i)) {
                    at.add(i);
                }
            }
            if (c == '#' && (v.startsWith("##[", i) || v.regionMatches(true, i, "##vso[", 0, 6))) {
                at.add(i + 1);
            }
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    /** "U+0007": how a message names a character in words. */
    public static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    /** Whether {@code c} is written out (tab, CR and LF aside). */
    public static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\u061C'
                || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String escape(String s, boolean keepLineBreaks) {
        if (s == null) {
            return "";
        }
        int i = 0;
        while (i < s.length() && !needs(s.charAt(i), keepLineBreaks)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!needs(c, keepLineBreaks)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else {
                sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean needs(char c, boolean keepLineBreaks) {
        if (c == '\t') {
            return false;
        }
        if (c == '\n' || c == '\r') {
            return !keepLineBreaks;
        }
        return unsafe(c);
    }
}
