package io.github.vaultlint.link;

import io.github.vaultlint.util.Suggest;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The banded distance agrees with the full Levenshtein distance whenever either is within the bound. */
class EditDistanceTest {
    private static int full(String a, String b) {
        return Suggest.distance(a, b, Integer.MAX_VALUE / 2);
    }

    @Test
    void knownPairs() {
        assertEquals(1, EditDistance.within("planing", "planning", 3));
        assertEquals(3, EditDistance.within("networkng", "netwroking", 4), "a swap costs two edits");
        assertEquals(0, EditDistance.within("same", "same", 1));
        assertEquals(2, EditDistance.within("abc", "xyz12", 1), "longer than the bound reports bound + 1");
        assertEquals(3, EditDistance.within("", "abc", 4));
    }

    @Test
    void agreesWithFullLevenshteinOnRandomStrings() {
        Random r = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            String a = random(r);
            String b = r.nextBoolean() ? mutate(a, r) : random(r);
            int k = 1 + r.nextInt(4);
            int expected = Math.min(full(a, b), k + 1);
            assertEquals(expected, EditDistance.within(a, b, k), a + " / " + b + " k=" + k);
        }
    }

    private static String random(Random r) {
        StringBuilder sb = new StringBuilder();
        int len = r.nextInt(12);
        for (int i = 0; i < len; i++) {
            sb.append((char) ('a' + r.nextInt(4)));
        }
        return sb.toString();
    }

    private static String mutate(String s, Random r) {
        StringBuilder sb = new StringBuilder(s);
        int edits = r.nextInt(5);
        for (int e = 0; e < edits; e++) {
            int op = r.nextInt(3);
            int pos = sb.length() == 0 ? 0 : r.nextInt(sb.length());
            if (op == 0 || sb.length() == 0) {
                sb.insert(pos, (char) ('a' + r.nextInt(4)));
            } else if (op == 1) {
                sb.deleteCharAt(pos);
            } else {
                sb.setCharAt(pos, (char) ('a' + r.nextInt(4)));
            }
        }
        return sb.toString();
    }
}
