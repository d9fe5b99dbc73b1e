package io.github.vaultlint.analysis;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a debrief part ends, and tasks inside parts: each written thing counted once, in one role. */
class AnalyzerPartsTest {
    @TempDir
    Path vault;

    private Insights analyze(String text) throws Exception {
        Files.writeString(vault.resolve("g.md"), "---\ntags: [real-interview]\ncompany: Globex\ndate: 2025-03-04\n---\n" + text);
        return new Linter().run(LintOptions.of(vault)).insights();
    }

    private static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).toList();
    }

    /** Every item of the interview and every action of the vault, each (file, line) at most once. */
    private static void assertCountedOnce(Insights in) {
        Interview iv = in.interviews().get(0);
        List<Item> all = new ArrayList<>(iv.weak());
        all.addAll(iv.strengths());
        all.addAll(in.actions()); // the interview's own actions are among them
        Set<Integer> lines = new HashSet<>();
        for (Item i : all) {
            assertTrue(lines.add(i.line()), "line " + i.line() + " counted twice: " + all);
        }
        assertTrue(in.actions().containsAll(iv.actions()));
    }

    @Test
    void aTopicWrittenAsFirstPersonProseGivesItsWeakPointAndAction() throws Exception {
        Insights in = analyze("## Storage design\n\nI was asked to design a blob store.\n\nI responded with S3 and Postgres.\n\n"
                + "I was weak on erasure coding.\n\nNext time I will read up on Reed-Solomon.\n\n"
                + "## Final Reflection\n\nI was weak on numbers.\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("I was weak on erasure coding."), texts(iv.weak()),
                "the closing reflection's prose is no topic's weak point");
        assertEquals(List.of("Next time I will read up on Reed-Solomon."), texts(iv.actions()));
        assertEquals(12, iv.weak().get(0).line());
        assertCountedOnce(in);
    }

    @Test
    void anUnknownBoldLabelEndsTheWeakPart() throws Exception {
        Insights in = analyze("## Kubernetes autoscaling\n\n**What I was asked:**\n- HPA\n\n**How I responded:**\n- CPU\n\n"
                + "**What was weak:**\n- Confused VPA and HPA\n\n**Follow-up questions:**\n- How would you size the node pool?\n\n"
                + "**Interviewer notes:**\n- [ ] Read the cluster autoscaler FAQ\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Confused VPA and HPA"), texts(iv.weak()));
        assertEquals(List.of("Read the cluster autoscaler FAQ"), texts(in.actions()), "the task is an action, once");
        assertEquals(Boolean.FALSE, in.actions().get(0).done());
        assertCountedOnce(in);
    }

    /**
     * "A few things I missed:" over a list introduces the weak points, it is none of them; what it
     * says still gives their topics. A paragraph that ends otherwise, or a lead-in with no list after
     * it, is an item as before.
     */
    @Test
    void aLeadInOverAListIsNoItemButContextForItsTopics() throws Exception {
        Insights in = analyze("## Round 1\n\n### What I was asked\n- q\n\n### How I responded\n- r\n\n### What was weak\n"
                + "Mostly about the database:\n- could not explain the write path\n- no numbers for the replication lag\n\n"
                + "Also rambled for five minutes.\n\n### What was correct\nA few good points:\n\n- knew the basics\n\n"
                + "### How I should improve\nTo do:\n- [ ] read the storage chapter\n\nNext time I will say this:\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("could not explain the write path", "no numbers for the replication lag", "Also rambled for five minutes."),
                texts(iv.weak()));
        assertEquals(List.of(16, 17, 19), iv.weak().stream().map(Item::line).toList());
        assertEquals(List.of("Databases"), iv.weak().get(0).topics(), "the lead-in names the topic of an item that says none");
        assertEquals(List.of("knew the basics"), texts(iv.strengths()), "a blank line between lead-in and list changes nothing");
        assertEquals(List.of("read the storage chapter", "Next time I will say this:"), texts(iv.actions()),
                "a lead-in with no list after it is an item");
        assertCountedOnce(in);
    }

    @Test
    void aTaskUnderAWeakPartIsAnActionNotAWeakPoint() throws Exception {
        Insights in = analyze("## Kubernetes\n\n### What I was asked\n- q\n\n### How I responded\n- r\n\n### What was correct\n- knew pods\n"
                + "- [x] revised probes\n\n### What was weak\n- Confused VPA and HPA\n  - [ ] read the VPA docs\n  - mixed up targets\n"
                + "- [ ] practise the scheduler\n  - with kind\n\n### How I should improve\n- Study autoscaling\n  - [x] HPA walkthrough\n"
                + "  - then the cluster autoscaler\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Confused VPA and HPA"), texts(iv.weak()));
        assertEquals(List.of("mixed up targets"), iv.weak().get(0).details(), "a nested task is no detail of a weak point");
        assertEquals(List.of("knew pods"), texts(iv.strengths()));
        assertEquals(List.of("revised probes", "read the VPA docs", "practise the scheduler", "Study autoscaling", "HPA walkthrough"),
                texts(iv.actions()));
        assertEquals(List.of("with kind"), iv.actions().get(2).details(), "a task keeps its own nested bullets");
        assertEquals(List.of(), iv.actions().get(4).details());
        assertEquals(List.of("then the cluster autoscaler"), iv.actions().get(3).details(),
                "a bullet after a nested task, at the task's level, stays with the parent");
        assertEquals(java.util.Arrays.asList(true, false, false, null, true), iv.actions().stream().map(Item::done).toList());
        assertTrue(iv.actions().stream().allMatch(a -> a.kind() == Item.Kind.ACTION));
        assertEquals("Kubernetes", iv.actions().get(1).section());
        assertCountedOnce(in);
    }

    @Test
    void aWeakPartWrittenWhollyAsAChecklistKeepsItsWeakPoints() throws Exception {
        Insights in = analyze("## Behavioural round\n\n### What I was asked\n- a conflict\n\n### How I responded\n- the postmortem story\n\n"
                + "### What was weak\n- [ ] Story had no numbers\n  - no before/after\n- [x] Rambled for 5 minutes\n\n"
                + "### How I should improve\n- Add metrics to the conflict story\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Story had no numbers", "Rambled for 5 minutes"), texts(iv.weak()), "the checklist is the weak points");
        assertEquals(List.of("no before/after"), iv.weak().get(0).details());
        assertTrue(iv.weak().stream().allMatch(w -> w.kind() == Item.Kind.WEAK && w.done() == null));
        assertEquals(List.of("Story had no numbers", "Rambled for 5 minutes", "Add metrics to the conflict story"), texts(iv.actions()),
                "each task is still an action, once");
        assertEquals(java.util.Arrays.asList(false, true, null), iv.actions().stream().map(Item::done).toList());
        TopicInsight t = in.topics().stream().filter(x -> x.name().equals("Behavioural and communication")).findFirst().orElseThrow();
        assertEquals(2, t.weakCount());
    }

    @Test
    void aPlaceholderIsNoWeakPointStrengthOrAction() throws Exception {
        Insights in = analyze("## Hiring manager\n\n### What I was asked\n- Why us?\n\n### How I responded\n- the product\n\n"
                + "### What went well\n...\n\n### What was weak\nTBD\n\n### How I should improve\n- Research the product\n- **TODO**\n- ?\n\n"
                + "## Coding\n\n### What I was asked\n- LRU\n\n### How I responded\n- map + list\n\n### What was weak\n- Off-by-one\n- ?\n\n"
                + "### How I should improve\n- Edge cases\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Off-by-one"), texts(iv.weak()), "empty-section calls TBD empty: no weak point named TBD");
        assertEquals(List.of(), texts(iv.strengths()));
        assertEquals(List.of("Research the product", "Edge cases"), texts(iv.actions()));
        assertTrue(in.topics().stream().noneMatch(t -> t.name().equals("Hiring manager") && t.weakCount() > 0), in.topics().toString());
    }

    @Test
    void aTaskInASuggestedAnswerCalloutIsAnActionOfItsOwn() throws Exception {
        Insights in = analyze("## Kubernetes\n\n**What was asked:**\n- q\n\n**My response:**\n- r\n\n**What was weak:**\n- pods\n\n"
                + "> [!info] Suggested Improved Answer\n> Check the scheduler events first.\n> - [ ] practise kubectl describe\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Check the scheduler events first.", "practise kubectl describe"), texts(iv.actions()));
        assertCountedOnce(in);
    }

    @Test
    void aCombinedLabelTakesItsContentOnce() throws Exception {
        Insights in = analyze("## Kafka\n\n**What they asked:** q\n\n**My answer:** r\n\n**Mistakes & improvements:**\n"
                + "- Did not know the ISR rules\n- [ ] Read about min.insync.replicas\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Did not know the ISR rules"), texts(iv.weak()), "weak + improve: other items are weak points");
        assertEquals(List.of("Read about min.insync.replicas"), texts(in.actions()), "the task is an action, once");
        assertEquals(1, in.openActions());
        assertCountedOnce(in);
    }

    @Test
    void aSecondLabelOfTheSamePartEndsTheFirst() throws Exception {
        // "Areas to improve" is a weak part like "Weak areas": the first label's content ran on to the
        // next other part, so it held the second label (as an item) and its list, counted again by the second.
        Insights in = analyze("## Collaborative editor\n\n**What they asked:**\n- Design the client side\n\n**My answer:**\n"
                + "- A normalized store\n\n**Weak areas:**\n- Only said last write wins\n- No plan for offline mode\n\n"
                + "**Areas to improve:**\n1. Read the Yjs docs\n2. Split the bundle by route\n\n**How to improve:**\n- Study CRDTs\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Only said last write wins", "No plan for offline mode", "Read the Yjs docs", "Split the bundle by route"),
                texts(iv.weak()));
        assertEquals(List.of("Study CRDTs"), texts(iv.actions()));
        assertCountedOnce(in);
    }

    @Test
    void anH2WordedWithAKeywordBesidePartH2sIsAPart() throws Exception {
        // Parts as H2s under the title: "What I could have done better" and "Next time I will" name
        // their parts by keyword only; they were taken as topics, so their items were in no part.
        Insights in = analyze("# Figma phone screen\n\n## What I was asked\n- Build an autocomplete\n\n## How I responded\n"
                + "- Debounced the input\n\n## What went well\n- Working in 30 minutes\n\n## What I could have done better\n"
                + "- Stale responses overwrote newer ones\n- No keyboard navigation\n\n## Next time I will\n"
                + "- Ask about out-of-order responses\n- [ ] Add an AbortController\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Stale responses overwrote newer ones", "No keyboard navigation"), texts(iv.weak()));
        assertEquals(List.of("Working in 30 minutes"), texts(iv.strengths()));
        assertEquals(List.of("Ask about out-of-order responses", "Add an AbortController"), texts(iv.actions()));
        assertEquals(List.of("Figma phone screen"), iv.actions().stream().map(Item::section).distinct().toList(),
                "one topic: the note's");
        assertCountedOnce(in);
    }

    @Test
    void aLabelOfTheSamePartInsideItsHeadingGivesItsItemsOnce() throws Exception {
        // "**Strengths:**" under "### What went well", a failure callout under "### What was weak":
        // the heading's section holds them, and both the heading and the label gave the same items.
        Insights in = analyze("## Spark joins\n\n### What I was asked\n- q\n\n### How I responded\n- r\n\n### What went well\n"
                + "**Strengths:** spotted the skewed key\n\n### What was weak\n- Did not know salting\n\n"
                + "> [!failure] What was weak\n> - Forgot AQE\n\n- No partition pruning\n\n### How I should improve\n- Practise salting\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("spotted the skewed key"), texts(iv.strengths()));
        assertEquals(List.of(), iv.strengths().get(0).keyPhrases(), "the label is no key phrase");
        assertEquals(List.of("Did not know salting", "Forgot AQE", "No partition pruning"), texts(iv.weak()));
        assertCountedOnce(in);
    }

    @Test
    void aCombinedHeadingTakesItsContentOnceInItsFirstPartsRole() throws Exception {
        Insights in = analyze("## Kafka\n\n### Asked\n- q\n\n### Responded\n- r\n\n### Went well & mistakes\n"
                + "- Knew the partitions\n- [ ] Practise consumer groups\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Knew the partitions"), texts(iv.strengths()), "the first part of the template's order decides");
        assertEquals(List.of(), texts(iv.weak()));
        assertEquals(List.of("Practise consumer groups"), texts(in.actions()));
        assertCountedOnce(in);
    }

    @Test
    void aSentenceInEmphasisOnItsOwnLineDoesNotEndThePart() throws Exception {
        for (String sentence : List.of("*Overall, not great.*", "_Overall, not great._", "**Overall, not great.**")) {
            Insights in = analyze("## Kafka\n\n**What they asked:** q\n\n**My answer:** r\n\n**What was weak:**\n\n" + sentence + "\n\n"
                    + "- Did not know the ISR rules\n- Mixed up acks\n- [ ] Read about min.insync.replicas\n");
            Interview iv = in.interviews().get(0);
            assertEquals(List.of("Overall, not great.", "Did not know the ISR rules", "Mixed up acks"), texts(iv.weak()), sentence);
            assertEquals(List.of("Read about min.insync.replicas"), texts(in.actions()), sentence);
            assertCountedOnce(in);
        }
    }

    @Test
    void aBoldTitleOrAnyLabelWithAColonStillEndsThePart() throws Exception {
        for (String label : List.of("**Follow-up questions**", "**Follow-up questions:**", "*Follow-up questions*:")) {
            Insights in = analyze("## Kafka\n\n**What they asked:** q\n\n**My answer:** r\n\n**What was weak:**\n- Mixed up acks\n\n"
                    + label + "\n- How would you size it?\n");
            assertEquals(List.of("Mixed up acks"), texts(in.interviews().get(0).weak()), label);
        }
    }

    /** A line break written in a table cell ({@code <br>}) separates two points; in a detail cell it is no text. */
    @Test
    void aLineBreakInAWeakPointsTableCellSeparatesTwoPoints() throws Exception {
        Insights in = analyze("## Kubernetes scheduling\n\n### What I was asked\n- How taints work\n\n### How I responded\n"
                + "- Explained tolerations\n\n### What was weak\n| Weak point | Why |\n| --- | --- |\n"
                + "| Forgot taints<br>- No numbers<BR /> | nerves<br/>no prep |\n| Rambled | |\n\n"
                + "### How I should improve\n- [ ] Practise the scheduler\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Forgot taints", "No numbers", "Rambled"), texts(iv.weak()));
        assertEquals(List.of(17, 17, 18), iv.weak().stream().map(Item::line).toList(), "both points on their row's line");
        assertEquals(List.of("Why: nerves; no prep"), iv.weak().get(0).details());
        assertEquals(iv.weak().get(0).details(), iv.weak().get(1).details(), "the row's other cells belong to each of its points");
    }

    /** Weak points written as a table: one item per body row, on its line, other cells as details named by their header. */
    @Test
    void aTableRowIsAnItem() throws Exception {
        Insights in = analyze("## Kubernetes scheduling\n\n**What they asked:**\n- Pending pods\n\n**What I said:**\n- fragmentation\n\n"
                + "**Weak spots:**\n\n| Gap | Why it matters | Priority |\n|-----|:---------------|---:|\n"
                + "| Scheduler **scoring** vs filtering | They asked two follow-ups | high |\n"
                + "| PDB semantics during a drain | I stated it wrong | |\n"
                + "|  |  |  |\n"
                + "| See [[Topology\\|topology spread]] | Never used `topologySpreadConstraints` | medium |\n\n"
                + "**What went well:**\n\nArea | Note\n--- | ---\nPatroni | knew the leader lock\n\n"
                + "**Improvement plan:**\n- [ ] Read the kube-scheduler framework docs\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Scheduler scoring vs filtering", "PDB semantics during a drain", "See topology spread"), texts(iv.weak()),
                "each row once, its first cell as the text, Markdown stripped; the header, delimiter and blank rows are no items");
        assertEquals(List.of(18, 19, 21), iv.weak().stream().map(Item::line).toList(), "each row on its own line");
        assertEquals(List.of("Why it matters: They asked two follow-ups", "Priority: high"), iv.weak().get(0).details());
        assertEquals(List.of("Why it matters: I stated it wrong"), iv.weak().get(1).details(), "an empty cell is left out");
        assertEquals(List.of("Why it matters: Never used topologySpreadConstraints", "Priority: medium"), iv.weak().get(2).details(),
                "an escaped pipe in a wikilink does not split the cell");
        assertEquals(List.of("scoring"), iv.weak().get(0).keyPhrases());
        assertTrue(iv.weak().stream().allMatch(w -> w.topics().contains("Kubernetes")), "each row is classified: " + iv.weak());
        assertEquals(List.of("Patroni"), texts(iv.strengths()), "a table without outer pipes is one too");
        assertEquals(List.of("Note: knew the leader lock"), iv.strengths().get(0).details());
        assertEquals(List.of("Read the kube-scheduler framework docs"), texts(iv.actions()));
        assertCountedOnce(in);
    }

    /**
     * A debrief written as a table whose columns are the parts, a row per question: each weak cell a
     * weak point and each improve cell an action, on the row's line, in the section of its question.
     * A part written under the table is every row's; an empty cell gives nothing; a table of topics
     * under "## Overall" is read too; a table listing weak points (no question column) stays one item per row.
     */
    @Test
    void aTableOfQuestionsGivesEachRowsWeakPointsAndActions() throws Exception {
        Insights in = analyze("## Kubernetes round\n\n"
                + "| Question | How I responded | What was weak | How I should improve |\n|---|---|---|---|\n"
                + "| Why is my pod stuck in Pending? | Image pulls | Never mentioned **resource requests**<br>- No taints | Learn the scheduler phases |\n"
                + "| How does the HPA scale? | CPU | | Read the HPA algorithm |\n\n"
                + "## Linux debugging\n\n| Q | Asked | Response | Weak |\n|---|---|---|---|\n"
                + "| 1 | High load, low CPU: why? | Disk | Forgot iowait |\n\n### How to improve\n\n- Practise with vmstat\n\n"
                + "## Caching\n\n**Asked:** invalidation\n\n**My answer:** TTLs\n\n**What was weak:**\n\n"
                + "| Area | What was weak | How to improve |\n|---|---|---|\n| Invalidation | No write-through | Read the chapter |\n\n"
                + "**How to improve:** rehearse it\n\n"
                + "## Overall\n\n| Question | My answer | Weak | Improve |\n|---|---|---|---|\n| Why Globex? | Rambled | No link to my work | Write two lines |\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Never mentioned resource requests", "No taints", "Forgot iowait", "Invalidation", "No link to my work"),
                texts(iv.weak()), "a line break in a cell (<br>) separates two points");
        assertEquals(List.of(10, 10, 17, 33, 41), iv.weak().stream().map(Item::line).toList(), "each on its row's line");
        assertEquals(List.of("Why is my pod stuck in Pending?", "Why is my pod stuck in Pending?", "High load, low CPU: why?", "Caching",
                "Why Globex?"), iv.weak().stream().map(Item::section).toList(), "a row's section is its question");
        assertEquals(List.of("resource requests"), iv.weak().get(0).keyPhrases());
        assertEquals(List.of("Kubernetes"), iv.weak().get(0).topics(), "the question is context: " + iv.weak().get(0));
        assertEquals(List.of("What was weak: No write-through", "How to improve: Read the chapter"), iv.weak().get(3).details(),
                "a table of weak points under a weak part: one item per row, as before");
        assertEquals(List.of("Learn the scheduler phases", "Read the HPA algorithm", "Practise with vmstat", "rehearse it", "Write two lines"),
                texts(iv.actions()));
        assertEquals(List.of(10, 11, 21, 35, 41), iv.actions().stream().map(Item::line).toList());
        assertEquals(iv.actions(), in.actions(), "each action once");
    }

    /** A numbering column ("| # | Gap |") is no item text: the point is in the next cell. */
    @Test
    void aTablesNumberColumnIsNotTheItem() throws Exception {
        Insights in = analyze("## Kafka\n\n**What they asked:** q\n\n**My answer:** r\n\n**What was weak:**\n\n"
                + "| # | Gap | Fix |\n|---|---|---|\n| 1 | ISR rules | read the docs |\n| 2. | 2 replicas | |\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("ISR rules", "2 replicas"), texts(iv.weak()));
        assertEquals(List.of("Fix: read the docs"), iv.weak().get(0).details());
        assertCountedOnce(in);
    }

    /**
     * Actions kept as a table rather than a checklist: a Status (or Done) column says whether a row
     * is done, as a checked box does, and a Due (or Deadline) column when it is due. Before, every row
     * was open and had no due date, so a finished "done" row stayed in the open action plan.
     */
    @Test
    void anActionTablesStatusAndDueColumnsAreTheRowsStatusAndDueDate() throws Exception {
        Insights in = analyze("## Linux troubleshooting\n\n**What they asked:** load 40 on 8 cores\n\n**My answer:** top, vmstat\n\n"
                + "**What went wrong:**\n- never checked iostat -x\n\n**Next steps:**\n\n"
                + "| Action | Due | Status |\n|---|---|---|\n"
                + "| Read the load average article | 2025-10-09 | done |\n" // 19
                + "| Drill /proc/pressure on a VM | 2025-10-12 | in progress |\n" // 20
                + "| Buy the perf book | | dropped |\n" // 21
                + "| Redo the lab by 2025-11-01 | not yet | open |\n" // 22: the row's own words still give a due date
                + "| Reread my notes | 2025-10-30 | \u2705 Done |\n\n" // 23: by its first word
                + "**Action items:**\n\n| # | Action | Deadline | Done |\n|---|---|---|---|\n"
                + "| 1 | Write the USE checklist | 2025-10-20 | \u2705 |\n" // 29
                + "| 2 | Practise out loud | 2025-02-30 | not done |\n"); // 30: no such day
        List<String> rows = new ArrayList<>();
        for (Item a : in.interviews().get(0).actions()) {
            rows.add(a.line() + " " + a.text() + " " + a.status().id() + " due=" + a.due());
        }
        assertEquals(List.of("19 Read the load average article done due=2025-10-09",
                "20 Drill /proc/pressure on a VM in-progress due=2025-10-12",
                "21 Buy the perf book cancelled due=null",
                "22 Redo the lab by 2025-11-01 open due=2025-11-01",
                "23 Reread my notes done due=2025-10-30",
                "29 Write the USE checklist done due=2025-10-20",
                "30 Practise out loud open due=null"), rows);
        assertEquals(List.of("never checked iostat -x"), texts(in.interviews().get(0).weak()), "the weak part is unchanged");
        assertCountedOnce(in);
    }

    /** A '|' in prose, or a table under a bullet, is not a list of items: it stays text of its item. */
    @Test
    void pipesThatAreNoTopLevelTableStayText() throws Exception {
        Insights in = analyze("## Kafka\n\n**What they asked:** q\n\n**My answer:** r\n\n**What was weak:**\n\n"
                + "Mixed up acks=1 | acks=all\nand the ISR rules\n\n- Consumer lag\n\n  | metric | value |\n  |---|---|\n  | lag | 40 min |\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Mixed up acks=1 | acks=all and the ISR rules", "Consumer lag"), texts(iv.weak()));
        assertEquals(List.of("lag \u2014 value: 40 min"), iv.weak().get(1).details(), "a nested table's rows are details");
        assertCountedOnce(in);
    }

    /**
     * A callout titled "What was weak" or "How to improve" lists separate points, one item each as
     * under a heading; only a callout that is one written-out answer ("Suggested Improved Answer")
     * is one item. Both weak points were counted as one before.
     */
    @Test
    void aCalloutOfPointsGivesOneItemPerPoint() throws Exception {
        Insights in = analyze("## Kafka\n\n> [!question] What they asked\n> - How does ISR work?\n\n> [!note] My answer\n> - replicas\n\n"
                + "> [!failure] What was weak\n> - Did not know min.insync.replicas\n> - Mixed up acks=1 and acks=all\n"
                + ">   - the interviewer had to explain it\n\n> [!tip]- How to improve\n> - Read the replication design doc\n"
                + "> - [ ] Draw the ISR state machine\n\n> [!info] Suggested Improved Answer\n> The ISR is the set of replicas caught up.\n"
                + "> - acks=all waits for all of them\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Did not know min.insync.replicas", "Mixed up acks=1 and acks=all"), texts(iv.weak()));
        assertEquals(List.of("the interviewer had to explain it"), iv.weak().get(1).details());
        assertEquals(List.of(15, 16), iv.weak().stream().map(Item::line).toList());
        assertEquals(List.of("Read the replication design doc", "Draw the ISR state machine",
                "The ISR is the set of replicas caught up. acks=all waits for all of them"), texts(iv.actions()),
                "the suggested answer is one item");
        assertCountedOnce(in);
    }
}
