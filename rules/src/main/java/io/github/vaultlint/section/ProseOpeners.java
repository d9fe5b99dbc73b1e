package io.github.vaultlint.section;

import java.util.List;

/**
 * The first words of a first-person paragraph that say which debrief part it is: "I was asked to
 * design ...", "I responded with ...", "I was weak on ...", "Next time I will ...". People who
 * write a topic as prose name its parts this way instead of with labels. Keyed by the built-in
 * debrief part ids, so a template without such a part gets nothing from them.
 */
final class ProseOpeners {

    /** An opener: the part id it names and the words, lower case, apostrophes straight. */
    record Opener(String partId, String words) {
    }

    /** Longer phrases first where one starts another ("i was weak" before "i was"). */
    private static final List<Opener> OPENERS = List.of(
            new Opener("asked", "i was asked"), new Opener("asked", "i got asked"),
            new Opener("asked", "they asked"), new Opener("asked", "the interviewer asked"),
            new Opener("asked", "the question was"),
            new Opener("responded", "i responded"), new Opener("responded", "i answered"),
            new Opener("responded", "i replied"), new Opener("responded", "my answer was"),
            new Opener("responded", "my response was"),
            new Opener("correct", "i did well"), new Opener("correct", "what went well"),
            new Opener("correct", "i was strong on"), new Opener("correct", "i was good at"),
            new Opener("weak", "i was weak"), new Opener("weak", "i struggled"),
            new Opener("weak", "my weak point"), new Opener("weak", "what was weak"),
            new Opener("improve", "next time"), new Opener("improve", "to improve"),
            new Opener("improve", "going forward"), new Opener("improve", "i should improve"));

    private ProseOpeners() {
    }

    /**
     * The opener text[from, to) starts with, as whole words, or null. Looked at in place: most
     * paragraphs differ from every opener in their first chars.
     */
    static Opener at(String text, int from, int to) {
        for (Opener o : OPENERS) {
            String w = o.words();
            int n = w.length();
            if (to - from < n) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < n && same; i++) {
                char c = text.charAt(from + i);
                c = c == '\u2019' ? '\'' : Character.toLowerCase(c);
                same = c == w.charAt(i);
            }
            if (same && (from + n == to || !Character.isLetterOrDigit(text.charAt(from + n)))) {
                return o;
            }
        }
        return null;
    }
}
