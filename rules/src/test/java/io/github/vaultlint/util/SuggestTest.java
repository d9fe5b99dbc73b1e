package io.github.vaultlint.util;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestTest {
    /** Optimal string alignment distance, the whole table, no limit. */
    private static int reference(String a, String b, boolean swaps) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (swaps && i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void bothDistancesAreExactUpToTheLimitAndGiveUpPastIt() {
        Random r = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            String a = word(r);
            String b = r.nextBoolean() ? word(r) : swapOne(a, r);
            int limit = r.nextInt(5);
            assertEquals(Math.min(reference(a, b, false), limit + 1), Suggest.distance(a, b, limit), a + " / " + b + " / " + limit);
            assertEquals(Math.min(reference(a, b, true), limit + 1), Suggest.typoDistance(a, b, limit), a + " / " + b + " / " + limit);
        }
        assertEquals(1, Suggest.typoDistance("stra", "star", 1), "a swap is one edit");
        assertEquals(2, Suggest.distance("stra", "star", 2));
    }

    @Test
    void didYouMeanTakesSwappedLetters() {
        assertEquals(" (did you mean \"star\"?)", Suggest.didYouMean("stra", List.of("star", "debrief")));
    }

    private static String word(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(8); i > 0; i--) {
            sb.append((char) ('a' + r.nextInt(3)));
        }
        return sb.toString();
    }

    private static String swapOne(String s, Random r) {
        if (s.length() < 2) {
            return s;
        }
        int i = r.nextInt(s.length() - 1);
        char[] c = s.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }
}
