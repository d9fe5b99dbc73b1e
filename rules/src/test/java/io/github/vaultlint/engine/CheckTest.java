package io.github.vaultlint.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole check with a baseline: every output treats baselined findings as accepted, not as failures. */
class CheckTest {

    private static Path vaultWithBaseline(Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault);
        Files.writeString(vault.resolve("a.md"), "# A\n\n[[Gone]]\n");
        Files.writeString(vault.resolve("b.md"), "# B\n\n[[Away]]\n");
        new Check(new Linter()).writeBaseline(LintOptions.of(vault), vault.resolve("vaultlint-baseline.json"));
        Files.writeString(vault.resolve("c.md"), "# C\n\n[[New one]]\n");
        return vault;
    }

    @Test
    void baselinedFindingsAreAcceptedInEveryOutput(@TempDir Path dir) throws Exception {
        Path vault = vaultWithBaseline(dir);
        Path out = dir.resolve("out");
        Path summary = dir.resolve("summary.md");
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_STEP_SUMMARY", summary.toString());

        Check.Outcome o = new Check(new Linter()).run(new Check.Options(LintOptions.of(vault), out, EnumSet.allOf(Format.class),
                Severity.ERROR, 0, vault.resolve("vaultlint-baseline.json"), false, false, env));

        assertEquals(1, o.gated(), "only the new finding counts");
        assertTrue(o.failed());
        assertTrue(o.failure().contains("1 new finding at or above error") && o.failure().contains("2 baselined"), o.failure());

        // JUnit: a note whose only findings are baselined passes; they are listed as such in system-out.
        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("vaultlint-junit.xml").toFile());
        assertEquals("1", ((Element) junit.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
        Element a = testcase(junit, "a.md");
        assertEquals(0, a.getElementsByTagName("failure").getLength(), "a baselined finding is not a failure");
        assertTrue(a.getElementsByTagName("system-out").item(0).getTextContent().contains("(broken-link)")
                && a.getElementsByTagName("system-out").item(0).getTextContent().contains("(baselined)"));
        Element c = testcase(junit, "c.md");
        assertEquals("1 new finding(s) at or above error in c.md",
                ((Element) c.getElementsByTagName("failure").item(0)).getAttribute("message"));

        // SARIF: "unchanged" for baselined results, "new" for the others.
        JsonNode results = new ObjectMapper().readTree(out.resolve("vaultlint.sarif").toFile()).at("/runs/0/results");
        for (JsonNode r : results) {
            String file = r.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            assertEquals(file.equals("c.md") ? "new" : "unchanged", r.get("baselineState").asText(), file);
        }

        // Console: new findings at their level; baselined ones as detail lines (mvn -X), marked.
        List<Check.Line> shown = o.console().stream().filter(l -> !l.detail()).toList();
        List<Check.Line> detail = o.console().stream().filter(Check.Line::detail).toList();
        assertEquals(Severity.ERROR, shown.get(0).level());
        assertTrue(shown.get(0).text().startsWith("c.md:[3,1] (broken-link)"), shown.get(0).text());
        assertFalse(shown.stream().anyMatch(l -> l.text().startsWith("a.md") || l.text().startsWith("b.md")), shown::toString);
        assertEquals(2, detail.size(), detail::toString);
        assertTrue(detail.get(0).text().startsWith("(baselined) error a.md:[3,1] (broken-link)"), detail.get(0).text());
        assertTrue(shown.stream().anyMatch(l -> l.text().equals(
                "vaultlint: baseline vaultlint-baseline.json: 1 new, 2 baselined (listed with -X), 0 fixed")), shown::toString);

        // GitHub: annotations for new findings only; the summary counts all three kinds and lists the new ones.
        // An empty line first: Maven's -q leaves "\e[0m" on stdout with no newline, which would glue
        // itself to the first workflow command and hide it from the runner.
        assertEquals(2, o.stdout().size(), o.stdout()::toString);
        assertEquals("", o.stdout().get(0));
        assertTrue(o.stdout().get(1).startsWith("::error file=c.md,"), o.stdout().get(1));
        String md = Files.readString(summary, StandardCharsets.UTF_8);
        assertTrue(md.contains("| Notes | Errors | Warnings | Infos | New | Baselined | Fixed |"), md);
        assertTrue(md.contains("| 3 | 3 | 0 | 0 | 1 | 2 | 0 |"), md);
        assertTrue(md.contains("### Top new findings") && md.contains("| error | c\\.md\\:3 |"), md);
        assertFalse(md.contains("a\\.md"), "baselined findings are not listed: " + md);
        assertTrue(md.contains("2 baselined finding(s) are accepted and not listed here"), md);
    }

    /** A job that checks two vaults of one repository appends two job summaries: each names its vault. */
    @Test
    void theJobSummaryNamesAVaultBelowTheWorkspace(@TempDir Path dir) throws Exception {
        Path summary = dir.resolve("summary.md");
        for (String name : List.of("team-a", "team-b")) {
            Path vault = Files.createDirectories(dir.resolve("repo/vaults/" + name));
            Files.writeString(vault.resolve("a.md"), "# A\n\n[[Gone]]\n");
            new Check(new Linter()).run(new Check.Options(LintOptions.of(vault), vault.resolve("target/vaultlint"),
                    EnumSet.of(Format.JSON), Severity.ERROR, 0, null, false, false,
                    Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString(), "GITHUB_WORKSPACE", dir.resolve("repo").toString())));
        }
        List<String> headings = Files.readAllLines(summary).stream().filter(l -> l.startsWith("## ")).toList();
        assertEquals(List.of("## vaultlint: `vaults/team-a/`", "## vaultlint: `vaults/team-b/`"), headings);

        // the vault is the repository: the heading stays as it was
        Path root = Files.createDirectories(dir.resolve("notes-repo"));
        Files.writeString(root.resolve("a.md"), "# A\n");
        Path single = dir.resolve("single.md");
        new Check(new Linter()).run(new Check.Options(LintOptions.of(root), dir.resolve("out"), EnumSet.of(Format.JSON), Severity.ERROR, 0,
                null, false, false, Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", single.toString(), "GITHUB_WORKSPACE", root.toString())));
        assertTrue(Files.readString(single).startsWith("\n## vaultlint\n") || Files.readString(single).startsWith("## vaultlint\n"),
                Files.readString(single));
    }

    /** Two vaults of one parallel reactor: each console line says which module it is from. */
    @Test
    void aLabelledVerdictNamesTheModuleOnEveryConsoleLine(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault);
        Files.writeString(vault.resolve("a.md"), "# A\n\n[[Gone]]\n");
        Check.Verdict v = new Check(new Linter()).run(new Check.Options(LintOptions.of(vault), dir.resolve("out"),
                EnumSet.of(Format.CONSOLE), Severity.ERROR, 0, null, false, true, Map.of())).verdict();

        Check.Verdict named = v.labelled("notes-team-a");

        assertEquals(v.console().size(), named.console().size());
        for (int i = 0; i < v.console().size(); i++) {
            assertEquals(v.console().get(i).level(), named.console().get(i).level());
            assertEquals("[notes-team-a] " + v.console().get(i).text(), named.console().get(i).text());
        }
        assertTrue(named.console().get(0).text().startsWith("[notes-team-a] a.md:[3,1] (broken-link) "), named.console()::toString);
        assertEquals(v.failure(), named.failure(), "Maven names the project in the failure already");
        assertEquals(v.console(), v.labelled(null).console(), "a single vault keeps the documented format");
    }

    @Test
    void aNoteWithNewAndBaselinedFindingsFailsOnTheNewOneOnly(@TempDir Path dir) throws Exception {
        Path vault = vaultWithBaseline(dir);
        Files.writeString(vault.resolve("a.md"), "# A\n\n[[Gone]]\n\n[[Also gone]]\n");
        Path out = dir.resolve("out");
        new Check(new Linter()).run(new Check.Options(LintOptions.of(vault), out, EnumSet.of(Format.JUNIT),
                Severity.ERROR, 0, vault.resolve("vaultlint-baseline.json"), false, false, Map.of()));
        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("vaultlint-junit.xml").toFile());
        Element failure = (Element) testcase(junit, "a.md").getElementsByTagName("failure").item(0);
        assertTrue(failure.getTextContent().contains("Also gone") && !failure.getTextContent().contains("[[Gone]]"),
                failure.getTextContent());
    }

    @Test
    void gateMessagePointsAtWhatTheRunShowedOrWrote(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault);
        Files.writeString(vault.resolve("a.md"), "# A\n\n[[Gone]]\n");
        Path out = dir.resolve("out");
        Check check = new Check(new Linter());
        String json = check.run(options(vault, out, EnumSet.of(Format.JSON))).failure();
        assertTrue(json.endsWith("See " + out.resolve("vaultlint.json")), json);
        String console = check.run(options(vault, out, EnumSet.of(Format.CONSOLE, Format.SARIF))).failure();
        assertTrue(console.endsWith("See the findings above"), console);
        String html = check.run(options(vault, out, EnumSet.of(Format.HTML))).failure();
        assertTrue(html.endsWith("See " + out.resolve("vaultlint.html")), html);
    }

    @Test
    void gateMessageNamesOnlyTheGithubOutputsThatWereWritten(@TempDir Path dir) throws Exception {
        Path vault = vaultWithBaseline(dir);
        Path out = dir.resolve("out");
        Check check = new Check(new Linter());
        // formats=github without Actions: annotations only, no GITHUB_STEP_SUMMARY, so no summary to look at.
        String noSummary = check.run(new Check.Options(LintOptions.of(vault), out, EnumSet.of(Format.GITHUB), Severity.ERROR,
                0, null, false, false, Map.of())).failure();
        assertTrue(noSummary.endsWith("See the GitHub annotations"), noSummary);
        Path summary = dir.resolve("summary.md");
        String both = check.run(new Check.Options(LintOptions.of(vault), out, EnumSet.of(Format.GITHUB), Severity.ERROR,
                0, null, false, false, Map.of("GITHUB_STEP_SUMMARY", summary.toString()))).failure();
        assertTrue(both.endsWith("See the GitHub annotations and the job summary"), both);
    }

    /**
     * Without the HTML page (formats=json,sarif, as a CI job that uploads SARIF) the job summary and
     * the console still say where the full report is: the JSON report. They named none before.
     */
    @Test
    void withoutTheHtmlPageTheSummaryAndConsoleNameTheJsonReport(@TempDir Path dir) throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("a.md"), "# A\n\n[[Gone]]\n");
        Path out = dir.resolve("out");
        Path summary = dir.resolve("summary.md");
        Check.Outcome o = new Check(new Linter()).run(new Check.Options(LintOptions.of(vault), out,
                EnumSet.of(Format.CONSOLE, Format.JSON, Format.SARIF), Severity.ERROR, 0, null, false, false,
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString())));
        String json = out.resolve("vaultlint.json").toAbsolutePath().toString();
        assertTrue(Files.readString(summary).contains("Full report: `" + out.resolve("vaultlint.json") + "`"), Files.readString(summary));
        assertTrue(o.console().stream().anyMatch(l -> l.text().equals("vaultlint: report " + json)),
                o.console().stream().map(Check.Line::text).toList().toString());

        // with the page, the page is the report, as before
        Files.delete(summary);
        o = new Check(new Linter()).run(new Check.Options(LintOptions.of(vault), out,
                EnumSet.of(Format.JSON, Format.HTML), Severity.ERROR, 0, null, false, false,
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString())));
        assertTrue(Files.readString(summary).contains("Full report: `" + out.resolve("vaultlint.html") + "`"), Files.readString(summary));
    }

    @Test
    void anUnwritableJobSummaryIsAWarningNotAFailedBuild(@TempDir Path dir) throws Exception {
        Path vault = vaultWithBaseline(dir);
        Path summary = dir.resolve("nonexistent").resolve("x.md");
        Check.Outcome o = new Check(new Linter()).run(new Check.Options(LintOptions.of(vault), dir.resolve("out"),
                EnumSet.of(Format.CONSOLE, Format.GITHUB), Severity.ERROR, 0, null, false, false,
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString())));
        Check.Line warning = o.console().stream().filter(l -> l.level() == Severity.WARNING).findFirst().orElseThrow();
        assertTrue(warning.text().startsWith("vaultlint: could not write the job summary to GITHUB_STEP_SUMMARY=" + summary
                + " (its folder does not exist)"), warning.text());
        assertFalse(o.stdout().isEmpty(), "the annotations are still written");
        assertTrue(o.failed() && !o.failure().contains("job summary"), o.failure());
    }

    /**
     * Reports written inside the vault (-Dvaultlint.outputDirectory=reports with the vault at the project
     * root) were walked by the next run as attachments: the file count grew from run to run, so
     * vaultlint.json was not byte-stable, and [[vaultlint.html]] resolved. Notes next to them are still linted.
     */
    @Test
    void reportsAndCacheWrittenInsideTheVaultAreNotPartOfIt(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault.resolve("reports"));
        Files.writeString(vault.resolve("a.md"), "# A\n\n[[vaultlint.html]] and [[B]]\n");
        Files.writeString(vault.resolve("reports/B.md"), "# B\n\nA note in the folder the reports share.\n");
        Path out = vault.resolve("reports");
        Check check = new Check(new Linter());
        Check.Options options = new Check.Options(LintOptions.of(vault).withCache(out.resolve("cache")), out,
                EnumSet.allOf(Format.class), null, 0, null, false, false, Map.of());

        check.run(options);
        String first = Files.readString(out.resolve("vaultlint.json"));
        Check.Outcome second = check.run(options);
        String again = Files.readString(out.resolve("vaultlint.json"));

        assertTrue(Files.isRegularFile(out.resolve("cache").resolve("notes.bin")), "the cache was written where asked");
        assertEquals(first, again, "the second run saw the same vault");
        assertEquals(2, second.result().summary().files(), "a.md and reports/B.md, nothing vaultlint wrote");
        assertEquals(2, second.result().summary().notes());
        assertTrue(second.result().findings().stream().anyMatch(f -> f.ruleId().equals("broken-link")
                && f.message().contains("[[vaultlint.html]]")), second.result().findings()::toString);
        assertTrue(second.result().findings().stream().noneMatch(f -> f.message().contains("[[B]]")),
                "a note in the report folder is still a note: " + second.result().findings());
    }

    private static Check.Options options(Path vault, Path out, Set<Format> formats) {
        return new Check.Options(LintOptions.of(vault), out, formats, Severity.ERROR, 0, null, false, false, Map.of());
    }

    @Test
    void updateBaselineWithoutANamedBaselineUsesTheDefaultOne(@TempDir Path dir) throws Exception {
        Path vault = vaultWithBaseline(dir);
        Files.writeString(vault.resolve("b.md"), "# B\n\nFixed.\n");
        Check.Outcome o = new Check(new Linter()).run(new Check.Options(LintOptions.of(vault), dir.resolve("out"),
                EnumSet.of(Format.CONSOLE), Severity.ERROR, 0, null, true, false, Map.of()));
        assertTrue(o.console().stream().anyMatch(l -> l.text().equals("vaultlint: baseline vaultlint-baseline.json: 1 new, "
                + "1 baselined (listed with -X), 1 fixed (pruned from the baseline)")), o.console()::toString);
        assertEquals(1, o.gated());
        String kept = Files.readString(vault.resolve("vaultlint-baseline.json"));
        assertTrue(kept.contains("Gone") && !kept.contains("Away"), kept);
    }

    @Test
    void updateBaselineWithNoBaselineAnywhereIsAConfigError(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault);
        Files.writeString(vault.resolve("a.md"), "# A\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new Check(new Linter()).run(new Check.Options(
                LintOptions.of(vault), dir.resolve("out"), EnumSet.of(Format.CONSOLE), Severity.ERROR, 0, null, true, false, Map.of())));
        assertEquals("vaultlint.updateBaseline is set, but no baseline is named (vaultlint.baseline) and there is none at "
                + vault.resolve("vaultlint-baseline.json") + "; set vaultlint.baseline to the baseline file, or create one with "
                + "mvn vaultlint:baseline", e.getMessage());
    }

    @Test
    void aVaultThatIsMissingOrAFileSaysWhich(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("notes");
        ConfigException e = assertThrows(ConfigException.class, () -> new Linter().run(LintOptions.of(missing)));
        assertEquals("vault " + missing + " does not exist; set vaultlint.vault to the vault root", e.getMessage());
        Path file = Files.writeString(dir.resolve("a.md"), "# A\n");
        e = assertThrows(ConfigException.class, () -> new Linter().run(LintOptions.of(file)));
        assertEquals("vault " + file + " is not a folder; set vaultlint.vault to the vault root", e.getMessage());
    }

    @Test
    void formatsThatNameNothingAreAConfigError() throws Exception {
        for (String empty : new String[] {"", " ", " , ", null}) {
            ConfigException e = assertThrows(ConfigException.class, () -> Format.parse(empty));
            assertEquals("vaultlint.formats is empty; name at least one output, e.g. console (the default is console,json,html; "
                    + "the outputs are console, json, html, sarif, github, junit)", e.getMessage());
        }
        assertEquals(EnumSet.of(Format.CONSOLE, Format.SARIF), Format.parse("console, ,sarif"));
    }

    @Test
    void aNamedPipeIsNeverOpenedByAnyOutput(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault);
        Files.writeString(vault.resolve("a.md"), "# A\n\n[[pipe]]\n");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", vault.resolve("pipe.md").toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo is not available here");
        // Fingerprints and the full console format read source lines: none may open the pipe (it would block).
        Check.Outcome o = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> new Check(new Linter()).run(new Check.Options(LintOptions.of(vault), dir.resolve("out"),
                        EnumSet.allOf(Format.class), Severity.ERROR, 0, null, false, true, Map.of())));
        assertTrue(o.console().stream().anyMatch(l -> l.text().startsWith("pipe.md:[1,1] (unreadable-file) not a regular file")),
                o.console()::toString);
    }

    private static Element testcase(Document doc, String name) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    @Test
    void baselineHintIsAPathThatWorksFromWhereMavenRuns(@TempDir Path dir) {
        Path vault = dir.resolve("v1");
        // Run from the vault's parent: the hint must name the vault folder too.
        assertEquals(Path.of("v1", "vaultlint-baseline.json").toString(), Check.pathFrom(dir, vault.resolve("vaultlint-baseline.json")));
        // Run from the vault itself: just the file name.
        assertEquals("vaultlint-baseline.json", Check.pathFrom(vault, vault.resolve("vaultlint-baseline.json")));
        // A baseline outside the folder Maven runs in: absolute.
        Path elsewhere = dir.resolve("other").resolve("b.json");
        assertEquals(elsewhere.toAbsolutePath().toString(), Check.pathFrom(vault, elsewhere));
    }

    @Test
    void aMissingBaselineThatExistsUnderTheVaultIsSuggested(@TempDir Path dir) throws Exception {
        Path vault = vaultWithBaseline(dir);
        // -Dvaultlint.baseline=vaultlint-baseline.json from the vault's parent: Maven resolves it there.
        ConfigException e = assertThrows(ConfigException.class, () -> new Check(new Linter()).run(new Check.Options(
                LintOptions.of(vault), dir.resolve("out"), EnumSet.of(Format.CONSOLE), Severity.ERROR, 0,
                dir.resolve("vaultlint-baseline.json"), false, false, Map.of())));
        assertTrue(e.getMessage().contains("does not exist (did you mean " + vault.resolve("vaultlint-baseline.json") + "?"),
                e.getMessage());
        // Nothing like it under the vault: no suggestion.
        ConfigException none = assertThrows(ConfigException.class, () -> new Check(new Linter()).run(new Check.Options(
                LintOptions.of(vault), dir.resolve("out"), EnumSet.of(Format.CONSOLE), Severity.ERROR, 0,
                dir.resolve("nope.json"), false, false, Map.of())));
        assertFalse(none.getMessage().contains("did you mean"), none.getMessage());
    }

    @Test
    void noAnnotationsMeansNothingOnStdout(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("clean");
        Files.createDirectories(vault);
        Files.writeString(vault.resolve("a.md"), "# A\n\nfine\n");
        Check.Outcome o = new Check(new Linter()).run(new Check.Options(LintOptions.of(vault), dir.resolve("out"),
                EnumSet.of(Format.CONSOLE), Severity.ERROR, 0, null, false, false, Map.of("GITHUB_ACTIONS", "true")));
        assertEquals(List.of(), o.stdout());
    }

    /** A weak topic named from a note or the config must not raise a GitHub annotation through the log's "##[error]" form. */
    @Test
    void noConsoleLineCanStartACiLogCommand(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("v");
        Files.createDirectories(vault);
        Files.writeString(vault.resolve(".vaultlint.yml"), "taxonomy:\n  \"##[error]Forged\": [kubernetes]\n");
        for (String d : List.of("2025-01-02", "2025-02-03")) {
            Files.writeString(vault.resolve(d + " Acme.md"), "---\ntags: [real-interview]\ncompany: Acme\ndate: " + d + "\n---\n"
                    + "## Pods\n### What I was asked\n- scheduling\n### How I responded\n- vague\n"
                    + "### What was weak\n- kubernetes scheduling\n### How I should improve\n- read the docs\n\n[[##vso[task.setvariable variable=X]y]]\n");
        }
        Check.Outcome o = new Check(new Linter()).run(options(vault, dir.resolve("out"), EnumSet.of(Format.CONSOLE)));
        List<String> lines = o.console().stream().map(Check.Line::text).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("vaultlint: recurring weak topics: ") && l.contains("#\\u0023[error]Forged")),
                lines::toString);
        assertTrue(lines.stream().filter(l -> l.contains("#\\u0023vso[task.setvariable")).count() == 2, lines::toString);
        assertTrue(lines.stream().noneMatch(l -> l.contains("##[") || l.toLowerCase(java.util.Locale.ROOT).contains("##vso[")),
                lines::toString);
    }

    @Test
    void openActionsSayWhereTheyAre() {
        io.github.vaultlint.analysis.InterviewMeta meta = new io.github.vaultlint.analysis.InterviewMeta("Acme", null, "2025-01-02", false);
        io.github.vaultlint.analysis.Item open = action("Interviews/a.md", null);
        io.github.vaultlint.analysis.Item done = action("Interviews/a.md", true);
        io.github.vaultlint.analysis.Item task = action("Study plan.md", false);
        io.github.vaultlint.analysis.Interview a = new io.github.vaultlint.analysis.Interview("Interviews/a.md", meta,
                List.of(), List.of(), List.of(open, done));
        io.github.vaultlint.analysis.Interview b = new io.github.vaultlint.analysis.Interview("Interviews/b.md", meta,
                List.of(), List.of(), List.of());
        assertEquals("2 (1 in 1 interview, 1 in other notes)", Check.openActions(new io.github.vaultlint.analysis.Insights(
                List.of(a, b), List.of(), List.of(), List.of(open, done, task))));
        assertEquals("1 (1 in 1 interview)", Check.openActions(new io.github.vaultlint.analysis.Insights(
                List.of(a, b), List.of(), List.of(), List.of(open, done))));
        assertEquals("1 (all in notes other than interviews)", Check.openActions(new io.github.vaultlint.analysis.Insights(
                List.of(b), List.of(), List.of(), List.of(task))));
        assertEquals("0", Check.openActions(new io.github.vaultlint.analysis.Insights(List.of(b), List.of(), List.of(), List.of())));
    }

    /** A task under a debrief's "## Next steps" is no action of a topic, but it is written in the interview. */
    @Test
    void aTaskOutsideTheTopicsOfADebriefIsStillInThatInterview(@org.junit.jupiter.api.io.TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("2025-08-08 Initech.md"), "---\ntags: [real-interview]\ncompany: Initech\ndate: 2025-08-08\n---\n"
                + "## Redis caching\n### What I was asked\n- cache stampede\n### How I responded\n- TTL jitter\n"
                + "### What was weak\n- Did not mention request coalescing\n### How I should improve\n- Read about singleflight\n\n"
                + "## Next steps\n- [ ] Send a thank-you note\n- [ ] Practise redis eviction policies\n");
        Files.writeString(vault.resolve("Study plan.md"), "# Study plan\n- [ ] Read the Kafka book\n");
        io.github.vaultlint.analysis.Insights in = new Linter().run(LintOptions.of(vault)).insights();
        assertEquals("4 (3 in 1 interview, 1 in other notes)", Check.openActions(in));
    }

    /** The console names five recurring topics and says how many more there are, not five as if they were all. */
    @Test
    void theRecurringTopicsLineSaysHowManyItLeavesOut(@org.junit.jupiter.api.io.TempDir Path vault) throws Exception {
        io.github.vaultlint.testutil.RecurringVault.sevenRecurringTopics(vault);
        io.github.vaultlint.analysis.Insights in = new Linter().run(LintOptions.of(vault)).insights();
        assertEquals(7, in.recurring().size());
        assertEquals("vaultlint: recurring weak topics: Alpha (2 interviews), Bravo (2 interviews), Charlie (2 interviews), "
                + "Delta (2 interviews), Echo (2 interviews), and 2 more in the report", Check.insightLines(in, null).get(0).text());
        Files.delete(vault.resolve("2025-10-11 Co11.md"));
        assertEquals("vaultlint: recurring weak topics: none",
                Check.insightLines(new Linter().run(LintOptions.of(vault)).insights(), null).get(0).text());
    }

    private static io.github.vaultlint.analysis.Item action(String file, Boolean done) {
        return new io.github.vaultlint.analysis.Item(io.github.vaultlint.analysis.Item.Kind.ACTION, file, 3, "Topic", "read",
                List.of(), List.of(), List.of(), done);
    }
}
