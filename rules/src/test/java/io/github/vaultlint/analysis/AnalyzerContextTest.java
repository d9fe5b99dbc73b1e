package io.github.vaultlint.analysis;

import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.vault.Note;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The section context an item is classified with, remembered across items by {@link Analyzer.Context}. */
class AnalyzerContextTest {

    private static Note note(String text) {
        return new NoteParser().parse("n.md", true, text);
    }

    /** Every line of the note, in order, then in a random order: the remembered context is the computed one. */
    private static void assertSameAsComputed(Note note, int lines, String first, Random r) {
        Analyzer.Context ctx = new Analyzer.Context(note, first);
        for (int line = 0; line <= lines + 1; line++) {
            assertEquals(Analyzer.context(note, line, first), ctx.at(line), "line " + line);
        }
        for (int k = 0; k < 3 * lines; k++) {
            int line = r.nextInt(lines + 2);
            assertEquals(Analyzer.context(note, line, first), ctx.at(line), "line " + line);
        }
    }

    @Test
    void rememberedContextIsTheComputedOne() {
        String text = "# Title\n\nintro\n\n## Kubernetes question 1\n\n### What was weak\n\n- a\n- b\n\n#### Sub\n\n- c\n\n"
                + "### How I should improve\n\n- d\n\n## ## Overall\n\ntext\n\n### Strengths\n\n- e\n";
        Note note = note(text);
        int lines = text.split("\n", -1).length;
        Random r = new Random(1);
        for (String first : new String[] {null, "", " ", "What was weak", "Kubernetes question 1"}) {
            assertSameAsComputed(note, lines, first, r);
        }
    }

    @Test
    void rememberedContextOnRandomHeadingLayouts() {
        Random r = new Random(9);
        for (int k = 0; k < 300; k++) {
            StringBuilder sb = new StringBuilder();
            int lines = 0;
            int count = r.nextInt(30);
            for (int i = 0; i < count; i++) {
                switch (r.nextInt(4)) {
                    case 0 -> sb.append("#".repeat(1 + r.nextInt(4))).append(" Heading ").append(r.nextInt(5)).append('\n');
                    case 1 -> sb.append("- item ").append(i).append('\n');
                    case 2 -> sb.append('\n');
                    default -> sb.append("text ").append(i).append('\n');
                }
                lines++;
            }
            assertSameAsComputed(note(sb.toString()), lines, r.nextBoolean() ? null : "Part", r);
        }
    }

    @Test
    void contextListsTheEnclosingTitlesInnermostFirst() {
        Note note = note("# T\n\n## A\n\n### B\n\n- x\n\n## ## C\n\n- y\n");
        assertEquals(List.of("Weak", "B", "A"), Analyzer.context(note, 7, "Weak"));
        assertEquals(List.of("C"), Analyzer.context(note, 11, null));
        assertEquals(List.of("T"), Analyzer.context(note, 1, " "), "the H1 title only when nothing else");
        Analyzer.Context ctx = new Analyzer.Context(note, "Weak");
        List<String> first = ctx.at(7);
        assertSame(first, ctx.at(8), "no heading between: the same list");
        assertEquals(new ArrayList<>(List.of("Weak", "C")), ctx.at(11));
    }
}
