package io.github.vaultlint.type;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.config.ConfigLoader;
import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.parse.NoteParser;
import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.vault.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoteTypesTest {
    private static final NoteParser PARSER = new NoteParser();

    @TempDir
    Path vault;

    private NoteTypes load(String config) throws ConfigException {
        VaultlintConfig c = new ConfigLoader(RuleRegistry.builtin()).parse(vault.resolve(".vaultlint.yml"), config);
        return NoteTypes.load(c, vault);
    }

    private static Note note(String path, String text) {
        return PARSER.parse(path, true, text);
    }

    private void write(String path, String text) throws IOException {
        Path p = vault.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** Types are cached per note path (unique within a run), so each call here uses its own path. */
    private static String typeOf(NoteTypes types, String path, String text) {
        return types.typeOf(note(path, text)).name();
    }

    @Test
    void builtInTypesRecogniseTheShapesOfRealNotes() throws ConfigException {
        NoteTypes t = load("");
        assertEquals(List.of("debrief", "mock-interview", "story-bank", "note"), t.names());
        assertEquals("debrief", typeOf(t, "n1.md", "---\ntags:\n  - \"#Real-Interview\"\n---\ntext\n"), "'#' and case ignored");
        assertEquals("debrief", typeOf(t, "n2.md", "---\ntags: [real-interview/2025]\n---\ntext\n"), "nested tags count");
        assertEquals("debrief", typeOf(t, "n3.md", "## Topic\n\n### What I was asked\n\n- x\n\n### How I responded\n\n- y\n\n### What was weak\n\n- z\n"));
        assertEquals("debrief", typeOf(t, "n4.md", "## Topic\n\n**What was asked:**\n\n- x\n\n**My response:**\n\n- y\n\n**What could be improved:**\n\n- z\n"));
        assertEquals("story-bank", typeOf(t, "n5.md", "## Story\n\n#### Situation\n\nx\n\n#### Task\n\ny\n\n#### Actions\n\nz\n\n#### Result\n\nw\n"));
        assertEquals("mock-interview", typeOf(t, "n6.md", "# Day 4: Mock Interview Questions\n\n> **Situation**: x\n>\n> **Task**: y\n>\n> **Action**: z\n>\n> **Result**: w\n"),
                "mock-interview comes before story-bank, so inline STAR answers stay mock answers");
        assertEquals("note", typeOf(t, "n7.md", "Just text.\n"));
        assertEquals("note", typeOf(t, "n8.md", "## Questions to ask them\n\n- Why?\n"), "one label is not a shape");
    }

    @Test
    void anUntaggedDebriefWrittenWithAskedMyAnswerAndWeaknessesIsADebrief() throws ConfigException {
        NoteTypes t = load("");
        assertEquals("debrief", typeOf(t, "g1.md", "## Kubernetes autoscaling\n\n**Asked:** How does HPA work?\n\n"
                + "**My answer:** something about CPU\n\n**Weaknesses:**\n- Confused VPA and HPA\n"));
        assertEquals("debrief", typeOf(t, "g2.md", "## Databases\n\n### What I was asked\n- MVCC\n\n### My answers\n- vague\n\n"
                + "### Mistakes\n- isolation levels\n"));
        assertEquals("note", typeOf(t, "g3.md", "## Practice\n\n### Questions they asked\n- MVCC\n\n"
                + "> [!tip] Suggested Improved Answer\n> Explain snapshots.\n"),
                "\"answer\" alone (a suggested answer) is not how I responded");
    }

    /**
     * match.parts reads a table's part columns as the section rules do outside a story bank: only a
     * header naming the parts that open a unit (Situation and Task; a debrief's question) among three.
     * A playbook's or study plan's table beside a plain "Task:" or "Situation:" label made a story bank.
     */
    @Test
    void partColumnsCountForTheTypeOnlyWhenTheyOpenAUnit() throws ConfigException {
        NoteTypes t = load("");
        assertEquals("note", typeOf(t, "p1.md", "# On-call\n\nTask: review after every incident.\n\n"
                + "| Situation | Action | Outcome |\n|---|---|---|\n| Error rate up | roll back | back to baseline |\n"),
                "a playbook's table has no Task column: the plain Task: label does not complete a story");
        assertEquals("note", typeOf(t, "p2.md", "# December\n\nSituation: two onsites next week.\n\n"
                + "| Day | Task | Action | Result |\n|---|---|---|---|\n| Mon | VPC chapter | notes | done |\n"),
                "a study plan's table has no Situation column");
        assertEquals("story-bank", typeOf(t, "p3.md", "# Stories\n\n| Story | Situation | Task | Action | Result |\n"
                + "|---|---|---|---|---|\n| Flaky deploys | 1 in 5 failed | fix it | canaries | 1 in 200 |\n"));
        assertEquals("story-bank", typeOf(t, "p4.md", "# Stories\n\nResult: shipped in 3 weeks.\n\n"
                + "| Situation | Task | Action |\n|---|---|---|\n| a | b | c |\n"), "Situation and Task open a story");
        assertEquals("debrief", typeOf(t, "p5.md", "# Hooli screen\n\n| Question | How I responded | What was weak | How I should improve |\n"
                + "|---|---|---|---|\n| What is a PDB? | a quota | mixed them up | try a drain in kind |\n"),
                "a debrief written a row per question");
        assertEquals("debrief", typeOf(t, "p6.md", "# Hooli screen\n\n| Question | My answer | Gaps | Next steps |\n"
                + "|---|---|---|---|\n| What is a PDB? | a quota | mixed them up | try a drain |\n"), "the shorter wordings");
        assertEquals("note", typeOf(t, "p7.md", "# Hooli screen\n\n**Asked:** PDBs\n\n| Area | My answer | Weaknesses | Next steps |\n"
                + "|---|---|---|---|\n| PDB | a quota | mixed up | drain |\n"), "no question column: no table of topics");
    }

    @Test
    void typePropertyWinsAndIsCaseInsensitive() throws ConfigException {
        NoteTypes t = load("");
        assertEquals("story-bank", typeOf(t, "n9.md", "---\ntype: Story-Bank\ntags: [real-interview]\n---\n"));
        assertEquals("debrief", typeOf(t, "n10.md", "---\ntype: unknown-thing\ntags: [real-interview]\n---\n"),
                "an unknown type: falls back to matching (frontmatter-schema reports the name)");
        assertEquals("note", typeOf(t, "n11.md", "---\ntype: [debrief]\n---\n"), "only a text value names a type");
    }

    @Test
    void userTypesComeFirstAndGlobsMatchPaths() throws ConfigException {
        NoteTypes t = load("""
                noteTypes:
                  onsite:
                    match: { paths: ["Interviews/*/onsite-*.md"], tags: [onsite] }
                  note-book:
                    match: { paths: ["Books/"] }
                """);
        assertEquals(List.of("onsite", "note-book", "debrief", "mock-interview", "story-bank", "note"), t.names());
        assertEquals("onsite", typeOf(t, "Interviews/acme/onsite-1.md", "---\ntags: [real-interview]\n---\n"),
                "the first matching type wins, and user types come first");
        assertEquals("debrief", typeOf(t, "Interviews/acme/phone.md", "---\ntags: [real-interview]\n---\n"));
        assertEquals("note", typeOf(t, "Interviews/acme/deeper/onsite-2.md", "text\n"), "'*' stays inside one folder");
        assertEquals("note-book", typeOf(t, "Books/sub/x.md", "text\n"), "a folder glob covers everything below");
        assertEquals("onsite", typeOf(t, "x.md", "---\ntags: ONSITE\n---\n"));
    }

    @Test
    void labelsMatchWholeWordsAndAnEmptyAlternativeMatchesNothing() throws ConfigException {
        NoteTypes t = load("extends: none\nnoteTypes:\n  odd:\n    match: { labels: [\"|\"] }\n  star:\n    match: { labels: [\"situation\", \"result|results\"] }\n");
        assertEquals("note", typeOf(t, "l1.md", "## Anything\n\ntext\n"));
        assertEquals("star", typeOf(t, "l2.md", "## The *Situation*:\n\nx\n\n**Results:** y\n"));
        assertEquals("note", typeOf(t, "l3.md", "## Situations\n\nx\n\n## Result\n\ny\n"), "whole words only");
    }

    @Test
    void overrideReplacesOnlyTheKeysGiven() throws ConfigException, IOException {
        write("schemas/d.schema.yaml", "type: object\nrequired: [company]\n");
        NoteTypes t = load("noteTypes:\n  debrief:\n    schema: schemas/d.schema.yaml\n");
        NoteType d = t.find("debrief");
        assertEquals("schemas/d.schema.yaml", d.schema());
        assertEquals(List.of("real-interview", "interview-debrief", "debrief"), d.match().tags(), "match inherited");
        assertEquals("debrief", d.sections(), "sections template inherited");
        assertEquals(List.of("company"), t.schema(d).requiredProperties());
        assertEquals(List.of("debrief", "mock-interview", "story-bank", "note"), t.names(), "no duplicate debrief");
    }

    @Test
    void extendsInheritsFromAnotherTypeOrFromNothing() throws ConfigException {
        NoteTypes t = load("""
                noteTypes:
                  prep:
                    extends: mock-interview
                    match: { tags: [prep] }
                  debrief:
                    extends: none
                    match: { tags: [debrief] }
                  story-bank:
                    schema:
                """);
        NoteType prep = t.find("prep");
        assertEquals(List.of("prep"), prep.match().tags());
        assertTrue(prep.match().labels().isEmpty(), "a match given replaces the inherited match as a whole");
        assertEquals("built-in schemas/mock-interview.schema.yaml", prep.schema());
        NoteType debrief = t.find("debrief");
        assertNull(debrief.schema(), "extends: none starts from nothing");
        assertNull(debrief.sections());
        assertTrue(debrief.match().labels().isEmpty());
        assertNull(t.schema(t.find("story-bank")), "an empty schema switches the built-in schema off");
    }

    @Test
    void badExtendsIsAConfigError() {
        String unknown = assertThrows(ConfigException.class, () -> load("noteTypes:\n  prep:\n    extends: mock-interviw\n")).getMessage();
        // On the misspelt value, where the fix goes, not on the type's name.
        assertTrue(unknown.contains(".vaultlint.yml:3:14: note type \"prep\" extends unknown type \"mock-interviw\" (did you mean \"mock-interview\"?)"), unknown);
        String cycle = assertThrows(ConfigException.class,
                () -> load("noteTypes:\n  a:\n    extends: b\n  b:\n    extends: a\n")).getMessage();
        assertTrue(cycle.contains(".vaultlint.yml:3:14: note type \"a\" extends itself (a -> b -> a)"), cycle);
    }

    @Test
    void extendsNoneLeavesOnlyTheUsersTypesAndAPlainFallback() throws ConfigException {
        NoteTypes t = load("extends: none\nnoteTypes:\n  meeting:\n    match: { paths: [Meetings/] }\n");
        assertEquals(List.of("meeting", "note"), t.names());
        assertEquals("note", typeOf(t, "n12.md", "---\ntags: [real-interview]\n---\n"));
        assertNull(t.schema(t.fallback()));
    }

    @Test
    void typeIsComputedOncePerNoteAndSchemasLoadOnce() throws ConfigException, IOException {
        write("schemas/shared.schema.yaml", "type: object\n");
        NoteTypes t = load("noteTypes:\n  a:\n    schema: schemas/shared.schema.yaml\n  b:\n    schema: schemas/shared.schema.yaml\n");
        assertSame(t.schema(t.find("a")), t.schema(t.find("b")), "one compiled schema per file");
        Note n = note("x.md", "---\ntags: [real-interview]\n---\n");
        assertSame(t.typeOf(n), t.typeOf(n));
        assertNotNull(t.schema(t.find("debrief")));
    }

    @Test
    void unknownSectionsTemplateIsAConfigErrorWithDidYouMean() {
        String m = assertThrows(ConfigException.class, () -> load("noteTypes:\n  foo:\n    match: { tags: [x] }\n    sections: stra\n"))
                .getMessage();
        assertTrue(m.contains(".vaultlint.yml:4:15: note type \"foo\" names unknown section template \"stra\""), m);
        assertTrue(m.contains("(did you mean \"star\"?)") && m.contains("known templates are star, debrief"), m);
        String n = assertThrows(ConfigException.class, () -> load("noteTypes:\n  foo:\n    sections: 5\n")).getMessage();
        assertTrue(n.contains(":3:15: note type \"foo\" names unknown section template \"5\""), n);
        String inherited = assertThrows(ConfigException.class, () -> load("noteTypes:\n  foo:\n    sections: debreif\n  bar:\n    extends: foo\n"))
                .getMessage();
        assertTrue(inherited.contains("(did you mean \"debrief\"?)"), inherited);
    }

    @Test
    void sectionsMayNameATemplateOfTheUsersOwnOrNone() throws ConfigException {
        load("templates:\n  retro:\n    parts: [Wins, Problems]\nnoteTypes:\n  foo:\n    sections: retro\n  bar:\n    sections:\n");
    }

    @Test
    void debriefsAreRecognisedByTheTemplatesOwnSynonyms() throws ConfigException {
        NoteTypes t = load("");
        assertEquals("debrief", typeOf(t, "s1.md", "## Kubernetes\n\n### Questions asked\n- q\n\n### What I said\n- r\n\n### What went wrong\n- w\n"));
        assertEquals("debrief", typeOf(t, "s2.md", "## Kafka\n\n**What they asked:** q\n\n**My answer:** r\n\n**Improvement plan:** s\n"));
        assertEquals("debrief", typeOf(t, "s3.md", "## Redis\n\n*What was asked*: q\n\n*How I responded:* r\n\n_Weak points_: w\n"));
        assertEquals("debrief", typeOf(t, "s4.md", "## Redis\n\n### Asked\n- q\n### Responded\n- r\n### Weak\n- w\n"),
                "the issue's Asked / Responded / Weak sections");
        assertEquals("debrief", typeOf(t, "s5.md", "## Queues\n\n> [!question] What was asked\n> q\n\n**My response:** r\n\n> [!tip] Study plan\n> s\n"));
        // The combination is required: one or two of the parts are an ordinary note.
        assertEquals("note", typeOf(t, "o1.md", "## Questions asked\n\n- How long is the trial?\n\n## My answer\n\n- 30 days\n"));
        assertEquals("note", typeOf(t, "o2.md", "# Sprint review\n\n## Action items\n- ship\n\n## What went wrong\n- flaky CI\n"));
        assertEquals("note", typeOf(t, "o3.md", "Questions asked by customers: how long is the trial, my answer: 30 days, study plan: none.\n"),
                "words in prose are not labels");
    }

    @Test
    void storyBanksAreRecognisedInEveryPartForm() throws ConfigException {
        NoteTypes t = load("");
        assertEquals("story-bank", typeOf(t, "b1.md", "## Outage\n\nS: the site went down\nT: I was on call\nA: rolled back\nR: up in 5 minutes\n"),
                "short labels, no tags");
        assertEquals("story-bank", typeOf(t, "b2.md", "## Outage\n\n**Context**: down\n\n**Goal**: restore\n\n**What I did**: rolled back\n\n**Impact**: 5 min\n"));
        assertEquals("story-bank", typeOf(t, "b3.md", "## Outage\n\n### Situation & Task\nx\n### Actions\ny\n### Outcome\nz\n"));
        assertEquals("note", typeOf(t, "b4.md", "## Outage\n\nS: the site went down\nA: rolled back\n"), "not all four parts");
    }

    @Test
    void matchPartsIsCheckedAgainstTheTypesTemplate() throws ConfigException {
        NoteTypes t = load("noteTypes:\n  retro:\n    match: { parts: [wins, \"problems|actions\"] }\n    sections: retro\n"
                + "templates:\n  retro:\n    units: topics\n    parts: [Wins, Problems, Actions]\n");
        assertEquals("retro", typeOf(t, "r1.md", "## Sprint 4\n\n### Wins\n- a\n\n### Problems\n- b\n"));
        assertEquals("note", typeOf(t, "r2.md", "## Sprint 4\n\n### Wins\n- a\n"));
        String m = assertThrows(ConfigException.class, () -> load("noteTypes:\n  foo:\n    match: { parts: [asked, waek] }\n    sections: debrief\n"))
                .getMessage();
        assertTrue(m.contains("match.parts of note type \"foo\" names \"waek\", which is no part of section template \"debrief\" (did you mean \"weak\"?)"), m);
        assertTrue(m.contains(":3:29: match.parts"), "on the entry itself, not on the type's name (3:29, was 2:3): " + m);
        String block = assertThrows(ConfigException.class,
                () -> load("noteTypes:\n  foo:\n    sections: debrief\n    match:\n      parts:\n        - asked\n        - \"weak|improv\"\n"))
                .getMessage();
        assertTrue(block.contains(":7:11: match.parts of note type \"foo\" names \"improv\""), block);
        String n = assertThrows(ConfigException.class, () -> load("noteTypes:\n  foo:\n    match: { parts: [asked] }\n")).getMessage();
        assertTrue(n.contains("no section template to take the parts from"), n);
    }

    @Test
    void overridingSectionsDropsInheritedPartsTheNewTemplateLacks() throws ConfigException {
        String parts = "## Kafka\n\n**What they asked:** q\n\n**My answer:** r\n\n**Improvement plan:** s\n";
        String tagged = "---\ntags: [real-interview]\n---\n";
        // No template: the built-in debrief's parts are gone, its tags still match.
        NoteTypes none = load("noteTypes:\n  debrief:\n    sections:\n");
        assertEquals("debrief", typeOf(none, "n1.md", tagged));
        assertEquals("note", typeOf(none, "n2.md", parts));
        // A template of the user's own that has none of the parts.
        String mine = "templates:\n  mine:\n    parts: [Question, Answer]\n";
        NoteTypes m = load(mine + "noteTypes:\n  debrief:\n    sections: mine\n");
        assertEquals("debrief", typeOf(m, "m1.md", tagged));
        assertEquals("note", typeOf(m, "m2.md", parts));
        // extends: the child drops them, the built-in debrief keeps its own.
        NoteTypes e = load(mine + "noteTypes:\n  onsite:\n    extends: debrief\n    sections: mine\n");
        assertEquals("onsite", typeOf(e, "e1.md", tagged));
        assertEquals("debrief", typeOf(e, "e2.md", parts));
        // A template that has a part of every inherited entry keeps them.
        NoteTypes same = load("templates:\n  mine:\n    parts: [Asked, Responded, Weak]\nnoteTypes:\n  debrief:\n    sections: mine\n");
        assertEquals("debrief", typeOf(same, "s1.md", "## Kafka\n\n### Asked\n- q\n\n### Responded\n- r\n\n### Weak\n- w\n"),
                "weak|improve keeps weak, the alternative the template has");
        // Parts written in the entry itself are still checked.
        String own = assertThrows(ConfigException.class,
                () -> load(mine + "noteTypes:\n  debrief:\n    sections: mine\n    match: { parts: [asked] }\n")).getMessage();
        assertTrue(own.contains("names \"asked\", which is no part of section template \"mine\""), own);
    }
}
