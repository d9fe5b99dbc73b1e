package io.github.vaultlint.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which markers {@link NestingDepth} takes as nested past its limit (here 3 levels). */
class NestingDepthTest {

    private static NestingDepth.Deep deep(String text) {
        return NestingDepth.tooDeep(text.toCharArray(), 0, 3);
    }

    @Test
    void aListDeeperThanTheLimitIsFoundAtItsMarker() {
        String text = "- a\n  - b\n    - c\n      - d\n";
        assertEquals(new NestingDepth.Deep(text.indexOf("- d"), false), deep(text));
        assertNull(deep("- a\n  - b\n    - c\n- d\n  - e\n    - f\n"), "siblings and new lists start over");
        assertNull(deep("- a\n  - b\n    - c\n    - c2\n"), "a sibling at the deepest level is no deeper");
        assertNull(deep("- a\n - b\n  - c\n   - d\n"), "a marker short of its parent's text is a sibling, not a child");
    }

    @Test
    void orderedItemsNestByTheirWiderMarker() {
        String text = "1. a\n   1. b\n      1) c\n         9. d\n";
        assertEquals(new NestingDepth.Deep(text.indexOf("9. d"), false), deep(text));
        assertNull(deep("1. a\n  1. b\n    1. c\n      1. d\n"), "two spaces under \"1. \" do not reach its text");
    }

    @Test
    void quotesCountTheirMarkers() {
        assertEquals(new NestingDepth.Deep(6, true), deep("> > > > deep\n"));
        assertEquals(new NestingDepth.Deep(3, true), deep(">>>>x\n"));
        assertNull(deep("> > > three\n"));
    }

    /** "- - - - x" is items nested on one line, as "> - > x" is quotes and items: thousands took minutes, then overflowed. */
    @Test
    void markersOnOneLineNestInEachOther() {
        assertEquals(new NestingDepth.Deep(6, false), deep("- + * - x\n"));
        assertEquals(new NestingDepth.Deep(7, true), deep("> - 1. > x\n"));
        assertEquals(new NestingDepth.Deep(10, false), deep("- a\n  - - - x\n"), "below an item of an earlier line");
        assertNull(deep("- a\n  - - x\n"), "three levels are the limit here");
        assertNull(deep("- * * * *\n"), "an item holding a thematic break");
        assertNull(deep("* * * * * *\n"), "a thematic break");
        assertNull(deep("- - -x\n"), "'-x' is no marker");
    }

    @Test
    void fencedCodeIsNotNesting() {
        assertNull(deep("```yaml\n- a\n  - b\n    - c\n      - d\n> > > > e\n```\n- after\n"));
        String text = "~~~~\n```\n~~~~\n- a\n  - b\n    - c\n      - d\n";
        assertEquals(new NestingDepth.Deep(text.indexOf("- d"), false), deep(text), "a fence closes only on its own kind and length");
    }
}
