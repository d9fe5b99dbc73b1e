package io.github.vaultlint.baseline;

import io.github.vaultlint.util.OneLine;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Fingerprints are stored in baselines: their text normalisation and hash must never drift. */
class FingerprintsTest {
    @Test
    void collapsesWhitespaceExactlyAsTheRegexDid() {
        String[] fixed = {"", " ", "a", "a b", "a  b", "a\tb", " a ", "a\r\nb", "a \u000B\f b", "a\u00A0b", "a\u2003 b",
            "  lead and trail  ", "tabs\t\t\tand spaces   ", "x\ny\n\nz"};
        for (String s : fixed) {
            assertEquals(s.replaceAll("\\s+", " "), OneLine.regexSpaces(s), s);
        }
        String alphabet = " \t\n\r\f\u000Bab\u00A0\u2003é";
        Random r = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(s.replaceAll("\\s+", " "), OneLine.regexSpaces(s), s);
        }
    }

    @Test
    void aStringWithNothingToCollapseIsReturnedAsIs() {
        String s = "one two three";
        assertSame(s, OneLine.regexSpaces(s));
    }

    @Test
    void hashIsTheFirstEightBytesOfSha256InLowerCaseHex() throws Exception {
        for (String s : new String[] {"", "## Final Reflection", "été", "[[Observabilty#Cardinality]]"}) {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                expected.append(String.format("%02x", d[i]));
            }
            assertEquals(expected.toString(), Fingerprints.hash(s), s);
        }
        assertEquals("e3b0c44298fc1c14", Fingerprints.hash("")); // SHA-256 of nothing, pinned
    }
}
