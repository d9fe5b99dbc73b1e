package io.github.vaultlint.parse;

/**
 * Finds notes with more paragraph replacements than flexmark handles in reasonable time. A setext
 * underline ({@code Title} then {@code ===}) replaces the paragraph above it with a heading, and a
 * paragraph of reference definitions ({@code [label]: url}) is dropped; each time, flexmark's block
 * tracker scans back over every block added since the last paragraph it kept. A note made of
 * nothing else costs the square of their number: two million setext headings (8 MB) took 50 s of
 * CPU, where real notes have a handful. Past {@link #MAX} such lines the note is reported, not parsed.
 */
final class ParagraphReplacements {
    /** Setext underlines and paragraphs of reference definitions parsed; beyond that the note is reported. */
    static final int MAX = 100_000;

    private ParagraphReplacements() {
    }

    /**
     * The offset of the line that is number {@code max + 1} among the setext underlines and
     * paragraphs starting with a reference definition in {@code text[from..]}, or -1. Counted
     * generously, by line shape alone (block quote markers skipped, lines in fenced code blocks not
     * counted): an underline is a line of only '=' or only '-' (spaces after them allowed) below a
     * line that is not blank, a definition a line after a blank one that starts with '[' (not a
     * footnote's "[^") and holds "]:". A paragraph of many definitions is dropped once: it counts once.
     */
    static int tooMany(char[] text, int from, int max) {
        int count = 0;
        boolean previousBlank = true;
        char fence = 0;
        int fenceLength = 0;
        int i = from;
        while (i < text.length) {
            int start = i;
            int end = i;
            while (end < text.length && text[end] != '\n' && text[end] != '\r') {
                end++;
            }
            int p = start;
            while (p < end && (text[p] == ' ' || text[p] == '\t' || text[p] == '>')) {
                p++;
            }
            boolean blank = p == end;
            if (!blank) {
                int run = run(text, p, end);
                if (fence != 0) {
                    if (text[p] == fence && run >= fenceLength) {
                        fence = 0;
                    }
                } else if (run >= 3 && (text[p] == '`' || text[p] == '~')) {
                    fence = text[p];
                    fenceLength = run;
                } else if (!previousBlank && (text[p] == '=' || text[p] == '-') && onlySpacesFrom(text, p + run, end)
                        || previousBlank && definition(text, p, end)) {
                    if (++count > max) {
                        return start;
                    }
                }
            }
            previousBlank = blank;
            i = end;
            if (i < text.length && text[i] == '\r') {
                i++;
            }
            if (i < text.length && text[i] == '\n') {
                i++;
            }
        }
        return -1;
    }

    private static boolean definition(char[] text, int p, int end) {
        if (text[p] != '[' || p + 1 < end && text[p + 1] == '^') {
            return false;
        }
        for (int q = p + 1; q + 1 < end; q++) {
            if (text[q] == ']' && text[q + 1] == ':') {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySpacesFrom(char[] text, int p, int end) {
        while (p < end && (text[p] == ' ' || text[p] == '\t')) {
            p++;
        }
        return p == end;
    }

    /** Length of the run of {@code text[p]} from {@code p}. */
    private static int run(char[] text, int p, int end) {
        int q = p;
        while (q < end && text[q] == text[p]) {
            q++;
        }
        return q - p;
    }
}
