package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.section.PartHit;
import io.github.vaultlint.section.SectionAnalysis;
import io.github.vaultlint.section.Sections;
import io.github.vaultlint.section.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What empty-section says about an empty label, also one that names two parts. */
class EmptySectionMessageTest {
    private static Unit story(String text) {
        SectionAnalysis a = Sections.analyzer().analyze(new NoteParser().parse("n.md", true, text), VaultlintConfig.defaults());
        return a.stories().get(0);
    }

    @Test
    void oneLabelNamingTwoEmptyPartsNamesBothInOneMessage() {
        Unit u = story("---\ntags: [story-bank]\n---\n# Bank\n\n## Cache\n### Situation & Task\n\n### Action\ndid\n### Result\n3x\n");
        List<PartHit> empty = u.hits().stream().filter(PartHit::empty).toList();
        assertEquals(2, empty.size(), "the analysis keeps one hit per part");
        assertEquals("Situation and Task of story \"Cache\" are empty (heading \"Situation & Task\" has no content); "
                + "write them under the heading, or remove the heading until you do", EmptySectionRule.message(u, empty));
    }

    @Test
    void oneEmptyPart() {
        Unit u = story("---\ntags: [story-bank]\n---\n# Bank\n\n## Cache\nS: slow\nT:\nA: did\nR: 3x\n");
        List<PartHit> empty = u.hits().stream().filter(PartHit::empty).toList();
        assertEquals("Task of story \"Cache\" is empty (label \"T\" has no content); write it under the label, or "
                + "remove the label until you do", EmptySectionRule.message(u, empty));
    }

    @Test
    void anEmptyDetailsBlockSaysWhereItsContentGoes() {
        Unit u = story("---\ntags: [story-bank]\n---\n# Bank\n\n## Cache\n<details><summary>Situation</summary>slow</details>\n"
                + "<details><summary><b>Task</b></summary>\n</details>\n");
        List<PartHit> empty = u.hits().stream().filter(PartHit::empty).toList();
        assertEquals(List.of(8, 10, 40), List.of(empty.get(0).line(), empty.get(0).column(), empty.get(0).endColumn()),
                "on the summary");
        assertEquals("Task of story \"Cache\" is empty (details block \"Task\" has no content); write it between its "
                + "</summary> and </details>, or remove the details block until you do", EmptySectionRule.message(u, empty));
    }
}
