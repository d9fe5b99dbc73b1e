package io.github.vaultlint.section;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.vault.Block;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Units, part content and the interim note-kind guess, on small notes. */
class SectionAnalyzerTest {
    private static SectionAnalysis analyze(String text) {
        return Sections.analyzer().analyze(new NoteParser().parse("n.md", true, text), VaultlintConfig.defaults());
    }

    @Test
    void shortLabelsOnConsecutiveLinesSplitOneParagraph() {
        SectionAnalysis a = analyze("# Stories\n\n## One\n\nS: the context\nA: what I did\n- with a detail\n\n## Two\n");
        Unit one = a.stories().get(0);
        assertEquals("the context", one.first("situation").text());
        PartHit action = one.first("action");
        assertEquals(6, action.line());
        assertEquals("what I did\nwith a detail", action.text());
        assertEquals(List.of(6, 7), action.content().stream().map(Block::line).toList());
        assertEquals(List.of("Task", "Result"), one.missing().stream().map(Part::name).toList());
    }

    @Test
    void aDebriefTopicWrittenAsFirstPersonProseHasItsParts() {
        SectionAnalysis a = analyze("---\ntags: [real-interview]\n---\n## Storage design\n\n"
                + "I was asked to design a blob store.\n\nI responded with Postgres for metadata\nand S3 for chunks.\n\n"
                + "I was weak on erasure coding.\n\nNext time I will read up on Reed-Solomon.\n\n"
                + "## Incident question\n\nI was asked how I run a sev-1.\n\nMy answer was the incident roles.\n");
        Unit t = a.topics().get(0);
        assertTrue(t.complete(), t.missing().toString());
        PartHit responded = t.first("responded");
        assertEquals(Labels.Form.PLAIN, responded.form());
        assertEquals(8, responded.line());
        assertEquals(1, responded.column());
        assertEquals("I responded with Postgres for metadata\nand S3 for chunks.", responded.text());
        assertEquals("I was weak on erasure coding.", t.first("weak").text());
        Unit half = a.topics().get(1);
        assertEquals(List.of("What was weak", "How I should improve"), half.missing().stream().map(Part::name).toList());
    }

    @Test
    void proseOpenersNeitherSplitALabelledTopicNorMakeOneSentenceAPart() {
        SectionAnalysis a = analyze("---\ntags: [real-interview]\n---\n## Rate limiting\n\n### What I was asked\nA limiter.\n\n"
                + "### How I responded\nToken buckets.\n\nI was asked a follow-up about regions.\n\n### What was weak\nNo numbers.\n\n"
                + "### How I should improve\nDo the maths.\n\n## Kafka\n\nI was asked about ordering, and talked about partitions.\n");
        Unit labelled = a.topics().get(0);
        assertEquals(1, labelled.all("asked").size(), "the follow-up paragraph is content of the response");
        assertEquals("Token buckets.\nI was asked a follow-up about regions.", labelled.first("responded").text());
        assertEquals(4, a.topics().get(1).missing().size(), "one first-person sentence is prose, not a layout");
    }

    @Test
    void headingPartContentExcludesChildHeadingsButKeepsTheirText() {
        SectionAnalysis a = analyze("# Bank\n\n## Story\n\n### Situation\nctx\n\n### Task\ntask\n\n### Action\n\n#### Detail\nstep one\n\n### Result\n\n#### Later\n");
        Unit u = a.stories().get(0);
        assertEquals("step one", u.first("action").text());
        assertFalse(u.first("action").empty());
        assertTrue(u.first("result").empty(), "only a child heading counts as empty");
    }

    @Test
    void calloutContentIsTheRestOfTheQuote() {
        SectionAnalysis a = analyze("---\ntags: [real-interview]\n---\n## Topic\n\n**What was asked:**\n- q\n\n**My response:**\n- r\n\n"
                + "**What was weak:**\n- w\n\n> [!info]- Suggested Improved Answer\n> line one\n>\n> - point\n\nafter the quote\n");
        Unit t = a.topics().get(0);
        assertTrue(t.complete());
        PartHit improve = t.first("improve");
        assertEquals(Labels.Form.CALLOUT, improve.form());
        assertEquals("line one\npoint", improve.text());
        assertEquals("w", t.first("weak").text(), "the callout starts a new part");
    }

    @Test
    void aLabelPartEndsAtABoldLabelThatNamesNoPart() {
        SectionAnalysis a = analyze("---\ntags: [real-interview]\n---\n## Topic\n\n**What was asked:**\n- q\n\n**My response:**\n- r\n\n"
                + "**What was weak:**\n- Confused VPA and HPA\n- **Networking:** no NAT\n\n**Follow-up questions:**\n- How big is the pool?\n\n"
                + "**How to improve:** read\n**Aside:** not this\n");
        Unit t = a.topics().get(0);
        assertEquals("Confused VPA and HPA\n**Networking:** no NAT", t.first("weak").text(),
                "a bold phrase opening an item of the part's list is content; the unknown label after it ends the part");
        assertEquals("read", t.first("improve").text(), "also within one paragraph");
    }

    @Test
    void aListItemLabelPartEndsAtAnUnknownLabelOfItsOwnLevelOnly() {
        SectionAnalysis a = analyze("---\ntags: [real-interview]\n---\n## Topic\n\n- **What was asked:** q\n- **My response:** r\n"
                + "- **What was weak:** w\n  - **Detail:** nested\n- **Interviewer:** Alice\n");
        assertEquals("w\n**Detail:** nested", a.topics().get(0).first("weak").text());
    }

    @Test
    void aHeadingPartKeepsTheBoldLabelsThatStructureIt() {
        SectionAnalysis a = analyze("---\ntags: [real-interview]\n---\n## Topic\n\n### What I was asked\n- q\n\n### How I responded\n- r\n\n"
                + "### What was weak\n**Networking:**\n- no NAT\n\n**Kubernetes:**\n- no HPA\n");
        assertEquals("**Networking:**\nno NAT\n**Kubernetes:**\nno HPA", a.topics().get(0).first("weak").text());
    }

    @Test
    void aNonTopicH2StaysOneWhenItNamesAPartBelowH2ItIsThePart() {
        SectionAnalysis a = analyze("---\ntags: [real-interview]\n---\n# Acme\n\n## Kubernetes\n\n### What I was asked\n- q\n\n"
                + "### How I responded\n- r\n\n### Mistakes\n- w\n\n### Next steps\n- read\n\n## Areas to improve\n- scaling\n\n"
                + "## Next steps\n- thank-you mail\n");
        assertEquals(List.of("Kubernetes"), a.topics().stream().map(Unit::title).toList(),
                "\"## Next steps\" is no part, so no second part under the title makes the note a topic");
        Unit k8s = a.topics().get(0);
        assertTrue(k8s.complete(), k8s.missing().toString());
        assertEquals("read", k8s.first("improve").text());
        assertEquals("w", k8s.first("weak").text());
        // Outside the topics, "## Areas to improve" is weak and the closing "## Next steps" the improve
        // part, for the analysis only: what it holds is the interview's to do, not a topic's part.
        assertEquals(List.of("weak", "improve"), a.loose().stream().map(h -> h.part().id()).toList());
        assertEquals("thank-you mail", a.loose().get(1).text());
    }

    @Test
    void labelInsideAQuoteStopsAtTheEndOfTheQuote() {
        SectionAnalysis a = analyze("# Mock\n\n## Q\n\n> **Situation**: s\n>\n> **Action**: a\n>\n> **Result**: r\n\nNot part of the answer.\n");
        Unit u = a.stories().get(0);
        assertEquals("r", u.first("result").text());
    }

    @Test
    void debriefIsRecognisedByItsPartsWithoutTheTag() {
        SectionAnalysis a = analyze("# Debrief\n\n## Networking\n\n### What I was asked\n- q\n\n### What was weak\n- w\n\n## Storage\n- notes only\n");
        assertEquals(List.of("Networking", "Storage"), a.topics().stream().map(Unit::title).toList());
        assertEquals(List.of("How I responded", "How I should improve"),
                a.topics().get(0).missing().stream().map(Part::name).toList());
    }

    @Test
    void plainLabelsCountOnlyForThePartsOwnName() {
        // Two plain "Name:" lines make no story in an ordinary note (a study plan's "Task:" and "Result:") ...
        assertEquals(List.of(), analyze("# Plan\n\n## Week 1\n\nTask: t\nWhat I did: a\nResults: r\n").units());
        // ... three parts by their own names do, as S:/T:/R: would: the synonym "What I did" is no label there
        Unit plain = analyze("# Mock\n\n## Q\n\nSituation: s\nTask: t\nWhat I did: a\nResults: r\n").stories().get(0);
        assertEquals(List.of("Action"), plain.missing().stream().map(Part::name).toList());
        // ... but fill the parts of a story that bold labels make, by the part's own name only.
        Unit u = analyze("# Mock\n\n## Q\n\n**Situation**: s\nTask: t\nWhat I did: a\n**Results**: r\n").stories().get(0);
        assertEquals(List.of("situation", "task", "result"), u.hits().stream().map(h -> h.part().id()).toList());
        assertEquals(List.of("Action"), u.missing().stream().map(Part::name).toList());
        assertEquals(Labels.Form.PLAIN, u.first("task").form());
        assertEquals(List.of(), analyze("# Lab\n\n## Run\n\nContext: a\nImpact: b\n").units());
    }

    @Test
    void questionAndAnswerNotesAreNotStories() {
        SectionAnalysis a = analyze("# Kubernetes\n\n## Basics\n\nQ: What is a pod?\nA: The smallest unit.\n\n## Background\n\n## Impact\n");
        assertEquals(List.of(), a.units());
    }

    @Test
    void inlineStoryNeedsTwoPartsByName() {
        assertEquals(List.of(), analyze("# Design\n\n## Plan\n\n**Context**: old system\n\n**Goal**: new system\n").units());
        assertEquals(1, analyze("# Mock\n\n## Q\n\n**Situation**: x\n\n**Outcome**: y\n\n**Task**: z\n").stories().size());
    }

    @Test
    void partsUnderTheTitleMakeAOneTopicDebrief() {
        SectionAnalysis a = analyze("---\ntags: [real-interview]\n---\n# Phone screen\n\n## What I was asked\n- q\n\n## How I responded\n- r\n");
        assertEquals(1, a.topics().size());
        assertEquals("Phone screen", a.topics().get(0).title());
        assertEquals(List.of("What was weak", "How I should improve"),
                a.topics().get(0).missing().stream().map(Part::name).toList());
    }

    @Test
    void misspeltPartIsSuggested() {
        SectionAnalysis a = analyze("# Bank\n\n## Story\n\n### Situaton\nx\n\n### Task\ny\n\n### Action\nz\n\n### Result\n3 fewer pages\n");
        Unit u = a.stories().get(0);
        assertEquals(List.of("Situation"), u.missing().stream().map(Part::name).toList());
        assertEquals("Situaton", u.nearMisses().get(0).text());
        assertEquals("Situation", u.nearMisses().get(0).part().name());
    }

    @Test
    void typeSelectorAppliesTheTypesTemplateAndInlineStar() {
        String text = "# Mock\n\n## Stories\n\n### Answer one\n\n**Situation**: s\n\n**Task**: t\n\n### Bare sibling\n- notes\n";
        io.github.vaultlint.vault.Note note = new NoteParser().parse("n.md", true, text);
        SectionAnalyzer asBank = new SectionAnalyzer(new TypeTemplateSelector(n -> "star", (id, n) -> !id.equals("section-order")));
        assertEquals(List.of("Answer one", "Bare sibling"),
                asBank.analyze(note, VaultlintConfig.defaults()).stories().stream().map(Unit::title).toList());
        SectionAnalyzer asMock = new SectionAnalyzer(new TypeTemplateSelector(n -> null, (id, n) -> true));
        assertEquals(List.of("Answer one"),
                asMock.analyze(note, VaultlintConfig.defaults()).stories().stream().map(Unit::title).toList());
        assertFalse(asBank.selector().ruleEnabled("section-order", note, VaultlintConfig.defaults()));
        assertTrue(asBank.selector().ruleEnabled("required-section", note, VaultlintConfig.defaults()));
    }

    @Test
    void unknownTemplateReferenceSuggestsTheClosest() {
        io.github.vaultlint.config.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.vaultlint.config.ConfigException.class, () -> TemplateSet.builtin().require("stars", ".vaultlint.yml:4:15"));
        assertEquals(".vaultlint.yml:4:15: unknown section template \"stars\" (did you mean \"star\"?); known templates are star, "
                + "debrief (define it under templates:)", e.getMessage());
    }

    @Test
    void largeStoryBankIsAnalysedInLinearTime() {
        StringBuilder sb = new StringBuilder("# Bank\n\n## Answers\n\n");
        for (int i = 0; i < 5000; i++) {
            sb.append("### Story ").append(i).append("\n\n#### Situation\nctx\n\n#### Task\ntask\n\n#### Action\n- a\n- b\n\n");
            if (i % 2 == 0) {
                sb.append("#### Result\nsaved ").append(i).append(" hours\n\n");
            }
        }
        io.github.vaultlint.vault.Note note = new NoteParser().parse("big.md", true, sb.toString());
        Sections.analyzer().analyze(note, VaultlintConfig.defaults()); // warm up the JIT
        long t0 = System.nanoTime();
        SectionAnalysis a = Sections.analyzer().analyze(note, VaultlintConfig.defaults());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(5000, a.stories().size());
        assertEquals(2500, a.stories().stream().filter(u -> !u.complete()).count());
        // About 0.3 s here; a quadratic step (every hit against every block) takes minutes.
        assertTrue(ms < 5000, "analysis of 5000 stories took " + ms + " ms");
    }

    @Test
    void aLongRunOfPartHeadingsWithoutTitlesSplitsIntoStoriesAtEachRepeat() {
        // Each part heading looked back over every part heading before it for its story's title:
        // 20,000 untitled "## Situation" / "## Task" pairs took minutes (a 2.6 MB note of them never
        // finished). The answers are unchanged: each repeat starts a story of the note's title, and a
        // titled story after the run keeps its own title.
        StringBuilder sb = new StringBuilder("# Bank\n\n");
        int pairs = 20_000;
        for (int i = 0; i < pairs; i++) {
            sb.append("## Situation\nctx ").append(i).append("\n\n## Task\ntask\n\n");
        }
        sb.append("## Story 2\n\n## Situation\nc\n\n## Task\nt\n\n## Action\na\n\n## Result\nsaved 3 hours\n");
        List<Unit> stories = analyze(sb.toString()).stories();
        assertEquals(pairs + 1, stories.size());
        assertEquals("Bank (story 1)", stories.get(0).title());
        assertEquals("ctx 0", stories.get(0).first("situation").text());
        assertEquals("Bank (story 20000)", stories.get(pairs - 1).title());
        assertEquals("ctx 19999", stories.get(pairs - 1).first("situation").text());
        assertEquals(List.of("Action", "Result"), stories.get(pairs - 1).missing().stream().map(Part::name).toList());
        assertEquals("Story 2", stories.get(pairs).title());
        assertTrue(stories.get(pairs).complete());
    }
}
