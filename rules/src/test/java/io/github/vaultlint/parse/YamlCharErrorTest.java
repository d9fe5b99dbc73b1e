package io.github.vaultlint.parse;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.reader.ReaderException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class YamlCharErrorTest {
    @Test
    void snakeYamlsCodePointIndexBecomesLineAndUtf16Column() {
        // "😀" is one code point and two UTF-16 units: index 10 is the BEL, in column 6 of line 2 (5 in code points).
        String text = "a: b\r\nc: 😀\u0007";
        YamlCharError c = YamlCharError.of(text, new ReaderException("t", 10, 7, "special characters are not allowed"));
        assertEquals(new YamlCharError(2, 6, 7), c);
        assertEquals("U+0007", c.name());
    }

    @Test
    void anIndexPastTheEndPointsAtTheEnd() {
        YamlCharError c = YamlCharError.of("ab", new ReaderException("t", 99, 0x1B, "x"));
        assertEquals(new YamlCharError(1, 3, 0x1B), c);
        assertEquals("U+001B", c.name());
    }
}
