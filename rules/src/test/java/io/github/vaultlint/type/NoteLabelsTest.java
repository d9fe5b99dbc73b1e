package io.github.vaultlint.type;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoteLabelsTest {

    /** {@link NoteLabels#normalise} before it skipped the copy for labels with nothing to collapse. */
    static String reference(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_' || c == '`') {
                continue;
            }
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                space = true;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        if (space) {
            sb.append(' ');
        }
        String t = sb.toString().strip().toLowerCase(Locale.ROOT);
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static final String[] PIECES = {
        "What", "was", "ASKED", "Größe", "İ", "ΣΑ", "ς", "日本", "😀", ":", "::", " :", ": ", "*", "**", "_", "`", " ", "  ",
        "\t", "\n", "\r", "\u000B", "\f", "\u001C", "\u00A0", "\u2003", "\u3000", "\u0085", "#", "-", "1", ""
    };

    @Test
    void normalisesAsTheReferenceOnRandomLabels() {
        Random r = new Random(3);
        for (int k = 0; k < 100_000; k++) {
            StringBuilder sb = new StringBuilder();
            int count = r.nextInt(9);
            for (int i = 0; i < count; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String s = sb.toString();
            assertEquals(reference(s), NoteLabels.normalise(s), s);
        }
    }

    @Test
    void normalisesLabels() {
        assertEquals("what was asked", NoteLabels.normalise("**What was asked:**"));
        assertEquals("how i responded", NoteLabels.normalise("  How\t I _responded_ :: "));
        assertEquals("", NoteLabels.normalise(""));
        assertEquals("", NoteLabels.normalise(" : "));
        String plain = "already normal";
        assertSame(plain, NoteLabels.normalise(plain), "nothing to do: no copy");
    }

    @Test
    void collapseIsNeededForEmphasisAndWhitespaceRuns() {
        assertFalse(NoteLabels.needsCollapse("Single spaces only "));
        assertFalse(NoteLabels.needsCollapse(" lead\u00A0and\u2003unicode"));
        assertTrue(NoteLabels.needsCollapse("two  spaces"));
        assertTrue(NoteLabels.needsCollapse("a\tb"));
        assertTrue(NoteLabels.needsCollapse("**bold**"));
        assertTrue(NoteLabels.needsCollapse("snake_case"));
    }

    @Test
    void singleEmphasisIsALabelOnlyWithItsColon() {
        assertEquals("Situation", NoteLabels.label("*Situation*: the site went down"));
        assertEquals("Asked:", NoteLabels.label("_Asked:_ q"));
        assertEquals("Asked", NoteLabels.label("> *Asked* : q"));
        assertEquals(null, NoteLabels.label("*Overall, not great.*"), "a sentence in emphasis, as the section rules read it");
        assertEquals(null, NoteLabels.label("*Weak points* were many"));
    }
}
