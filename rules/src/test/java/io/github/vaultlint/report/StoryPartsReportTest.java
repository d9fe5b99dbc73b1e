package io.github.vaultlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vaultlint.Version;
import io.github.vaultlint.analysis.StoryInsight;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A story's parts in the insights, the JSON and the HTML agree with what the lint says about them. */
class StoryPartsReportTest {
    private static final String BANK = "---\ntags: [story-bank]\n---\n# Bank\n\n"
            + "### Empty task\n\n#### Situation\nPager load doubled.\n\n#### Task\n-\n\n#### Action\n- classified pages\n\n"
            + "#### Result\nPages dropped from 35 to 9.\n\n"
            + "### Empty result\n\n#### Situation\ns\n\n#### Task\nt\n\n#### Action\na\n\n#### Result\nTODO\n\n"
            + "### No result\n\n#### Situation\ns\n\n#### Task\nt\n\n#### Action\na\n";

    @Test
    void anEmptyPartIsPresentButLeavesTheStoryIncomplete(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        Files.createDirectories(vault);
        Files.writeString(vault.resolve("Bank.md"), BANK, StandardCharsets.UTF_8);
        LintResult result = new Linter().run(LintOptions.of(vault));
        List<String> findings = result.findings().stream().map(f -> f.ruleId() + "@" + f.line()).toList();
        assertEquals(List.of("empty-section@11", "empty-section@31", "required-section@34"), findings.stream()
                .filter(f -> f.startsWith("empty-section") || f.startsWith("required-section")).toList(), findings.toString());

        List<StoryInsight> stories = result.insights().stories();
        assertEquals(List.of(
                new StoryInsight("Bank.md", "Empty task", 6, true, true, true, true, false, true, List.of("task")),
                new StoryInsight("Bank.md", "Empty result", 20, true, true, true, true, false, false, List.of("result")),
                new StoryInsight("Bank.md", "No result", 34, true, true, true, false, false, false, List.of())), stories,
                "written parts are present, empty or not; a required part left empty leaves the story incomplete;"
                        + " an empty Result measures nothing");

        JsonNode story = new ObjectMapper().readTree(JsonReport.write(ReportData.of(result, Version.get()), tmp.resolve("out")).toFile())
                .get("insights").get("stories").get(0);
        assertTrue(story.get("parts").get("task").asBoolean());
        assertFalse(story.get("complete").asBoolean());
        assertEquals("[\"task\"]", story.get("emptyParts").toString());

        String html = Files.readString(HtmlReport.write(ReportData.of(result, Version.get()), tmp.resolve("out")), StandardCharsets.UTF_8);
        assertTrue(html.contains("0 of 3 stories complete."), "an empty part is not a written one");
        String row = html.substring(html.indexOf(">Empty task</a>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains("<td class=\"empty\" title=\"written but empty\">"), "T is shown as written but empty: " + row);
        assertTrue(row.contains("\u2717"), "the story is not complete: " + row);
    }
}
