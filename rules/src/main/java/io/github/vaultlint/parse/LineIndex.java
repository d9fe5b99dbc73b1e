package io.github.vaultlint.parse;

import java.util.Arrays;

/** Maps character offsets to 1-based line and column numbers. Handles \n, \r\n and \r endings. */
public final class LineIndex {
    private final int[] starts;
    private final int length;

    public LineIndex(CharSequence text) {
        int[] s = new int[64];
        int n = 0;
        s[n++] = 0;
        int len = text.length();
        if (text instanceof String str && str.indexOf('\r') < 0) {
            // The usual note: '\n' only. String.indexOf is an intrinsic, fast even before the JIT warms up.
            for (int nl = str.indexOf('\n'); nl >= 0; nl = str.indexOf('\n', nl + 1)) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = nl + 1;
            }
            this.starts = Arrays.copyOf(s, n);
            this.length = len;
            return;
        }
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n'))) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
        this.length = len;
    }

    /** Number of lines; a trailing newline does not open a new line. */
    public int lineCount() {
        if (length == 0) {
            return 0;
        }
        return starts[starts.length - 1] == length ? starts.length - 1 : starts.length;
    }

    /** 1-based line of {@code offset}. */
    public int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of {@code offset} (UTF-16 units). */
    public int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }

    /** Offset where 1-based {@code line} starts. */
    public int lineStart(int line) {
        return starts[Math.min(Math.max(line, 1), starts.length) - 1];
    }

    /** Offset just past the content of 1-based {@code line}, before its line break. */
    public int lineEnd(CharSequence text, int line) {
        int end = line < starts.length ? starts[line] : length;
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /**
     * The lines of {@code text} without their breaks, split where this index (and YAML) breaks them:
     * at \n, \r\n and a lone \r; like {@code split(regex, -1)}, a trailing break leaves an empty last line.
     */
    public static String[] lines(String text) {
        return LINE_BREAK.split(text, -1);
    }

    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\r\n|[\r\n]");
}
