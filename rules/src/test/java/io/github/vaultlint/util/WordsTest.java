package io.github.vaultlint.util;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

public class WordsTest {
    /** The implementation before the ASCII fast path: Character.isLetterOrDigit on every char. */
    public static List<String> reference(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    @Test
    void wordCharIsLetterOrDigitForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetterOrDigit((char) c), Words.isWordChar((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void splitsIntoRunsOfLettersAndDigits() {
        assertEquals(List.of("cross", "region", "k8s", "p99"), Words.of("cross-region **k8s**, p99!"));
        assertEquals(List.of("Größe", "σύστημα", "日本語"), Words.of("  Größe/σύστημα…日本語 "));
        assertEquals(List.of(), Words.of(""));
        assertEquals(List.of(), Words.of(" -- ** "));
        assertEquals(List.of("a"), Words.of("a"));
        assertEquals(List.of("snake", "case", "x2"), Words.of("_snake_case_ `x2`"));
    }

    @Test
    void sameWordsAsTheReferenceOnRandomText() {
        String alphabet = "aZ09 -_*`~[]()#:.,!?'\"\t\néßÉΣσςİıK\u212A\u00A0\u2014\u2019日😀\uD800";
        Random r = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(30);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(reference(s), Words.of(s), s);
        }
    }
}
