package io.github.vaultlint.section;

import io.github.vaultlint.testutil.Seeds;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.vault.Note;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The issue's acceptance on the real notes in ../shared/seeds (a sibling of the repository root),
 * copied into a temporary vault as 000.md ... 004.md. Skipped when the seeds are not there. Only the
 * section rules' findings are asserted: other rules have their own acceptance.
 */
class SeedsAcceptanceTest {
    static final Set<String> SECTION_RULES = Set.of("required-section", "empty-section", "section-order",
            "star-result-measurable");

    @TempDir
    static Path vault;
    static LintResult result;
    static List<Finding> findings;

    @BeforeAll
    static void lintSeeds() throws Exception {
        Path seeds = Seeds.locate();
        assumeTrue(seeds != null, "../shared/seeds not found next to the repository; seed acceptance skipped");
        Seeds.copyTo(seeds, vault);
        result = new Linter().run(LintOptions.of(vault));
        findings = result.findings().stream().filter(f -> SECTION_RULES.contains(f.ruleId())).toList();
    }

    private static List<Finding> in(String file, String rule) {
        return findings.stream().filter(f -> f.file().equals(file) && f.ruleId().equals(rule)).toList();
    }

    private static SectionAnalysis analysis(String file) {
        Note note = result.index().notes().stream().filter(n -> n.path().equals(file)).findFirst().orElse(null);
        assertNotNull(note, file + " was not parsed");
        return Sections.analyzer().analyze(note, result.config());
    }

    @Test
    void storyBankCompleteStoriesPassAndEachIncompleteStoryFailsOnce() {
        List<Finding> required = in("002.md", "required-section");
        for (String complete : List.of("FaaS", "Knative Eventing", "VM management V2")) {
            assertTrue(required.stream().noneMatch(f -> f.message().contains("\"" + complete)),
                    complete + " is complete but was reported: " + required);
        }
        List<String> incomplete = List.of("TBU migration to MOSK", "Offscript Decomissioning",
                "Teaching Incident Response and Postmortems to a Vendor", "Leading PII incident", "BKS on MOSK",
                "Toxic Support replies and Shared Responsibility model", "VM provisioning with Harness",
                "Image Labeling Service");
        for (String story : incomplete) {
            long n = required.stream().filter(f -> f.message().startsWith("Story \"" + story + "\" is missing")).count();
            assertEquals(1, n, story + " should be reported exactly once: " + required);
        }
        assertEquals(incomplete.size(), required.size(), "only the incomplete stories: " + required);
        assertTrue(required.stream().anyMatch(f -> f.message().startsWith(
                "Story \"TBU migration to MOSK\" is missing Situation, Task, Action, Result")));
        // The half-written story with S:/A: short labels lacks only Task and Result.
        assertTrue(required.stream().anyMatch(f -> f.message().startsWith(
                "Story \"Toxic Support replies and Shared Responsibility model\" is missing Task, Result;")));
        // Questions categories and the H2 sections around the answers are not stories.
        assertTrue(required.stream().allMatch(f -> !f.message().contains("Conflict resolution")
                && !f.message().contains("Answers")));
    }

    @Test
    void storyBankUnitsCarryTheirParts() {
        SectionAnalysis a = analysis("002.md");
        Unit faas = a.stories().stream().filter(u -> u.title().equals("FaaS")).findFirst().orElseThrow();
        assertTrue(faas.complete());
        assertEquals(List.of("situation", "task", "action", "result"),
                faas.hits().stream().map(h -> h.part().id()).toList());
        assertTrue(faas.first("result").text().startsWith("Platform was production ready"));
        // Actions holds its own paragraph and the sub-headings' text (Why / WHAT / HOW), not the Result.
        String actions = faas.first("action").text();
        assertTrue(actions.contains("I exlored available serverless solution") && !actions.contains("Platform was production ready"));
    }

    @Test
    void debriefTopicsAreComplete() {
        for (String file : List.of("000.md", "001.md")) {
            assertEquals(List.of(), in(file, "required-section"), file);
            assertEquals(List.of(), in(file, "empty-section"), file);
            assertEquals(List.of(), in(file, "section-order"), file);
        }
        SectionAnalysis a = analysis("000.md");
        assertEquals(List.of("Insight Project", "Resource Utilization Reporting Report", "Cloud Cost Management",
                "Ops Platform", "AWS Architecture Design & Cloud Networking"), a.topics().stream().map(Unit::title).toList());
        assertTrue(a.topics().stream().allMatch(u -> u.has("weak") && u.has("improve") && u.has("correct")));
        // 001: the sub-scenarios are checked instead of their parent, the callout is the improvement.
        SectionAnalysis b = analysis("001.md");
        assertEquals(List.of("Resource Utilization Reporting System (Architecture)", "Pod Pending Scenario",
                "Requests vs Limits + Cgroups"), b.topics().stream().map(Unit::title).toList());
        assertTrue(b.topics().stream().allMatch(u -> u.first("improve").form() == Labels.Form.CALLOUT));
        // Overall is not a topic, but its Strengths and Areas to Improve stay available to the analyzer.
        assertEquals(List.of("correct", "weak"), b.loose().stream().map(h -> h.part().id()).toList());
        assertEquals(List.of("Overall", "Overall"), b.loose().stream().map(PartHit::section).toList());
        assertEquals("Pod Pending Scenario", b.topics().get(1).first("weak").section());
        assertTrue(b.loose().get(1).text().contains("More confident Kubernetes scheduling / autoscaling story"));
        assertEquals(List.of(), a.loose());
    }

    @Test
    void inlineStarAnswersInMockNotesAreComplete() {
        assertEquals(List.of(), in("003.md", "required-section"));
        List<Unit> stories = analysis("003.md").stories();
        assertEquals(3, stories.size(), stories.toString());
        assertTrue(stories.stream().allMatch(Unit::complete));
        assertTrue(stories.stream().allMatch(u -> u.hits().stream().allMatch(h -> h.form() == Labels.Form.BOLD)));
    }

    /**
     * The same acceptance when templates come from note types (the built-in types name debrief for
     * 000/001 and star for the story bank; 003 may be typed story-bank or mock-interview).
     */
    @Test
    void noteTypeSelectionGivesTheSameUnits() {
        for (String mockSections : new String[] {"star", null}) {
            Map<String, String> sections = new HashMap<>(Map.of("000.md", "debrief", "001.md", "debrief", "002.md", "star"));
            sections.put("003.md", mockSections);
            SectionAnalyzer typed = new SectionAnalyzer(new TypeTemplateSelector(n -> sections.get(n.path()), (id, n) -> true));
            for (Note n : result.index().notes()) {
                List<String> expected = describe(analysis(n.path()));
                assertEquals(expected, describe(typed.analyze(n, result.config())), n.path() + " with 003 as " + mockSections);
            }
        }
    }

    private static List<String> describe(SectionAnalysis a) {
        return a.units().stream().map(u -> u.describe() + "@" + u.line() + " missing " + u.missing().stream().map(Part::id).toList()).toList();
    }

    @Test
    void unstructuredPracticeLogGivesNoSectionFindings() {
        assertEquals(List.of(), findings.stream().filter(f -> f.file().equals("004.md")).toList());
        assertEquals(List.of(), analysis("004.md").units());
    }
}
