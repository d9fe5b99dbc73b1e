package io.github.vaultlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vaultlint.Version;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A task written anywhere in a debrief is one of that interview's actions, in every report. */
class InterviewActionsReportTest {

    @Test
    void aTaskUnderNextStepsIsListedWithItsInterviewAndCountedOnce(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        Files.createDirectories(vault.resolve("Interviews"));
        Files.writeString(vault.resolve("Interviews/2025-12-01 Globex.md"), "---\ntags: [real-interview]\ndate: 2025-12-01\n"
                + "company: Globex\n---\n## Kubernetes scheduling\n### What I was asked\n- how a node is picked\n"
                + "### How I responded\n- by the scheduler\n### What was weak\n- Could not explain resource requests\n"
                + "### How I should improve\n- [ ] Read the scheduler docs\n\n"
                + "## Next steps\n- [ ] Send a thank-you note\n- [x] Update the STAR bank\n", StandardCharsets.UTF_8);
        Files.writeString(vault.resolve("Study plan.md"), "# Study plan\n- [ ] Revise Linux namespaces\n", StandardCharsets.UTF_8);
        LintResult result = new Linter().run(LintOptions.of(vault));
        ReportData data = ReportData.of(result, Version.get());

        JsonNode in = new ObjectMapper().readTree(JsonReport.write(data, tmp.resolve("out")).toFile()).get("insights");
        JsonNode actions = in.get("interviews").get(0).get("actions");
        List<String> rows = new ArrayList<>();
        for (JsonNode a : actions) {
            rows.add(a.get("line").asInt() + " " + a.get("section").asText() + ": " + a.get("text").asText() + " done=" + a.get("done").asBoolean());
        }
        assertEquals(List.of("14 Kubernetes scheduling: Read the scheduler docs done=false",
                "17 Next steps: Send a thank-you note done=false", "18 Next steps: Update the STAR bank done=true"), rows);
        assertEquals(3, in.get("openActions").asInt(), "two in the interview, one in the study plan");
        assertEquals(1, in.get("doneActions").asInt());

        StringWriter html = new StringWriter();
        HtmlReport.render(data, html);
        assertTrue(html.toString().contains("1 weak &middot; 0 strengths &middot; 3 actions (2 open)</span>"),
                "the timeline counts the interview's actions as the JSON lists them");
        Files.writeString(vault.resolve("Interviews/2025-12-01 Globex.md"), "---\ntags: [real-interview]\ndate: 2025-12-01\n---\n"
                + "## Kafka\n### What I was asked\n- q\n### How I responded\n- r\n### What was correct\n- knew offsets\n"
                + "### What was weak\n- lag\n### How I should improve\n- [ ] read\n", StandardCharsets.UTF_8);
        StringWriter one = new StringWriter();
        HtmlReport.render(ReportData.of(new Linter().run(LintOptions.of(vault)), Version.get()), one);
        assertTrue(one.toString().contains("1 weak &middot; 1 strength &middot; 1 action (1 open)</span>"), "one of each, in the singular");
    }
}
