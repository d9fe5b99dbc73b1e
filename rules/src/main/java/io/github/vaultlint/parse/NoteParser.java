package io.github.vaultlint.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.BlockId;
import io.github.vaultlint.vault.Comment;
import io.github.vaultlint.vault.Frontmatter;
import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Problem;
import io.github.vaultlint.vault.Tag;
import io.github.vaultlint.vault.Task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a note's text into the compact {@link Note} model. One instance is shared by all threads:
 * the flexmark {@link Parser} is immutable and each call keeps its state on the stack.
 *
 * <p>Markdown structure (headings, code, lists, quotes, Markdown links) comes from flexmark.
 * Obsidian syntax (wikilinks, tags, block ids, %% comments %%, math) is scanned on a masked copy of
 * the text in which frontmatter, code, comments and math are blanked out, so nothing inside them
 * counts. Blanking keeps every offset, so positions stay exact.
 */
public final class NoteParser {
    /** Which Markdown pass to use; anything but {@link #AUTO} is for tests. */
    static final int AUTO = 0;
    static final int FLEXMARK_ONLY = 1;
    static final int SCANNER_ONLY = 2;

    private final int mode;
    private final StringPool pool = new StringPool();

    /**
     * flexmark, built for the first note the fast scanner leaves to it: most vaults never need it,
     * and building it costs a fresh JVM about a hundred classes. Immutable, so shared.
     */
    private static final class Flexmark {
        static final Parser PARSER = build();

        private static Parser build() {
            MutableDataSet options = new MutableDataSet(markdownOptions());
            // Its own inline, heading, HTML block and thematic break parsers cost the square of a long
            // paragraph's length or overflow the stack on long lines: LinearInlineParser and CoreBlockFactory
            // take their place. flexmark adds its reference definition pass only for its own
            // inline parser: add it back.
            options.set(Parser.HEADING_PARSER, false);
            options.set(Parser.HTML_BLOCK_PARSER, false);
            options.set(Parser.THEMATIC_BREAK_PARSER, false);
            return Parser.builder(options).customInlineParserFactory(LinearInlineParser::new)
                    .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                    .customBlockParserFactory(new CoreBlockFactory.Headings())
                    .customBlockParserFactory(new CoreBlockFactory.HtmlBlocks())
                    .customBlockParserFactory(new CoreBlockFactory.ThematicBreaks()).build();
        }
    }

    /** The Markdown flexmark reads for vaultlint; with flexmark's own parsers, for tests to compare. */
    static MutableDataSet markdownOptions() {
        MutableDataSet options = new MutableDataSet();
        // CommonMark (and Obsidian) allow spaces in <...> destinations: [a](<My Note.md>). flexmark
        // only parses them with this option, which also accepts bare spaces; LinearInlineParser ends a bare one at its space.
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        // Emphasis nodes are never read (labels are found in the text), so skip delimiter processing.
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
        options.set(Parser.UNDERSCORE_DELIMITER_PROCESSOR, false);
        return options;
    }

    /** The flexmark parser notes the fast scanner leaves to it go through. */
    static Parser flexmark() {
        return Flexmark.PARSER;
    }

    public NoteParser() {
        this(AUTO);
    }

    /** {@code SCANNER_ONLY} makes {@link #parse} return null for notes the fast scanner leaves to flexmark. */
    NoteParser(int mode) {
        this.mode = mode;
    }

    /** Parses already-decoded note text. {@code problems} may carry reader problems (encoding). */
    public Note parse(String path, boolean linted, String text, List<Problem> readerProblems) {
        try {
            return new Run(path, linted, text, readerProblems).parse();
        } catch (StackOverflowError e) {
            return Note.unreadable(path, linted, new Problem("unreadable-file", 1, 1, 1, 1,
                    "note is nested too deeply to parse (thousands of nested lists or quotes); flatten its structure"));
        }
    }

    public Note parse(String path, boolean linted, String text) {
        return parse(path, linted, text, List.of());
    }

    private final class Run implements MarkdownSink {
        final String path;
        final boolean linted;
        final String text;
        final char[] masked;
        final LineIndex lines;
        final List<Problem> problems = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<Tag> tags = new ArrayList<>();
        final List<io.github.vaultlint.vault.Heading> headings = new ArrayList<>();
        final List<int[]> rawHeadings = new ArrayList<>(); // {level, start, end, textStart, textEnd, quoteDepth}
        final List<BlockId> blockIds = new ArrayList<>();
        final List<Task> tasks = new ArrayList<>();
        final List<PendingBlock> blocks = new ArrayList<>();
        final List<Comment> comments = new ArrayList<>();
        final List<Link> markdownLinks = new ArrayList<>();
        final List<int[]> markdownLinkOffsets = new ArrayList<>();
        // The wikilinks' [start, end) offsets, in document order.
        final Spans wikiSpans = new Spans();
        // Ranges (start, end) that hide content from Obsidian syntax: comments and math. Null while
        // nothing is hidden, as in most notes (one byte per character otherwise).
        boolean[] hidden;
        // visibleText's buffer, reused by the note's blocks.
        char[] scratch = new char[0];
        // Where the Markdown body starts: after the frontmatter's closing fence, or 0.
        int bodyStart;
        // First line of the innermost block quote being walked, 0 outside quotes.
        int quoteLine;
        // Lines followed by another line of the same paragraph (or list item's own text): a "^id"
        // there names no block, only a block's last line can end with it. Null while there are none.
        boolean[] innerLine;

        Run(String path, boolean linted, String text, List<Problem> readerProblems) {
            this.path = path;
            this.linted = linted;
            this.text = text;
            this.masked = text.toCharArray();
            this.lines = new LineIndex(text);
            this.problems.addAll(readerProblems);
        }

        Note parse() {
            Frontmatter fm = frontmatter();
            // The fast scanner handles the usual shapes of notes; anything else goes to flexmark.
            // masked is still the text itself past the frontmatter: the scanner reads the char array.
            if (mode == FLEXMARK_ONLY || !MarkdownScanner.scan(masked, bodyStart, lines, this)) {
                if (mode == SCANNER_ONLY) {
                    return null;
                }
                NestingDepth.Deep deep = NestingDepth.tooDeep(masked, bodyStart, NestingDepth.MAX);
                if (deep != null) {
                    int line = lines.line(deep.offset());
                    int col = lines.column(deep.offset());
                    String what = deep.quote() ? "quote" : "list";
                    return Note.unreadable(path, linted, new Problem("unreadable-file", line, col, line, col + 1,
                            (deep.quote() ? "block quote" : "list item") + " on line " + line + " is nested more than " + NestingDepth.MAX
                                    + " levels deep, more than vaultlint parses, so the note was not checked; flatten the " + what));
                }
                int replaced = ParagraphReplacements.tooMany(masked, bodyStart, ParagraphReplacements.MAX);
                if (replaced >= 0) {
                    int line = lines.line(replaced);
                    return Note.unreadable(path, linted, new Problem("unreadable-file", line, 1, line, 2,
                            "note has more than " + String.format(java.util.Locale.ROOT, "%,d", ParagraphReplacements.MAX)
                                    + " setext headings (text underlined with = or -) and paragraphs of reference definitions"
                                    + " ([label]: url), one more on line " + line + ", more than vaultlint parses in reasonable time,"
                                    + " so the note was not checked; split it into smaller notes"));
                }
                // flexmark sees only the body (its offsets stay those of the whole note), so a huge
                // frontmatter costs no Markdown parsing. Only the frontmatter is blanked so far, and
                // it lies before bodyStart: parse the text itself.
                Document doc = Flexmark.PARSER.parse(BasedSequence.of(text).subSequence(bodyStart));
                walk(doc, 0, 0);
            }
            scanComments();
            scanMath();
            buildHeadings();
            scanObsidianSyntax();
            for (int i = 0; i < markdownLinks.size(); i++) {
                int[] span = markdownLinkOffsets.get(i);
                if (!isHidden(span[0]) && !insideWikilinkSpan(span[0]) && !wikiSpans.anyStartsIn(span[0], span[1])) {
                    links.add(markdownLinks.get(i));
                }
            }
            links.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
            List<Block> placed = placeBlocks();
            return new Note(path, linted, fm, headings, links, blockIds, tags, tasks, placed, comments, problems,
                    lines.lineCount());
        }

        // ---- frontmatter -------------------------------------------------------------------

        private Frontmatter frontmatter() {
            if (!isFence(0, "---")) {
                lateFrontmatter();
                return null;
            }
            int total = lines.lineCount();
            int dots = 0; // the first "..." line: YAML's document end, which Obsidian does not take as a closing line
            for (int l = 2; l <= total; l++) {
                int s = lines.lineStart(l);
                if (dots == 0 && isFence(s, "...")) {
                    dots = l;
                }
                if (isFence(s, "---")) {
                    // Line 2 starts after any line break (a lone \r too), as the line index counts them.
                    String yaml = text.substring(lines.lineStart(2), s);
                    blank(0, lines.lineEnd(text, l));
                    bodyStart = l < total ? lines.lineStart(l + 1) : text.length();
                    FrontmatterParser fp = new FrontmatterParser(problems, links, tags, 2, pool);
                    return fp.parse(yaml, 1, l);
                }
            }
            if (dots > 0) {
                problems.add(new Problem(FrontmatterParser.RULE, dots, 1, dots, 4, "frontmatter opened on line 1 is closed with "
                        + "... on line " + dots + ", which Obsidian does not accept: it reads no properties from this note and "
                        + "shows the block as text; close it with --- instead"));
                return null;
            }
            problems.add(new Problem(FrontmatterParser.RULE, 1, 1, 1, 4,
                    "frontmatter opened on line 1 is never closed; add a line with --- after the last property"));
            return null;
        }

        /**
         * A properties block under blank lines: Obsidian reads frontmatter only when "---" is the note's
         * very first line, so it shows these as a rule and text (the closing "---" even turns the last
         * property into a heading) and the note has no properties. Reported when the first line with
         * anything on it is "---", the next one reads "name: value" and a "---" closes the block with
         * only YAML-looking lines between (a line of prose means a rule over text, as Obsidian shows it).
         */
        private void lateFrontmatter() {
            int total = lines.lineCount();
            int open = 1;
            while (open <= total && text.substring(lines.lineStart(open), lines.lineEnd(text, open)).isBlank()) {
                open++;
                if (open > 50) {
                    return; // not a stray blank line or two
                }
            }
            if (open == 1 || open >= total || !isFence(lines.lineStart(open), "---") || !looksLikeProperty(open + 1)) {
                return;
            }
            for (int l = open + 2; l <= total && l <= open + 500; l++) {
                if (!looksLikeYaml(l)) {
                    return; // a rule over a "Summary: ..." line and prose: a note that opens with a rule
                }
                if (isFence(lines.lineStart(l), "---")) {
                    int above = open - 1;
                    problems.add(new Problem(FrontmatterParser.RULE, open, 1, open, 4, "the properties block on line " + open
                            + " is not at the very top of the note: Obsidian reads frontmatter only when --- is the first line, "
                            + "so it shows these lines as text and the note has no properties; remove the " + (above == 1
                            ? "blank line" : above + " blank lines") + " above it"));
                    return;
                }
            }
        }

        /**
         * Whether line {@code l} could be inside a properties block: blank, indented (a list item or
         * wrapped value), a "- item", a "# comment", a property or the closing fence.
         */
        private boolean looksLikeYaml(int l) {
            int start = lines.lineStart(l);
            int end = lines.lineEnd(text, l);
            if (start >= end) {
                return true;
            }
            char c = text.charAt(start);
            return c == ' ' || c == '\t' || c == '#' || c == '-' || text.substring(start, end).isBlank() || looksLikeProperty(l);
        }

        /** Whether line {@code l} reads "name: value" or "name:" (a YAML property), without regex. */
        private boolean looksLikeProperty(int l) {
            String line = text.substring(lines.lineStart(l), lines.lineEnd(text, l));
            int colon = line.indexOf(':');
            if (colon <= 0 || colon > 60 || (colon + 1 < line.length() && line.charAt(colon + 1) != ' ')) {
                return false;
            }
            for (int i = 0; i < colon; i++) {
                char c = line.charAt(i);
                if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && (c != ' ' || i == 0)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isFence(int offset, String fence) {
            if (!text.startsWith(fence, offset)) {
                return false;
            }
            int i = offset + fence.length();
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            return i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
        }

        // ---- Markdown structure --------------------------------------------------------------

        /** Walks flexmark's AST, reporting what it finds to this run as the fast scanner would. */
        private void walk(Node node, int listDepth, int quoteDepth) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
                visit(n, listDepth, quoteDepth);
            }
        }

        private void visit(Node n, int listDepth, int quoteDepth) {
            if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                code(n.getStartOffset(), n.getEndOffset(), listDepth, quoteDepth, quoteLine);
            } else if (n instanceof Code) {
                inlineCode(n.getStartOffset(), n.getEndOffset());
            } else if (n instanceof HtmlCommentBlock || n instanceof HtmlInlineComment) {
                addHtmlComment(n);
                if (n instanceof HtmlCommentBlock) {
                    moreHtmlComments(n.getStartOffset(), n.getEndOffset());
                }
            } else if (n instanceof HtmlBlock) {
                blocks.add(block(Block.Kind.HTML, n.getStartOffset(), n.getEndOffset(), n.getChars().toString().strip(),
                        listDepth, quoteDepth, quoteLine));
                walk(n, listDepth, quoteDepth); // may hold inline comments
                moreHtmlComments(n.getStartOffset(), n.getEndOffset());
            } else if (n instanceof Heading h) {
                BasedSequence t = h.getText();
                int ts = t.isNull() ? h.getEndOffset() : t.getStartOffset();
                int te = t.isNull() ? h.getEndOffset() : t.getEndOffset();
                heading(h.getLevel(), h.getStartOffset(), h.getEndOffset(), ts, te, quoteDepth);
                walk(n, listDepth, quoteDepth);
            } else if (n instanceof ThematicBreak) {
                thematicBreak(n.getStartOffset(), n.getEndOffset(), listDepth, quoteDepth, quoteLine);
            } else if (n instanceof BlockQuote) {
                int outer = quoteLine;
                quoteLine = lines.line(n.getStartOffset());
                walk(n, listDepth, quoteDepth + 1);
                quoteLine = outer;
            } else if (n instanceof ListItem item) {
                visitListItem(item, listDepth + 1, quoteDepth);
            } else if (n instanceof Paragraph p) {
                if (quoteDepth > 0) {
                    quotedDefinitions(p);
                }
                paragraph(p.getStartOffset(), p.getEndOffset(), contentLines(p), -1, listDepth, quoteDepth, quoteLine);
                walk(n, listDepth, quoteDepth);
            } else if (n instanceof com.vladsch.flexmark.ast.Link || n instanceof Image) {
                addMarkdownLink(n.getStartOffset(), n.getEndOffset(), n instanceof Image, (com.vladsch.flexmark.ast.LinkNodeBase) n);
                walk(n, listDepth, quoteDepth);
            } else if (n instanceof Reference r) {
                addReference(r);
            } else {
                walk(n, listDepth, quoteDepth);
            }
        }

        private void visitListItem(ListItem item, int depth, int quoteDepth) {
            Node first = item.getFirstChild();
            if (first instanceof Paragraph p) {
                if (quoteDepth > 0) {
                    quotedDefinitions(p);
                }
                paragraph(p.getStartOffset(), p.getEndOffset(), contentLines(p), item.getStartOffset(), depth, quoteDepth, quoteLine);
                walk(p, depth, quoteDepth);
                for (Node n = p.getNext(); n != null; n = n.getNext()) {
                    visit(n, depth, quoteDepth);
                }
            } else {
                if (first == null) {
                    emptyListItem(item.getStartOffset(), item.getEndOffset(), depth, quoteDepth, quoteLine);
                }
                walk(item, depth, quoteDepth);
            }
        }

        /** A paragraph's source lines as {start, end} offset pairs, line breaks excluded. */
        private int[] contentLines(Paragraph p) {
            List<BasedSequence> contentLines = p.getContentLines();
            int[] ranges = new int[contentLines.size() * 2];
            for (int i = 0; i < contentLines.size(); i++) {
                BasedSequence line = contentLines.get(i).trimEOL();
                ranges[2 * i] = line.getStartOffset();
                ranges[2 * i + 1] = line.getEndOffset();
            }
            return ranges;
        }

        // ---- what either Markdown pass reports (MarkdownSink) --------------------------------

        @Override
        public void code(int start, int end, int listDepth, int quoteDepth, int quoteLine) {
            blocks.add(block(Block.Kind.CODE, start, end, "", listDepth, quoteDepth, quoteLine));
            blank(start, end);
        }

        @Override
        public void inlineCode(int start, int end) {
            if (!insideWikilink(start)) {
                blank(start, end);
            }
        }

        /**
         * True when a code span (or math) starts inside a wikilink opened earlier on its line and closed
         * after it: Obsidian reads {@code [[Note#`code` heading]]} as one link (the "[[" comes first), which
         * is how its own heading links are written, so the span must not hide the link's end.
         */
        private boolean insideWikilink(int start) {
            int line = lines.line(start);
            int from = Math.max(lines.lineStart(line), start - 1000); // a wikilink is not that long
            boolean open = false;
            for (int i = start - 1; i > from; i--) {
                if (masked[i] == ']' && masked[i - 1] == ']') {
                    return false; // the nearest bracket pair before the span closes a link
                }
                if (masked[i] == '[' && masked[i - 1] == '[') {
                    open = !WikiLinkScanner.escaped(java.nio.CharBuffer.wrap(masked), i - 1, 0); // "\[[" is no link
                    break;
                }
            }
            if (!open) {
                return false;
            }
            int end = lines.lineEnd(text, line);
            for (int i = start; i + 1 < end; i++) {
                if (text.charAt(i) == ']' && text.charAt(i + 1) == ']') {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void heading(int level, int start, int end, int textStart, int textEnd, int quoteDepth) {
            rawHeadings.add(new int[] {level, start, end, textStart, textEnd, quoteDepth});
        }

        @Override
        public void thematicBreak(int start, int end, int listDepth, int quoteDepth, int quoteLine) {
            blocks.add(block(Block.Kind.THEMATIC_BREAK, start, end, "", listDepth, quoteDepth, quoteLine));
        }

        @Override
        public void paragraph(int start, int end, int[] ranges, int itemStart, int listDepth, int quoteDepth, int quoteLine) {
            for (int i = 0; i + 2 < ranges.length; i += 2) {
                if (innerLine == null) {
                    innerLine = new boolean[lines.lineCount() + 2];
                }
                innerLine[lines.line(ranges[i])] = true;
            }
            int first = ranges[0];
            while (first < ranges[1] && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            char lead = first < ranges[1] ? text.charAt(first) : ' ';
            if (itemStart < 0) {
                boolean table = lead == '|';
                blocks.add(textBlock(table ? Block.Kind.TABLE : Block.Kind.PARAGRAPH, start, end, ranges, listDepth, quoteDepth,
                        quoteLine));
                return;
            }
            blocks.add(textBlock(Block.Kind.LIST_ITEM, start, end, ranges, listDepth, quoteDepth, quoteLine));
            if (lead != '[') {
                return; // not a task: spare building the text
            }
            String content = paragraphText(ranges);
            if (content.length() >= 3 && content.charAt(0) == '[' && content.charAt(2) == ']'
                    && (content.length() == 3 || content.charAt(3) == ' ')) {
                char mark = content.charAt(1);
                tasks.add(new Task(Task.Status.of(mark), content.substring(3).strip(), lines.line(itemStart), lines.column(itemStart)));
            }
        }

        @Override
        public void emptyListItem(int start, int end, int listDepth, int quoteDepth, int quoteLine) {
            blocks.add(block(Block.Kind.LIST_ITEM, start, end, "", listDepth, quoteDepth, quoteLine));
        }

        @Override
        public void link(boolean image, int start, int end, String url, boolean bracketed) {
            link(image, start, end, text.substring(start, end), url, bracketed);
        }

        /** A Markdown link written as {@code raw} (the source without container markers) at [start, end). */
        private void link(boolean image, int start, int end, String written, String url, boolean bracketed) {
            String raw = url.strip();
            if (raw.startsWith("<") && raw.endsWith(">")) {
                raw = raw.substring(1, raw.length() - 1);
            }
            if (!bracketed && raw.chars().anyMatch(Character::isWhitespace)) {
                return; // [a](two words.md) is text, not a link, in CommonMark and Obsidian (both passes end it at the space)
            }
            // Escapes and character references first, as CommonMark reads a destination: a '#' written
            // as &#35; or \# starts the anchor like any other, and A&amp;B.md opens A&B.md.
            raw = LinkDestination.unescape(raw);
            if (raw.isEmpty() || isExternal(raw)) {
                return;
            }
            String target = raw;
            String anchor = null;
            int hash = raw.indexOf('#');
            if (hash >= 0) {
                target = raw.substring(0, hash);
                anchor = percentDecode(raw.substring(hash + 1));
            }
            target = percentDecode(target);
            markdownLinks.add(new Link(Link.Kind.MARKDOWN, image, pool.get(written), pool.get(target),
                    pool.get(anchor), null,
                    lines.line(start), lines.column(start), lines.line(Math.max(start, end - 1)), lines.column(Math.max(start, end - 1)) + 1));
            markdownLinkOffsets.add(new int[] {start, end});
        }

        private String paragraphText(int[] ranges) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < ranges.length; i += 2) {
                if (i > 0) {
                    sb.append('\n');
                }
                sb.append(text, ranges[i], ranges[i + 1]);
                // strip this line in place: leading and trailing whitespace as String.strip() sees it
                int lineStart = sb.length() - (ranges[i + 1] - ranges[i]);
                int a = lineStart;
                while (a < sb.length() && Character.isWhitespace(sb.charAt(a))) {
                    a++;
                }
                int b = sb.length();
                while (b > a && Character.isWhitespace(sb.charAt(b - 1))) {
                    b--;
                }
                sb.setLength(b);
                sb.delete(lineStart, a);
            }
            return sb.toString();
        }

        private PendingBlock block(Block.Kind kind, int start, int endOffset, String content, int depth, int quoteDepth, int quoteLine) {
            int end = Math.max(start, endOffset - 1);
            return new PendingBlock(new Block(kind, content, lines.line(start), lines.line(end),
                    lines.column(start), depth, quoteDepth, quoteDepth == 0 ? 0 : quoteLine, -1), null);
        }

        /** A paragraph-like block whose text is built once comments and math are known (see placeBlocks). */
        private PendingBlock textBlock(Block.Kind kind, int start, int end, int[] ranges, int depth, int quoteDepth, int quoteLine) {
            return new PendingBlock(block(kind, start, end, "", depth, quoteDepth, quoteLine).block(), ranges);
        }

        private void addHtmlComment(Node n) {
            String raw = n.getChars().toString();
            int s = n.getStartOffset() + Math.max(0, raw.indexOf("<!--"));
            // Search the source, not the node's chars: inside a quote or list those skip the
            // container prefixes ("> "), so offsets computed from them end too early.
            int close = text.indexOf("-->", Math.min(s + 4, text.length()));
            boolean closed = close >= 0 && close < n.getEndOffset();
            int e = closed ? close + 3 : n.getEndOffset();
            while (!closed && e > s + 4 && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) {
                e--; // an unclosed HTML block ends with its last line's break, which is no part of the comment
            }
            // An unclosed comment (it runs to the end of the note) has no "-->" to leave out of its text.
            String inner = text.substring(Math.min(s + 4, e), Math.max(s + 4, closed ? close : e));
            int at = textStart(Math.min(s + 4, e), inner);
            comments.add(new Comment(true, inner.strip(), lines.line(s), lines.column(s), lines.line(e - 1), lines.column(e - 1) + 1,
                    closed, lines.line(at), lines.column(at)));
            blank(s, e);
        }

        private void addMarkdownLink(Node n, boolean image, com.vladsch.flexmark.ast.LinkNodeBase link) {
            boolean bracketed = link.getUrlOpeningMarker().isNotNull() && link.getUrlOpeningMarker().toString().equals("<");
            link(image, n.getStartOffset(), n.getEndOffset(), link.getUrl().toString(), bracketed);
        }

        /** A reference definition: its span ends with its destination; the optional title is not part of the link. */
        private void addReference(Reference r) {
            int e = r.getUrlClosingMarker().isNotNull() ? r.getUrlClosingMarker().getEndOffset() : r.getUrl().getEndOffset();
            addMarkdownLink(r.getStartOffset(), e, false, r);
        }

        /**
         * The comments in an HTML block that flexmark leaves in its text: after the first one of a line
         * that starts with a comment ({@code <!-- a --> text <!-- [[b]] -->}), or anywhere in a block
         * such as {@code <div>}. Obsidian hides them like any comment. Only comments closed inside the
         * block; those already found are blanked, so none is counted twice.
         */
        private void moreHtmlComments(int from, int to) {
            int end = Math.min(to, masked.length);
            for (int at = find("<!--", from, end); at >= 0; at = find("<!--", at + 4, end)) {
                int close = find("-->", at + 4, end);
                if (close < 0) {
                    return;
                }
                String inner = text.substring(at + 4, close);
                int t = textStart(at + 4, inner);
                comments.add(new Comment(true, inner.strip(), lines.line(at), lines.column(at), lines.line(close + 2),
                        lines.column(close + 2) + 1, true, lines.line(t), lines.column(t)));
                blank(at, close + 3);
                at = close - 1;
            }
        }

        /** The first offset in [from, to) of {@code needle} in the masked text, or -1. */
        private int find(String needle, int from, int to) {
            outer:
            for (int i = Math.max(0, from); i <= to - needle.length(); i++) {
                for (int k = 0; k < needle.length(); k++) {
                    if (masked[i + k] != needle.charAt(k)) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        private void addMarkdownLink(int start, int end, boolean image, com.vladsch.flexmark.ast.LinkNodeBase link) {
            link(image, start, end, text.substring(start, end), link.getUrl().toString(), bracketed(link));
        }

        private static boolean bracketed(com.vladsch.flexmark.ast.LinkNodeBase link) {
            return link.getUrlOpeningMarker().isNotNull() && link.getUrlOpeningMarker().toString().equals("<");
        }

        /**
         * Reference definitions at the start of a paragraph in a quote whose destination is on the line
         * after the label ({@code > [ref]:} then {@code > Note.md}). flexmark reads the definition on
         * the paragraph's source, quote markers included, so it finds none (LinearInlineParser leaves
         * it a paragraph). CommonMark reads the quote's content without its markers: that content is
         * parsed again here, and each definition is reported at its place in the note.
         */
        private void quotedDefinitions(Paragraph p) {
            List<BasedSequence> contentLines = p.getContentLines();
            if (contentLines.size() < 2 || !LinearInlineParser.labelAlone(contentLines.get(0).trimEOL())) {
                return;
            }
            int[] ranges = contentLines(p);
            int[] base = new int[ranges.length / 2];
            StringBuilder content = new StringBuilder();
            for (int i = 0; i < base.length; i++) {
                base[i] = content.length();
                content.append(text, ranges[2 * i], ranges[2 * i + 1]).append('\n');
            }
            Document doc = Flexmark.PARSER.parse(content.toString());
            for (Node c = doc.getFirstChild(); c instanceof Reference r; c = c.getNext()) {
                int e = r.getUrlClosingMarker().isNotNull() ? r.getUrlClosingMarker().getEndOffset() : r.getUrl().getEndOffset();
                link(false, inNote(r.getStartOffset(), ranges, base), inNote(e - 1, ranges, base) + 1,
                        content.substring(r.getStartOffset(), e), r.getUrl().toString(), bracketed(r));
            }
        }

        /** The note offset of an offset into the content built from {@code ranges} (line k starts at base[k]). */
        private int inNote(int offset, int[] ranges, int[] base) {
            int k = Arrays.binarySearch(base, offset);
            k = k >= 0 ? k : -k - 2;
            return Math.min(ranges[2 * k] + offset - base[k], ranges[2 * k + 1]);
        }

        // ---- Obsidian syntax on the masked text ----------------------------------------------

        private void scanComments() {
            int i = 0;
            int n = masked.length;
            while (i < n - 1) {
                if (masked[i] == '%' && masked[i + 1] == '%') {
                    int close = indexOf("%%", i + 2);
                    int end = close < 0 ? n : close + 2;
                    String inner = text.substring(i + 2, close < 0 ? n : close);
                    int last = end; // an unclosed comment ends where the note's text does, not after its last line break
                    while (close < 0 && last > i + 2 && (text.charAt(last - 1) == '\n' || text.charAt(last - 1) == '\r')) {
                        last--;
                    }
                    int at = textStart(i + 2, inner);
                    comments.add(new Comment(false, inner.strip(), lines.line(i), lines.column(i),
                            lines.line(last - 1), lines.column(last - 1) + 1, close >= 0, lines.line(at), lines.column(at)));
                    hide(i, end);
                    i = end;
                } else {
                    i++;
                }
            }
        }

        /** The offset where {@code inner} (which starts at {@code from}) starts once stripped, as String.strip() strips. */
        private int textStart(int from, String inner) {
            int k = 0;
            while (k < inner.length() && Character.isWhitespace(inner.charAt(k))) {
                k++;
            }
            return Math.min(from + k, Math.max(0, text.length() - 1));
        }

        private void scanMath() {
            int n = masked.length;
            int i = 0;
            while (i < n) {
                char c = masked[i];
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c != '$') {
                    i++;
                    continue;
                }
                if (i + 1 < n && masked[i + 1] == '$') {
                    int close = indexOf("$$", i + 2);
                    if (close < 0) {
                        i += 2;
                        continue;
                    }
                    if (!insideWikilink(i)) {
                        hide(i, close + 2);
                    }
                    i = close + 2;
                    continue;
                }
                // Inline math: $ followed by non-space, closed on the same line by a $ preceded by
                // non-space and not followed by a digit (so "$100 and $20" is not math).
                if (i + 1 < n && !Character.isWhitespace(masked[i + 1])) {
                    int j = i + 1;
                    int close = -1;
                    while (j < n && masked[j] != '\n' && masked[j] != '\r') {
                        if (masked[j] == '\\') {
                            j += 2;
                            continue;
                        }
                        if (masked[j] == '$') {
                            if (!Character.isWhitespace(masked[j - 1]) && (j + 1 >= n || !Character.isDigit(masked[j + 1]))) {
                                close = j;
                            }
                            break;
                        }
                        j++;
                    }
                    if (close > 0) {
                        // [[Algo#Big-O $O(n \log n)$ sorting]], as Obsidian writes a link to a heading with
                        // math: the "[[" comes first, so the math is the link's text, as a code span is.
                        if (!insideWikilink(i)) {
                            hide(i, close + 1);
                        }
                        i = close + 1;
                        continue;
                    }
                }
                i++;
            }
        }

        private void scanObsidianSyntax() {
            String m = String.valueOf(masked);
            WikiLinkScanner.scan(m, 0, m.length(), (start, end, p) -> {
                links.add(new Link(Link.Kind.WIKI, p.embed(),
                        pool.get(text.substring(start, end)), pool.get(p.target()), pool.get(p.anchor()), pool.get(p.alias()),
                        lines.line(start), lines.column(start),
                        lines.line(end - 1), lines.column(end - 1) + 1));
                wikiSpans.add(start, end);
            });
            scanTagsAndBlockIds();
        }

        /**
         * True when a Markdown link starts inside a wikilink: Obsidian reads {@code [[Note|see [x](Other.md)]]}
         * as one wikilink whose alias is the text "see [x](Other.md)", so that is no link of its own. The
         * other way round the wikilink wins too: in {@code [see [[Note]]](Other.md)} only {@code [[Note]]}
         * is a link, the brackets and "(Other.md)" around it are text (see the caller).
         */
        private boolean insideWikilinkSpan(int offset) {
            return wikiSpans.contains(offset);
        }

        /** Tags and block ids, read on the masked char array (array reads stay cheap before the JIT has warmed up). */
        private void scanTagsAndBlockIds() {
            char[] m = masked;
            int total = lines.lineCount();
            for (int l = 1; l <= total; l++) {
                int s = lines.lineStart(l);
                int e = l < total ? lines.lineStart(l + 1) : m.length;
                while (e > s && (m[e - 1] == '\n' || m[e - 1] == '\r')) {
                    e--;
                }
                for (int i = s; i < e; i++) {
                    if (m[i] == '#' && (i == s || Character.isWhitespace(m[i - 1]))) {
                        int j = i + 1;
                        boolean nonDigit = false;
                        while (j < e && isTagChar(m[j])) {
                            nonDigit |= !Character.isDigit(m[j]);
                            j++;
                        }
                        if (j > i + 1 && nonDigit) {
                            tags.add(new Tag(pool.get(new String(m, i + 1, j - i - 1)), l, i - s + 1, false));
                        }
                        i = j - 1;
                    }
                }
                // Block id: "^id" at the end of a block's last line, after whitespace or alone on the line.
                int end = e;
                while (end > s && Character.isWhitespace(m[end - 1])) {
                    end--;
                }
                int k = end;
                while (k > s && isBlockIdChar(m[k - 1])) {
                    k--;
                }
                if (k < end && k > s && m[k - 1] == '^' && (k - 1 == s || Character.isWhitespace(m[k - 2]))
                        && (innerLine == null || !innerLine[l])) {
                    blockIds.add(new BlockId(pool.get(new String(m, k, end - k)), l, k - s));
                }
            }
        }

        private void buildHeadings() {
            int[] stack = new int[7];
            Arrays.fill(stack, -1);
            for (int[] r : rawHeadings) {
                if (isHidden(r[1])) {
                    continue; // inside %% comment %%
                }
                int level = r[0];
                String t = text.substring(r[3], Math.max(r[3], r[4])).strip();
                int parent = -1;
                for (int lv = level - 1; lv >= 1; lv--) {
                    if (stack[lv] >= 0) {
                        parent = stack[lv];
                        break;
                    }
                }
                int line = lines.line(r[1]);
                int endOff = Math.max(r[1], r[2] - 1);
                headings.add(new io.github.vaultlint.vault.Heading(level, pool.get(t), line, lines.column(r[1]),
                        lines.line(endOff) == line ? lines.column(endOff) + 1 : lines.lineEnd(text, line) - lines.lineStart(line) + 1,
                        parent, lines.lineCount(), r[5] > 0));
                int idx = headings.size() - 1;
                stack[level] = idx;
                for (int lv = level + 1; lv <= 6; lv++) {
                    stack[lv] = -1;
                }
            }
            // Section end: the line before the next heading of the same or a higher level.
            for (int i = 0; i < headings.size(); i++) {
                io.github.vaultlint.vault.Heading h = headings.get(i);
                int end = lines.lineCount();
                for (int j = i + 1; j < headings.size(); j++) {
                    if (headings.get(j).level() <= h.level()) {
                        end = headings.get(j).line() - 1;
                        break;
                    }
                }
                headings.set(i, new io.github.vaultlint.vault.Heading(h.level(), h.text(), h.line(), h.column(),
                        h.endColumn(), h.parent(), Math.max(end, h.line()), h.quoted()));
            }
        }

        private List<Block> placeBlocks() {
            List<Block> out = new ArrayList<>(blocks.size());
            int[] headingLines = new int[headings.size()];
            for (int i = 0; i < headingLines.length; i++) {
                headingLines[i] = headings.get(i).line();
            }
            for (PendingBlock pb : blocks) {
                Block b = pb.block();
                if (pb.lineRanges() == null) {
                    int pos = firstNonSpace(lines.lineStart(b.line()));
                    if (pos < masked.length && isHidden(pos)) {
                        continue; // block inside a %% comment %%
                    }
                } else {
                    String visible = visibleText(pb.lineRanges());
                    if (visible.isBlank()) {
                        continue; // nothing but comments or math
                    }
                    b = new Block(b.kind(), visible, b.line(), b.endLine(), b.column(), b.depth(), b.quoteDepth(), b.quoteLine(), -1);
                }
                int idx = Arrays.binarySearch(headingLines, b.line());
                int h = idx >= 0 ? idx : -idx - 2;
                out.add(new Block(b.kind(), b.text(), b.line(), b.endLine(), b.column(), b.depth(), b.quoteDepth(),
                        b.quoteLine(), h));
            }
            out.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return out;
        }

        /**
         * The block's source lines with %% comments %% and math blanked out and each line stripped,
         * one entry per source line so line {@code k} of the text is line {@code block.line() + k}.
         */
        private String visibleText(int[] ranges) {
            int size = 0;
            for (int i = 0; i < ranges.length; i += 2) {
                size += ranges[i + 1] - ranges[i] + 1;
            }
            if (scratch.length < size) {
                scratch = new char[Math.max(size, 256)];
            }
            char[] out = scratch; // one String per block, no builder to copy out of
            int n = 0;
            for (int i = 0; i < ranges.length; i += 2) {
                // Strip the line as String.strip() would, hidden characters counting as spaces.
                int a = ranges[i];
                int b = ranges[i + 1];
                while (a < b && (isHidden(a) || Character.isWhitespace(text.charAt(a)))) {
                    a++;
                }
                while (b > a && (isHidden(b - 1) || Character.isWhitespace(text.charAt(b - 1)))) {
                    b--;
                }
                if (i > 0) {
                    out[n++] = '\n';
                }
                int k = a;
                while (k < b && !isHidden(k)) {
                    k++;
                }
                text.getChars(a, k, out, n); // the usual case: nothing hidden, one copy
                n += k - a;
                for (; k < b; k++) {
                    out[n++] = isHidden(k) ? ' ' : text.charAt(k);
                }
            }
            return new String(out, 0, n);
        }

        private boolean isHidden(int i) {
            return hidden != null && hidden[i];
        }

        private int firstNonSpace(int s) {
            int i = s;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
                i++;
            }
            return i;
        }

        // ---- helpers ---------------------------------------------------------------------------

        private int indexOf(String needle, int from) {
            outer:
            for (int i = from; i <= masked.length - needle.length(); i++) {
                for (int k = 0; k < needle.length(); k++) {
                    if (masked[i + k] != needle.charAt(k)) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        /** Replaces [start, end) with spaces, keeping line breaks so offsets and lines stay put. */
        private void blank(int start, int end) {
            for (int i = Math.max(0, start); i < Math.min(end, masked.length); i++) {
                if (masked[i] != '\n' && masked[i] != '\r') {
                    masked[i] = ' ';
                }
            }
        }

        private void hide(int start, int end) {
            if (hidden == null) {
                hidden = new boolean[masked.length];
            }
            for (int i = start; i < end && i < hidden.length; i++) {
                hidden[i] = true;
            }
            blank(start, end);
        }
    }

    /** Sorted, disjoint [start, end) offset ranges, added in order; membership by binary search. */
    private static final class Spans {
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private int size;

        void add(int start, int end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size++] = end;
        }

        /** True when a span starts in [from, to). */
        boolean anyStartsIn(int from, int to) {
            int i = Arrays.binarySearch(starts, 0, size, from);
            int k = i >= 0 ? i : -i - 1;
            return k < size && starts[k] < to;
        }

        boolean contains(int offset) {
            int i = Arrays.binarySearch(starts, 0, size, offset);
            int k = i >= 0 ? i : -i - 2;
            return k >= 0 && offset < ends[k];
        }
    }

    /** A block found while walking the AST; text blocks keep their line ranges until comments are known. */
    private record PendingBlock(Block block, int[] lineRanges) {
    }

    static boolean isTagChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '/' || Character.getType(c) == Character.OTHER_SYMBOL;
    }

    static boolean isBlockIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }

    /** True for URLs with a scheme (http:, mailto:, obsidian:, file: ...) or protocol-relative ones. */
    public static boolean isExternal(String url) {
        if (url.startsWith("//")) {
            return true;
        }
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            boolean ok = Character.isLetter(c) || (i > 0 && (Character.isDigit(c) || c == '+' || c == '.' || c == '-'));
            if (!ok || c > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * Percent-decodes a URL path as UTF-8; malformed escapes are kept as written. Escapes whose bytes
     * are not UTF-8 ({@code %E9}, Latin-1 from an old tool) leave the whole path as written, as the
     * JavaScript decoder Obsidian uses refuses it, instead of a U+FFFD no file name holds.
     */
    public static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    i++;
                }
                out.write(b, 0, b.length);
            }
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return s;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
