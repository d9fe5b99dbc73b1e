package io.github.vaultlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vaultlint.Version;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vaultlint.json is a public contract: exact shape, sorted findings, byte-stable output. */
class JsonReportTest {

    /** A small vault with findings in several files, several on one line, and an attachment. */
    static Path sampleVault(Path root) throws IOException {
        // No built-in note types: this vault shows the report's shape, not the note-type rules.
        write(root, ".vaultlint.yml", "extends: none\n");
        write(root, "Interviews/2025-11-17 Acme.md", "---\ntitle:\ntags:\n  - real-interview\n---\n"
                + "## ## What was weak\n\nSee [[Missing]] and [out](../../etc/passwd) and [[Also Missing]].\n");
        write(root, "Interviews/2025-11-26 Hooli.md", "---\ntitle: Hooli\ntitle: again\n---\n## Meta\n\n##\n");
        write(root, "STAR Bank.md", "# STAR Bank\n\n## Kafka migration\n\n\"Quoted\" text with a [[Broken \"quote\" link]].\n");
        write(root, "Clean.md", "# Clean\n\nLinks to [[STAR Bank]] and ![[diagram.png]].\n");
        Files.write(root.resolve("diagram.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        return root;
    }

    private static void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void shapeMatchesTheContract(@TempDir Path tmp) throws Exception {
        Path vault = sampleVault(tmp.resolve("vault"));
        LintResult result = new Linter().run(LintOptions.of(vault));
        Path out = JsonReport.write(ReportData.of(result, Version.get()), tmp.resolve("out"));
        assertEquals(tmp.resolve("out").resolve("vaultlint.json"), out);
        JsonNode root = new ObjectMapper().readTree(out.toFile());

        // The issue-2 fields come first, in this order; later issues add fields after them (insights).
        assertEquals(List.of("tool", "vault", "summary", "findings"), fieldNames(root).subList(0, 4));
        assertEquals(List.of("name", "version"), fieldNames(root.get("tool")));
        assertEquals("vaultlint", root.get("tool").get("name").asText());
        assertEquals(Version.get(), root.get("tool").get("version").asText());
        assertFalse(Version.get().equals("dev"), "the build filters the version into version.properties");
        assertEquals(vault.toString(), root.get("vault").asText());

        JsonNode summary = root.get("summary");
        assertEquals(List.of("notes", "files", "errors", "warnings", "infos"), fieldNames(summary).subList(0, 5));
        assertEquals(4, summary.get("notes").asInt());
        assertEquals(5, summary.get("files").asInt(), "notes plus the attachment");
        // Acme: broken-link x2, link-outside-vault; STAR Bank: broken-link; Hooli: frontmatter-syntax.
        assertEquals(5, summary.get("errors").asInt());
        // Acme: empty-title, heading-syntax; Hooli: empty-heading.
        assertEquals(3, summary.get("warnings").asInt());
        assertEquals(0, summary.get("infos").asInt());

        JsonNode findings = root.get("findings");
        assertEquals(8, findings.size());
        for (JsonNode f : findings) {
            assertEquals(List.of("ruleId", "severity", "file", "line", "column", "endLine", "endColumn", "message"),
                    fieldNames(f));
            assertTrue(f.get("line").isInt() && f.get("line").asInt() >= 1, f.toString());
            assertTrue(f.get("column").isInt() && f.get("column").asInt() >= 1, f.toString());
            assertTrue(f.get("endLine").asInt() >= f.get("line").asInt(), f.toString());
            assertTrue(List.of("error", "warning", "info").contains(f.get("severity").asText()), f.toString());
            assertFalse(f.get("message").asText().isBlank(), f.toString());
        }
        JsonNode link = findings.get(2);
        assertEquals("broken-link", link.get("ruleId").asText());
        assertEquals("error", link.get("severity").asText());
        assertEquals("Interviews/2025-11-17 Acme.md", link.get("file").asText());
        assertEquals(8, link.get("line").asInt());
        assertEquals(5, link.get("column").asInt());
        assertEquals(8, link.get("endLine").asInt());
        assertEquals(16, link.get("endColumn").asInt());
        assertTrue(link.get("message").asText().contains("[[Missing]]"), link.toString());
        JsonNode quoted = findings.get(7);
        assertEquals("STAR Bank.md", quoted.get("file").asText());
        assertTrue(quoted.get("message").asText().contains("[[Broken \"quote\" link]]"), "quotes survive the round trip");
    }

    @Test
    void findingsAreSortedByFileLineColumnRule(@TempDir Path tmp) throws Exception {
        Path vault = sampleVault(tmp.resolve("vault"));
        // Two rules on the very same position (a UTF-16 note whose first line is an empty H1):
        // the rule id breaks the tie.
        Files.write(vault.resolve("Same Spot.md"), "#\n\nText\n".getBytes(StandardCharsets.UTF_16));
        LintResult result = new Linter().run(LintOptions.of(vault));
        JsonNode findings = new ObjectMapper().readTree(JsonReport.write(ReportData.of(result, Version.get()), tmp.resolve("out")).toFile())
                .get("findings");
        List<JsonNode> list = new ArrayList<>();
        findings.forEach(list::add);
        List<JsonNode> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.<JsonNode, String>comparing(f -> f.get("file").asText())
                .thenComparingInt(f -> f.get("line").asInt())
                .thenComparingInt(f -> f.get("column").asInt())
                .thenComparing(f -> f.get("ruleId").asText()));
        assertEquals(sorted, list);
        List<String> sameSpot = list.stream().filter(f -> f.get("file").asText().equals("Same Spot.md"))
                .map(f -> f.get("line").asInt() + ":" + f.get("column").asInt() + " " + f.get("ruleId").asText()).toList();
        assertEquals(List.of("1:1 empty-title", "1:1 invalid-encoding"), sameSpot);
    }

    @Test
    void outputIsByteStableAcrossRunsAndThreadCounts(@TempDir Path tmp) throws Exception {
        Path vault = sampleVault(tmp.resolve("vault"));
        for (int i = 0; i < 30; i++) {
            write(vault, "Bulk/Note " + i + ".md", "## ## Heading " + i + "\n\n[[Missing " + i + "]] [[Bulk/Note " + (i + 1) + "]]\n");
        }
        byte[] first = Files.readAllBytes(JsonReport.write(
                ReportData.of(new Linter().run(new LintOptions(vault, null, false, 4)), Version.get()), tmp.resolve("a")));
        byte[] second = Files.readAllBytes(JsonReport.write(
                ReportData.of(new Linter().run(new LintOptions(vault, null, false, 4)), Version.get()), tmp.resolve("b")));
        byte[] single = Files.readAllBytes(JsonReport.write(
                ReportData.of(new Linter().run(new LintOptions(vault, null, false, 1)), Version.get()), tmp.resolve("c")));
        assertArrayEquals(first, second, "two runs");
        assertArrayEquals(first, single, "parallel and single-threaded runs");
        assertFalse(Files.exists(tmp.resolve("a").resolve("vaultlint.json.tmp")), "written atomically, no temp file left");
    }

    @Test
    void insightsWrittenOnTwoThreadsAreTheBytesOneThreadWrites(@TempDir Path tmp) throws Exception {
        Path vault = tmp.resolve("vault");
        for (int i = 0; i < 12; i++) {
            write(vault, "Interviews/2025-0" + (1 + i % 9) + "-1" + i + " Acme " + i + ".md", "---\ntags: [real-interview]\n"
                    + "date: 2025-01-0" + (1 + i % 9) + "\ncompany: Acme\n---\n## Kafka\n\n### What I was asked\n- q\n\n"
                    + "### How I responded\n- r\n\n### What was weak\n- consumer lag " + i + "\n\n### How I should improve\n"
                    + "- [ ] read about rebalancing " + i + "\n");
        }
        write(vault, "Stories/Bank.md", "# Bank\n\n## Outage\n\n**Situation**: s\n**Task**: t\n**Action**: a\n**Result**: cut p99 by 40%\n");
        ReportData data = ReportData.of(new Linter().run(LintOptions.of(vault)), Version.get());
        assertFalse(data.result().insights().topics().isEmpty(), "the split has a second half to write");
        assertFalse(data.result().insights().stories().isEmpty());
        java.io.ByteArrayOutputStream oneThread = new java.io.ByteArrayOutputStream();
        try (JsonWriter g = new JsonWriter(oneThread)) {
            JsonReport.write(g, data, null);
        }
        Path out = JsonReport.write(data, tmp.resolve("out"));
        assertArrayEquals(oneThread.toByteArray(), Files.readAllBytes(out));
        assertFalse(Files.exists(tmp.resolve("out").resolve("vaultlint.json.part.tmp")), "the second half's file is gone");
    }

    @Test
    void vaultIsReportedAsGiven(@TempDir Path tmp) throws Exception {
        Path vault = sampleVault(tmp.resolve("vault"));
        Path cwd = Path.of("").toAbsolutePath();
        Assumptions.assumeTrue(cwd.getRoot().equals(vault.getRoot()), "temp folder on another drive than the working folder");
        Path relative = cwd.relativize(vault);
        LintResult result = new Linter().run(LintOptions.of(relative));
        JsonNode root = new ObjectMapper().readTree(JsonReport.write(ReportData.of(result, Version.get()), tmp.resolve("out")).toFile());
        assertEquals(relative.toString(), root.get("vault").asText());
        assertEquals(8, root.get("findings").size(), "a relative vault path lints the same vault");
    }
}
