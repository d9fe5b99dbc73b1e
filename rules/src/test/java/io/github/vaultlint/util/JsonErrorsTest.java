package io.github.vaultlint.util;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonErrorsTest {
    @Test
    void anErrorWithoutALocationIsAtOneOne() {
        JsonParseException e = new JsonParseException((JsonParser) null, "broken\n  here");
        assertEquals(null, e.getLocation());
        assertEquals(1, JsonErrors.line(e));
        assertEquals(1, JsonErrors.column(e));
        assertEquals("broken here", JsonErrors.reason(e));
    }

    @Test
    void jacksonsSourceBecomesItsPosition() {
        assertEquals("expected close marker for Array (start marker at line 1, column 14)", JsonErrors.reason(
                "expected close marker for Array (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`"
                        + " disabled); line: 1, column: 14])"));
        assertEquals("x at line 2, column 3", JsonErrors.reason("x at [Source: (String)\"{\n;\"; line: 2, column: 3]"));
        assertEquals("a".repeat(197) + "...", JsonErrors.reason("a".repeat(300)));
    }
}
