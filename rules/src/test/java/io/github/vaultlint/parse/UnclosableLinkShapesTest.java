package io.github.vaultlint.parse;

import com.vladsch.flexmark.parser.Parser;
import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Note;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A "](" that nothing can close ({@code [a](} or {@code ![a](} repeated, with no ')' after it, or
 * more '(' before the next ')' than a destination nests) is text, found without trying it as a link:
 * the fast scanner keeps such notes, and flexmark's destination scan stops at once. These pin that
 * the links around them are still exactly the links CommonMark finds, at the same positions, on
 * both paths (the fast scanner, and flexmark for a note with an HTML block), and that flexmark's
 * own parser builds the same tree.
 */
class UnclosableLinkShapesTest {
    private static final NoteParser PARSER = new NoteParser();
    private static final NoteParser SCANNER = new NoteParser(NoteParser.SCANNER_ONLY);
    /** An HTML block sends the note to flexmark (two lines, so flexmark's lines are 2 further down). */
    private static final String TO_FLEXMARK = "<div>x</div>\n\n";

    @Test
    void repeatedUnclosedLinkOpenersAreTextOnBothPaths() {
        for (String shape : List.of("[a](", "![a](", "[a](b", "[a]( ", "[a][b](")) {
            String body = shape.repeat(300) + "\n";
            assertEquals(List.of(), links(SCANNER.parse("n.md", true, body)), shape + " (scanner)");
            assertEquals(List.of(), links(PARSER.parse("n.md", true, TO_FLEXMARK + body)), shape + " (flexmark)");
            sameTreeAsStockFlexmark(TO_FLEXMARK + body);
        }
    }

    @Test
    void aRealLinkAfterAndAmongUnclosedOpenersIsFoundWhereItIs() {
        String run = "[a](".repeat(100); // 400 columns
        // The first ')' of the paragraph ends the link right before it; the openers before it are
        // nested 100 deep in its destination (too deep), and those after it have nothing to close them.
        String body = run + "[x](y.md) " + run + "\n";
        assertEquals(List.of("y.md@1:401"), links(PARSER.parse("n.md", true, body)), "as the note is");
        assertEquals(List.of("y.md@3:401"), links(PARSER.parse("n.md", true, TO_FLEXMARK + body)), "flexmark");
        sameTreeAsStockFlexmark(TO_FLEXMARK + body);
        // The same with the openers as images, and a ')' at the very end of the paragraph.
        String images = "![a](".repeat(100) + "[x](y.md) " + "![a](".repeat(100) + ")\n";
        assertEquals(List.of("y.md@3:501"), links(PARSER.parse("n.md", true, TO_FLEXMARK + images)));
        sameTreeAsStockFlexmark(TO_FLEXMARK + images);
    }

    @Test
    void trickyRealLinksStayLinksAfterUnclosedOpeners() {
        // A line of openers in the same paragraph, ending in a word or in an open "(" whose destination
        // would start on the next line: a bare destination ends at its first space, so the links there
        // stay links (flexmark's spaces-in-URLs option took the whole line up to the first title).
        for (String run : List.of("[a](".repeat(40) + "end\n", "[a](".repeat(40) + "\n")) {
            realLinksAround(run);
        }
    }

    private static void realLinksAround(String run) {
        String links = "[x](a(b)c.md) [y](<My Note.md>) [z](z.md \"Title (draft)\") [w](w.md 'it\\'s')"
                + " \\[not](n.md) [e\\]f](e.md) ![img](p.png) [s]( s.md ) [q](a\\(b.md) [d](" + "(".repeat(32) + "d"
                + ")".repeat(32) + ".md)\n";
        for (String body : List.of(run + links, links + run, run + links + run)) {
            sameTreeAsStockFlexmark(TO_FLEXMARK + body);
            Note ours = PARSER.parse("n.md", true, TO_FLEXMARK + body);
            assertEquals(List.of("a(b)c.md", "My Note.md", "z.md", "w.md", "e.md", "p.png", "s.md",
                    "a(b.md", "(".repeat(32) + "d" + ")".repeat(32) + ".md"),
                    ours.links().stream().map(Link::target).toList(), body);
            sameTreeAsStockFlexmark(TO_FLEXMARK + body);
            // The scanner leaves titles and escapes to flexmark; where it keeps the note, it agrees.
            Note scanned = SCANNER.parse("n.md", true, body);
            if (scanned != null) {
                assertEquals(links(ours), links(scanned).stream().map(UnclosableLinkShapesTest::twoLinesDown).toList());
            }
        }
    }

    @Test
    void aDefinitionsDestinationNeedsNoClosingParenthesis() {
        // Reference definitions read their destination with the same scan, and there no ')' follows.
        Note n = PARSER.parse("n.md", true, TO_FLEXMARK + "[r]: r.md\n\n" + "[a](".repeat(50) + " [r]\n");
        assertEquals(List.of("r.md"), n.links().stream().map(Link::target).toList());
        sameTreeAsStockFlexmark(TO_FLEXMARK + "[r]: r(x.md\n\n" + "[a](".repeat(50) + " [r] ![r]\n");
    }

    @Test
    void moreOpenersThanADestinationNestsBeforeTheFirstClose() {
        // 33 unescaped '(' then a ')': too deep, no link; 32 (or escaped ones) nest and link.
        String tooDeep = "[t](" + "x(".repeat(33) + ")\n";
        assertEquals(List.of(), links(PARSER.parse("n.md", true, TO_FLEXMARK + tooDeep)));
        String deep = "[t](" + "x(".repeat(32) + "y" + ")".repeat(32) + ")\n";
        assertEquals(List.of("x(".repeat(32) + "y" + ")".repeat(32) + "@3:1"), links(PARSER.parse("n.md", true, TO_FLEXMARK + deep)));
        String escaped = "[t](" + "x\\(".repeat(40) + ")\n";
        assertEquals(1, PARSER.parse("n.md", true, TO_FLEXMARK + escaped).links().size());
        // A space before it: an empty destination may be followed by a title in parentheses.
        String spaced = "[t]( " + "(".repeat(40) + ")\n";
        for (String body : List.of(tooDeep, escaped, spaced)) {
            sameTreeAsStockFlexmark(TO_FLEXMARK + body);
        }
    }

    @Test
    void theScannerKeepsTheseNotes() {
        assertEquals(List.of(), links(SCANNER.parse("n.md", true, "# T\n\n" + "[a](".repeat(50) + "\n\n- ![a](![a](\n")));
        assertNull(SCANNER.parse("n.md", true, "[a](b(c)d.md)\n"), "parentheses in a destination stay flexmark's");
    }

    /**
     * A note with plain definitions and many uses of them ({@code [r] [r] ...}) stays with the fast
     * scanner, which reports each definition as flexmark's walk does (a link from the label to the
     * end of its destination) and the uses as text; a definition with a title, in a quote or
     * indented is still flexmark's.
     */
    @Test
    void plainDefinitionsAndTheirUsesStayWithTheScanner() {
        String note = "# Refs\n\n[r]: Missing.md\n[Star note]:\tStar.md  \n\n" + "[r] ".repeat(200) + "[Star note][] ![r]\n";
        Note scanned = SCANNER.parse("n.md", true, note);
        assertEquals(List.of("Missing.md@3:1", "Star.md@4:1"), links(scanned));
        assertEquals(scanned, new NoteParser(NoteParser.FLEXMARK_ONLY).parse("n.md", true, note));
        for (String other : List.of("[r]: r.md \"t\"\n", "> [r]: r.md\n", " [r]: r.md\n", "[r]:\nr.md\n", "[r]: r.md\ntext\n",
                "[r]: a(b).md\n", "[^1]: note\n")) {
            assertNull(SCANNER.parse("n.md", true, other), other);
        }
    }

    private static List<String> links(Note n) {
        List<String> out = new ArrayList<>();
        for (Link l : n.links()) {
            out.add(l.target() + "@" + l.line() + ":" + l.column());
        }
        return out;
    }

    private static String twoLinesDown(String link) {
        int at = link.lastIndexOf('@');
        int colon = link.indexOf(':', at);
        return link.substring(0, at + 1) + (Integer.parseInt(link.substring(at + 1, colon)) + 2) + link.substring(colon);
    }

    /** CommonMark's reading, as flexmark's own inline parser makes it, where nesting stays within 32. */
    private static void sameTreeAsStockFlexmark(String text) {
        Parser stock = StockFlexmark.parser();
        assertEquals(FlexmarkBoundsTest.tree(stock.parse(text)), FlexmarkBoundsTest.tree(NoteParser.flexmark().parse(text)), text);
    }
}
