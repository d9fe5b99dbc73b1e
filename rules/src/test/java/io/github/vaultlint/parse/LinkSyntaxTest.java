package io.github.vaultlint.parse;

import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Note;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every link syntax Obsidian understands, with exact positions, and the places where links are not links. */
class LinkSyntaxTest {
    private final NoteParser parser = new NoteParser();

    private List<Link> links(String text) {
        Note n = parser.parse("Folder/Note.md", true, text);
        return n.links();
    }

    /** "kind target#anchor|alias @line:col-endCol" for compact comparison. */
    private static String show(Link l) {
        return (l.embed() ? "!" : "") + l.kind() + " " + l.target() + (l.anchor() != null ? "#" + l.anchor() : "")
                + (l.alias() != null ? "|" + l.alias() : "") + " @" + l.line() + ":" + l.column() + "-" + l.endColumn();
    }

    private List<String> shown(String text) {
        return links(text).stream().map(LinkSyntaxTest::show).toList();
    }

    /**
     * Expected links: pairs of (parts, the exact snippet in {@code text}). Positions are computed
     * independently by locating each snippet, in order, so the test checks the parser's columns.
     */
    private static List<String> expect(String text, String... pairs) {
        List<String> out = new java.util.ArrayList<>();
        int cursor = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            int at = text.indexOf(pairs[i + 1], cursor);
            assertTrue(at >= 0, "snippet " + pairs[i + 1]);
            int line = 1;
            int lineStart = 0;
            for (int k = 0; k < at; k++) {
                if (text.charAt(k) == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            int col = at - lineStart + 1;
            out.add(pairs[i] + " @" + line + ":" + col + "-" + (col + pairs[i + 1].length()));
            cursor = at + 1;
        }
        return out;
    }

    @Test
    void wikilinkForms() {
        String text = "[[Note]] [[Note.md]] [[folder/Note]] [[Note|shown text]] [[Note#Heading]] [[Note#Heading#Sub]]\n"
                + "[[Note#^block-id]] and [[#Heading]] [[#^id]]";
        assertEquals(expect(text,
                "WIKI Note", "[[Note]]",
                "WIKI Note.md", "[[Note.md]]",
                "WIKI folder/Note", "[[folder/Note]]",
                "WIKI Note|shown text", "[[Note|shown text]]",
                "WIKI Note#Heading", "[[Note#Heading]]",
                "WIKI Note#Heading#Sub", "[[Note#Heading#Sub]]",
                "WIKI Note#^block-id", "[[Note#^block-id]]",
                "WIKI #Heading", "[[#Heading]]",
                "WIKI #^id", "[[#^id]]"), shown(text));
    }

    @Test
    void escapedPipeInATableSeparatesTheAlias() {
        String text = "| a | b |\n|---|---|\n| [[Note#H\\|alias]] | [[Other\\|b]] |";
        assertEquals(expect(text, "WIKI Note#H|alias", "[[Note#H\\|alias]]", "WIKI Other|b", "[[Other\\|b]]"), shown(text));
    }

    @Test
    void embedsKeepSizeAndPageSuffixesOutOfTheTarget() {
        String text = "![[image.png]] ![[image.png|300]] ![[image.png|100x145]] ![[doc.pdf#page=3]] ![[doc.pdf#height=400]]\n"
                + "![[Note#Heading]] ![[Note#^id]] ![[clip.mp4]] ![[board.canvas]]";
        assertEquals(expect(text,
                "!WIKI image.png", "![[image.png]]",
                "!WIKI image.png|300", "![[image.png|300]]",
                "!WIKI image.png|100x145", "![[image.png|100x145]]",
                "!WIKI doc.pdf#page=3", "![[doc.pdf#page=3]]",
                "!WIKI doc.pdf#height=400", "![[doc.pdf#height=400]]",
                "!WIKI Note#Heading", "![[Note#Heading]]",
                "!WIKI Note#^id", "![[Note#^id]]",
                "!WIKI clip.mp4", "![[clip.mp4]]",
                "!WIKI board.canvas", "![[board.canvas]]"), shown(text));
    }

    @Test
    void markdownLinksImagesAngleBracketsAndPercentEncoding() {
        String text = "See [t](path.md), [h](path.md#Heading%20Text), ![a](img.png \"title\"),\n"
                + "[s](<path with spaces.md>) and [p](a%20b/c%20d.md) and [r](/Root.md).";
        assertEquals(expect(text,
                "MARKDOWN path.md", "[t](path.md)",
                "MARKDOWN path.md#Heading Text", "[h](path.md#Heading%20Text)",
                "!MARKDOWN img.png", "![a](img.png \"title\")",
                "MARKDOWN path with spaces.md", "[s](<path with spaces.md>)",
                "MARKDOWN a b/c d.md", "[p](a%20b/c%20d.md)",
                "MARKDOWN /Root.md", "[r](/Root.md)"), shown(text));
    }

    @Test
    void referenceDefinitionsAreLinksSpanningLabelAndDestination() {
        String text = "See [the guide][g] and [other][o].\n\n[g]: Guide%20Book.md\n[o]: <Other Note.md> \"title\"\n";
        List<Link> ls = links(text);
        assertEquals(expect(text, "MARKDOWN Guide Book.md", "[g]: Guide%20Book.md", "MARKDOWN Other Note.md",
                "[o]: <Other Note.md>"), ls.stream().map(LinkSyntaxTest::show).toList());
        assertEquals("[o]: <Other Note.md>", ls.get(1).raw());
    }

    /** CommonMark reads a quote's content without its markers: "> [g]:" then "> Guide.md" defines g. */
    @Test
    void aDefinitionInAQuoteWithItsDestinationOnTheNextLine() {
        String text = "> [g]:\n> Guide%20Book.md\n\n> > [n]:\n> >   <Nested Note.md> \"t\"\n";
        for (NoteParser p : List.of(parser, new NoteParser(NoteParser.FLEXMARK_ONLY))) {
            List<Link> ls = p.parse("Folder/Note.md", true, text).links();
            assertEquals(List.of("MARKDOWN Guide Book.md @1:3-2:18", "MARKDOWN Nested Note.md @4:5-5:23"),
                    ls.stream().map(l -> l.kind() + " " + l.target() + " @" + l.line() + ":" + l.column() + "-" + l.endLine()
                            + ":" + l.endColumn()).toList());
            assertEquals("[g]:\nGuide%20Book.md", ls.get(0).raw(), "the quote's markers are no part of what was written");
        }
    }

    /** In Obsidian the wikilink wins: a Markdown link in its alias (or anchor) is the alias's text. */
    @Test
    void aMarkdownLinkInsideAWikilinkIsNoLink() {
        String text = "[[Note|see [x](Missing.md)]] [[Other#[y](Y.md)]] [z](Z.md)";
        assertEquals(expect(text, "WIKI Note|see [x](Missing.md)", "[[Note|see [x](Missing.md)]]", "WIKI Other#[y](Y.md)",
                "[[Other#[y](Y.md)]]", "MARKDOWN Z.md", "[z](Z.md)"), shown(text));
    }

    /** The wikilink wins the other way round too: the Markdown link around it is text. */
    @Test
    void aWikilinkInsideMarkdownLinkTextIsTheOnlyLink() {
        String text = "[see [[Inner]]](Other.md) ![a [[Pic]]](p.png) [plain [x]](X.md)";
        assertEquals(expect(text, "WIKI Inner", "[[Inner]]", "WIKI Pic", "[[Pic]]", "MARKDOWN X.md", "[plain [x]](X.md)"),
                shown(text));
    }

    @Test
    void externalUrlsOfAnySchemeAreNotLocalLinks() {
        assertEquals(List.of(), shown("[a](https://x.org/a.md) [b](http://x) [c](mailto:a@b.c) [d](obsidian://open?file=X) "
                + "[e](file:///etc/hosts) [f](ftp://h/x.md) [g](//cdn.example.com/x.png) <https://auto.link/x.md>"));
    }

    @Test
    void frontmatterLinksInValuesAndLists() {
        String text = "---\nrelated: \"[[Note]]\"\nsee:\n  - \"[[A#H|x]]\"\n  - '[[B]]'\n---\n# Body\n";
        assertEquals(expect(text, "FRONTMATTER Note", "[[Note]]", "FRONTMATTER A#H|x", "[[A#H|x]]", "FRONTMATTER B", "[[B]]"),
                shown(text));
    }

    @Test
    void codeMathAndCommentsHideLinks() {
        String text = String.join("\n",
                "Inline `[[a]]` and `[b](b.md)`, math $[[c]]$ and $$[[d]]$$, %% [[e]] [f](f.md) %% and <!-- [[g]] -->.",
                "",
                "```",
                "[[h]] [i](i.md)",
                "```",
                "",
                "    [[j]] [k](k.md)",
                "",
                "%%",
                "[[l]]",
                "%%",
                "",
                "<!--",
                "[[m]] [n](n.md)",
                "-->",
                "",
                "$$",
                "[[o]]",
                "$$",
                "",
                "An escaped \\[[p]], and [q](bare spaces.md) is not a link. [[Real]]");
        assertEquals(expect(text, "WIKI Real", "[[Real]]"), shown(text));
    }

    @Test
    void blockIdsAtParagraphAndListItemEndsAndOnTheirOwnLine() {
        Note n = parser.parse("N.md", true, "Para text ^para-1\n\n- item ^item-1\n  - nested ^nested\n\n| a |\n|---|\n\n^table-id\n\nnot^an-id\n");
        assertEquals(List.of("para-1@1:11", "item-1@3:8", "nested@4:12", "table-id@9:1"),
                n.blockIds().stream().map(b -> b.id() + "@" + b.line() + ":" + b.column()).toList());
    }

    @Test
    void onlyTheLastLineOfAParagraphOrOfAnItemsOwnTextEndsWithItsBlockId() {
        String text = "first ^p-first\nsecond\nthird ^p-last\n\n- item ^li-first\n  more text\n\n- parent ^parent\n  - child\n\n"
                + "- lazy ^lazy\nno indent\n\n> quoted ^q-first\n> last ^q-last\n";
        for (NoteParser p : List.of(parser, new NoteParser(NoteParser.FLEXMARK_ONLY))) {
            Note n = p.parse("N.md", true, text);
            assertEquals(List.of("p-last@3:7", "parent@8:10", "q-last@15:8"),
                    n.blockIds().stream().map(b -> b.id() + "@" + b.line() + ":" + b.column()).toList());
        }
    }

    @Test
    void emptyLinksAreNotLinks() {
        assertEquals(List.of(), shown("[[]] [[#]] [t]() [u](<>)"));
        Link l = links("[[Note#]]").get(0);
        assertEquals("Note", l.target());
        assertTrue(l.anchor() == null || l.anchor().isEmpty());
        assertNull(links("[[Note]]").get(0).alias());
    }

    /** Every note is read on both passes (the fast scanner leaves these to flexmark, which must agree). */
    private static List<String> shownOnBothPasses(String text) {
        List<String> out = null;
        for (NoteParser p : List.of(new NoteParser(), new NoteParser(NoteParser.FLEXMARK_ONLY))) {
            List<String> shown = p.parse("Folder/Note.md", true, text).links().stream().map(LinkSyntaxTest::show).toList();
            if (out != null) {
                assertEquals(out, shown, "the fast scanner and flexmark agree");
            }
            out = shown;
        }
        return out;
    }

    /**
     * CommonMark ends a bare destination at the first space: what follows in "...", '...' or (...)
     * is the link's title, which names no file. A destination that stops inside an open parenthesis
     * is none, and so is an unclosed {@code <...}.
     */
    @Test
    void aTitleAfterTheDestinationIsNoPartOfThePath() {
        String text = "[v](Missing.md (draft)) [w](W.md \"t\") [x](X.md 'it\\'s') [y](<Missing note.md> \"t\")\n"
                + "![i](i.png (alt)) [h](H.md#Part%20two (see below))\n\n[r]: R.md (a title)\n";
        assertEquals(expect(text,
                "MARKDOWN Missing.md", "[v](Missing.md (draft))",
                "MARKDOWN W.md", "[w](W.md \"t\")",
                "MARKDOWN X.md", "[x](X.md 'it\\'s')",
                "MARKDOWN Missing note.md", "[y](<Missing note.md> \"t\")",
                "!MARKDOWN i.png", "![i](i.png (alt))",
                "MARKDOWN H.md#Part two", "[h](H.md#Part%20two (see below))",
                "MARKDOWN R.md", "[r]: R.md"), shownOnBothPasses(text));
        // The title on the next line: the link ends in column 20 of line 2.
        assertEquals(List.of("MARKDOWN Z.md @1:1-20"), shownOnBothPasses("[z](Z.md\n(on the next line)) and more\n"));
        // No destination, so no link: words after a space, a '(' left open, an unclosed '<'.
        assertEquals(List.of(), shownOnBothPasses("[a](two words.md) [b](Offer (draft).md) [c](a(b \"t\") [d](<e.md)\n"));
    }

    /**
     * A link left unfinished at the end of a line ("[a](") does not take the next line's links into
     * its destination: they are links at their own line and column, in a paragraph, a list item or
     * a quote, after an image or an unclosed {@code <} alike, also when a ')' closes the line.
     */
    @Test
    void anUnclosedLinkAtALinesEndLeavesTheNextLinesLinks() {
        for (String open : List.of("See [a](", "See ![a](", "See [a](<", "See [a]( ")) {
            for (String[] shape : new String[][] {{"", ""}, {"- ", "  "}, {"> ", "> "}}) {
                String text = shape[0] + open + "\n" + shape[1] + "[b](Missing.md \"t\") and [[Also missing]] (see above))\n";
                int col = shape[1].length() + 1;
                assertEquals(List.of("MARKDOWN Missing.md @2:" + col + "-" + (col + 19),
                                "WIKI Also missing @2:" + (col + 24) + "-" + (col + 40)),
                        shownOnBothPasses(text), text);
            }
        }
        // Left open at the very end of the note: text, nothing lost before it.
        for (String end : List.of("[a](", "![a](", "[a](<", "- [a](", "> [a](<")) {
            assertEquals(List.of("MARKDOWN B.md @1:1-10"), shownOnBothPasses("[b](B.md) and then " + end), end);
        }
        // A destination may still take the next line when it is all the link holds (CommonMark too);
        // the link ends in column 11 of line 2.
        assertEquals(List.of("MARKDOWN [b](B.md) @1:5-11"), shownOnBothPasses("See [a](\n[b](B.md))\n"));
    }

    /**
     * CommonMark decodes character references in a destination (and CommonMark renderers, so
     * Obsidian, open the decoded path), in the same pass as backslash escapes: an escaped '&' stays.
     * A wikilink's text is taken as written.
     */
    @Test
    void characterReferencesInADestinationAreDecoded() {
        String text = "[a](A&amp;B.md) [b](A&#38;B.md) [c](A&#X26;B.md) [d](Caf&eacute;.md) [e](A\\&amp;B.md) [f](Q&A.md)\n"
                + "[g](N.md#Q&amp;A) [h](&#35;Local) [i](A&#32;B.md) [j](A&bogus;B.md) [k](A&#0;.md) [l](A&#xD800;.md)\n"
                + "[m](A&#12345678;.md) [n](A&amp) [[A&amp;B]]\n\n[r]: R&amp;D.md\n";
        assertEquals(expect(text,
                "MARKDOWN A&B.md", "[a](A&amp;B.md)",
                "MARKDOWN A&B.md", "[b](A&#38;B.md)",
                "MARKDOWN A&B.md", "[c](A&#X26;B.md)",
                "MARKDOWN Caf\u00e9.md", "[d](Caf&eacute;.md)",
                "MARKDOWN A&amp;B.md", "[e](A\\&amp;B.md)",
                "MARKDOWN Q&A.md", "[f](Q&A.md)",
                "MARKDOWN N.md#Q&A", "[g](N.md#Q&amp;A)",
                "MARKDOWN #Local", "[h](&#35;Local)",
                "MARKDOWN A B.md", "[i](A&#32;B.md)",
                "MARKDOWN A&bogus;B.md", "[j](A&bogus;B.md)",
                "MARKDOWN A\uFFFD.md", "[k](A&#0;.md)",
                "MARKDOWN A\uFFFD.md", "[l](A&#xD800;.md)",
                "MARKDOWN A&#12345678;.md", "[m](A&#12345678;.md)",
                "MARKDOWN A&amp", "[n](A&amp)",
                "WIKI A&amp;B", "[[A&amp;B]]",
                "MARKDOWN R&D.md", "[r]: R&amp;D.md"), shownOnBothPasses(text));
        assertEquals("[a](A&amp;B.md)", links(text).get(0).raw(), "what was written is kept for messages");
    }
}
