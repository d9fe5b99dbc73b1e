package io.github.vaultlint.analysis;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.testutil.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 6's acceptance on the real notes: 000 (Manus AI) and 001 (ByteDance) are the interviews. */
class AnalyzerSeedsTest {
    @TempDir
    static Path vault;
    static Insights insights;

    @BeforeAll
    static void analyze() throws Exception {
        Path seeds = Seeds.locate();
        assumeTrue(seeds != null, "shared/seeds not found; seed acceptance skipped");
        Seeds.copyTo(seeds, vault);
        LintResult result = new Linter().run(LintOptions.of(vault));
        insights = result.insights();
    }

    private static Interview interview(String file) {
        return insights.interviews().stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void theTwoDebriefsAreTheInterviewsWithTheirMetadata() {
        assertEquals(List.of("000.md", "001.md"), insights.interviews().stream().map(Interview::file).toList());
        assertEquals(new InterviewMeta("Manus AI", "DevOps Engineer (SRE)", "2025-11-17", true), interview("000.md").meta());
        assertEquals(new InterviewMeta("ByteDance", "Site Reliability Engineer", "2025-11-26", true), interview("001.md").meta());
    }

    @Test
    void kubernetesIsRecurringAcrossBothInterviewsWithBothInterviewsActions() {
        TopicInsight k8s = insights.topics().stream().filter(t -> t.name().equals("Kubernetes")).findFirst().orElseThrow();
        assertTrue(k8s.recurring());
        assertEquals(List.of("Manus AI", "ByteDance"), k8s.interviews().stream().map(i -> i.meta().company()).toList());
        assertTrue(k8s.actions().stream().anyMatch(a -> a.file().equals("000.md")), "Manus AI's actions under Kubernetes");
        assertTrue(k8s.actions().stream().anyMatch(a -> a.file().equals("001.md")), "ByteDance's actions under Kubernetes");
        assertTrue(k8s.weak().stream().anyMatch(w -> w.text().contains("autoscaling")), "the autoscaling weak point");
        assertEquals("2025-11-17", k8s.firstSeen());
        assertEquals("2025-11-26", k8s.lastSeen());
        assertTrue(insights.topics().indexOf(k8s) < insights.topics().size() / 2, "recurring topics rank high");
    }

    @Test
    void everyWeakItemOfBothDebriefsAppearsExactlyOnce() {
        // 000: What was weak under five topics (5 + 4 + 3 + 2 + 5 top-level bullets).
        Interview manus = interview("000.md");
        assertEquals(19, manus.weak().size());
        assertEquals(List.of(50, 52, 53, 54, 58), manus.weak().subList(0, 5).stream().map(Item::line).toList(),
                "the five weak points of Insight Project, each on its own source line");
        // 001: What could be improved (3 + 4 + 2) and the Overall "Areas to Improve" (2).
        Interview bytedance = interview("001.md");
        assertEquals(11, bytedance.weak().size());
        for (Interview iv : List.of(manus, bytedance)) {
            assertEquals(iv.weak().size(), iv.weak().stream().map(Item::line).distinct().count(), "no item twice in " + iv.file());
        }
        Item nested = manus.weak().stream().filter(w -> w.text().startsWith("Couldn’t justify probe frequency")).findFirst().orElseThrow();
        assertEquals(List.of("sampling cost", "Prometheus cardinality", "risk of missing short spikes"), nested.details(),
                "nested bullets stay attached to their parent");
        Item bold = manus.weak().stream().filter(w -> w.text().startsWith("Couldn’t explain how cross-region")).findFirst().orElseThrow();
        assertEquals(List.of("how"), bold.keyPhrases());
        assertEquals("Insight Project", bold.section());
    }

    @Test
    void sectionTitlesAreContextOnlyForItemsThatMatchNothing() {
        Interview manus = interview("000.md");
        Item sg = manus.weak().stream().filter(w -> w.text().startsWith("Don’t know how SG differs from NACL")).findFirst().orElseThrow();
        assertEquals(List.of("Cloud networking"), sg.topics(), "not also the title's \"Design\"");
        Item concepts = manus.weak().stream().filter(w -> w.text().startsWith("Could not describe core concepts")).findFirst().orElseThrow();
        assertEquals(List.of("Kubernetes"), concepts.topics(),
                "Deployment → ReplicaSet → Pods is Kubernetes, not Databases; the \"Scheduler decision process\" is no Linux process");
        Item vague = manus.weak().stream().filter(w -> w.text().startsWith("Couldn’t reason about trade-offs")).findFirst().orElseThrow();
        assertEquals(List.of("Scaling and system design"), vague.topics());
    }

    @Test
    void strengthsAreNeverCountedAsWeak() {
        Interview bytedance = interview("001.md");
        assertEquals(2, bytedance.strengths().size());
        assertTrue(bytedance.strengths().get(0).text().startsWith("K8s debugging reasoning"));
        for (Interview iv : insights.interviews()) {
            for (Item w : iv.weak()) {
                assertTrue(iv.strengths().stream().noneMatch(s -> s.line() == w.line()), "strength counted as weak: " + w);
            }
        }
        assertEquals(14, interview("000.md").strengths().size(), "What was correct under the five topics (Nothing :( included)");
    }

    @Test
    void suggestedImprovedAnswersAreActions() {
        Interview bytedance = interview("001.md");
        assertEquals(3, bytedance.actions().size(), "three Suggested Improved Answer callouts");
        assertTrue(bytedance.actions().stream().allMatch(a -> a.kind() == Item.Kind.ACTION && a.open()));
    }

    @Test
    void checklistTasksAnywhereAreActions() {
        List<Item> tasks = insights.actions().stream().filter(a -> a.file().equals("003.md")).toList();
        assertEquals(6, tasks.size(), "the Practice Checklist in the mock-interview note");
        assertTrue(tasks.stream().noneMatch(a -> Boolean.TRUE.equals(a.done())));
    }

    @Test
    void storiesOfTheBankAndTheMockAreListed() {
        List<StoryInsight> bank = insights.stories().stream().filter(s -> s.file().equals("002.md")).toList();
        assertEquals(List.of("FaaS", "Knative Eventing"), bank.stream().filter(StoryInsight::complete).map(StoryInsight::title).toList()
                .subList(0, 2));
        assertTrue(bank.stream().anyMatch(s -> s.title().equals("TBU migration to MOSK") && !s.complete() && !s.result()));
        List<StoryInsight> mock = insights.stories().stream().filter(s -> s.file().equals("003.md")).toList();
        assertEquals(3, mock.size());
        assertTrue(mock.stream().allMatch(StoryInsight::complete));
    }
}
