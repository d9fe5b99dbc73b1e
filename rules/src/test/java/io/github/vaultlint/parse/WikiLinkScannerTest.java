package io.github.vaultlint.parse;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WikiLinkScannerTest {

    /** One scanned link: its [start, end) offsets and parts. */
    private record Hit(int start, int end, WikiLinkScanner.Parsed link) {
    }

    private static List<Hit> scan(String s) {
        List<Hit> hits = new ArrayList<>();
        WikiLinkScanner.scan(s, 0, s.length(), (start, end, p) -> hits.add(new Hit(start, end, p)));
        return hits;
    }

    private static WikiLinkScanner.Parsed only(String s) {
        List<Hit> hits = scan(s);
        assertEquals(1, hits.size(), "links in " + s + ": " + hits);
        return hits.get(0).link();
    }

    @Test
    void plainLinkHasOnlyATarget() {
        List<Hit> hits = scan("see [[Acme Debrief]] now");
        assertEquals(1, hits.size());
        assertEquals(4, hits.get(0).start());
        assertEquals(20, hits.get(0).end());
        assertEquals(new WikiLinkScanner.Parsed(false, "Acme Debrief", null, null), hits.get(0).link());
    }

    @Test
    void aliasAnchorAndBlockReference() {
        assertEquals(new WikiLinkScanner.Parsed(false, "STAR Bank", null, "my stories"), only("[[STAR Bank|my stories]]"));
        assertEquals(new WikiLinkScanner.Parsed(false, "STAR Bank", "Kafka migration", "the Kafka one"),
                only("[[STAR Bank#Kafka migration|the Kafka one]]"));
        assertEquals(new WikiLinkScanner.Parsed(false, "Debrief", "^weak-1", null), only("[[Debrief#^weak-1]]"));
        assertEquals(new WikiLinkScanner.Parsed(false, "Debrief", "Meta#Role", null), only("[[Debrief#Meta#Role]]"));
    }

    @Test
    void sameNoteHeadingLinkHasAnEmptyTarget() {
        WikiLinkScanner.Parsed p = only("[[#What was weak]]");
        assertEquals("", p.target());
        assertEquals("What was weak", p.anchor());
    }

    @Test
    void anEscapedBangIsTextAndTheLinkAnOrdinaryOne() {
        List<Hit> hits = scan("x \\![[Miss]] and \\\\![[Real]]");
        assertEquals(2, hits.size());
        assertEquals(4, hits.get(0).start(), "the link starts at [[, after the escaped '!'");
        assertFalse(hits.get(0).link().embed(), "\\! is a literal '!'");
        assertTrue(hits.get(1).link().embed(), "an escaped backslash leaves the '!' an embed");
        assertEquals(19, hits.get(1).start());
    }

    @Test
    void onlyAnOddRunOfBackslashesEscapesTheLink() {
        List<Hit> hits = scan("\\[[Text]] C:\\\\[[Real]] \\\\\\[[Text Too]] \\\\\\\\[[Real Too]]");
        assertEquals(List.of("Real", "Real Too"), hits.stream().map(h -> h.link().target()).toList());
        assertEquals(14, hits.get(0).start(), "the link starts after the escaped backslash");
    }

    @Test
    void embedStartsAtTheBangAndKeepsItsSize() {
        List<Hit> hits = scan("x ![[diagram.png|300]]");
        assertEquals(1, hits.size());
        assertEquals(2, hits.get(0).start(), "the embed's range includes '!'");
        assertEquals(22, hits.get(0).end());
        assertEquals(new WikiLinkScanner.Parsed(true, "diagram.png", null, "300"), hits.get(0).link());
    }

    @Test
    void escapedPipeInATableSeparatesTheAlias() {
        WikiLinkScanner.Parsed p = only("| Kafka | [[STAR Bank\\|stories]] |");
        assertEquals("STAR Bank", p.target());
        assertEquals("stories", p.alias());
        WikiLinkScanner.Parsed anchored = only("[[STAR Bank#Kafka\\|stories]]");
        assertEquals("STAR Bank", anchored.target());
        assertEquals("Kafka", anchored.anchor(), "the escaping backslash is not part of the anchor");
    }

    @Test
    void targetIsTrimmedAndFoldersKept() {
        assertEquals("Interviews/2025-11-17 Acme.md", only("[[ Interviews/2025-11-17 Acme.md ]]").target());
    }

    @Test
    void notLinks() {
        assertTrue(scan("[[Unclosed link and more text").isEmpty(), "unclosed");
        assertTrue(scan("[[Spans\nlines]]").isEmpty(), "a wikilink never spans lines");
        assertTrue(scan("[[Spans\r\nlines]]").isEmpty(), "not across CRLF either");
        assertTrue(scan("[[]] and [[#]] and [[ ]]").isEmpty(), "empty targets");
        assertTrue(scan("\\[[Escaped]]").isEmpty(), "escaped opener");
        assertTrue(scan("[single](brackets) and [also]").isEmpty());
    }

    @Test
    void adjacentAndRestartedLinks() {
        List<Hit> two = scan("[[A]][[B]]");
        assertEquals(2, two.size());
        assertEquals("A", two.get(0).link().target());
        assertEquals(new Hit(5, 10, new WikiLinkScanner.Parsed(false, "B", null, null)), two.get(1));

        List<Hit> restarted = scan("[[Outer [[Inner]]");
        assertEquals(1, restarted.size(), "a new [[ restarts the link");
        assertEquals("Inner", restarted.get(0).link().target());
        assertEquals(8, restarted.get(0).start());
    }

    @Test
    void scansOnlyTheGivenRange() {
        String s = "[[A]] [[B]] [[C]]";
        List<String> targets = new ArrayList<>();
        WikiLinkScanner.scan(s, 6, 11, (start, end, p) -> targets.add(p.target()));
        assertEquals(List.of("B"), targets);
    }

    @Test
    void pathologicalInputStaysLinear() {
        String openers = "[[".repeat(500_000);
        String unclosed = "[[a".repeat(300_000);
        String pipes = "[[Note" + "|".repeat(1_000_000) + "]]";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertTrue(scan(openers).isEmpty());
            assertTrue(scan(unclosed).isEmpty());
            assertEquals(1, scan(pipes).size());
        }, "hang guard, not a benchmark");
    }

    @Test
    void parseInnerRejectsEmptyTargets() {
        assertNull(WikiLinkScanner.parseInner("", false));
        assertNull(WikiLinkScanner.parseInner("#", false));
        assertNull(WikiLinkScanner.parseInner("|alias", false));
    }
}
