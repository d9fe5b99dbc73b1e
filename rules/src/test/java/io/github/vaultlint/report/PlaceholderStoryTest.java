package io.github.vaultlint.report;

import io.github.vaultlint.analysis.StoryInsight;
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

/** A story skeleton whose parts hold only placeholders is not a complete story. */
class PlaceholderStoryTest {

    @Test
    void aStoryOfPlaceholdersIsIncomplete(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Stories.md"), "---\ntags: [story-bank]\n---\n# Stories\n\n## Story: Cost cutting\n\n"
                + "### Situation\nTBD\n\n### Task\n...\n\n### Action\nTODO\n\n### Result\n-\n\n"
                + "## Story: Pager fatigue\n\n**Situation:** Pages every night.\n**Task:** Halve them.\n"
                + "**Action:** Grouped alerts by service.\n**Result:** Pages fell by 60%.\n", StandardCharsets.UTF_8);
        LintResult result = new Linter().run(LintOptions.of(vault));
        List<StoryInsight> stories = result.insights().stories();
        assertEquals(List.of("Story: Cost cutting complete=false empty=[situation, task, action, result]",
                        "Story: Pager fatigue complete=true empty=[]"),
                stories.stream().map(s -> s.title() + " complete=" + s.complete() + " empty=" + s.emptyParts()).toList());
        assertEquals(List.of("empty-section@8", "empty-section@11", "empty-section@14", "empty-section@17"),
                result.findings().stream().map(f -> f.ruleId() + "@" + f.line()).toList(), "each empty part once, no more");
    }
}
