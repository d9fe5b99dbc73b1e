package io.github.vaultlint.section;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.config.ConfigLoader;
import io.github.vaultlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keyword phrases: how a part is found in a label worded outside its name and synonyms. */
class TemplateKeywordsTest {
    private static final Template DEBRIEF = TemplateSet.builtin().find("debrief");

    private static String part(Template t, String label) {
        Part p = t.matchKeywords(Labels.normalize(label));
        return p == null ? null : p.id();
    }

    @Test
    void freelyWordedDebriefLabelsFindTheirPart() {
        for (String[] form : new String[][] {
                {"What I could have done better", "weak"}, {"What went badly", "weak"}, {"Mistakes I made", "weak"},
                {"**Improvement areas:**", "weak"}, {"What was missing from my answer", "weak"},
                {"Questions they asked me", "asked"}, {"How I approached it", "responded"},
                {"What I'd practise next time", "improve"}, {"Improving my answer", "improve"},
                {"Next steps to fix it", "improve"}, {"Things that went well", "correct"},
                {"What could have gone better", "weak"}, {"Fix", "improve"}, {"What I'd fix", "improve"},
                // An answer word does not outweigh what is said of the answer.
                {"How I answered poorly", "weak"}, {"My answer could have been better", "weak"},
                {"My approach was wrong", "weak"}, {"What I said wrong", "weak"}, {"'Mistakes'", "weak"}}) {
            assertEquals(form[1], part(DEBRIEF, form[0]), form[0]);
        }
    }

    @Test
    void leftmostPhraseWinsThenTheLongerOne() {
        // "missing" comes before "my answer": the label is about what was missing.
        assertEquals("weak", part(DEBRIEF, "Missing from my answer"));
        assertEquals("responded", part(DEBRIEF, "Answered, missing a number"));
        // At the same word, "improvement areas" (weak) is longer than "improvement" (improve).
        assertEquals("weak", part(DEBRIEF, "Improvement areas"));
        assertEquals("improve", part(DEBRIEF, "Improvement"));
    }

    @Test
    void noBasisNoPart() {
        assertNull(part(DEBRIEF, "Kubernetes scheduling"));
        assertNull(part(DEBRIEF, ""));
        // Whole words only: "gapless" is not "gap", "weakly" not "weak".
        assertNull(part(DEBRIEF, "Gapless playback"));
        assertNull(part(DEBRIEF, "Weakly consistent reads"));
        // A line of more than eight words is a sentence that mentions a mistake, not a label.
        assertNull(part(DEBRIEF, "This long line happens to mention a mistake but is no label at all"));
        assertEquals("weak", part(DEBRIEF, "A short line naming one mistake only"));
        assertNull(part(DEBRIEF, "mistakes " + "x".repeat(300)), "a label of 300 characters is a sentence");
        // The star template has no keywords: its synonyms decide alone.
        assertNull(part(TemplateSet.builtin().find("star"), "What went badly"));
    }

    @Test
    void aTieBetweenTwoPartsNamesNeither() throws ConfigException {
        Template t = read("""
                templates:
                  review:
                    parts:
                      - name: Wins
                        keywords: [shipped]
                      - name: Problems
                        keywords: [shipped late, late]
                      - name: Other
                        keywords: [shipped]
                """).find("review");
        assertEquals("problems", part(t, "Shipped late again"));   // longer at the same word
        assertNull(part(t, "What we shipped"));                        // "shipped" names Wins and Other: a tie
        assertEquals("problems", part(t, "Late, and shipped anyway")); // leftmost
    }

    @Test
    void keywordsAreAConfigKeyOfAPart() throws ConfigException {
        Template t = read("""
                templates:
                  retro:
                    parts:
                      - name: Went well
                        keywords: ["Wins", "**Highlights**:"]
                """).find("retro");
        assertEquals(List.of("wins", "highlights"), t.part("went-well").keywords());
        assertEquals("went-well", part(t, "Our wins this sprint"));
        String message = assertThrows(ConfigException.class, () -> read("""
                templates:
                  retro:
                    parts:
                      - name: Went well
                        keywords: ["--"]
                """)).getMessage();
        assertTrue(message.contains("keyword \"--\" of part \"Went well\" in template \"retro\" has no words"), message);
    }

    private static TemplateSet read(String yaml) throws ConfigException {
        return new ConfigLoader(RuleRegistry.builtin()).parse(Path.of(".vaultlint.yml"), yaml).templates();
    }
}
