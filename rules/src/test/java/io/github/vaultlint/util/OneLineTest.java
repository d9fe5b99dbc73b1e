package io.github.vaultlint.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class OneLineTest {
    @Test
    void whitespaceRunsBecomeOneSpaceAndControlsAreEscaped() {
        assertEquals("[c]: Missing%20Ref.md", OneLine.of("[c]:\n  Missing%20Ref.md"));
        assertEquals("a b c", OneLine.of("a\r\n\tb  c"));
        assertEquals("bell\\u0007 and nul\\u0000", OneLine.of("bell\u0007 and nul\u0000"), "as SafeText writes them");
        String plain = "nothing to change here";
        assertSame(plain, OneLine.of(plain));
    }

    @Test
    void bidiControlsAreWrittenOutToo() {
        // U+202E would show "txt.exe" as "exe.txt" in a terminal, JSON viewer or SARIF message.
        assertEquals("[[\\u202Etxt.exe]] a\\u2066b", OneLine.of("[[\u202Etxt.exe]]\na\u2066b"));
        assertEquals(SafeText.visible("x\u0085y\u061Cz"), OneLine.of("x\u0085y\u061Cz"));
    }

    @Test
    void regexSpacesFoldsOnlyAsciiWhitespaceAndEscapesNothing() {
        assertEquals("a b\u00A0c\u0007", OneLine.regexSpaces("a \t\nb\u00A0c\u0007"));
    }

    @Test
    void headNeverKeepsHalfAnEmoji() {
        String e = "\uD83D\uDE00";
        assertEquals("ab", OneLine.head("ab" + e + "c", 3), "one fewer rather than the emoji's first half");
        assertEquals("ab" + e, OneLine.head("ab" + e + "c", 4));
        assertEquals("abc", OneLine.head("abcdef", 3));
        assertEquals("ab", OneLine.head("ab", 5));
        assertEquals("ab\u2026", OneLine.cut("ab" + e + "cd", 3));
    }
}
