package io.github.vaultlint.report;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Several STAR stories written one after another under one heading are several stories, each named by its lead-in. */
class StoriesInOneSectionTest {

    @Test
    void eachStoryOfASectionIsItsOwnWithItsTitle(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Bank.md"), "---\ntags: [story-bank]\n---\n# Bank\n\n## Stories\n\n"
                + "**Story 1: Cache stampede**\n\n**Situation:** Checkout fell over.\n**Task:** Fix it.\n"
                + "**Action:** Coalesced requests.\n**Result:** Errors fell from 12% to 0.3%.\n\n"
                + "**Story 2: Flaky deploys**\n\n**Situation:** Deploys failed often.\n**Task:** Make them reliable.\n\n"
                + "---\n\nS: Pages every night.\nT: Halve them.\nA: Grouped alerts.\nR: Pages fell by 60%.\n",
                StandardCharsets.UTF_8);
        LintResult result = new Linter().run(LintOptions.of(vault));
        assertEquals(List.of("Story 1: Cache stampede@8 complete=true", "Story 2: Flaky deploys@15 complete=false",
                        "Stories (story 3)@22 complete=true"),
                result.insights().stories().stream().map(s -> s.title() + "@" + s.line() + " complete=" + s.complete()).toList());
        List<String> required = result.findings().stream().filter(f -> f.ruleId().equals("required-section"))
                .map(f -> f.line() + ":" + f.column() + "-" + f.endColumn() + " " + f.message()).toList();
        assertEquals(1, required.size(), required.toString());
        assertEquals("15:1-27 Story \"Story 2: Flaky deploys\" is missing Action, Result", required.get(0).substring(0,
                required.get(0).indexOf(';')));
    }

    @Test
    void partsAtTheLevelOfTheirTitleBelongToIt(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Flat.md"), "---\ntags: [story-bank]\n---\n## Story: Migration\n\n## Situation\nOne VM.\n\n"
                + "## Task\nMove to Kubernetes.\n\n## Action\nContainerised each service.\n\n## Result\nDeploys from 40 to 5 minutes.\n\n"
                + "## Story: Cost review\n\n## Situation\nThe bill doubled.\n\n## Action\nTagged resources.\n", StandardCharsets.UTF_8);
        LintResult result = new Linter().run(LintOptions.of(vault));
        assertEquals(List.of("Story: Migration@4 complete=true", "Story: Cost review@18 complete=false"),
                result.insights().stories().stream().map(s -> s.title() + "@" + s.line() + " complete=" + s.complete()).toList(),
                "each story under its own title, not one story of the note");
    }
}
