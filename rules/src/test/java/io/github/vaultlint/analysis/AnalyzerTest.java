package io.github.vaultlint.analysis;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyzerTest {
    @TempDir
    Path vault;

    private void write(String rel, String text) throws IOException {
        Path p = vault.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private Insights analyze() throws Exception {
        return new Linter().run(LintOptions.of(vault)).insights();
    }

    private static final String DEBRIEF = "## %s\n\n### What I was asked\n- a question\n\n### How I responded\n- an answer\n\n"
            + "### What was correct\n- %s\n\n### What was weak\n%s\n\n### How I should improve\n%s\n";

    @Test
    void sectionTitlesLoseTheirMarkersAsTheRegexDid() {
        for (String t : List.of("## Weak", "##\tWeak", "#", "# ", "Weak", "", "#Weak", "## ## Weak", " # Weak", "##\u00A0Weak")) {
            assertEquals(t.replaceFirst("^#+\\s*", ""), Analyzer.withoutMarkers(t), t);
        }
    }

    @Test
    void metadataFallsBackToTheMetaListAndTheFileName() throws Exception {
        write("Interviews/2025-03-04 Globex.md", "---\ntitle: Globex\ntags: [real-interview]\ndate: 2025-03-04\n---\n## Meta\n\n"
                + "- Company: [Globex Corp](https://globex.example)\n- Role: SRE\n\n"
                + String.format(DEBRIEF, "Kubernetes", "knew pods", "- Could not explain the **scheduler**", "- Study scheduling"));
        write("Interviews/2025-04-01 Initech.md", "---\ntitle: Initech\ntags: [real-interview]\ndate: 2025-04-01\ncompany: Initech Inc\n"
                + "---\n" + String.format(DEBRIEF, "Kubernetes", "ok", "- Pod autoscaling was shaky", "- [x] Read the HPA docs"));
        Insights in = analyze();
        assertEquals(2, in.interviews().size());
        Interview globex = in.interviews().get(0);
        assertEquals(new InterviewMeta("Globex Corp", "SRE", "2025-03-04", false), globex.meta());
        assertEquals("Initech Inc", in.interviews().get(1).meta().company(), "frontmatter wins over the Meta list");
        assertEquals(List.of("scheduler"), globex.weak().get(0).keyPhrases());
        assertEquals("Could not explain the scheduler", globex.weak().get(0).text(), "Markdown is stripped");
    }

    @Test
    void aSectionWrittenWithLinksIsItsPlainTitle() throws Exception {
        write("Kubernetes.md", "# Kubernetes\n");
        write("2025-11-02 Globex.md", "---\ntags: [real-interview]\ncompany: Globex\ndate: 2025-11-02\n---\n"
                + String.format(DEBRIEF, "[[Kubernetes]] scheduling deep dive", "ok", "- preemption", "- [ ] read the docs")
                + String.format(DEBRIEF, "[Networking](https://example.com/net) round", "ok", "- NAT vs IGW", "- practise"));
        Interview globex = analyze().interviews().get(0);
        assertEquals(List.of("Kubernetes scheduling deep dive", "Networking round"),
                globex.weak().stream().map(Item::section).toList());
        assertEquals(List.of("Kubernetes scheduling deep dive", "Networking round"),
                globex.actions().stream().map(Item::section).toList(), "the task's section too");
    }

    @Test
    void aStoryTitleWrittenWithALinkIsItsPlainTitle() throws Exception {
        write("Kafka.md", "# Kafka\n");
        write("Stories.md", "# Stories\n\n## [[Kafka|Kafka]] MM2 **rollback** platform\n\n**Situation:** replication lagged.\n"
                + "**Task:** own the fix.\n**Action:** built a rollback tool.\n**Result:** cut recovery time by 80%.\n");
        assertEquals(List.of("Kafka MM2 rollback platform"), analyze().stories().stream().map(StoryInsight::title).toList());
    }

    @Test
    void anImpossibleDateIsNotTheInterviewsDate() throws Exception {
        write("Datadog.md", "---\ntags: [real-interview]\ndate: 2025-11-31\n---\n"
                + String.format(DEBRIEF, "Kubernetes", "ok", "- pod scheduling", "- study"));
        write("Stripe.md", "---\ntags: [real-interview]\ndate: 2025-09-15\n---\n"
                + String.format(DEBRIEF, "Kubernetes", "ok", "- node pools", "- study"));
        Insights in = analyze();
        assertEquals(java.util.Arrays.asList("2025-09-15", null), in.interviews().stream().map(i -> i.meta().date()).toList());
        TopicInsight k8s = in.topics().stream().filter(t -> t.name().equals("Kubernetes")).findFirst().orElseThrow();
        assertEquals(List.of("2025-09-15", "2025-09-15"), List.of(k8s.firstSeen(), k8s.lastSeen()), "first and last seen ignore it");
    }

    @Test
    void topicsAggregateRankAndNeverDropAnItem() throws Exception {
        write("a.md", "---\ntags: [real-interview]\ntitle: A\ndate: 2025-01-10\n---\n"
                + String.format(DEBRIEF, "Kubernetes", "fine", "- pod scheduling\n- node pools", "- [ ] practise scheduling")
                + String.format(DEBRIEF, "Quantum Widgets", "fine", "- flux capacitor tuning", "- read the manual"));
        write("b.md", "---\ntags: [real-interview]\ntitle: B\ndate: 2025-02-10\n---\n"
                + String.format(DEBRIEF, "Kubernetes", "fine", "- scheduler internals", "- [x] draw the scheduler")
                + String.format(DEBRIEF, "Databases", "fine", "- index design\n- query plans\n- replicas", "- learn EXPLAIN"));
        write("Plans/Study plan.md", "# Study plan\n\n## Kubernetes\n\n- [ ] CKA chapter on the scheduler\n- [x] kubectl drills\n");
        Insights in = analyze();
        List<String> names = in.topics().stream().map(TopicInsight::name).toList();
        assertEquals("Kubernetes", names.get(0), "recurring first: " + names);
        assertEquals("Databases", names.get(1), "then by weak count: " + names);
        TopicInsight k8s = in.topics().get(0);
        assertTrue(k8s.recurring());
        assertEquals(3, k8s.weakCount());
        assertEquals(List.of(2, 1), k8s.weakByInterview());
        assertEquals("2025-01-10", k8s.firstSeen());
        assertEquals("2025-02-10", k8s.lastSeen());
        // written actions, both checklists inside debriefs and outside them
        assertEquals(4, k8s.actions().size(), k8s.actions().toString());
        assertEquals(2, k8s.openActions());
        TopicInsight widgets = in.topics().stream().filter(t -> t.name().equals("Quantum Widgets")).findFirst().orElseThrow();
        assertFalse(widgets.recurring());
        assertEquals(1, widgets.weakCount(), "an item matching no keyword goes under its section title");
        assertEquals(in.interviews().stream().mapToInt(i -> i.weak().size()).sum(), 7);
        assertEquals(4, in.openActions(), "written actions and unchecked tasks are open; checked tasks are done");
    }

    @Test
    void taxonomyFromConfigAddsAndReplacesTopics() throws Exception {
        write(".vaultlint.yml", "taxonomy:\n  Time travel: [\"flux*\", temporal paradox]\n  Kubernetes: [helm]\n");
        write("a.md", "---\ntags: [real-interview]\ntitle: A\ndate: 2025-01-10\n---\n"
                + String.format(DEBRIEF, "Lab", "fine", "- flux capacitor tuning\n- a temporal paradox\n- pod scheduling\n- helm charts",
                "- read the manual"));
        Insights in = analyze();
        List<Item> weak = in.interviews().get(0).weak();
        assertEquals(List.of("Time travel"), weak.get(0).topics());
        assertEquals(List.of("Time travel"), weak.get(1).topics(), "multi-word keywords match in sequence");
        assertEquals(List.of("Lab"), weak.get(2).topics(), "the user's Kubernetes topic replaced the built-in one");
        assertEquals(List.of("Kubernetes"), weak.get(3).topics());
    }

    @Test
    void aUserTopicReplacesTheBuiltInOneWhateverItsCase() throws Exception {
        // "kubernetes:" added its keywords to the built-in Kubernetes (pod, autoscal*, ...) instead of replacing it.
        write(".vaultlint.yml", "taxonomy:\n  kubernetes: [helm]\n");
        write("a.md", "---\ntags: [real-interview]\ntitle: A\ndate: 2025-01-10\n---\n"
                + String.format(DEBRIEF, "Lab", "fine", "- pod scheduling\n- helm charts", "- read the manual"));
        List<Item> weak = analyze().interviews().get(0).weak();
        assertEquals(List.of("Lab"), weak.get(0).topics(), "the built-in Kubernetes keywords are gone");
        assertEquals(List.of("kubernetes"), weak.get(1).topics(), "named as the user writes it");
    }

    @Test
    void metaListsWithBoldKeysOrWithoutBulletsAreRead() throws Exception {
        write("Interviews/Initech onsite 2025-09-14.md", "---\ntags: [real-interview]\ndate: 2025-09-14\n---\n## Meta\n\n"
                + "- **Company:** Initech\n- *Role*: SRE\n\n" + String.format(DEBRIEF, "Kubernetes", "ok", "- pods", "- study"));
        write("Interviews/2025-10-02.md", "---\ntags: [real-interview]\n---\n## Meta\n\nCompany: Umbrella Corp\nRole: Platform\n\n"
                + String.format(DEBRIEF, "Kubernetes", "ok", "- pods", "- study"));
        Insights in = analyze();
        assertEquals(new InterviewMeta("Initech", "SRE", "2025-09-14", false), in.interviews().get(0).meta());
        assertEquals(new InterviewMeta("Umbrella Corp", "Platform", "2025-10-02", false), in.interviews().get(1).meta(),
                "plain Meta lines, and the date from the file name");
    }

    @Test
    void sectionTitlesAreContextForItemsThatMatchNothing() throws Exception {
        write("a.md", "---\ntags: [real-interview]\ndate: 2025-01-10\n---\n## Kubernetes networking\n\n### Scenario A: service not reachable\n\n"
                + "#### What I was asked\n- why\n\n#### How I responded\n- guessed\n\n#### What was weak\n- forgot **NetworkPolicy**\n\n"
                + "#### How I should improve\n- build a demo with prometheus-adapter\n");
        Insights in = analyze();
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Kubernetes", "Cloud networking"), iv.weak().get(0).topics(), "from the H2 title around the scenario");
        assertEquals(List.of("Observability and metrics"), iv.actions().get(0).topics(),
                "an item that matches a topic itself does not also take the title's");
    }

    /**
     * A topic note's tasks sit under headings such as "To learn" that name no topic: they belong to
     * the topic the note is about, its H1 or file name, not to a topic called "To learn" that no
     * weak point ever has. A debrief's title names the interview and is not asked.
     */
    @Test
    void aTopicNotesTitleIsContextForItsTasks() throws Exception {
        write("Topics/Kubernetes networking.md", "---\ntags: [topic]\n---\n# Kubernetes networking\n\n## To learn\n"
                + "- [ ] CNI: what Calico and Cilium do vs kube-proxy\n- [x] eBPF replacement of kube-proxy\n\n## Open questions\n"
                + "- [ ] **Cluster** DNS: why ndots matters\n");
        write("Topics/k8s scheduling.md", "Filter, then score, then bind.\n\n## Open questions\n- [ ] How does the descheduler treat PDBs?\n");
        write("Topics/Bazel.md", "# Bazel\n\n## To learn\n- [ ] remote execution\n");
        write("Interviews/2025-01-10 Kubernetes team.md", "---\ntags: [real-interview]\ndate: 2025-01-10\n---\n"
                + String.format(DEBRIEF, "Incident response", "timeline", "- took six minutes to get to the point", "- shorter intro")
                + "\n## Next steps\n- [ ] send the thank-you mail\n");
        Insights in = analyze();
        Map<String, List<String>> topics = new java.util.LinkedHashMap<>();
        for (Item a : in.actions()) {
            topics.put(a.text(), a.topics());
        }
        assertEquals(List.of("Kubernetes", "Cloud networking"), topics.get("CNI: what Calico and Cilium do vs kube-proxy"), "from the H1");
        assertEquals(List.of("Kubernetes", "Cloud networking"), topics.get("eBPF replacement of kube-proxy"));
        assertEquals(List.of("Cloud networking"), topics.get("Cluster DNS: why ndots matters"), "its own words come first");
        assertEquals(List.of("Kubernetes"), topics.get("How does the descheduler treat PDBs?"), "from the file name, without an H1");
        assertEquals(List.of("To learn"), topics.get("remote execution"), "no title matches: the section title, as before");
        assertEquals(List.of("Incident response"), topics.get("shorter intro"), "a debrief's title is not a topic");
        assertEquals(List.of("Next steps"), topics.get("send the thank-you mail"));
    }

    /**
     * The actions written in a debrief's topic are what the note says to do about what was weak
     * there: the topic lists them even when their own words match another topic or none. Before,
     * "Incident response" had 0 actions though one was written under it, and the RBAC fix was only
     * a Security action, not under the Kubernetes weak point it answers.
     */
    @Test
    void aTopicListsTheActionsWrittenWhereItWasWeak() throws Exception {
        write("Interviews/2025-07-14 Orsted.md", "---\ntags: [real-interview]\ndate: 2025-07-14\n---\n"
                + String.format(DEBRIEF, "Incident response", "clear timeline",
                "- Took six minutes to get to what I did\n- No numbers for impact",
                "- Rewrite the story in STAR form\n- [ ] Time the answer: under two minutes")
                + "\n" + String.format(DEBRIEF, "k8s", "the outbox", "- RBAC for the workers: did not scope the service account",
                "- [x] Write a least-privilege Role for the worker service account")
                + "\n" + String.format(DEBRIEF, "Insight project", "the idea", "- Could not justify the billing of sampling\n"
                + "- Routing between regions", "- Redo the transit gateway section\n- Practise it out loud"));
        write("Plans/Plan.md", "# Plan\n\n## Incident response\n- [ ] read the SRE book chapter\n");
        Insights in = analyze();
        Map<String, TopicInsight> byName = new java.util.HashMap<>();
        in.topics().forEach(t -> byName.put(t.name(), t));
        assertEquals(List.of("Rewrite the story in STAR form", "Time the answer: under two minutes", "read the SRE book chapter"),
                byName.get("Incident response").actions().stream().map(Item::text).toList(),
                "the section's actions (not the other section's), and the plan's task by its own section title, as before");
        assertEquals(3, byName.get("Incident response").openActions());
        assertTrue(byName.get("Behavioural and communication").actions().stream().anyMatch(a -> a.text().startsWith("Rewrite")),
                "still under the topic its own words name");
        assertEquals(List.of("Write a least-privilege Role for the worker service account"),
                byName.get("Kubernetes").actions().stream().map(Item::text).toList());
        assertEquals(byName.get("Kubernetes").actions(), byName.get("Security").actions());
        assertEquals(List.of("Practise it out loud"), byName.get("Cost").actions().stream().map(Item::text).toList(),
                "an action naming one of the section's weak topics (Cloud networking) is not listed under the others");
        assertEquals(List.of("Redo the transit gateway section", "Practise it out loud"),
                byName.get("Cloud networking").actions().stream().map(Item::text).toList());
        Item role = in.interviews().get(0).actions().get(2);
        assertEquals(List.of("Security"), role.topics(), "an item's own topics stay what its words match");
        assertEquals(2, byName.get("Incident response").weakCount(), "weak points are not changed");
    }

    /**
     * An action that names no topic itself answers all of its section's weak points, also when the
     * topic it got from its section title (or the titles around it) is one of them: before, "Walk through
     * the same-key race" was listed only under "Idempotent payments" (the title its other
     * weak point fell back to), and the write-up of the race only under the title's Scaling, so
     * Databases, weak in both interviews, listed none of what the notes said to do about it.
     */
    @Test
    void anActionNamingNoTopicItselfIsListedUnderAllItsSectionsWeakTopics() throws Exception {
        write("Interviews/2025-09-10 Stripe.md", "---\ntags: [real-interview]\ndate: 2025-09-10\n---\n"
                + String.format(DEBRIEF, "Idempotent payments", "keys in a table",
                "- never mentioned transaction isolation levels\n- ran out of time before key expiry",
                "- Walk through the same-key race step by step"));
        write("Interviews/2025-09-24 Stripe.md", "---\ntags: [real-interview]\ndate: 2025-09-24\n---\n"
                + String.format(DEBRIEF, "System design: ledger", "append-only entries",
                "- unsure about transaction isolation for transfers\n- no numbers for throughput",
                "- [ ] Write up the race for transfers with a worked example\n- [ ] Prepare a sharding plan for the ledger"));
        write("Interviews/2025-10-01 Shopify.md", "---\ntags: [real-interview]\ndate: 2025-10-01\n---\n"
                + String.format(DEBRIEF, "Postgres failover", "promote a replica",
                "- forgot the replication lag\n- no numbers for throughput", "- [ ] Re-read how the replicas catch up"));
        Insights in = analyze();
        Map<String, TopicInsight> byName = new java.util.HashMap<>();
        in.topics().forEach(t -> byName.put(t.name(), t));
        assertEquals(List.of("Walk through the same-key race step by step", "Write up the race for transfers with a worked example",
                        "Re-read how the replicas catch up"),
                byName.get("Databases").actions().stream().map(Item::text).toList(),
                "both Stripe sections were weak in Databases; neither action names a topic itself");
        assertFalse(byName.get("Scaling and system design").actions().stream().anyMatch(a -> a.text().startsWith("Re-read")),
                "an everyday word the title supports (replicas, under Postgres failover) is the action's own word");
        assertEquals(List.of("Walk through the same-key race step by step"),
                byName.get("Idempotent payments").actions().stream().map(Item::text).toList(), "still under its section title, once");
        assertEquals(List.of("Write up the race for transfers with a worked example", "Prepare a sharding plan for the ledger"),
                byName.get("Scaling and system design").actions().stream().map(Item::text).toList(),
                "the write-up once (its title's topic), the sharding plan by its words");
        assertEquals(List.of("Scaling and system design"), in.interviews().get(1).actions().get(0).topics(),
                "an item's own topics are unchanged");
    }

    /**
     * A debrief written in two notes (or one note per round of a loop on one day) is one interview
     * by company and date: a topic weak in both notes is weak in one interview, not recurring.
     * Before, "Google (2025-10-02)" was listed twice under Linux, which was recurring by it alone.
     */
    @Test
    void theNotesOfOneInterviewAreOneInterviewUnderATopic() throws Exception {
        write("Interviews/Google onsite.md", "---\ntags: [real-interview]\ncompany: Google\ndate: 2025-10-02\n---\n"
                + String.format(DEBRIEF, "Linux troubleshooting", "ok", "- never checked iostat\n- forgot the OOM killer", "- drill it"));
        write("Interviews/Globex screen.md", "---\ntags: [real-interview]\ncompany: Globex\ndate: 2025-10-02\n---\n"
                + String.format(DEBRIEF, "Kubernetes", "ok", "- pod eviction order", "- read it"));
        write("Interviews/Google onsite (part 2).md", "---\ntags: [real-interview]\nCompany: google \ndate: 2025-10-02\n---\n"
                + String.format(DEBRIEF, "NALSD", "ok", "- no disk estimate for the job history", "- practise"));
        write("Interviews/Untitled.md", "---\ntags: [real-interview]\ndate: 2025-10-02\n---\n"
                + String.format(DEBRIEF, "Linux", "ok", "- load average", "- read"));
        Insights in = analyze();
        assertEquals(4, in.interviews().size(), "every note is still an interview of the timeline");
        TopicInsight linux = in.topics().stream().filter(t -> t.name().equals("Linux and debugging")).findFirst().orElseThrow();
        assertEquals(List.of("Interviews/Google onsite (part 2).md", "Interviews/Untitled.md"),
                linux.interviews().stream().map(Interview::file).toList(),
                "Google's two notes once, by its first note in file order; a note without a company is one of its own");
        assertEquals(List.of(3, 1), linux.weakByInterview());
        assertEquals(4, linux.weakCount());
        assertTrue(linux.recurring(), "weak at Google and in the untitled interview");
        write("Interviews/Untitled.md", "---\ntags: [real-interview]\ndate: 2025-10-02\n---\n"
                + String.format(DEBRIEF, "Kafka", "ok", "- consumer lag", "- read"));
        linux = analyze().topics().stream().filter(t -> t.name().equals("Linux and debugging")).findFirst().orElseThrow();
        assertEquals(1, linux.interviewCount());
        assertFalse(linux.recurring(), "weak in both notes of one interview only");
    }

    @Test
    void noInterviewsMeansEmptyInsightsNotAnError() throws Exception {
        write("Note.md", "# Just a note\n\n- [ ] a task\n");
        Insights in = analyze();
        assertTrue(in.interviews().isEmpty());
        assertEquals(1, in.actions().size());
        assertEquals(Boolean.FALSE, in.actions().get(0).done());
        assertEquals("Just a note", in.actions().get(0).section());
    }
    @Test
    void everyTaskWrittenInADebriefIsOneOfItsInterviewsActions() throws Exception {
        write("Interviews/2025-12-01 Globex.md", "---\ntags: [real-interview]\ndate: 2025-12-01\ncompany: Globex\n---\n"
                + "- [ ] Ask the recruiter for the panel names\n\n"
                + String.format(DEBRIEF, "Kubernetes scheduling", "knew pods", "- Could not explain resource requests",
                        "- [ ] Read the scheduler docs\n- Practise explaining binpacking")
                + "\n## Next steps\n- [ ] Send a thank-you note\n- [x] Update the STAR bank\n\n## Questions I asked\n- [ ] Ask about on-call\n");
        write("Study plan.md", "# Study plan\n- [ ] Revise Linux namespaces\n");
        Insights in = analyze();
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Ask the recruiter for the panel names", "Read the scheduler docs", "Practise explaining binpacking",
                        "Send a thank-you note", "Update the STAR bank", "Ask about on-call"),
                iv.actions().stream().map(Item::text).toList(), "in the order they are written, wherever in the note");
        assertEquals(List.of("", "Kubernetes scheduling", "Kubernetes scheduling", "Next steps", "Next steps", "Questions I asked"),
                iv.actions().stream().map(Item::section).toList(), "each with the section it is written under");
        assertEquals(Boolean.TRUE, iv.actions().get(4).done());
        assertEquals(5, Item.countOpen(iv.actions()));
        assertEquals(6, in.openActions(), "the interview's five and the study plan's one, each counted once");
        List<Item> vaultWide = in.actions().stream().filter(a -> a.file().equals(iv.file())).toList();
        assertEquals(iv.actions().size(), vaultWide.size());
        for (int k = 0; k < vaultWide.size(); k++) {
            assertTrue(vaultWide.contains(iv.actions().get(k)), "the same items as the vault-wide list: " + iv.actions().get(k));
        }
    }
    @Test
    void aClosingNextStepsSectionsBulletsAreActionsToo() throws Exception {
        // "## Next steps" after the topics is no topic and no part for the section rules; its tasks were
        // the interview's actions, its plain bullets were dropped.
        write("Interviews/2025-12-02 Initech.md", "---\ntags: [real-interview]\ndate: 2025-12-02\ncompany: Initech\n---\n"
                + String.format(DEBRIEF, "Kubernetes scheduling", "knew pods", "- Could not explain resource requests",
                        "- Practise explaining binpacking")
                + "\n## Next steps\n- Study VPC route tables\n  - IGW vs NAT\n- [ ] Send a thank-you note\n\n## Questions I asked\n- On-call?\n");
        Insights in = analyze();
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Practise explaining binpacking", "Study VPC route tables", "Send a thank-you note"),
                iv.actions().stream().map(Item::text).toList());
        assertEquals(List.of("IGW vs NAT"), iv.actions().get(1).details(), "its nested bullets stay with it");
        assertEquals("Next steps", iv.actions().get(1).section());
        assertEquals(List.of("Cloud networking"), iv.actions().get(1).topics());
        assertEquals(3, in.actions().size(), "each counted once");
        assertEquals(List.of("Could not explain resource requests"), iv.weak().stream().map(Item::text).toList());
    }

    @Test
    void debriefsWrittenInGermanSpanishOrFrenchGiveTheirItemsTheirRoles() throws Exception {
        write("de.md", "---\ntags: [real-interview]\ncompany: SAP\ndate: 2025-05-02\n---\n## Kubernetes\n\n"
                + "### Was wurde gefragt\n- Scheduler\n\n### Meine Antwort\n- Filter\n\n### Was lief gut\n- Limits erklärt\n\n"
                + "### Was war schwach\n- Preemption nicht erklärt\n\n### Wie verbessere ich mich\n- [ ] Scheduler-Doku lesen\n");
        write("es.md", "---\ntags: [real-interview]\ncompany: Glovo\ndate: 2025-06-01\n---\n## Kubernetes\n\n"
                + "**Qué me preguntaron:** el scheduler\n**Mi respuesta:** filtros\n**Puntos débiles:**\n- No expliqué la preemption\n"
                + "**Cómo mejorar:**\n- Leer la documentación del scheduler\n");
        write("fr.md", "---\ntags: [real-interview]\ncompany: Criteo\ndate: 2025-07-01\n---\n## Kubernetes\n\n"
                + "### Questions posées\n- le scheduler\n\n### Ma réponse\n- filtres\n\n### Points forts\n- les limites\n\n"
                + "### Axes d'amélioration\n- la preemption\n\n### Comment m'améliorer\n- lire la doc\n");
        Insights in = analyze();
        assertEquals(3, in.interviews().size());
        for (Interview iv : in.interviews()) {
            assertEquals(1, iv.weak().size(), iv.file() + " weak " + iv.weak());
            assertEquals(1, iv.actions().size(), iv.file() + " actions " + iv.actions());
        }
        assertEquals(List.of("Limits erklärt"), in.interviews().stream().filter(i -> i.file().equals("de.md")).findFirst()
                .orElseThrow().strengths().stream().map(Item::text).toList());
        TopicInsight k8s = in.topics().stream().filter(t -> t.name().equals("Kubernetes")).findFirst().orElseThrow();
        assertEquals(3, k8s.weakCount());
        assertTrue(k8s.recurring());
    }
}
