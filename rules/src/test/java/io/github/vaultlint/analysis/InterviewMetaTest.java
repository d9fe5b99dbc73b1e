package io.github.vaultlint.analysis;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InterviewMetaTest {
    /** The pattern findDate replaces. */
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private static String regex(String s) {
        Matcher m = DATE.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void findsTheFirstDateAsTheRegexDid() {
        String alphabet = "0123456789--- a٣";
        Random r = new Random(5);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(24);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(regex(s), InterviewMeta.findDate(s), s);
        }
    }

    @Test
    void findsDates() {
        assertEquals("2025-04-09", InterviewMeta.findDate("2025-04-09 Acme 6064"));
        assertEquals("2025-01-01", InterviewMeta.findDate("12025-01-011"));
        assertEquals("2024-11-30", InterviewMeta.findDate("Onsite 2024-11-30"));
        assertNull(InterviewMeta.findDate("2024-1-30"));
        assertNull(InterviewMeta.findDate(""));
        assertNull(InterviewMeta.findDate("٢٠٢٤-١١-٣٠"), "ASCII digits only, as \\d");
    }
}
