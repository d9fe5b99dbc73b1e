package io.github.vaultlint.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which lines {@link ParagraphReplacements} counts (here past a limit of 2). */
class ParagraphReplacementsTest {

    private static int tooMany(String text) {
        return ParagraphReplacements.tooMany(text.toCharArray(), 0, 2);
    }

    @Test
    void theThirdSetextUnderlineIsOverTheLimit() {
        String text = "A\n===\nB\n---\nC\n= \nD\n";
        assertEquals(text.indexOf("= "), tooMany(text));
        assertEquals(text.indexOf("--"), ParagraphReplacements.tooMany(text.toCharArray(), 0, 1));
        assertEquals(-1, tooMany("A\n===\nB\n---\n"), "two are within the limit");
    }

    @Test
    void underlinesInQuotesCountAndRulesAfterABlankLineOrMixedRunsDoNot() {
        String quoted = "> A\n> ===\n> B\n> ---\n> C\n> ===\n";
        assertEquals(quoted.lastIndexOf("> ==="), tooMany(quoted));
        assertEquals(-1, tooMany("A\n\n---\nB\n\n---\nC\n\n===\n"), "after a blank line: a thematic break or text");
        assertEquals(-1, tooMany("A\n=-=\nB\n== x\nC\n--- -\n"), "no underline: another character on the line");
    }

    @Test
    void aParagraphOfDefinitionsCountsOnceAndFootnotesNotAtAll() {
        assertEquals(-1, tooMany("[a]: A.md\n[b]: B.md\n[c]: C.md\n[d]: D.md\n"), "one paragraph, dropped once");
        String separate = "[a]: A.md\n\n[b]: B.md\n\n[c]: C.md\n";
        assertEquals(separate.indexOf("[c]"), tooMany(separate));
        assertEquals(-1, tooMany("[^1]: one\n\n[^2]: two\n\n[^3]: three\n"));
        assertEquals(-1, tooMany("[a] b\n\n[c] d\n\n[e] f\n"), "no colon after the label: text");
    }

    @Test
    void linesInFencedCodeAreNotCounted() {
        assertEquals(-1, tooMany("```\nA\n===\nB\n===\nC\n===\n```\n"));
        String after = "~~~~\nA\n===\n~~~~\nB\n===\nC\n===\nD\n===\n";
        assertEquals(after.lastIndexOf("==="), tooMany(after));
    }
}
