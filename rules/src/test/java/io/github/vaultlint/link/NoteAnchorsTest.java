package io.github.vaultlint.link;

import io.github.vaultlint.parse.NoteParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoteAnchorsTest {
    private final NoteAnchors a = new NoteAnchors(new NoteParser().parse("n.md", true,
            "# A\n## B\n### C\n## D\n### B\n#### E\n"));

    @Test
    void aFailedLookupKnowsTheHeadingTheLastPartMatched() {
        NoteAnchors.Lookup l = a.find("A#D#B#X");
        assertFalse(l.found());
        assertEquals(3, l.failedPart());
        assertEquals(4, l.lastMatched(), "the ### B under ## D, not the ## B before it");
        assertEquals(-1, a.find("X#B").lastMatched(), "no part matched");
        assertEquals(-1, a.find("X").lastMatched(), "one part, looked up by key");
    }

    @Test
    void aFoundLookupEndsOnItsHeading() {
        NoteAnchors.Lookup l = a.find("A#B#E");
        assertTrue(l.found());
        assertEquals(5, l.lastMatched());
    }
}
