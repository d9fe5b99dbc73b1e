package io.github.vaultlint.parse;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkDestinationParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser without its costs that grow with the square of a paragraph's length and
 * without its stack overflows, so a long one-line note that reaches flexmark (a megabyte of
 * {@code [a][b]}, {@code `x} or {@code [a](b}) takes a second, not hours.
 * <ul>
 *   <li>Every regex match called {@link Matcher#toMatchResult()}, which on Java 17 copies the whole
 *       paragraph: one copy per bracket, backtick or link. Here a match reads its bounds from the
 *       matcher itself.</li>
 *   <li>A link destination with unbalanced parentheses ({@code [a](b[a](b...}) was scanned to the
 *       paragraph's end once per {@code ](}. Here, as in cmark and markdown-it, parentheses nest at
 *       most {@value #MAX_PAREN_DEPTH} deep in a destination (CommonMark lets implementations limit
 *       it), so each scan stops there.</li>
 *   <li>Titles and {@code <destinations>} are read in one pass instead of by patterns whose
 *       recursion overflowed the stack on a long unclosed one ({@code [a](b "...} with 20 KB after
 *       it), which made the whole note unreadable; an unclosed title is not rescanned by every
 *       later link of the paragraph.</li>
 * </ul>
 * Otherwise the tree is flexmark's own (FlexmarkBoundsTest compares them on random text), but for
 * one Obsidian difference: {@code [^1]: text} is a footnote, not a link reference definition, so it
 * stays a paragraph (its text is no destination, and links written in it are read as links); and
 * for CommonMark's bare destinations, which flexmark's spaces-in-URLs option (needed for
 * {@code <My Note.md>}) ran on over spaces: a bare destination ends at the first space or line
 * break, and one whose parentheses do not all close there is none.
 */
final class LinearInlineParser extends InlineParserImpl {
    static final int MAX_PAREN_DEPTH = 32;

    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                       Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                       List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
        LinkDestinationParser spaced = linkDestinationParser;
        strictDestinations = spaced == null ? null : new LinkDestinationParser(spaced.allowMatchedParentheses, false,
                spaced.parseJekyllMacrosInUrls, spaced.intellijDummyIdentifier);
    }

    /**
     * flexmark's destination scan without spaces: the spaces-in-URLs option that {@code <My Note.md>}
     * needs also let a bare destination run on over spaces, so {@code [v](Missing.md (draft))} had the
     * destination "Missing.md (draft)" instead of a title, and a {@code [a](} at the end of a line took
     * the next line's links into its destination ({@code [b](B.md) and more)}); both links were lost.
     */
    private final LinkDestinationParser strictDestinations;

    /**
     * A footnote ({@code [^src]: Glassdoor}) is no definition: flexmark took "Glassdoor" for the
     * destination of a reference named "^src", a broken link in every note that cites a source.
     * Nor is a line whose bare destination is followed by more words ({@code [Update]: see [the new
     * note](New.md)}): the spaces option flexmark needs for {@code <a b.md>} made the whole rest of
     * the line one destination, which was then dropped with every link in it.
     */
    @Override
    protected int parseReference(Block block, BasedSequence s) {
        if (s.length() > 1 && s.charAt(1) == '^' || wordsAfterBareDestination(s) || destinationAfterQuoteMarker(s)) {
            return 0;
        }
        inReference = true;
        try {
            return super.parseReference(block, s);
        } finally {
            inReference = false;
        }
    }

    /** A definition's destination needs no ')' after it: {@link #cannotClose} is for inline links. */
    private boolean inReference;

    /**
     * True when {@code s} ("[label]: ...") has a destination not in angle brackets that is followed,
     * on its line, by something other than a title: CommonMark does not read that as a definition.
     */
    static boolean wordsAfterBareDestination(CharSequence s) {
        int i = 1;
        while (i < s.length() && s.charAt(i) != ']') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        if (i + 1 >= s.length() || s.charAt(i + 1) != ':') {
            return false; // no definition at all: flexmark finds that out
        }
        i = skipSpaces(s, i + 2);
        if (i < s.length() && (s.charAt(i) == '\r' || s.charAt(i) == '\n')) {
            // the destination may start on the next line
            i += s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
            i = skipSpaces(s, i);
        }
        if (i >= s.length() || s.charAt(i) == '<') {
            return false;
        }
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        i = skipSpaces(s, i);
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c != '\n' && c != '\r' && c != '"' && c != '\'' && c != '(';
    }

    /**
     * True when {@code s} is "[label]:" alone on its line and the next line starts with a quote marker:
     * a definition in a quote with its destination on the next line. flexmark passes the paragraph's
     * source with the markers in it, and took "> Note.md" (or "&gt;Note.md") for the destination;
     * NoteParser reads such a definition on the quote's content instead.
     */
    static boolean destinationAfterQuoteMarker(CharSequence s) {
        int eol = 0;
        while (eol < s.length() && s.charAt(eol) != '\n' && s.charAt(eol) != '\r') {
            eol++;
        }
        if (eol == s.length() || !labelAlone(s.subSequence(0, eol))) {
            return false;
        }
        int i = eol + (s.charAt(eol) == '\r' && eol + 1 < s.length() && s.charAt(eol + 1) == '\n' ? 2 : 1);
        i = skipSpaces(s, i);
        return i < s.length() && s.charAt(i) == '>';
    }

    /** True when {@code line} is a reference label and its colon with nothing after them: "[label]:". */
    static boolean labelAlone(CharSequence line) {
        int i = skipSpaces(line, 0);
        if (i >= line.length() || line.charAt(i) != '[') {
            return false;
        }
        i++;
        while (i < line.length() && line.charAt(i) != ']') {
            i += line.charAt(i) == '\\' ? 2 : 1;
        }
        if (i + 1 >= line.length() || line.charAt(i + 1) != ':') {
            return false;
        }
        return skipSpaces(line, i + 2) == line.length();
    }

    private static int skipSpaces(CharSequence s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher m = find(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = find(re);
        if (m == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = m.start(g) < 0 ? null : input.subSequence(m.start(g), m.end(g));
        }
        return groups;
    }

    /**
     * The matcher after a successful find from {@code index} (moved past the match), or null.
     * flexmark's patterns repeat alternatives, which Java's regex engine matches by recursion, one
     * level per character: on tens of kilobytes (an HTML tag with thousands of attributes) the
     * stack overflows. That construct is then no match, read as text, instead of the whole note
     * being lost.
     */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher m = reusedMatcher(re);
        m.region(index, input.length());
        try {
            if (!m.find()) {
                return null;
            }
        } catch (StackOverflowError e) {
            return null;
        }
        index = m.end();
        return m;
    }

    /**
     * One matcher per pattern, reset on the paragraph: a new one per match cost more than the match
     * itself (its group arrays), paid for every '<', '[' and backtick of a paragraph.
     */
    private Matcher reusedMatcher(Pattern re) {
        Matcher m = matchers.get(re);
        if (m == null) {
            m = re.matcher(input);
            matchers.put(re, m);
            matched.put(re, input);
        } else if (matched.get(re) != input) {
            m.reset(input);
            matched.put(re, input);
        }
        return m;
    }

    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();
    /** The text each of {@link #matchers} was last reset on. */
    private final Map<Pattern, CharSequence> matched = new IdentityHashMap<>();

    /**
     * A backtick run with no run of the same length after it is text, found without flexmark's
     * search, which tries every later run of the paragraph: a paragraph of runs of growing length
     * ({@code ` `` ``` ...}, none closed) cost the square of their number (4,000 runs: 10 s).
     * Which lengths occur where is read once per paragraph, as cmark does. flexmark's search reads
     * the raw text from the end of the opening run, so a closing run is any whole run of
     * backticks that starts after it, escaped or not.
     */
    @Override
    protected boolean parseBackticks() {
        int run = 0;
        while (index + run < input.length() && input.charAt(index + run) == '`') {
            run++;
        }
        if (run > 0 && lastRunStart(run) < index + run) {
            appendText(input.subSequence(index, index + run));
            index += run;
            return true;
        }
        return super.parseBackticks();
    }

    /** Where the last whole run of {@code length} backticks of the paragraph starts, or -1. */
    private int lastRunStart(int length) {
        if (runsOf != input) {
            runsOf = input;
            lastRun.clear();
            for (int i = 0; i < input.length(); ) {
                if (input.charAt(i) != '`') {
                    i++;
                    continue;
                }
                int start = i;
                while (i < input.length() && input.charAt(i) == '`') {
                    i++;
                }
                lastRun.put(i - start, start);
            }
        }
        return lastRun.getOrDefault(length, -1);
    }

    private CharSequence runsOf;
    private final Map<Integer, Integer> lastRun = new java.util.HashMap<>();

    /**
     * An autolink ({@code <https://...>}, {@code <a@b.c>}, {@code <www.x>}) starts with a letter,
     * digit or one of an email address's symbols after the '<': anything else ({@code <<}, {@code < },
     * {@code <-}) is none, without trying its three patterns.
     */
    @Override
    public boolean parseAutolink() {
        char c = index + 1 < input.length() ? input.charAt(index + 1) : ' ';
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0)) {
            return false;
        }
        return super.parseAutolink();
    }

    /** Inline HTML starts with a letter (a tag), '/', '!' or '?' after the '<'. */
    @Override
    public boolean parseHtmlInline() {
        char c = index + 1 < input.length() ? input.charAt(index + 1) : ' ';
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?')) {
            return false;
        }
        return super.parseHtmlInline();
    }

    @Override
    public BasedSequence parseLinkDestination() {
        int angled = delimited(input, index, '<', '>').end();
        if (angled >= 0) {
            BasedSequence destination = input.subSequence(index, angled);
            index = angled;
            return destination;
        }
        if (strictDestinations == null) {
            return super.parseLinkDestination();
        }
        if (index < input.length() && input.charAt(index) == '<') {
            return null; // an unclosed <...: CommonMark reads no bare destination starting with '<' either
        }
        if (!inReference && cannotClose(index)) {
            return null;
        }
        // The scan sees the paragraph end where the parentheses get too deep: the destination is
        // unbalanced there, so no link, as if that were the end.
        int cap = tooDeep(input, index);
        BasedSequence destination = strictDestinations.parseLinkDestination(cap < 0 ? input : input.subSequence(0, cap), index);
        if (!balanced(destination)) {
            // CommonMark (cmark, commonmark.js): a bare destination that stops (at a space, a line
            // break or the end) inside an open parenthesis is none. flexmark took the part before,
            // so [a](\n[b](B.md "t")) was a link to "[b](B.md" instead of text and a link to B.md.
            return null;
        }
        index += destination.length();
        return destination;
    }

    /** True when the unescaped parentheses of a bare destination all close. */
    static boolean balanced(CharSequence destination) {
        int depth = 0;
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c == '\\' && i + 1 < destination.length() && isAsciiPunctuation(destination.charAt(i + 1))) {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return depth == 0;
    }

    /**
     * True when an inline link whose unbracketed destination starts at {@code from} surely fails,
     * found without scanning it (see {@link DestinationBounds}). Otherwise each "[a](" of a megabyte
     * of them scanned about 128 characters twice before failing.
     */
    private boolean cannotClose(int from) {
        if (bounds == null || bounds.text() != input) {
            bounds = new DestinationBounds(input);
        }
        return bounds.noCloseAfter(from) || bounds.tooDeepBeforeClose(from);
    }

    /** The bounds of the paragraph being parsed. */
    private DestinationBounds bounds;

    @Override
    public BasedSequence parseLinkTitle() {
        if (index >= input.length()) {
            return null;
        }
        char open = input.charAt(index);
        int kind = open == '"' ? 0 : open == '\'' ? 1 : open == '(' ? 2 : -1;
        if (kind < 0) {
            return null;
        }
        int end;
        if (ranOut[kind] != null && ranOut[kind].input() == input && index > ranOut[kind].from()) {
            // An earlier title of this kind ran to the end of the text without closing. This one
            // reads the same characters the same way (a title starts after its opening character,
            // never inside an escape), so it too can only end at the last escaped closing character,
            // if that lies after it. Without this, a megabyte of "[a](b (x" rescanned the rest of
            // the line for every link.
            int last = ranOut[kind].lastEscaped();
            end = last - 2 > index ? last : -1;
        } else {
            Delimited d = delimited(input, index, open, kind == 2 ? ')' : open);
            if (d.ranOut()) {
                ranOut[kind] = new RanOut(input, index, d.end());
            }
            end = d.end();
        }
        if (end < 0) {
            return null;
        }
        BasedSequence title = input.subSequence(index, end);
        index = end;
        return title;
    }

    /** A title scan of this paragraph that reached its end without an unescaped closing character. */
    private record RanOut(BasedSequence input, int from, int lastEscaped) {
    }

    /** Per title kind ("...", '...', (...)): the latest scan that ran out, or null. */
    private final RanOut[] ranOut = new RanOut[3];

    /**
     * {@code end}: where a {@code <destination>} or a link title opened at {@code from} ends
     * (exclusive), as flexmark's patterns LINK_DESTINATION_ANGLES and LINK_TITLE match it, or -1;
     * {@code ranOut}: the text ended before an unescaped closing character.
     */
    record Delimited(int end, boolean ranOut) {
    }

    /**
     * {@link Delimited} in one pass, where the patterns recurse once per character. Inside, a
     * backslash escapes ASCII punctuation; the first unescaped {@code close} ends it. Where the text
     * runs out first (or, in a destination, meets a line break, tab, '<' or a space before a quote),
     * the patterns backtrack to the last escaped {@code close}, read its backslash as a plain one,
     * and end there.
     */
    static Delimited delimited(CharSequence s, int from, char open, char close) {
        if (from >= s.length() || s.charAt(from) != open) {
            return new Delimited(-1, false);
        }
        boolean destination = open == '<';
        int lastEscaped = -1;
        for (int i = from + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && isAsciiPunctuation(s.charAt(i + 1))) {
                if (s.charAt(i + 1) == close) {
                    lastEscaped = i + 2;
                }
                i++;
            } else if (c == close) {
                return new Delimited(i + 1, false);
            } else if (c == 0 || destination && (c == '<' || c == '\n' || c == '\t'
                    || c == ' ' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\''))) {
                return new Delimited(lastEscaped, false);
            }
        }
        return new Delimited(lastEscaped, true);
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    /**
     * Where an unbracketed destination starting at {@code from} opens its parenthesis number
     * {@code MAX_PAREN_DEPTH + 1} while none has closed back to depth 0, or -1 when it ends before
     * that (a line break or an unmatched ')').
     */
    static int tooDeep(CharSequence s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                i++;
            } else if (c == '(') {
                if (++depth > MAX_PAREN_DEPTH) {
                    return i;
                }
            } else if (c == ')') {
                if (--depth < 0) {
                    return -1;
                }
            } else if (c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }
}
