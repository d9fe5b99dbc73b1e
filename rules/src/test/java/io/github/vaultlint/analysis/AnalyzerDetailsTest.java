package io.github.vaultlint.analysis;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.vault.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysis of debrief parts written as collapsible blocks ({@code <details><summary>What was
 * weak</summary> ... </details>}), on the fixture vault {@code sections-details}: its "Debrief in
 * details" interview writes every part that way, "Debrief with headings" the same topic with headings.
 */
class AnalyzerDetailsTest {
    static Insights insights;

    @BeforeAll
    static void analyze() throws Exception {
        Path vault = Paths.get(AnalyzerDetailsTest.class.getResource("/fixtures/sections-details").toURI());
        insights = new Linter().run(LintOptions.of(vault)).insights();
    }

    private static Interview interview(String file) {
        return insights.interviews().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void theWeakPointsAndActionsOfDetailsBlocksAreTheInterviews() {
        Interview northwind = interview("Debrief in details.md");
        assertEquals("Northwind", northwind.meta().company());
        assertEquals(List.of("Never read the scheduler events", "Could not explain how topology spread constraints block placement",
                "Forgot to mention customer comms"), northwind.weak().stream().map(Item::text).toList());
        assertEquals(List.of(29, 31, 50), northwind.weak().stream().map(Item::line).toList(), "each on its own line");
        assertEquals(List.of("went straight to guessing"), northwind.weak().get(0).details(), "a nested bullet stays with its point");
        assertEquals(List.of("Kubernetes scheduling", "Kubernetes scheduling", "Incident command"),
                northwind.weak().stream().map(Item::section).toList());
        assertEquals(List.of("Practise reading kubectl describe pod events aloud", "Read the scheduler's filter and score plugins"),
                northwind.actions().stream().map(Item::text).toList());
        assertEquals(Task.Status.OPEN, northwind.actions().get(0).status(), "a task in the block is an open action");
        assertTrue(northwind.strengths().isEmpty());
    }

    @Test
    void theyAreAggregatedWithTheOtherInterviewsIntoTopics() {
        TopicInsight k8s = insights.topics().stream().filter(t -> t.name().equals("Kubernetes")).findFirst().orElseThrow();
        assertTrue(k8s.recurring(), "weak in both interviews");
        assertEquals(List.of("Contoso", "Northwind"), k8s.interviews().stream().map(i -> i.meta().company()).toList());
        assertEquals(List.of(1, 2), k8s.weakByInterview());
        assertEquals(3, k8s.weakCount());
        assertEquals(List.of("Build a demo with an HPA on a custom metric", "Practise reading kubectl describe pod events aloud",
                "Read the scheduler's filter and score plugins"), k8s.actions().stream().map(Item::text).sorted().toList());
        assertEquals(insights.topics().get(0), k8s, "the recurring topic leads the action plan");
        assertTrue(insights.actions().stream().anyMatch(a -> a.file().equals("Debrief in details.md") && a.line() == 38),
                "the vault's actions hold the block's task");
    }

    @Test
    void storiesWrittenInDetailsBlocksAreCompleteOrNotAsTheRulesSee() {
        StoryInsight flaky = insights.stories().stream().filter(s -> s.title().equals("Flaky deploys")).findFirst().orElseThrow();
        assertTrue(flaky.complete() && flaky.measurableResult());
        StoryInsight cache = insights.stories().stream().filter(s -> s.title().equals("Cache stampede")).findFirst().orElseThrow();
        assertEquals(List.of("task"), cache.emptyParts(), "its Task block holds only TBD");
        StoryInsight login = insights.stories().stream().filter(s -> s.title().equals("Login outage")).findFirst().orElseThrow();
        assertTrue(login.complete(), "a story titled by the block around it");
    }
}
