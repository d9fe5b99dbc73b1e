package io.github.vaultlint.rule.builtin;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What heading-syntax says about stray markers: the fix it suggests must be a real heading. */
class HeadingSyntaxMessageTest {

    @Test
    void oneRunOfStrayMarkers() {
        assertEquals("heading has stray markers \"##\" in its text; write it as \"## Resource Utilization\"",
                HeadingSyntaxRule.strayMarkers("## Resource Utilization", 2));
        assertEquals("heading has stray markers \"###\" in its text; write it as \"### Follow-up\"",
                HeadingSyntaxRule.strayMarkers("###Follow-up", 3));
    }

    @Test
    void everyRunOfStrayMarkersIsRemovedFromTheSuggestedHeading() {
        // "## ## ## Double" once suggested "## ## Double", still a stray marker
        assertEquals("heading has stray markers \"## ##\" in its text; write it as \"## Double stray\"",
                HeadingSyntaxRule.strayMarkers("## ## Double stray", 2));
        assertEquals("heading has stray markers \"# ###\" in its text; write it as \"## Title\"",
                HeadingSyntaxRule.strayMarkers("# ###Title", 2));
    }

    @Test
    void onlyMarkersSuggestWritingTheTextNotAnEmptyHeading() {
        // "#### ## ##" has the text "##" (its last run closes the heading): once "write it as \"#### \""
        assertEquals("heading has only stray markers \"##\" and no text; write the heading text after \"#### \", "
                + "or remove the line", HeadingSyntaxRule.strayMarkers("##", 4));
    }

    @Test
    void tagsAndPlainTextAreNoMarkers() {
        assertNull(HeadingSyntaxRule.strayMarkers("#sre on-call", 2));
        assertEquals("heading has stray markers \"##\" in its text; write it as \"## #sre\"",
                HeadingSyntaxRule.strayMarkers("## #sre", 2), "the tag after a stray run stays");
        assertNull(HeadingSyntaxRule.strayMarkers("C# tips", 2));
        assertNull(HeadingSyntaxRule.strayMarkers("", 2));
    }
}
