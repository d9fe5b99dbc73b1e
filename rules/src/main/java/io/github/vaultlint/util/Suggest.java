package io.github.vaultlint.util;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" suggestions from edit distance, only when a candidate is genuinely close. */
public final class Suggest {
    private Suggest() {
    }

    /** The closest candidate within a distance proportional to the word's length, or null. */
    public static String closest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(4, w.length() / 3));
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            if (Math.abs(lc.length() - w.length()) > limit) {
                continue;
            }
            int d = typoDistance(w, lc, limit);
            if (d <= limit && (d < bestD || (d == bestD && c.compareTo(best) < 0))) {
                best = c;
                bestD = d;
            }
        }
        return best;
    }

    /**
     * The most edits a link suggestion may be from what was written: about a third of the shorter of
     * the two names, at most 4, and none below three characters, so "b" never suggests "a" (one edit
     * is the whole name) nor "ab" suggests "a".
     */
    public static int maxEdits(int shorterLength) {
        return Math.min(4, shorterLength / 3);
    }

    /** " (did you mean \"x\"?)" or "". */
    public static String didYouMean(String word, Collection<String> candidates) {
        String c = closest(word, candidates);
        return c == null ? "" : " (did you mean \"" + c + "\"?)";
    }

    /** Levenshtein distance, giving up (returning limit+1) once it must exceed {@code limit}. */
    public static int distance(String a, String b, int limit) {
        return distance(a, b, limit, false);
    }

    /**
     * {@link #distance} where swapping two neighbouring letters is one edit, not two ("stra" ->
     * "star"), as people mistype (optimal string alignment); limit+1 once it must exceed {@code limit}.
     */
    static int typoDistance(String a, String b, int limit) {
        return distance(a, b, limit, true);
    }

    /**
     * Edit distance, with neighbouring letters swapped as one edit when {@code swaps}. Gives up once
     * a whole row exceeds {@code limit}: no later row can come back under it (a swap reaches two rows
     * back, and each row's minimum is at most one more than the one before).
     */
    private static int distance(String a, String b, int limit, boolean swaps) {
        int[] prev2 = swaps ? new int[b.length() + 1] : null;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (swaps && i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
                }
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = swaps ? prev2 : prev;
            if (swaps) {
                prev2 = prev;
            }
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit + 1);
    }
}
