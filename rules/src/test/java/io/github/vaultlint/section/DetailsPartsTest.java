package io.github.vaultlint.section;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.type.NoteLabels;
import io.github.vaultlint.vault.Block;
import io.github.vaultlint.vault.Note;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parts written as collapsible HTML blocks: {@code <details><summary>Situation</summary> ... </details>}. */
class DetailsPartsTest {
    private static Note parse(String text) {
        return new NoteParser().parse("n.md", true, text);
    }

    private static SectionAnalysis analyze(String text) {
        return Sections.analyzer().analyze(parse(text), VaultlintConfig.defaults());
    }

    private static final String BANK = "---\ntags: [story-bank]\n---\n# Bank\n\n## Flaky deploys\n\n";

    @Test
    void aSummaryNamingAPartIsThatPartWithItsBodyAsContent() {
        SectionAnalysis a = analyze(BANK
                + "<details>\n<summary>Situation</summary>\n\nDeploys failed one run in five.\n\n</details>\n\n" // lines 8-13
                + "<details><summary><b>Task</b></summary>Make them reliable.</details>\n\n" // 15
                + "<details>\n<summary>**Action**</summary>\nAdded canaries\nand retries\n</details>\n\n" // 17-21
                + "<details><summary>Result:</summary>\n\nFailures fell to 0.5%.\n\n</details>\n"); // 23-27
        Unit u = a.stories().get(0);
        assertTrue(u.complete(), u.missing().toString());
        PartHit situation = u.first("situation");
        assertEquals(Labels.Form.DETAILS, situation.form());
        assertEquals("Situation", situation.label());
        assertEquals(List.of(9, 1, 29), List.of(situation.line(), situation.column(), situation.endColumn()),
                "on the summary element");
        assertEquals("Deploys failed one run in five.", situation.text());
        PartHit task = u.first("task");
        assertEquals("Task", task.label(), "the tags inside the summary are no part of its text");
        assertEquals(List.of(15, 10), List.of(task.line(), task.column()));
        assertEquals("Make them reliable.", task.text(), "a body inside the HTML block itself, up to </details>");
        PartHit action = u.first("action");
        assertEquals("Action", action.label(), "emphasis around the summary is dropped");
        assertEquals("Added canaries\nand retries", action.text(), "one paragraph, as in Markdown");
        assertEquals(List.of(19), action.content().stream().map(Block::line).toList());
        assertEquals("Failures fell to 0.5%.", u.first("result").text());
        assertTrue(u.unmeasured().isEmpty());
    }

    @Test
    void anEmptyOrPlaceholderBodyIsAnEmptyPart() {
        SectionAnalysis a = analyze(BANK + "<details><summary>Situation</summary>Deploys failed.</details>\n"
                + "<details><summary>Task</summary></details>\n<details><summary>Action</summary>\n  TBD  \n</details>\n"
                + "<details><summary>Result</summary> %% later %% </details>\n");
        Unit u = a.stories().get(0);
        assertFalse(u.first("situation").empty());
        assertTrue(u.first("task").empty());
        assertTrue(u.first("action").empty(), "a placeholder holds a place");
        assertTrue(u.first("result").empty(), "a comment is no content");
        assertTrue(u.unmeasured().isEmpty(), "an empty Result is empty-section's, not star-result-measurable's");
    }

    @Test
    void theOpeningTagOfTheNextPartsBlockIsNoContent() {
        SectionAnalysis a = analyze(BANK + "### Situation\n\n<details>\n<summary>Task</summary>\n\nt\n\n</details>\n\n"
                + "**Action:**\n</details>\n\n<details open>\n<summary>Result</summary>\n3x\n</details>\n");
        Unit u = a.stories().get(0);
        assertTrue(u.first("situation").empty(), "the <details> line under it opens the Task");
        assertTrue(u.first("action").empty(), "a stray </details> and the next block's opening show nothing");
        assertFalse(u.first("task").empty());
        assertFalse(u.first("result").empty());
    }

    @Test
    void aSummaryNamingNoPartIsNoPartAndItsBlockIsContentOfThePartItIsIn() {
        SectionAnalysis a = analyze(BANK + "<details>\n<summary>Situation</summary>\n\nThe batch overran.\n\n"
                + "<details><summary>More context</summary>It shared a database.</details>\n\n</details>\n\n"
                + "<details><summary>Click to expand</summary>Nothing here names a part.</details>\n");
        Unit u = a.stories().get(0);
        assertEquals(List.of("situation"), u.hits().stream().map(h -> h.part().id()).toList());
        assertTrue(u.first("situation").text().contains("It shared a database."), u.first("situation").text());
        assertFalse(u.first("situation").text().contains("Nothing here"), "the next block is outside the Situation");
    }

    @Test
    void codeAndCommentsAreNeverParts() {
        SectionAnalysis a = analyze(BANK + "```html\n<details><summary>Situation</summary>code</details>\n```\n\n"
                + "    <details><summary>Task</summary>indented code</details>\n\n"
                + "`<details><summary>Action</summary>inline code</details>`\n\n"
                + "<div><!-- <details><summary>Situation</summary>x</details> --> %% <details><summary>Task</summary>y"
                + "</details> %%</div>\n\n"
                + "<details><summary>Result</summary>Cut failures by 90%.</details>\n");
        Unit u = a.stories().get(0);
        assertEquals(List.of("result"), u.hits().stream().map(h -> h.part().id()).toList());
    }

    @Test
    void anUnclosedBlockEndsWithItsSectionOrTheNextPart() {
        SectionAnalysis a = analyze(BANK + "<details>\n<summary>Situation</summary>\n\nNobody knew the callers.\n\n"
                + "<details><summary>Action</summary>Built an inventory.\n\nFrom the dependency graph.\n\n"
                + "## Next story\n\nNot the Action's.\n");
        Unit u = a.stories().get(0);
        assertEquals("Nobody knew the callers.", u.first("situation").text(), "up to the next part");
        assertEquals("Built an inventory.\nFrom the dependency graph.", u.first("action").text(), "up to the next heading");
        SectionAnalysis listed = analyze(BANK + "- <details><summary>Situation</summary>\n\n  Inside the item.\n- Next item\n\n"
                + "Outside the list.\n");
        assertEquals("Inside the item.", listed.stories().get(0).first("situation").text(),
                "left open in a list item, it ends with the item");
    }

    @Test
    void aLabelInsideABlockEndsWhereTheBlockCloses() {
        SectionAnalysis a = analyze(BANK + "<details><summary>Flaky deploys</summary>\n\n**Situation:** deploys failed.\n"
                + "**Task:** fix them.\n**Action:** canaries\nand retries.</details>\n\n"
                + "**Result:** failures fell by 80%.\n\nA remark after the story.\n");
        Unit u = a.stories().get(0);
        assertEquals("canaries\nand retries.", u.first("action").text(), "cut at the </details> closing its line");
        assertEquals("failures fell by 80%.\nA remark after the story.", u.first("result").text());
    }

    @Test
    void aBlockAroundEachStoryTitlesIt() {
        String story = "<details><summary>Situation</summary>s</details>\n<details><summary>Task</summary>t</details>\n"
                + "<details><summary>Action</summary>a</details>\n";
        SectionAnalysis a = analyze(BANK.replace("## Flaky deploys", "## Stories") + "<details>\n<summary>Login outage</summary>\n\n"
                + story + "<details><summary>Result</summary>r in 3 days</details>\n\n</details>\n\n"
                + "<details>\n<summary>Queue backlog</summary>\n\n" + story + "\n</details>\n");
        assertEquals(List.of("Login outage", "Queue backlog"), a.stories().stream().map(Unit::title).toList());
        Unit second = a.stories().get(1);
        assertEquals(List.of(19, 1), List.of(second.line(), second.column()), "reported on its summary");
        assertEquals(List.of("Result"), second.missing().stream().map(Part::name).toList());
    }

    @Test
    void summariesWithMarkupEntitiesAndQuotes() {
        SectionAnalysis a = analyze("---\ntags: [real-interview]\n---\n## Kafka\n\n> [!note]- Ordering\n> <details>\n"
                + "> <summary>\n>   What I was asked\n> </summary>\n>\n> Ordering across partitions.\n>\n> </details>\n\n"
                + "<details><summary><i>How I responded</i>:</summary>Keys per partition.</details>\n\n"
                + "<details><summary>What was weak &amp; how to improve</summary>\n\n- No numbers\n- [ ] Learn the quotas\n\n"
                + "</details>\n");
        Unit t = a.topics().get(0);
        assertTrue(t.complete(), t.missing().toString());
        PartHit asked = t.first("asked");
        assertEquals(List.of(8, 3), List.of(asked.line(), asked.column()), "a summary over several lines of a quote");
        assertEquals("What I was asked", asked.label());
        assertEquals("Ordering across partitions.", asked.text());
        assertEquals("Keys per partition.", t.first("responded").text());
        assertEquals("What was weak & how to improve", t.first("weak").label(), "entities decoded");
        assertEquals(t.first("weak").line(), t.first("improve").line(), "a combined summary names both parts");
    }

    @Test
    void anHtmlBodyIsReadAsTheBlocksAReaderSees() {
        SectionAnalysis a = analyze("---\ntags: [real-interview]\n---\n## Kafka\n\n"
                + "<details><summary>What was weak</summary><ul><li>Forgot <b>quotas</b></li><li>No lag numbers</li></ul></details>\n"
                + "<details><summary>How I should improve</summary>\n- Read the docs\n    - twice\n- Practise<br>aloud\n</details>\n");
        Unit t = a.topics().get(0);
        List<Block> weak = t.first("weak").content();
        assertEquals(List.of("Forgot quotas", "No lag numbers"), weak.stream().map(Block::text).toList());
        assertTrue(weak.stream().allMatch(b -> b.kind() == Block.Kind.LIST_ITEM && b.line() == 6));
        List<Block> improve = t.first("improve").content();
        assertEquals(List.of("Read the docs", "twice", "Practise aloud"), improve.stream().map(Block::text).toList());
        assertEquals(List.of(1, 2, 1), improve.stream().map(Block::depth).toList(), "the indented bullet is nested");
        assertEquals(List.of(8, 9, 10), improve.stream().map(Block::line).toList());
    }

    @Test
    void aSummaryIsALabelForNoteTypes() {
        Note n = parse("# Onsite\n\n<details><summary>What I was asked</summary>x</details>\n\n"
                + "<details><summary>**What was weak:**</summary>y</details>\n");
        List<String> labels = NoteLabels.of(n);
        assertTrue(labels.contains("what i was asked"), labels.toString());
        assertTrue(labels.contains("what was weak"), labels.toString());
        assertFalse(NoteLabels.of(parse("```\n<details><summary>What was weak</summary>\n```\n")).contains("what was weak"));
    }

    @Test
    void aLongLineOfBlocksIsReadInLinearTime() {
        // 20,000 blocks on one line of 1.3 MB, and 5,000 nested ones closed on one line: a search per
        // part to the end of the line (or from the block's start) would take minutes.
        StringBuilder line = new StringBuilder(BANK);
        String[] parts = {"Situation", "Task", "Action", "Result"};
        for (int i = 0; i < 20_000; i++) {
            line.append("<details><summary>").append(parts[i % 4]).append("</summary>a < b &amp; <i>c</i> 5%</details>");
        }
        StringBuilder nested = new StringBuilder(BANK);
        for (int i = 0; i < 5_000; i++) {
            nested.append("<details><summary>").append(parts[i % 4]).append("</summary>\n");
        }
        nested.append("text\n\n").append("</details>".repeat(5_000)).append('\n');
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            SectionAnalysis a = analyze(line.toString());
            List<PartHit> hits = a.stories().get(0).hits(); // one line: one story, its parts written again and again
            assertEquals(20_000, hits.size());
            assertEquals("a < b & c 5%", hits.get(19_999).text());
            SectionAnalysis b = analyze(nested.toString());
            assertEquals(5_000, b.stories().stream().mapToInt(u -> u.hits().size()).sum());
        });
    }

    @Test
    void noHtmlBlockNoDetails() {
        Note n = parse("# Plain\n\n**Situation:** x\n");
        assertNull(DetailsBlocks.scan(n.blocks()).around(0));
        assertTrue(DetailsBlocks.scan(n.blocks()).all().isEmpty());
    }
}
