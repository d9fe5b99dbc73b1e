package io.github.vaultlint.section;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Note;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The behaviours the analysis keeps in arrays rather than maps and lists (content boundaries,
 * line cuts, units grouped by owner, siblings, sub-scenarios, order, near misses, part positions,
 * the per-note template cache): small notes with known answers.
 */
class SectionStructureTest {
    private static final VaultlintConfig CONFIG = VaultlintConfig.defaults();

    private static Note parse(String text) {
        return new NoteParser().parse("n.md", true, text);
    }

    private static SectionAnalysis analyze(String text) {
        return Sections.analyzer().analyze(parse(text), CONFIG);
    }

    private static List<String> titles(List<Unit> units) {
        return units.stream().map(Unit::title).toList();
    }

    @Test
    void contentStopsAtTheNextOtherPartNotAtARepeatOfItself() {
        Unit u = analyze("# Bank\n\n## Story\n\n### Situation\nctx one\n\n**Situation**: again\nmore ctx\n\n### Task\ntask\n")
                .stories().get(0);
        assertEquals(List.of("situation", "situation", "task"), u.hits().stream().map(h -> h.part().id()).toList());
        assertEquals("ctx one\n**Situation**: again\nmore ctx", u.hits().get(0).text(), "the heading's part runs on to Task");
        assertEquals("again\nmore ctx", u.hits().get(1).text());
        assertEquals("task", u.hits().get(2).text());
    }

    @Test
    void labelsInsideAParagraphCutItIntoLines() {
        Unit u = analyze("# Mock\n\n## Q\n\nintro line\n**Situation**: s1\ns2\n**Task**: t1\nt2\n").stories().get(0);
        PartHit s = u.first("situation");
        PartHit t = u.first("task");
        assertEquals("s1\ns2", s.text());
        assertEquals("t1\nt2", t.text());
        Block s2 = s.content().get(1);
        assertEquals(List.of(7, 7, "s2"), List.of(s2.line(), s2.endLine(), s2.text()), "one line cut out of the paragraph");
        Block rest = t.content().get(0);
        assertEquals(List.of(8, "t1"), List.of(rest.line(), rest.text()));
        assertEquals(List.of(9, 9, "t2"), List.of(t.content().get(1).line(), t.content().get(1).endLine(), t.content().get(1).text()));
    }

    @Test
    void storyBankSiblingsWithOnlyBulletsAreStoriesButNotHeadingsAboveStories() {
        SectionAnalysis a = analyze("---\ntags: [story-bank]\n---\n# Bank\n\n## One\n\n### Situation\nx\n\n### Result\n3 days\n\n"
                + "## Two\n- just bullets\n\n## Group\n\n### Three\n\n#### Situation\ny\n");
        assertEquals(List.of("One", "Two", "Three"), titles(a.stories()));
        assertEquals(List.of("situation", "task", "action", "result"), a.stories().get(1).missing().stream().map(Part::id).toList());
    }

    @Test
    void subScenariosAreTopicsAndNonTopicChildrenAreLeftLoose() {
        SectionAnalysis a = analyze("---\ntags: [real-interview]\n---\n## Kubernetes\n\n### Pod pending\n\n#### What I was asked\n- q\n\n"
                + "#### What was weak\n- w\n\n### Notes\n\n#### What I was asked\n- n\n\n## Overall\n- fine\n");
        assertEquals(List.of("Pod pending"), titles(a.topics()));
        assertEquals(1, a.loose().size());
        assertEquals("Notes", a.loose().get(0).section());
    }

    @Test
    void directPartsAndCarryingChildrenAreBothTopics() {
        SectionAnalysis a = analyze("---\ntags: [real-interview]\n---\n## Networking\n\n### What I was asked\n- q\n\n### DNS\n\n"
                + "#### What was weak\n- w\n\n## Storage\n- notes only\n");
        assertEquals(List.of("Networking", "DNS", "Storage"), titles(a.topics()));
    }

    @Test
    void misplacedPartNamesWhatItClashesWithAndWhereItBelongs() {
        Unit u = analyze("# Bank\n\n## Story\n\n### Situation\ns\n\n### Result\n5 days\n\n### Task\nt\n\n### Action\na\n")
                .stories().get(0);
        assertEquals(1, u.misplaced().size());
        Unit.Misplaced m = u.misplaced().get(0);
        assertEquals("result", m.hit().part().id());
        assertEquals("task", m.conflict().id());
        assertEquals(false, m.conflictEarlier());
        assertEquals("action", m.after().id());
        assertNull(m.before());
    }

    @Test
    void nearMissesComeOnlyFromTheUnitsOwnLabels() {
        SectionAnalysis a = analyze("# Bank\n\n## One\n\n### Situaton\nx\n\n### Task\ny\n\n### Action\nz\n\n### Result\n3 pages\n\n"
                + "## Two\n\n### Situation\nx\n\n### Task\ny\n\n### Action\nz\n\n**Reslt**: 4 pages\n");
        List<Unit> stories = a.stories();
        assertEquals(List.of("One", "Two"), titles(stories));
        assertEquals(List.of("Situaton@5->situation"), stories.get(0).nearMisses().stream()
                .map(m -> m.text() + "@" + m.line() + "->" + m.part().id()).toList());
        assertEquals(List.of("Reslt@28->result"), stories.get(1).nearMisses().stream()
                .map(m -> m.text() + "@" + m.line() + "->" + m.part().id()).toList());
    }

    @Test
    void templatePositionsFollowListIndexOfEvenForEqualParts() {
        Part a = new Part("a", "Alpha", List.of("First"), true, "A", false);
        Part a2 = new Part("a", "Alpha", List.of("First"), true, "A", false); // equal to a, another object
        Part b = new Part("b", "Beta Test", List.of(), false, null, true);
        Template t = new Template("t", Template.Units.STORIES, List.of(a, a2, b), List.of());
        assertEquals(0, t.indexOf(a));
        assertEquals(0, t.indexOf(a2), "List.indexOf finds the first equal part");
        assertEquals(2, t.indexOf(new Part("b", "Beta Test", List.of(), false, null, true)));
        assertEquals(-1, t.indexOf(new Part("c", "Gamma", List.of(), true, null, false)));
        assertEquals(3, t.size());
        for (Part p : List.of(a, a2, b, new Part("x", "**Beta Test:**", List.of(), true, "X", false))) {
            for (String n : List.of("alpha", "alphas", "alphass", "a", "A", "beta test", "beta tests", "x", "first", "")) {
                assertEquals(p.isCanonical(n), t.isCanonical(p, n), p.name() + " / " + n);
            }
            assertEquals(p.labels(), t.labels(p));
        }
    }

    @Test
    void nonTopicSectionsMatchByNameOrPrefix() {
        Template debrief = CONFIG.templates().find("debrief");
        for (String h : List.of("Overall", "## Overall impressions", "**Questions I asked them**", "Overall-ish", "Overalls",
                "Notes:", "Summary 2", "Pitch deck", "Timeline", "Kubernetes", "")) {
            assertEquals(debrief.isNonTopic(h), debrief.isNonTopicNormalized(Labels.normalize(h)), h);
        }
        assertEquals(true, debrief.isNonTopic("Overall impressions"));
        assertEquals(false, debrief.isNonTopic("Overalls"));
    }

    @Test
    void aNoteScanLocatesEachTemplateOnce() {
        Note note = parse("# Bank\n\n## Story\n\n### Situation\ns\n\n### Task\nt\n");
        NoteScan scan = new NoteScan(note);
        Template star = CONFIG.templates().find("star");
        Template debrief = CONFIG.templates().find("debrief");
        Template third = new Template("third", Template.Units.STORIES,
                List.of(new Part("s", "Situation", List.of(), true, null, false)), List.of());
        PartLocator.Found s = scan.found(star);
        PartLocator.Found d = scan.found(debrief);
        PartLocator.Found x = scan.found(third); // more templates than the first arrays hold
        assertSame(s, scan.found(star));
        assertSame(d, scan.found(debrief));
        assertSame(x, scan.found(third));
        assertNotSame(s, x);
        assertEquals(2, s.hits().size());
        assertEquals(0, d.hits().size());
        assertEquals(1, x.hits().size());
        assertSame(scan.lines(), scan.lines());
    }

    @Test
    void storiesAndTopicsAreImmutableAndInOrder() {
        SectionAnalysis a = analyze("---\ntags: [real-interview]\n---\n## Networking\n\n### What I was asked\n- q\n\n"
                + "### How I responded\n- r\n\n## Mock answer\n\n**Situation**: x\n\n**Task**: y\n");
        // The topic and the story on one line: ordered by template name, debrief before star.
        assertEquals(List.of("Networking", "Mock answer", "Mock answer"), titles(a.units()));
        assertEquals(List.of(Unit.Kind.TOPIC, Unit.Kind.TOPIC, Unit.Kind.STORY), a.units().stream().map(Unit::kind).toList());
        assertEquals(List.of("Networking", "Mock answer"), titles(a.topics()), "the topic \"Mock answer\" holds the story");
        assertEquals(List.of("Mock answer"), titles(a.stories()));
        assertThrows(UnsupportedOperationException.class, () -> a.stories().clear());
        assertThrows(UnsupportedOperationException.class, () -> a.topics().clear());
        SectionAnalysis bank = analyze("---\ntags: [story-bank]\n---\n# Bank\n\n## One\n\n### Situation\nx\n");
        assertEquals(bank.units(), bank.stories());
        assertEquals(List.of(), bank.topics());
    }

    @Test
    void unmeasuredLooksAtEveryOccurrenceAndSkipsEmptyOnes() {
        String story = "# Bank\n\n## Story\n\n### Situation\ns\n\n### Result\n%s\n\n**Result**: %s\n";
        assertEquals(List.of("result"), ids(analyze(String.format(story, "shipped", "went well")).stories().get(0).unmeasured()));
        assertEquals(List.of(), ids(analyze(String.format(story, "shipped", "saved 3 hours")).stories().get(0).unmeasured()));
        assertEquals(List.of(), ids(analyze("# Bank\n\n## Story\n\n### Situation\ns\n\n### Result\n-\n").stories().get(0).unmeasured()),
                "an empty result is empty-section's business");
    }

    private static List<String> ids(List<Part> parts) {
        return parts.stream().map(Part::id).toList();
    }
}
