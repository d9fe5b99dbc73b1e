package io.github.vaultlint.parse;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.HashSet;
import java.util.Set;

/**
 * One of flexmark's core block parsers, asked only about lines that can start its block, in its
 * place among the block parsers (same dependencies; the core one is switched off in the options).
 * <ul>
 *   <li>Headings: flexmark's parser copies the whole paragraph above every line it is asked about
 *       (for a setext underline), so a paragraph or quote of many thousand lines cost the square of
 *       its length: a 200 KB run of callouts took minutes. Only a line starting with '#' (ATX) or
 *       '=' / '-' (setext underline) can be a heading.</li>
 *   <li>HTML blocks start with '&lt;'. Their patterns recurse once per attribute, and a tag with
 *       thousands overflowed the stack, which lost the whole note: such a line is no HTML block.</li>
 *   <li>Thematic breaks ({@code ***}, {@code - - -}, {@code ___}): the core pattern recurses once
 *       per marker, and a line of a few thousand overflowed the stack, which lost the whole note
 *       ("nested too deeply"); {@link ThematicBreaks} makes the same test in one pass.</li>
 * </ul>
 * Every other line gets the answer the core parser gives it: none.
 */
abstract class CoreBlockFactory implements CustomBlockParserFactory {
    private final CustomBlockParserFactory core;
    private final String leads;

    private CoreBlockFactory(CustomBlockParserFactory core, String leads) {
        this.core = core;
        this.leads = leads;
    }

    /** flexmark orders block parsers by class, so each kind has its own. */
    static final class Headings extends CoreBlockFactory {
        Headings() {
            super(new HeadingParser.Factory(), "#=-");
        }

        /**
         * The core parser copies the paragraph above before it tests the line, so a paragraph of
         * many lines starting with '#' or '=' ("#tag" lines, a pasted log of "==> step" lines) cost
         * the square of its length (200 KB of "#tag" lines: 14 s). Only what its patterns can match
         * goes to it: 1 to 6 '#' then a space, a tab or the line end (ATX), or a line of one
         * '=' or '-' run and trailing spaces (a setext underline).
         */
        @Override
        boolean mayStart(CharSequence line, int from) {
            char lead = line.charAt(from);
            int i = from;
            while (i < line.length() && line.charAt(i) == lead) {
                i++;
            }
            if (lead == '#') {
                return i - from <= 6 && (i == line.length() || blank(line.charAt(i)));
            }
            while (i < line.length() && blank(line.charAt(i))) {
                i++;
            }
            return i == line.length();
        }

        private static boolean blank(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }
    }

    static final class HtmlBlocks extends CoreBlockFactory {
        HtmlBlocks() {
            super(new HtmlBlockParser.Factory(), "<");
        }
    }

    /** flexmark's thematic break test without its pattern: three or more of one marker, spaces and tabs between. */
    static final class ThematicBreaks extends CoreBlockFactory {
        ThematicBreaks() {
            super(new ThematicBreakParser.Factory(), "*-_");
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            boolean relaxedStart = Parser.THEMATIC_BREAK_RELAXED_START.get(options);
            return (state, matched) -> {
                if (state.getIndent() >= 4 || matched.getBlockParser().isParagraphParser() && !relaxedStart) {
                    return BlockStart.none();
                }
                BasedSequence line = state.getLine();
                if (!isBreak(line, state.getNextNonSpaceIndex())) {
                    return BlockStart.none();
                }
                return BlockStart.of(new ThematicBreakParser(line.subSequence(state.getIndex()))).atIndex(line.length());
            };
        }

        /** flexmark's {@code (?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$} from {@code from}. */
        static boolean isBreak(CharSequence line, int from) {
            if (from >= line.length()) {
                return false;
            }
            char marker = line.charAt(from);
            if (marker != '*' && marker != '-' && marker != '_') {
                return false;
            }
            int count = 0;
            for (int i = from; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == marker) {
                    count++;
                } else if (c != ' ' && c != '\t') {
                    return false;
                }
            }
            return count >= 3;
        }
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory parser = core.apply(options);
        return (state, matched) -> {
            BasedSequence line = state.getLine();
            int i = state.getNextNonSpaceIndex();
            if (i >= line.length() || leads.indexOf(line.charAt(i)) < 0 || !mayStart(line, i)) {
                return BlockStart.none();
            }
            try {
                return parser.tryStart(state, matched);
            } catch (StackOverflowError e) {
                return BlockStart.none();
            }
        };
    }

    /** Whether the core parser may start its block on {@code line}, whose first non-space char at {@code from} is a lead. */
    boolean mayStart(CharSequence line, int from) {
        return true;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return replaced(core.getAfterDependents());
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return replaced(core.getBeforeDependents());
    }

    /** The core parsers' dependencies, naming these in place of the core ones they replace. */
    private static Set<Class<?>> replaced(Set<Class<?>> dependents) {
        if (dependents == null) {
            return null;
        }
        Set<Class<?>> out = new HashSet<>();
        for (Class<?> c : dependents) {
            out.add(c == HeadingParser.Factory.class ? Headings.class : c == HtmlBlockParser.Factory.class ? HtmlBlocks.class
                    : c == ThematicBreakParser.Factory.class ? ThematicBreaks.class : c);
        }
        return out;
    }

    @Override
    public boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return core.getLeadInHandler(options);
    }
}
