package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.section.Sections;
import io.github.vaultlint.section.Unit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What section-order says about a part out of place, also a label that names two parts. */
class SectionOrderMessageTest {
    private static Unit story(String body) {
        String text = "---\ntags: [story-bank]\n---\n# Bank\n\n## Cache\n" + body;
        return Sections.analyzer().analyze(new NoteParser().parse("n.md", true, text), VaultlintConfig.defaults())
                .stories().get(0);
    }

    @Test
    void oneLabelNamingTwoMisplacedPartsIsOneMessage() {
        Unit u = story("### Action & Result\ndid it, 3x faster\n### Situation & Task\nslow, mine\n");
        assertEquals(2, u.misplaced().size(), "the analysis keeps one entry per part");
        assertEquals("Action and Result come before Situation in story \"Cache\"; move them after Task (the star order "
                + "is Situation, Task, Action, Result)", SectionOrderRule.message(u, u.misplaced()));
    }

    @Test
    void onePartOutOfPlace() {
        Unit u = story("**Situation**: slow\n**Action**: cached\n**Task**: mine\n**Result**: 3x\n");
        assertEquals("Action comes before Task in story \"Cache\"; move it between Task and Result (the star order is "
                + "Situation, Task, Action, Result)", SectionOrderRule.message(u, u.misplaced()));
    }
}
