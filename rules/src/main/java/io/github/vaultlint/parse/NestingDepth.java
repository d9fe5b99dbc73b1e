package io.github.vaultlint.parse;

/**
 * Finds lists or quotes nested deeper than flexmark parses in reasonable time. flexmark re-reads a
 * line's indentation once per open list level, so a line at depth d costs d squared: a 9 MB note of
 * lists nested 3,000 deep took four minutes, then overflowed the stack, as quotes nested thousands
 * deep do at once (reported on line 1). Real notes nest a few levels; past {@link #MAX} the note is
 * reported at the first marker too deep, not parsed.
 */
final class NestingDepth {
    /** Levels of nested list items parsed; beyond that the note is reported. The fast scanner's limit too. */
    static final int MAX = 256;

    private NestingDepth() {
    }

    /** A marker nested too deep: its offset, and whether it is a quote's {@code >} or a list item's. */
    record Deep(int offset, boolean quote) {
    }

    /**
     * The first list marker or quote marker more than {@code max} levels deep in {@code text[from..]},
     * or null. A list's depth is estimated as CommonMark nests items: an item is a child of the items
     * whose content column its marker reaches; the markers that start a line ({@code > > - - x}) nest
     * in each other. Lines in fenced code blocks are skipped.
     */
    static Deep tooDeep(char[] text, int from, int max) {
        int[] content = new int[max + 1]; // content columns of the open items, outermost first
        int depth = 0;
        char fence = 0;
        int fenceLength = 0;
        int i = from;
        while (i < text.length) {
            int col = 0;
            int p = i;
            while (p < text.length && (text[p] == ' ' || text[p] == '\t')) {
                col = text[p] == '\t' ? (col / 4 + 1) * 4 : col + 1;
                p++;
            }
            int end = p;
            while (end < text.length && text[end] != '\n' && text[end] != '\r') {
                end++;
            }
            if (p < end) { // not a blank line
                int run = run(text, p, end);
                if (fence != 0) {
                    if (text[p] == fence && run >= fenceLength) {
                        fence = 0;
                    }
                } else if (run >= 3 && (text[p] == '`' || text[p] == '~')) {
                    fence = text[p];
                    fenceLength = run;
                } else {
                    while (depth > 0 && col < content[depth - 1]) {
                        depth--;
                    }
                    Deep deep = chain(text, p, end, depth, max);
                    if (deep != null) {
                        return deep;
                    }
                    int marker = text[p] == '>' ? 0 : marker(text, p, end);
                    if (marker > 0) {
                        content[depth++] = col + marker + 1; // only the line's first item: others sit inside it
                    }
                }
            }
            i = end;
            if (i < text.length && text[i] == '\r') {
                i++;
            }
            if (i < text.length && text[i] == '\n') {
                i++;
            }
        }
        return null;
    }

    /**
     * The container markers starting the line at {@code p}, each nested in the one before: quotes
     * ({@code > > x}) and list items ({@code - - x}, {@code 1. - x}), below {@code open} list items
     * of earlier lines. The marker that goes past {@code max}, or null. A thematic break ends the run:
     * {@code - * * *} is an item holding a break, not items four deep.
     */
    private static Deep chain(char[] text, int p, int end, int open, int max) {
        int q = p;
        int level = open;
        while (q < end) {
            boolean quote = text[q] == '>';
            int width = quote ? 1 : marker(text, q, end);
            if (width == 0) {
                return null;
            }
            if (level == max) {
                return q < breakStart(text, p, end) ? new Deep(q, quote) : null;
            }
            level++;
            q += width;
            while (q < end && (text[q] == ' ' || text[q] == '\t')) {
                q++;
            }
        }
        return null;
    }

    /**
     * Where the thematic break that ends the line {@code text[p..end)} starts ({@code * * *} or
     * {@code ---} to the end, three markers or more), or {@code end} when it ends in none.
     */
    private static int breakStart(char[] text, int p, int end) {
        int start = end;
        char marker = 0;
        int count = 0;
        for (int q = end - 1; q >= p; q--) {
            char c = text[q];
            if (c == ' ' || c == '\t') {
                continue;
            }
            if (marker == 0 && (c == '*' || c == '-' || c == '_')) {
                marker = c;
            }
            if (c != marker) {
                break;
            }
            if (++count >= 3) {
                start = q;
            }
        }
        return start;
    }

    /** Length of the run of {@code text[p]} from {@code p}. */
    private static int run(char[] text, int p, int end) {
        int q = p;
        while (q < end && text[q] == text[p]) {
            q++;
        }
        return q - p;
    }

    /** Width of the list marker at {@code p} ("-", "*", "+", "1." or "1)") when a space or the line end follows, else 0. */
    private static int marker(char[] text, int p, int end) {
        char c = text[p];
        int q = p;
        if (c == '-' || c == '*' || c == '+') {
            q++;
        } else {
            while (q < end && q - p < 9 && text[q] >= '0' && text[q] <= '9') {
                q++;
            }
            if (q == p || q >= end || (text[q] != '.' && text[q] != ')')) {
                return 0;
            }
            q++;
        }
        return q == end || text[q] == ' ' || text[q] == '\t' ? q - p : 0;
    }
}
