package io.github.vaultlint.parse;

import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Note;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notes the fast scanner leaves to flexmark (an HTML block anywhere is enough) stay linear and on the
 * stack, however long a paragraph is: flexmark's own inline, heading and HTML block parsers took
 * hours on a megabyte line or overflowed the stack, which lost the whole note.
 */
class FlexmarkBoundsTest {
    private static final NoteParser PARSER = new NoteParser();
    /** An HTML block sends the note to flexmark. */
    private static final String TO_FLEXMARK = "# T\n\n<div>x</div>\n\n";

    @Test
    void theseNotesAreFlexmarks() {
        assertNull(new NoteParser(NoteParser.SCANNER_ONLY).parse("n.md", true, TO_FLEXMARK + "[a](b.md)\n"),
                "the prefix makes flexmark parse the note, which is what this class tests");
    }

    /**
     * About 200 KB each, a size at which each shape took minutes before, or lost the note to a stack
     * overflow (a hang guard, not a benchmark).
     */
    @Test
    void longParagraphsDoNotStall() {
        List<String> bodies = List.of(
                "[a](b".repeat(40_000),            // unbalanced destinations: a scan to the end per link
                "`a".repeat(100_000),               // a copy of the paragraph per backtick
                "[a][b]".repeat(35_000),           // ... per bracket
                "[a](b (x".repeat(25_000),         // an unclosed (title) per link
                "[a](<b> \"x".repeat(20_000),      // an unclosed "title"
                "> [!info] x\n> a\n".repeat(12_500), // a heading check copied the whole quote per line (200 KB)
                "\n[a]: b".repeat(30_000));        // ... the whole run of reference definitions
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String body : bodies) {
                Note n = PARSER.parse("big.md", true, TO_FLEXMARK + body + "\n");
                assertEquals(List.of(), n.problems(), body.substring(0, 10));
            }
        });
    }

    /**
     * flexmark's heading parser copied the paragraph above every line starting with '#', '=' or '-'
     * before testing it: a paragraph of "#tag" lines or a pasted log of "==> step" lines cost the
     * square of its length (100,000 lines: minutes). Only a line that can be a heading goes to it now.
     */
    @Test
    void paragraphsOfTagLinesAndArrowLinesDoNotStall() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String line : List.of("#t\n", "==>\n", "-x\n")) {
                Note n = PARSER.parse("big.md", true, TO_FLEXMARK + line.repeat(100_000) + "\n# Real heading\n");
                assertEquals(List.of(), n.problems(), line);
                assertEquals(2, n.headings().size(), line + n.headings().subList(0, Math.min(3, n.headings().size())));
            }
        });
    }

    @Test
    void linksAroundLongUnclosedConstructsAreStillFound() {
        String text = TO_FLEXMARK + "See [guide](Guide.md) and [[Wiki Target]] then [x](y.md \"" + "t".repeat(100_000)
                + " [[After Title]] [z](<" + "u".repeat(100_000) + " and [back](Back.md).\n";
        // A worker's stack, as the linter parses on a ForkJoinPool: flexmark's title and <destination>
        // patterns overflowed it on these.
        Note n = onSmallStack(() -> PARSER.parse("n.md", true, text));
        assertEquals(List.of(), n.problems());
        assertEquals(List.of("Guide.md", "Wiki Target", "After Title", "Back.md"),
                n.links().stream().map(Link::target).toList());
    }

    @Test
    void anHtmlTagWithThousandsOfAttributesIsTextNotALostNote() {
        String text = TO_FLEXMARK + "<a " + "b=c ".repeat(200_000) + "\n\n[[Still Found]]\n";
        Note n = onSmallStack(() -> PARSER.parse("n.md", true, text));
        assertEquals(List.of(), n.problems());
        assertEquals(List.of("Still Found"), n.links().stream().map(Link::target).toList());
    }

    /**
     * flexmark's thematic break pattern recursed once per marker: a line of a few thousand {@code *}
     * (a divider drawn by holding a key) overflowed the stack and lost the whole note as "nested too
     * deeply". It is a break, and the note is read.
     */
    @Test
    void aThematicBreakOfThousandsOfMarkersIsABreakNotALostNote() {
        for (String rule : List.of("*".repeat(200_000), "- ".repeat(100_000), "_\t".repeat(100_000))) {
            String text = TO_FLEXMARK + "Before\n\n" + rule + "\n\n[[Still Found]]\n";
            Note n = onSmallStack(() -> PARSER.parse("n.md", true, text));
            assertEquals(List.of(), n.problems(), rule.substring(0, 4));
            assertEquals(List.of("Still Found"), n.links().stream().map(Link::target).toList());
            assertTrue(n.blocks().stream().anyMatch(b -> b.kind() == io.github.vaultlint.vault.Block.Kind.THEMATIC_BREAK
                    && b.line() == 7), "a break on line 7: " + n.blocks());
        }
    }

    /** CommonMark lets parentheses in a destination nest to a limit; cmark and markdown-it use 32. */
    @Test
    void destinationParenthesesNestThirtyTwoDeep() {
        String deep = "(".repeat(32) + "x" + ")".repeat(32);
        String tooDeep = "(".repeat(33) + "x" + ")".repeat(33);
        Note n = PARSER.parse("n.md", true, TO_FLEXMARK + "[a](" + deep + ".md) [b](" + tooDeep + ".md)\n");
        assertEquals(List.of(deep + ".md"), n.links().stream().map(Link::target).toList());
    }

    @Test
    void titlesAndAngleDestinationsEndWhereFlexmarksPatternsEndThem() {
        // first unescaped close; an escaped one only when the text runs out without one
        assertEquals(6, LinearInlineParser.delimited("\"a\\\"b\" c\"", 0, '"', '"').end());
        assertEquals(4, LinearInlineParser.delimited("\"a\\\"b", 0, '"', '"').end());
        assertEquals(-1, LinearInlineParser.delimited("\"abc", 0, '"', '"').end());
        assertTrue(LinearInlineParser.delimited("\"abc", 0, '"', '"').ranOut());
        assertEquals(5, LinearInlineParser.delimited("(a(b)c)", 0, '(', ')').end()); // "(" may sit inside
        // a destination stops at a line break, '<' or a space before a quote
        assertEquals(-1, LinearInlineParser.delimited("<a\nb>", 0, '<', '>').end());
        assertEquals(-1, LinearInlineParser.delimited("<a \"b>", 0, '<', '>').end());
        assertEquals(7, LinearInlineParser.delimited("<a b c>", 0, '<', '>').end());
    }

    /**
     * The replaced parsers build flexmark's own tree (offsets, node kinds, link URLs) on random text
     * made of the characters and shapes they handle, except a destination nested past 32.
     */
    @Test
    void sameTreeAsFlexmarksOwnParsers() {
        Parser stock = StockFlexmark.parser();
        Parser ours = NoteParser.flexmark();
        String[] shapes = {"[a](b", "[a](<b>", "`a", "[a](b (x", "[a](b \"x", "[a](b 'x", "\n[a]: b", "> a\n",
                "[a]: <b\n", "[a][b]", "![a](b", "[a](b(c)d)", "[a](\\(b)", "<a href=\"x\">", "&amp;", "[a]: b 'c'\n",
                "a\n===\n", "a\n---\n", "# h\n", "- [ ] t\n", "<div>\n", "<!-- x -->\n", "    <pre>\n", "- <div>\n",
                "[a](<b \"c\">)", "[a](<b\\>c>)", "\\", "\"", "(", ")", "<", ">", " ", "\n", "x",
                "***\n", "- - -\n", "___\n", "_ _\t_ \n", "**\n", "*-*\n", "    ***\n", "* **\n", "- ***\n", "a\n***\n",
                "#tag\n", "##x\n", "#\n", "###### h\n", "####### h\n", "#\th\n", "=x\n", "==\t\n", "= =\n", "-- -\n", "==> a\n",
                "[a](", "![a](", "x((((", "[a]( (((("};
        String chars = "\\\"'()<>[]! a\n:\t`#&;-=*_";
        Random r = new Random(Long.getLong("vaultlint.fuzz.seed", 7));
        int total = Integer.getInteger("vaultlint.fuzz.count", 15_000);
        int skipped = 0;
        for (int i = 0; i < total; i++) {
            StringBuilder sb = new StringBuilder(i % 2 == 0 ? "" : "[x](");
            int n = 2 + r.nextInt(30);
            for (int k = 0; k < n; k++) {
                if (i % 4 < 2) {
                    sb.append(chars.charAt(r.nextInt(chars.length())));
                } else {
                    sb.append(shapes[r.nextInt(shapes.length)]).append(r.nextBoolean() ? " " : r.nextBoolean() ? "\n" : ")");
                }
            }
            String text = sb.toString();
            if (wordsAfterADefinition(text)) {
                skipped++;
                continue; // differs from flexmark on purpose: see notADefinitionWithWordsAfterItsDestination
            }
            assertEquals(tree(stock.parse(text)), tree(ours.parse(text)), text);
        }
        assertTrue(skipped < total / 4, skipped + " of " + total + " inputs skipped");
    }

    private static boolean wordsAfterADefinition(String text) {
        for (int j = text.indexOf('['); j >= 0; j = text.indexOf('[', j + 1)) {
            if (LinearInlineParser.wordsAfterBareDestination(text.substring(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * CommonMark and Obsidian, not flexmark: a footnote is no reference definition, nor is a line with
     * words after a bare destination (flexmark's spaces-in-URLs option took the rest of the line as its
     * destination); both stay paragraphs, whose links are links.
     */
    @Test
    void notADefinitionWithWordsAfterItsDestination() {
        Parser ours = NoteParser.flexmark();
        String footnote = tree(ours.parse("[^src]: Glassdoor\n"));
        assertTrue(footnote.contains("Paragraph") && !footnote.contains("Reference"), footnote);
        String words = tree(ours.parse("[Update]: moved to [the new note](New.md)\n"));
        assertTrue(words.contains("Paragraph") && words.contains("url=New.md") && !words.contains("Reference"), words);
        String crlf = tree(ours.parse("[later]:\r\n  Later.md\r\n"));
        assertTrue(crlf.contains("Reference 0-20 url=Later.md"), crlf);
        String titled = tree(ours.parse("[star]: Star.md \"STAR stories\"\n"));
        assertTrue(titled.contains("Reference") && titled.contains("url=Star.md"), titled);
        assertTrue(!LinearInlineParser.wordsAfterBareDestination("[a]: <b c> d"), "an <...> destination is flexmark's");
        assertTrue(!LinearInlineParser.wordsAfterBareDestination("[a]: b (c)"), "a title in parentheses");
        assertTrue(!LinearInlineParser.wordsAfterBareDestination("[a\\]: b c"), "no ']:' ends the label");
        assertTrue(LinearInlineParser.wordsAfterBareDestination("[a\\]b]: c d"), "an escaped ']' is in the label");
    }

    /** A parse tree as text: node types, offsets, and each link's url and title (shared with UnclosableLinkShapesTest). */
    static String tree(Node node) {
        StringBuilder sb = new StringBuilder();
        tree(node, 0, sb);
        return sb.toString();
    }

    private static void tree(Node n, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append(n.getClass().getSimpleName()).append(' ')
                .append(n.getStartOffset()).append('-').append(n.getEndOffset());
        if (n instanceof LinkNodeBase link) {
            sb.append(" url=").append(link.getUrl()).append(" title=").append(link.getTitle());
        }
        sb.append('\n');
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            tree(c, depth + 1, sb);
        }
    }

    private static Note onSmallStack(java.util.function.Supplier<Note> parse) {
        AtomicReference<Note> out = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                out.set(parse.get());
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "small-stack", 1024 * 1024);
        t.start();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> t.join());
        if (failed.get() != null) {
            throw new AssertionError(failed.get());
        }
        return out.get();
    }
}
