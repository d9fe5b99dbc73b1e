package io.github.vaultlint.parse;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The reference the replaced flexmark parsers are compared with: flexmark's own parsers, with the
 * options vaultlint reads Markdown with, and CommonMark's bare link destinations, which vaultlint
 * reads on purpose where flexmark's spaces-in-URLs option does not (see LinearInlineParser). The
 * destination rule is written here straight from the spec, independently of the code under test.
 */
final class StockFlexmark {
    private StockFlexmark() {
    }

    static Parser parser() {
        return Parser.builder(NoteParser.markdownOptions()).customInlineParserFactory(CommonMarkDestinations::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
    }

    /** flexmark's inline parser, but for bare destinations. */
    private static final class CommonMarkDestinations extends InlineParserImpl {
        CommonMarkDestinations(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> extensions) {
            super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
        }

        /**
         * CommonMark: a nonempty run of characters that are not spaces or control characters, whose
         * unescaped parentheses are balanced (nested at most 32 deep, as in cmark); or empty, which
         * flexmark's callers allow (an inline link's "()"). Otherwise no destination.
         */
        @Override
        public BasedSequence parseLinkDestination() {
            if (peek() == '<') {
                return match(myParsing.LINK_DESTINATION_ANGLES); // or none: a bare destination never starts with '<'
            }
            int i = index;
            int depth = 0;
            while (i < input.length()) {
                char c = input.charAt(i);
                if (c == '\\' && i + 1 < input.length() && isPunctuation(input.charAt(i + 1))) {
                    i += 2;
                    continue;
                }
                if (c <= ' ' || c == ')' && depth == 0) {
                    break;
                }
                if (c == '(' && ++depth > LinearInlineParser.MAX_PAREN_DEPTH) {
                    return null;
                }
                if (c == ')') {
                    depth--;
                }
                i++;
            }
            if (depth != 0) {
                return null;
            }
            BasedSequence destination = input.subSequence(index, i);
            index = i;
            return destination;
        }

        private static boolean isPunctuation(char c) {
            return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
        }
    }
}
