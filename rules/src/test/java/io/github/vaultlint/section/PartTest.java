package io.github.vaultlint.section;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Part's written-out equality is the record's: every component counts. */
class PartTest {
    private static final Part BASE = new Part("result", "Result", List.of("Outcome"), true, "R", true);

    @Test
    void equalWhenEveryComponentIs() {
        Part same = new Part("result", "Result", List.of("Outcome"), true, "R", true);
        assertEquals(BASE, same);
        assertEquals(BASE.hashCode(), same.hashCode());
        assertEquals(new Part(null, null, List.of(), false, null, false), new Part(null, null, List.of(), false, null, false));
    }

    @Test
    void differentWhenAnyComponentDiffers() {
        assertNotEquals(BASE, new Part("outcome", "Result", List.of("Outcome"), true, "R", true));
        assertNotEquals(BASE, new Part("result", "Results", List.of("Outcome"), true, "R", true));
        assertNotEquals(BASE, new Part("result", "Result", List.of("Outcomes"), true, "R", true));
        assertNotEquals(BASE, new Part("result", "Result", List.of("Outcome"), false, "R", true));
        assertNotEquals(BASE, new Part("result", "Result", List.of("Outcome"), true, "Res", true));
        assertNotEquals(BASE, new Part("result", "Result", List.of("Outcome"), true, "R", false));
        assertNotEquals(BASE, new Part("result", "Result", List.of("Outcome"), true, null, true));
        assertNotEquals(BASE, "result");
        assertNotEquals(BASE, null);
    }
}
