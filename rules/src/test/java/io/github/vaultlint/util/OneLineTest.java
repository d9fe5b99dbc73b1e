package io.github.vaultlint.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class OneLineTest {
    @Test
    void whitespaceRunsBecomeOneSpaceAndControlsAreEscaped() {
        assertEquals("[c]: Missing%20Ref.md", OneLine.of("[c]:\n  Missing%20Ref.md"));
        assertEquals("a b c", OneLine.of("a\r\n\tb  c"));
        assertEquals("bell<U+0007> and nul<U+0000>", OneLine.of("bell\u0007 and nul\u0000"));
        String plain = "nothing to change here";
        assertSame(plain, OneLine.of(plain));
    }
}
