package io.github.vaultlint.type;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Label entries match whole words of a note's labels, exactly as the whole-word regex they replace. */
class TypeMatchTest {

    @Test
    void wholeWordsOnly() {
        TypeMatch m = new TypeMatch(List.of(), List.of(), List.of("responded|response", "weak"));
        assertTrue(m.matchesLabels(List.of("how i responded", "what was weak")));
        assertFalse(m.matchesLabels(List.of("how i responded", "weakness")), "weak is not a word of weakness");
        assertFalse(m.matchesLabels(List.of("responded")), "every entry must be found");
        assertFalse(new TypeMatch(List.of(), List.of(), List.of("|")).matchesLabels(List.of("anything")));
        assertTrue(TypeMatch.containsWord("step 2: result", "result"));
        assertFalse(TypeMatch.containsWord("result²", "result"), "a superscript digit is a number");
        assertFalse(TypeMatch.containsWord("result𝒜", "result"), "a supplementary letter after it");
    }

    /** The regex the char loop replaced: it must find exactly the same labels. */
    private static Pattern regex(String entry) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        boolean first = true;
        for (String a : entry.split("\\|")) {
            String norm = NoteLabels.normalise(a);
            if (norm.isEmpty()) {
                continue;
            }
            if (!first) {
                sb.append('|');
            }
            sb.append(Pattern.quote(norm));
            first = false;
        }
        sb.append(")(?![\\p{L}\\p{N}])");
        return first ? Pattern.compile("(?!)") : Pattern.compile(sb.toString());
    }

    @Test
    void sameAsTheWholeWordRegex() {
        String[] atoms = {"a", "b", "ab", "ba", " ", "  ", "-", "1", "²", "Ⅳ", "é", "𝒜", ":", "|", "_", "*", "x"};
        Random r = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            String label = random(r, atoms, 6);
            String entry = random(r, atoms, 4);
            boolean expected = regex(entry).matcher(label).find();
            boolean actual = new TypeMatch(List.of(), List.of(), List.of(entry)).matchesLabels(List.of(label));
            assertEquals(expected, actual, "label [" + label + "] entry [" + entry + "]");
        }
    }

    private static String random(Random r, String[] atoms, int max) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(max + 1);
        for (int k = 0; k < n; k++) {
            sb.append(atoms[r.nextInt(atoms.length)]);
        }
        return sb.toString();
    }
}
