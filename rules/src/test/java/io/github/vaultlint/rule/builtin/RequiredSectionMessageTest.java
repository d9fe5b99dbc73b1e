package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.section.SectionAnalysis;
import io.github.vaultlint.section.Sections;
import io.github.vaultlint.section.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What required-section says about a unit, and how to get out of a unit that is none. */
class RequiredSectionMessageTest {
    private static SectionAnalysis analyze(String text) {
        return Sections.analyzer().analyze(new NoteParser().parse("n.md", true, text), VaultlintConfig.defaults());
    }

    @Test
    void aStoryBankSectionNamedLikeAnIntroIsNoStoryAndAnyOtherBareSiblingSaysHowToExcludeIt() {
        SectionAnalysis a = analyze("---\ntags: [story-bank]\n---\n# Bank\n\n## Tips\n- short\n\n## Pager\n\n"
                + "**Situation:** 40 pages\n**Task:** fewer\n**Action:** SLO alerts\n**Result:** 6 a week\n\n## Drills\n- game days\n");
        assertEquals(List.of("Pager", "Drills"), a.stories().stream().map(Unit::title).toList());
        assertEquals("Story \"Drills\" is missing Situation, Task, Action, Result; add each under the story as a heading "
                + "(### Situation) or a bold label (**Situation**: ...) or a short label (S: ...); if \"Drills\" is not a "
                + "story, add it to nonTopicSections of the \"star\" template (templates: in .vaultlint.yml)",
                RequiredSectionRule.message(a.stories().get(1)));
    }

    @Test
    void aStoryWithSomePartsIsAStoryAndGetsNoSuchHint() {
        SectionAnalysis a = analyze("# Mock\n\n## Failure\n\n**Situation**: a bad config\n**Action**: rolled back\n");
        assertEquals("Story \"Failure\" is missing Task, Result; add each under the story as a heading (### Task) or a "
                + "bold label (**Task**: ...) or a short label (T: ...)", RequiredSectionRule.message(a.stories().get(0)));
    }

    @Test
    void aStoryWrittenInDetailsBlocksIsToldToAddTheMissingPartTheSameWay() {
        SectionAnalysis a = analyze("# Mock\n\n## Failure\n\n<details><summary>Situation</summary>a bad config</details>\n\n"
                + "<details><summary>Action</summary>rolled back</details>\n");
        assertEquals("Story \"Failure\" is missing Task, Result; add each as a collapsible block (<details><summary>Task"
                + "</summary> ... </details>) or a heading or bold label (**Task**: ...)", RequiredSectionRule.message(a.stories().get(0)));
    }
}
