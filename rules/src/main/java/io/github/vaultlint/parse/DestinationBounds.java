package io.github.vaultlint.parse;

/**
 * Where an unbracketed link destination of one paragraph surely cannot be followed by its closing
 * ')', answered in constant time per question. Questions come from the paragraph's "](" from left
 * to right, so the cursors only move forward and a paragraph costs one pass in all (an earlier
 * offset restarts them: still right, only slower).
 */
final class DestinationBounds {
    private final CharSequence text;
    private int closeFrom;
    private int closeAt = -2;
    private int spaceFrom;
    private int spaceAt = -2;
    private int countedTo;
    private int opensTo;
    private int countedFrom;
    private int opensFrom;

    DestinationBounds(CharSequence text) {
        this.text = text;
    }

    CharSequence text() {
        return text;
    }

    /** True when no ')' at all, escaped or not, is at or after {@code from}: nothing can close the link. */
    boolean noCloseAfter(int from) {
        return nextClose(from) < 0;
    }

    /**
     * True when, before the first ')' and the first space or control character from {@code from},
     * more '(' (not right after a backslash) open than a destination nests
     * ({@value LinearInlineParser#MAX_PAREN_DEPTH}): the destination scan stops on a '(' in the
     * middle of a word, so neither a title nor the closing ')' can follow. False when a space is
     * right before {@code from}: an empty destination may then be followed by a title.
     */
    boolean tooDeepBeforeClose(int from) {
        if (from == 0 || from > text.length() || text.charAt(from - 1) <= ' ') {
            return false;
        }
        int close = nextClose(from);
        int end = Math.min(close < 0 ? text.length() : close, nextSpace(from));
        return opensBefore(end) - opensBefore(from) > LinearInlineParser.MAX_PAREN_DEPTH;
    }

    /** The first ')' at or after {@code from}, or -1. */
    private int nextClose(int from) {
        if (closeAt == -2 || from < closeFrom || closeAt >= 0 && from > closeAt) {
            closeFrom = from;
            closeAt = -1;
            for (int i = from; i < text.length(); i++) {
                if (text.charAt(i) == ')') {
                    closeAt = i;
                    break;
                }
            }
        }
        return closeAt;
    }

    /** The first space, tab, line break or other control character at or after {@code from}, or the length. */
    private int nextSpace(int from) {
        if (spaceAt == -2 || from < spaceFrom || from > spaceAt) {
            spaceFrom = from;
            spaceAt = from;
            while (spaceAt < text.length() && text.charAt(spaceAt) > ' ') {
                spaceAt++;
            }
        }
        return spaceAt;
    }

    /**
     * The number of '(' not right after a backslash before {@code to}: no more than the destination
     * scan counts. One cursor for ends and one for starts.
     */
    private int opensBefore(int to) {
        if (to >= countedTo) {
            opensTo = countOpens(countedTo, to, opensTo);
            countedTo = to;
            return opensTo;
        }
        if (to < countedFrom) {
            countedFrom = 0;
            opensFrom = 0;
        }
        opensFrom = countOpens(countedFrom, to, opensFrom);
        countedFrom = to;
        return opensFrom;
    }

    private int countOpens(int from, int to, int count) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '(' && (i == 0 || text.charAt(i - 1) != '\\')) {
                count++;
            }
        }
        return count;
    }
}
