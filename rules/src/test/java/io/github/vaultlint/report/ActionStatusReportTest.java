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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Obsidian Tasks statuses and due dates on improvement actions: {@code - [/]} is in progress (still
 * open), {@code - [-]} cancelled (neither open nor done), and a due date written on the line is kept.
 */
class ActionStatusReportTest {

    @Test
    void inProgressIsOpenCancelledIsNeitherAndDueDatesAreKept(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        Files.createDirectories(vault.resolve("Interviews"));
        Files.writeString(vault.resolve("Interviews/2025-05-02 Acme.md"), "---\ntags: [real-interview]\ndate: 2025-05-02\n"
                + "company: Acme\n---\n## Kubernetes scheduling\n### What I was asked\n- how a node is picked\n"
                + "### How I responded\n- by the scheduler\n### What was weak\n- Did not know taints\n"
                + "### How I should improve\n"
                + "- [ ] Read the scheduler docs by 2025-05-01\n" // 14
                + "- [/] Practise the taints lab \uD83D\uDCC5 2025-05-10\n" // 15
                + "- [-] Buy the book due: 2025-06-01\n" // 16
                + "- [x] Watch the KubeCon talk \u2705 2025-05-03\n" // 17: a done date is no due date
                + "- Rehearse the answer [due:: 2025-05-20]\n" // 18
                + "- [ ] Re-read notes from 2025-04-01\n", StandardCharsets.UTF_8); // 19: a date, not due
        LintResult result = new Linter().run(LintOptions.of(vault));
        ReportData data = ReportData.of(result, Version.get());

        JsonNode in = new ObjectMapper().readTree(JsonReport.write(data, tmp.resolve("out")).toFile()).get("insights");
        List<String> rows = new ArrayList<>();
        for (JsonNode a : in.get("interviews").get(0).get("actions")) {
            rows.add(a.get("line").asInt() + " done=" + a.get("done").asBoolean() + " " + a.get("status").asText()
                    + " due=" + (a.has("due") ? a.get("due").asText() : "-"));
        }
        assertEquals(List.of("14 done=false open due=2025-05-01", "15 done=false in-progress due=2025-05-10",
                "16 done=false cancelled due=2025-06-01", "17 done=true done due=-", "18 done=false open due=2025-05-20",
                "19 done=false open due=-"), rows);
        assertEquals(4, in.get("openActions").asInt(), "open, in progress, the plain action and the last task; not the cancelled one");
        assertEquals(1, in.get("doneActions").asInt(), "only the checked one: a cancelled action is not done");
        JsonNode topicActions = in.get("topics").get(0).get("actions");
        assertEquals("in-progress", topicActions.get(1).get("status").asText(), "the action plan carries the status too");
        assertEquals("2025-05-10", topicActions.get(1).get("due").asText());
        assertEquals(4, in.get("topics").get(0).get("openActions").asInt());

        StringWriter html = new StringWriter();
        HtmlReport.render(data, html);
        String page = html.toString();
        assertTrue(page.contains("1 weak &middot; 0 strengths &middot; 6 actions (4 open)</span>"), page);
        assertTrue(page.contains("aria-label=\"in progress\">\u25D0</span> Practise the taints lab"), "in progress is shown as such");
        assertTrue(page.contains("<li class=\"done cancelled\"><span class=\"box\" role=\"img\" aria-label=\"cancelled\">\u2612</span> Buy the book"),
                "cancelled is struck out with its own box");
        assertTrue(page.contains("<span class=\"due\">due 2025-05-01</span>"), "the due date is shown");
        assertFalse(page.contains("due 2025-04-01"), "a date not marked as due is not one");
    }
}
