package io.github.vaultlint.parse;

import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.BlockId;
import io.github.vaultlint.vault.Comment;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Problem;
import io.github.vaultlint.vault.Tag;
import io.github.vaultlint.vault.Task;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compact note model: what every rule relies on, with exact positions. */
class NoteParserTest {
    private static final NoteParser PARSER = new NoteParser();

    private static Note parse(String text) {
        return PARSER.parse("Interviews/Note.md", true, text);
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    // ---- headings ------------------------------------------------------------------------------

    @Test
    void frontmatterWithCarriageReturnLineBreaksIsRead() {
        // Old Mac line breaks (a lone \r) once made the YAML start after the closing fence (found by fuzzing).
        Note n = parse("---\rtitle: T\r---\n# Title\n");
        assertTrue(n.problems().isEmpty(), n.problems()::toString);
        assertEquals("T", n.frontmatter().string("title"));
        Note empty = parse("---\r---\n# Title\n");
        assertTrue(empty.problems().isEmpty(), empty.problems()::toString);
        assertNotNull(empty.frontmatter());
        assertEquals(List.of("Title"), empty.headings().stream().map(Heading::text).toList());
    }

    @Test
    void headingsCarryLevelTextParentAndSectionEnd() {
        Note n = parse(lines(
                "# Debrief",              // 1
                "",                       // 2
                "## Meta",                // 3
                "- Company: Acme",        // 4
                "## Insight Project",     // 5
                "### What I was asked",   // 6
                "- latency numbers",      // 7
                "#### Deeper",            // 8
                "### How I responded",    // 9
                "text",                   // 10
                "## Final Reflection ##", // 11
                "Setext heading",         // 12
                "--------------",         // 13
                "body"));                 // 14
        List<Heading> h = n.headings();
        assertEquals(List.of(
                new Heading(1, "Debrief", 1, 1, 10, -1, 14),
                new Heading(2, "Meta", 3, 1, 8, 0, 4),
                new Heading(2, "Insight Project", 5, 1, 19, 0, 10),
                new Heading(3, "What I was asked", 6, 1, 21, 2, 8),
                new Heading(4, "Deeper", 8, 1, 12, 3, 8),
                new Heading(3, "How I responded", 9, 1, 20, 2, 10),
                new Heading(2, "Final Reflection", 11, 1, 23, 0, 11),
                new Heading(2, "Setext heading", 12, 1, 15, 0, 14)), h);
        assertEquals(14, n.lineCount());
    }

    @Test
    void skippedLevelsAttachToTheNearestHigherHeading() {
        Note n = parse(lines("## Answers", "#### Situation", "# Top", "### Orphan"));
        assertEquals(-1, n.headings().get(0).parent());
        assertEquals(0, n.headings().get(1).parent(), "H4 under H2 without an H3");
        assertEquals(-1, n.headings().get(2).parent());
        assertEquals(2, n.headings().get(3).parent(), "a new H1 closes the earlier H2");
    }

    @Test
    void headingTextKeepsStrayMarkersAndDropsClosingSequence() {
        Note n = parse(lines("## ## Resource Utilization", "### Section ###", "##", "## ##"));
        assertEquals(List.of("## Resource Utilization", "Section", "", ""),
                n.headings().stream().map(Heading::text).toList());
    }

    @Test
    void noHeadingsInCodeCommentsOrMath() {
        Note n = parse(lines(
                "```", "## In a fence", "```",
                "",
                "    ## Indented code",
                "",
                "%%", "## In a comment", "%%",
                "",
                "<!--", "## In an HTML comment", "-->",
                "",
                "$$", "## In math", "$$",
                "",
                "`## inline code`",
                "",
                "##NoSpace",
                "",
                "## Real"));
        assertEquals(List.of("Real"), n.headings().stream().map(Heading::text).toList());
        assertEquals(23, n.headings().get(0).line());
    }

    // ---- links ---------------------------------------------------------------------------------

    @Test
    void linksHaveExactPositions() {
        Note n = parse(lines(
                "See [[Alpha]] and [[Beta#Sec|shown]] then ![[pic.png]].",
                "[md](Some%20Note.md#Head) and [web](https://example.com) and ![img](attachments/a%20b.png)",
                "- item with [[In List]]",
                "> quoted [[In Quote]]"));
        List<Link> links = n.links();
        assertEquals(List.of(
                new Link(Link.Kind.WIKI, false, "[[Alpha]]", "Alpha", null, null, 1, 5, 1, 14),
                new Link(Link.Kind.WIKI, false, "[[Beta#Sec|shown]]", "Beta", "Sec", "shown", 1, 19, 1, 37),
                new Link(Link.Kind.WIKI, true, "![[pic.png]]", "pic.png", null, null, 1, 43, 1, 55),
                new Link(Link.Kind.MARKDOWN, false, "[md](Some%20Note.md#Head)", "Some Note.md", "Head", null, 2, 1, 2, 26),
                new Link(Link.Kind.MARKDOWN, true, "![img](attachments/a%20b.png)", "attachments/a b.png", null, null, 2, 62, 2, 91),
                new Link(Link.Kind.WIKI, false, "[[In List]]", "In List", null, null, 3, 13, 3, 24),
                new Link(Link.Kind.WIKI, false, "[[In Quote]]", "In Quote", null, null, 4, 10, 4, 22)), links);
    }

    @Test
    void markdownLinkDestinationsInAngleBracketsMayHoldSpaces() {
        Note n = parse(lines("[a](<Sub Folder/My Note.md>) [b](two words.md) [c](x.md \"title\")"));
        assertEquals(List.of("Sub Folder/My Note.md", "x.md"), n.links().stream().map(Link::target).toList(),
                "a bare space ends a destination: [b](two words.md) is text");
    }

    @Test
    void noLinksInCodeCommentsOrMath() {
        Note n = parse(lines(
                "`[[Code]]` %% [[Comment]] %% <!-- [[Html]] --> $[[Math]]$ [x](y.md) inline code: `[x](z.md)`",
                "```",
                "[[Fence]]",
                "```",
                "    [[Indented]]",
                "",
                "%%",
                "[[Multi]] [m](multi.md)",
                "%%",
                "",
                "$$",
                "[[BlockMath]]",
                "$$",
                "$100 and $20 [[Money]]"));
        assertEquals(List.of("y.md", "Money"), n.links().stream().map(Link::target).toList());
    }

    @Test
    void crlfAndBomKeepColumns() {
        byte[] bom = "\uFEFF# Title\r\n\r\nText [[Target]]\r\n".getBytes(StandardCharsets.UTF_8);
        Note n = new NoteReader(PARSER, 1 << 20).decodeAndParse("a.md", true, bom);
        assertEquals(new Heading(1, "Title", 1, 1, 8, -1, 3), n.headings().get(0));
        Link l = n.links().get(0);
        assertEquals(3, l.line());
        assertEquals(6, l.column());
        assertEquals(16, l.endColumn());
        assertEquals(3, n.lineCount());
        assertTrue(n.problems().isEmpty(), n.problems().toString());
    }

    // ---- tags, tasks, block ids, comments --------------------------------------------------------

    @Test
    void tagsFromBodyAndFrontmatter() {
        Note n = parse(lines(
                "---",
                "tags:",
                "  - \"#real-interview\"",
                "  - sre",
                "---",
                "#follow-up and #nested/tag, not #123, C#sharp or `#code`.",
                "## Heading"));
        assertEquals(List.of(
                new Tag("real-interview", 3, 5, true),
                new Tag("sre", 4, 5, true),
                new Tag("follow-up", 6, 1, false),
                new Tag("nested/tag", 6, 16, false)), n.tags());
    }

    @Test
    void frontmatterTagsAsOneString() {
        Note n = parse(lines("---", "tags: interview, star", "---"));
        assertEquals(List.of("interview", "star"), n.tags().stream().map(Tag::name).toList());
        assertTrue(n.tags().stream().allMatch(t -> t.inFrontmatter() && t.line() == 2 && t.column() == 7));
    }

    @Test
    void tasksOpenAndDone() {
        Note n = parse(lines(
                "- [ ] practise the STAR answer",
                "- [x] send thank-you mail",
                "  - [X] nested and done",
                "* [ ] star bullet",
                "1. [x] numbered",
                "- [link](x.md) is not a task",
                "```",
                "- [ ] in code",
                "```"));
        assertEquals(List.of(
                new Task(false, "practise the STAR answer", 1, 1),
                new Task(true, "send thank-you mail", 2, 1),
                new Task(true, "nested and done", 3, 3),
                new Task(false, "star bullet", 4, 1),
                new Task(true, "numbered", 5, 1)), n.tasks());
    }

    @Test
    void blockIdsAtLineEnds() {
        Note n = parse(lines(
                "A weak answer worth revisiting. ^weak-1",
                "",
                "- list item ^item-2",
                "",
                "Math like x^2 and a^b-c inline is no id",
                "",
                "^standalone",
                "",
                "`code ^not-id`"));
        assertEquals(List.of(
                new BlockId("weak-1", 1, 33),
                new BlockId("item-2", 3, 13),
                new BlockId("standalone", 7, 1)), n.blockIds());
    }

    /** Obsidian does not index a heading in a quote or callout; both Markdown passes mark it so. */
    @Test
    void headingsInQuotesAndCalloutsAreMarkedQuoted() {
        String text = lines(
                "## Plain",
                "> ## In a quote",
                "",
                "> [!note] Callout",
                "> ### In a callout",
                "",
                "- > #### In a quote in a list",
                "",
                "### After");
        for (NoteParser p : List.of(new NoteParser(NoteParser.SCANNER_ONLY), new NoteParser(NoteParser.FLEXMARK_ONLY))) {
            List<String> shown = p.parse("Q.md", true, text).headings().stream()
                    .map(h -> h.text() + (h.quoted() ? " (quoted)" : "")).toList();
            assertEquals(List.of("Plain", "In a quote (quoted)", "In a callout (quoted)", "In a quote in a list (quoted)", "After"),
                    shown);
        }
    }

    @Test
    void commentsWithPositions() {
        Note n = parse(lines(
                "Text %% inline note %% more",
                "%%",
                "multi",
                "line",
                "%%",
                "<!-- html note -->"));
        assertEquals(List.of(
                new Comment(true, "html note", 6, 1, 6, 19, true, 6, 6),
                new Comment(false, "inline note", 1, 6, 1, 23, true, 1, 9),
                // the text starts on the line after the opening %%, where its first word is
                new Comment(false, "multi\nline", 2, 1, 5, 3, true, 3, 1)), n.comments());
    }

    /** A comment never closed runs to the end of the note; an HTML one lost its last three characters as if "-->" were there. */
    @Test
    void unclosedCommentsRunToTheEndAndKeepAllTheirText() {
        Note html = parse(lines("# T", "", "<!-- vaultlint-disable-file", "[[Hidden]] more words"));
        assertEquals(List.of(new Comment(true, "vaultlint-disable-file\n[[Hidden]] more words", 3, 1, 4, 22, false)), html.comments());
        Note obsidian = parse(lines("# T", "%% open", "[[Hidden]] words"));
        assertEquals(List.of(new Comment(false, "open\n[[Hidden]] words", 2, 1, 3, 17, false)), obsidian.comments());
        assertTrue(html.links().isEmpty() && obsidian.links().isEmpty());
    }

    @Test
    void htmlCommentInsideAQuoteHidesEverythingUpToItsEnd() {
        Note n = parse(lines("> quote <!--", "> a", "> b", "> [[Hidden]] #h -->", "> #shown"));
        assertEquals(List.of("shown"), n.tags().stream().map(Tag::name).toList());
        assertTrue(n.links().isEmpty(), n.links().toString());
        Comment c = n.comments().get(0);
        assertEquals(1, c.line());
        assertEquals(9, c.column());
        assertEquals(4, c.endLine());
        assertEquals(20, c.endColumn());
    }

    // ---- blocks --------------------------------------------------------------------------------

    @Test
    void blocksWithDepthQuoteDepthAndSection() {
        Note n = parse(lines(
                "Intro before any heading.",   // 1
                "## Asked",                    // 2
                "- outer",                     // 3
                "  - inner",                   // 4
                "> quoted",                    // 5
                "> > deeper",                  // 6
                "",                            // 7
                "```bash",                     // 8
                "kubectl get pods",            // 9
                "```",                         // 10
                "---",                         // 11
                "| a | b |",                   // 12
                "|---|---|",                   // 13
                "",                            // 14
                "<div>raw</div>"));            // 15
        assertEquals(List.of(
                new Block(Block.Kind.PARAGRAPH, "Intro before any heading.", 1, 1, 1, 0, 0, 0, -1),
                new Block(Block.Kind.LIST_ITEM, "outer", 3, 3, 3, 1, 0, 0, 0),
                new Block(Block.Kind.LIST_ITEM, "inner", 4, 4, 5, 2, 0, 0, 0),
                new Block(Block.Kind.PARAGRAPH, "quoted", 5, 5, 3, 0, 1, 5, 0),
                new Block(Block.Kind.PARAGRAPH, "deeper", 6, 6, 5, 0, 2, 6, 0),
                new Block(Block.Kind.CODE, "", 8, 10, 1, 0, 0, 0, 0),
                new Block(Block.Kind.THEMATIC_BREAK, "", 11, 11, 1, 0, 0, 0, 0),
                new Block(Block.Kind.TABLE, "| a | b |\n|---|---|", 12, 13, 1, 0, 0, 0, 0),
                new Block(Block.Kind.HTML, "<div>raw</div>", 15, 15, 1, 0, 0, 0, 0)), n.blocks());
    }

    @Test
    void blockTextLeavesOutCommentsButKeepsTheParagraph() {
        Note n = parse(lines(
                "%% reviewer note %% The answer lacked numbers.",
                "",
                "%% only a comment %%",
                "",
                "Cost was $O(n)$ per probe."));
        assertEquals(2, n.blocks().size(), n.blocks().toString());
        assertEquals("The answer lacked numbers.", n.blocks().get(0).text());
        assertEquals(1, n.blocks().get(0).line());
        assertEquals("Cost was        per probe.", n.blocks().get(1).text());
    }

    @Test
    void blockTextHasOneEntryPerSourceLine() {
        Note n = parse(lines("First line", "%% hidden line %%", "##Third"));
        assertEquals("First line\n\n##Third", n.blocks().get(0).text());
    }

    // ---- frontmatter edge cases through the note parser -------------------------------------------

    @Test
    void unclosedFrontmatterIsOneProblemOnLineOne() {
        Note n = parse(lines("---", "title: Mock answers", "", "## Answers"));
        assertNull(n.frontmatter());
        assertEquals(1, n.problems().size());
        assertEquals("frontmatter-syntax", n.problems().get(0).ruleId());
        assertEquals(1, n.problems().get(0).line());
        assertTrue(n.problems().get(0).message().contains("never closed"));
        assertEquals(List.of("Answers"), n.headings().stream().map(Heading::text).toList(),
                "the rest of the note is still parsed");
    }

    @Test
    void frontmatterClosedWithYamlDocumentEndIsNotClosedAsObsidianSeesIt() {
        // Obsidian closes frontmatter only with ---; "..." (YAML's document end) leaves the block open.
        Note n = parse(lines("---", "title: Closed with dots", "...", "", "## Answers"));
        assertNull(n.frontmatter(), "Obsidian reads no properties from this note");
        assertEquals(1, n.problems().size(), n.problems().toString());
        Problem p = n.problems().get(0);
        assertEquals("frontmatter-syntax", p.ruleId());
        assertEquals(3, p.line());
        assertEquals(1, p.column());
        assertEquals(4, p.endColumn());
        assertEquals("frontmatter opened on line 1 is closed with ... on line 3, which Obsidian does not accept: it reads "
                + "no properties from this note and shows the block as text; close it with --- instead", p.message());
        assertEquals(List.of("Answers"), n.headings().stream().map(Heading::text).toList());
    }

    @Test
    void yamlDocumentEndInsideFrontmatterClosedWithDashesIsParsedAsYaml() {
        Note n = parse(lines("---", "title: ok", "...", "---", "# Title"));
        assertNotNull(n.frontmatter());
        assertEquals("ok", n.frontmatter().get("title").value());
        assertTrue(n.problems().isEmpty(), n.problems().toString());
        assertEquals(4, n.frontmatter().endLine());
    }

    @Test
    void controlCharacterInAQuotedValueIsReportedWhereItIs() {
        Note n = parse(lines("---", "title: ok", "company: \"Acme\u0007 Corp\"", "---", "# Title"));
        assertEquals(1, n.problems().size(), n.problems().toString());
        Problem p = n.problems().get(0);
        assertEquals("frontmatter-syntax", p.ruleId());
        assertEquals(3, p.line());
        assertEquals(15, p.column(), "the BEL after \"Acme");
        assertTrue(p.message().startsWith("YAML does not allow the control character U+0007 here; remove it"), p.message());
        Note esc = parse(lines("---", "a: \"\u00e9\ud83d\ude00\u001b[31m\"", "---"));
        assertEquals(2, esc.problems().get(0).line());
        assertEquals(8, esc.problems().get(0).column(), "columns count UTF-16 units past a non-BMP character");
    }

    @Test
    void emptyFrontmatterIsAnEmptyMapping() {
        Note n = parse(lines("---", "---", "# Title"));
        assertNotNull(n.frontmatter());
        assertNotNull(n.frontmatter().root());
        assertTrue(n.frontmatter().entries().isEmpty());
        assertEquals(1, n.frontmatter().startLine());
        assertEquals(2, n.frontmatter().endLine());
        assertTrue(n.problems().isEmpty());
        assertEquals(3, n.headings().get(0).line());
    }

    @Test
    void frontmatterIsNotBodyText() {
        Note n = parse(lines("---", "title: \"# Not a heading [[Not Body]]\"", "---", "Body"));
        assertTrue(n.headings().isEmpty());
        assertEquals(1, n.links().size());
        assertEquals(Link.Kind.FRONTMATTER, n.links().get(0).kind());
        assertEquals(List.of(new Block(Block.Kind.PARAGRAPH, "Body", 4, 4, 0, 0, -1)), n.blocks());
    }

    @Test
    void onlyAFenceOnLineOneOpensFrontmatter() {
        Note n = parse(lines("", "---", "title: x", "---"));
        assertNull(n.frontmatter());
        // Not read as properties, as in Obsidian; but said once, on its fence, since the note silently has none.
        assertEquals(1, n.problems().size(), n.problems().toString());
        assertEquals(List.of("frontmatter-syntax", 2, 1), List.of(n.problems().get(0).ruleId(), n.problems().get(0).line(),
                n.problems().get(0).column()));
        assertTrue(n.problems().get(0).message().contains("not at the very top of the note"), n.problems().get(0).message());
        assertTrue(parse(lines("Intro", "---", "title: x", "---")).problems().isEmpty(), "a rule after text is a rule");
    }

    @Test
    void emptyNote() {
        Note n = parse("");
        assertEquals(0, n.lineCount());
        assertTrue(n.headings().isEmpty() && n.links().isEmpty() && n.blocks().isEmpty() && n.problems().isEmpty());
    }
}
