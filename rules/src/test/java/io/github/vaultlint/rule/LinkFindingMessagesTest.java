package io.github.vaultlint.rule;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Link findings as a user reads them: one line each, saying which vault path was looked for. */
class LinkFindingMessagesTest {

    private static List<Finding> lint(Path vault) throws Exception {
        return new Linter().run(LintOptions.of(vault)).findings();
    }

    private static void write(Path vault, String path, String text) throws Exception {
        Files.createDirectories(vault.resolve(path).getParent());
        Files.writeString(vault.resolve(path), text);
    }

    @Test
    void anotherNumberIsNoBasisForDidYouMean(@TempDir Path vault) throws Exception {
        // Real vaults (pasted screenshots, timestamped attachments, numbered notes): a missing
        // "Pasted image 20221006142436.png" is not a typo of another screenshot.
        write(vault, "Attachments/Pasted image 20221007193220.png", "");
        write(vault, "raw/images/wiki/Berge.md/file-20260419145718297.png", "");
        write(vault, "Round 2.md", "# Round 2\n\n## Phase 1\n");
        write(vault, "2024-03-01 Acme.md", "# Acme\n\nfirst call ^260407\n");
        write(vault, "README.md", "![shot](Attachments/Pasted%20image%2020221006142436.png)\n"
                + "![[file-20260419185818296.png]]\n[[Round 3]]\n[[Round 2#Phase 2]]\n[[Round 2#Phase 1]]\n"
                + "[[2024-03-01 Acme#^260408]]\n"
                // same numbers (leading zeros aside) stay suggestions
                + "[[2024-3-1 Acme]]\n[[Rund 2]]\n");
        List<String> ms = lint(vault).stream()
                .filter(f -> f.ruleId().equals("broken-link") || f.ruleId().equals("broken-anchor"))
                .map(Finding::message).toList();
        assertEquals(List.of(
                "image ![shot](Attachments/Pasted%20image%2020221006142436.png) points to \"Attachments/Pasted image "
                        + "20221006142436.png\", which does not exist in the vault (looked for \"Attachments/Pasted image "
                        + "20221006142436.png\" from the vault root, then for a path ending in \"/Attachments/Pasted image "
                        + "20221006142436.png\"); add the file to the vault or fix the link",
                "embed ![[file-20260419185818296.png]] points to \"file-20260419185818296.png\", which does not exist in "
                        + "the vault; add the file to the vault or fix the link",
                "wikilink [[Round 3]] points to \"Round 3\", which does not exist in the vault; create the note or fix the link",
                "wikilink [[Round 2#Phase 2]] points to heading \"Phase 2\", which is not in Round 2.md; its headings are "
                        + "\"Round 2\", \"Phase 1\"",
                "wikilink [[2024-03-01 Acme#^260408]] points to block ^260408, which is not defined in 2024-03-01 Acme.md; "
                        + "its block ids are ^260407",
                "wikilink [[2024-3-1 Acme]] points to \"2024-3-1 Acme\", which does not exist in the vault; did you mean "
                        + "[[2024-03-01 Acme]]?",
                "wikilink [[Rund 2]] points to \"Rund 2\", which does not exist in the vault; did you mean [[Round 2]]?"),
                ms);
    }

    @Test
    void aReferenceDefinitionOverTwoLinesGivesAOneLineMessage(@TempDir Path vault) throws Exception {
        write(vault, "Refs.md", "See [c].\n\n[c]:\n  Missing%20Ref.md\n");
        List<Finding> fs = lint(vault);
        assertEquals(1, fs.size(), fs.toString());
        for (Finding f : fs) {
            assertFalse(f.message().contains("\n") || f.message().contains("\r") || f.message().contains("\t"), f.message());
        }
        assertEquals("Markdown link [c]: Missing%20Ref.md points to \"Missing Ref.md\", which does not exist in the vault; "
                + "create the note or fix the link", fs.get(0).message());
    }

    @Test
    void aLinkToTheNotesOwnFolderSaysItIsAFolder(@TempDir Path vault) throws Exception {
        write(vault, "Root.md", "[t](./) [u](.)\n");
        write(vault, "sub/Deep.md", "[v](./) [w](../)\n");
        List<Finding> fs = lint(vault);
        assertEquals(List.of(
                "Markdown link [t](./) points to \"./\", which is the vault's root folder, not a file; Obsidian links only "
                        + "to files. Link to a note in it instead",
                "Markdown link [u](.) points to \".\", which is the vault's root folder, not a file; Obsidian links only "
                        + "to files. Link to a note in it instead",
                "Markdown link [v](./) points to \"./\", which is the folder \"sub\", not a file; Obsidian links only to "
                        + "files. Link to a note inside it, or create \"sub.md\"",
                "Markdown link [w](../) points to \"../\", which is the vault's root folder, not a file; Obsidian links only "
                        + "to files. Link to a note in it instead"),
                fs.stream().map(Finding::message).toList());
    }

    @Test
    void aRelativePathNamesTheVaultPathItLookedFor(@TempDir Path vault) throws Exception {
        write(vault, "sub/src.md", "[x](../wrong/Inside.md) [y](wrong/Inside.md) [[./Gone]]\n");
        write(vault, "other/Inside.md", "# Inside\n");
        write(vault, "Root.md", "[[./Gone]]\n");
        List<Finding> fs = lint(vault);
        assertEquals(List.of(
                "Markdown link [x](../wrong/Inside.md) points to \"../wrong/Inside.md\", which does not exist in the vault "
                        + "(looked for the vault path \"wrong/Inside.md\", which is \"../wrong/Inside.md\" from this note's "
                        + "folder \"sub\", then for a path ending in \"/wrong/Inside.md\"); a file with that name exists at "
                        + "other/Inside.md: did you mean (../other/Inside.md), the file other/Inside.md?",
                "Markdown link [y](wrong/Inside.md) points to \"wrong/Inside.md\", which does not exist in the vault "
                        + "(looked for the vault path \"sub/wrong/Inside.md\", which is \"wrong/Inside.md\" from this note's "
                        + "folder \"sub\", then for \"wrong/Inside.md\" from the vault root, then for a path ending in "
                        + "\"/wrong/Inside.md\"); a file with that name exists at other/Inside.md: did you mean "
                        + "(../other/Inside.md), the file other/Inside.md?",
                "wikilink [[./Gone]] points to \"./Gone\", which does not exist in the vault (looked for the vault path "
                        + "\"Gone.md\", which is \"./Gone\" from the vault root, this note's folder, then for a path ending in "
                        + "\"/Gone.md\"); create the note or fix the link",
                "wikilink [[./Gone]] points to \"./Gone\", which does not exist in the vault (looked for the vault path "
                        + "\"sub/Gone.md\", which is \"./Gone\" from this note's folder \"sub\", then for a path ending in "
                        + "\"/sub/Gone.md\"); create the note or fix the link"),
                fs.stream().filter(f -> f.ruleId().equals("broken-link")).map(Finding::message).sorted().toList());
    }

    @Test
    void anAnchorCopyingAHeadingWithAHashSaysHowTheLinkWritesIt(@TempDir Path vault) throws Exception {
        write(vault, "Prep.md", "# Prep\n\n## C# and .NET\n\n## Retro #weekly\n\n## Retro notes\n");
        write(vault, "Links.md", "- [[Prep#C# and .NET]]\n- [[Prep#Retro #weekly|r]]\n- [x](Prep.md#C%23%20and%20.NET)\n"
                + "- [[Prep#C and .NET]] [[Prep#Retro weekly]] [y](Prep.md#C%20and%20.NET)\n");
        List<Finding> fs = lint(vault);
        assertEquals(List.of(
                "wikilink [[Prep#C# and .NET]] points to heading \"#C# and .NET\", but \"C\" is not a heading in Prep.md; "
                        + "the heading \"C# and .NET\" has a '#' of its own, which a link cannot hold (it starts a "
                        + "subheading): write [[Prep#C and .NET]]",
                "wikilink [[Prep#Retro #weekly|r]] points to heading \"#Retro #weekly\", but \"Retro \" is not a heading "
                        + "in Prep.md; the heading \"Retro #weekly\" has a '#' of its own, which a link cannot hold (it "
                        + "starts a subheading): write [[Prep#Retro weekly|r]]",
                "Markdown link [x](Prep.md#C%23%20and%20.NET) points to heading \"#C# and .NET\", but \"C\" is not a "
                        + "heading in Prep.md; the heading \"C# and .NET\" has a '#' of its own, which a link cannot hold "
                        + "(it starts a subheading): write (Prep.md#C%20and%20.NET)"),
                fs.stream().filter(f -> f.ruleId().equals("broken-anchor")).map(Finding::message).toList());
    }

    @Test
    void aSuggestedMarkdownPathEscapesHashAndPercent(@TempDir Path vault) throws Exception {
        write(vault, "Topics/C# Basics.md", "# C#\n");
        write(vault, "Topics/100% Done.md", "# Done\n");
        write(vault, "Links.md", "[c](Topics/C%23%20Basic.md) [d](Topics/100%25%20Don.md) "
                + "[ok](Topics/C%23%20Basics.md) [ok2](<Topics/100% Done.md>)\n");
        List<Finding> fs = lint(vault);
        assertEquals(List.of(
                "Markdown link [c](Topics/C%23%20Basic.md) points to \"Topics/C# Basic.md\", which does not exist in the "
                        + "vault (looked for \"Topics/C# Basic.md\" from the vault root, then for a path ending in "
                        + "\"/Topics/C# Basic.md\"); did you mean (Topics/C%23%20Basics.md), the file Topics/C# Basics.md?",
                "Markdown link [d](Topics/100%25%20Don.md) points to \"Topics/100% Don.md\", which does not exist in the "
                        + "vault (looked for \"Topics/100% Don.md\" from the vault root, then for a path ending in "
                        + "\"/Topics/100% Don.md\"); did you mean (Topics/100%25%20Done.md), the file Topics/100% Done.md?"),
                fs.stream().map(Finding::message).toList());
    }

    @Test
    void anAliasHintNeverSuggestsAnAnchorTheNoteLacks(@TempDir Path vault) throws Exception {
        write(vault, "Site Reliability Engineering.md", "---\naliases: [SRE Book]\n---\n# SRE\n\n## Error budgets\n");
        write(vault, "Links.md", "[[SRE Book#Error budgets]] [[sre book#Intro|sre]] [[SRE Book#^quote]]\n");
        List<Finding> fs = lint(vault);
        String alias = "\" is an alias of Site Reliability Engineering.md, but Obsidian does not resolve aliases in links. ";
        assertEquals(List.of(
                "wikilink [[SRE Book#Error budgets]] points to \"SRE Book\", which does not exist in the vault; \"SRE Book"
                        + alias + "Write [[Site Reliability Engineering#Error budgets|SRE Book]]",
                "wikilink [[sre book#Intro|sre]] points to \"sre book\", which does not exist in the vault; \"sre book"
                        + alias + "Write [[Site Reliability Engineering|sre]]; it has no heading \"Intro\" either, so that "
                        + "link leaves it out",
                "wikilink [[SRE Book#^quote]] points to \"SRE Book\", which does not exist in the vault; \"SRE Book"
                        + alias + "Write [[Site Reliability Engineering|SRE Book]]; it has no block ^quote either, so that "
                        + "link leaves it out"),
                fs.stream().map(Finding::message).toList());
    }

    @Test
    void aLinkToAFolderThatIsAlsoANotesAliasNamesTheNote(@TempDir Path vault) throws Exception {
        // A folder of notes whose overview note carries the folder's name as its alias: the link means the note.
        write(vault, "Mock Interviews/Mock interview overview.md", "---\naliases: [Mock Interviews]\n---\n# Mocks\n");
        write(vault, "Mock Interviews/Round one.md", "# One\n");
        write(vault, "Links.md", "See [[Mock Interviews|mocks]] and [[mock interviews]].\n");
        List<Finding> fs = lint(vault);
        String start = " points to \"%s\", which is the folder \"Mock Interviews\", not a file; Obsidian links only to "
                + "files. \"%s\" is an alias of Mock Interviews/Mock interview overview.md, but Obsidian does not resolve "
                + "aliases in links. Write ";
        assertEquals(List.of(
                "wikilink [[Mock Interviews|mocks]]" + start.formatted("Mock Interviews", "Mock Interviews")
                        + "[[Mock interview overview|mocks]]",
                "wikilink [[mock interviews]]" + start.formatted("mock interviews", "mock interviews")
                        + "[[Mock interview overview|Mock Interviews]]"),
                fs.stream().map(Finding::message).toList());
    }

    @Test
    void aNearNameIsNeverSuggestedWithAHeadingItLacks(@TempDir Path vault) throws Exception {
        write(vault, "Prep/Manage notes.md", "# Notes\n\n## Tagging\n");
        write(vault, "Links.md", "[[Manage sites#Site options|options]] [[Manage notez#Tagging]] [[Else/Manage notes#Site options]]\n");
        List<Finding> fs = lint(vault);
        String lacks = " (it has no heading \"Site options\" either, so that link leaves it out)?";
        assertEquals(List.of(
                "wikilink [[Manage sites#Site options|options]] points to \"Manage sites\", which does not exist in the "
                        + "vault; did you mean [[Manage notes|options]]" + lacks,
                "wikilink [[Manage notez#Tagging]] points to \"Manage notez\", which does not exist in the vault; did you "
                        + "mean [[Manage notes#Tagging]]?",
                "wikilink [[Else/Manage notes#Site options]] points to \"Else/Manage notes\", which does not exist in the "
                        + "vault (looked for \"Else/Manage notes.md\" from the vault root, then for a path ending in "
                        + "\"/Else/Manage notes.md\"); a file with that name exists at Prep/Manage notes.md: did you mean "
                        + "[[Manage notes]]" + lacks),
                fs.stream().map(Finding::message).toList());
    }

    @Test
    void aMissingNoteNamedLikeAVersionIsANoteToCreateNotAFileToAdd(@TempDir Path vault) throws Exception {
        write(vault, "Changelog.md", "Since [[v0.1.0]] and [[Release 2.0|2.0]]; see ![[arch.png]].\n");
        List<Finding> fs = lint(vault);
        assertEquals(List.of(
                "wikilink [[v0.1.0]] points to \"v0.1.0\", which does not exist in the vault (looked for \"v0.1.0\" and "
                        + "\"v0.1.0.md\"); create the note or fix the link",
                "wikilink [[Release 2.0|2.0]] points to \"Release 2.0\", which does not exist in the vault (looked for "
                        + "\"Release 2.0\" and \"Release 2.0.md\"); create the note or fix the link",
                "embed ![[arch.png]] points to \"arch.png\", which does not exist in the vault; add the file to the vault "
                        + "or fix the link"),
                fs.stream().map(Finding::message).toList());
    }

    @Test
    void aLinkToAFileWithAPipeInItsNameSaysToRenameIt(@TempDir Path vault) throws Exception {
        // A name made outside Obsidian (a sync from Linux): [[Q3|Q4 plan]] is the note "Q3" shown as
        // "Q4 plan", and only said "create the note", though Q3|Q4 plan.md is right there.
        Assumptions.assumeTrue(canCreate(vault, "Q3|Q4 plan.md"), "the file system takes '|' in names");
        write(vault, "Q3|Q4 plan.md", "# Plan\n");
        write(vault, "Links.md", "See [[Q3|Q4 plan]] and [[Q3|Q4 plan#Plan|the plan]].\n\n| [[Q3\\|Q4 plan]] |\n");
        String hint = "; the file Q3|Q4 plan.md exists, but the '|' in the link starts its display text, so the link never "
                + "reaches it (Obsidian does not allow '|' in file names): rename the file without '|' and link to the new name";
        assertEquals(List.of(
                "wikilink [[Q3|Q4 plan]] points to \"Q3\", which does not exist in the vault" + hint,
                "wikilink [[Q3|Q4 plan#Plan|the plan]] points to \"Q3\", which does not exist in the vault; create the note or fix the link",
                "wikilink [[Q3\\|Q4 plan]] points to \"Q3\", which does not exist in the vault" + hint),
                lint(vault).stream().map(Finding::message).toList());
    }

    private static boolean canCreate(Path dir, String name) {
        try {
            Files.delete(Files.createFile(dir.resolve(name)));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void aLinkToAFileWithAHashInItsNameSaysToRenameIt(@TempDir Path vault) throws Exception {
        write(vault, "Prep/C# Interview.md", "# C#\n");
        write(vault, "Links.md", "| [[C# Interview\\|prep]] | [c](<Prep/C# Interview.md>) |\n");
        List<Finding> fs = lint(vault);
        String hint = "; the file Prep/C# Interview.md exists, but the '#' in the link starts a heading, so the link never "
                + "reaches it (Obsidian warns about '#' in file names): rename the file without '#' and link to the new name";
        assertEquals(List.of(
                "wikilink [[C# Interview\\|prep]] points to \"C\", which does not exist in the vault" + hint,
                "Markdown link [c](<Prep/C# Interview.md>) points to \"Prep/C\", which does not exist in the vault (looked "
                        + "for \"Prep/C.md\" from the vault root, then for a path ending in \"/Prep/C.md\")" + hint),
                fs.stream().map(Finding::message).toList());
    }

    @Test
    void aPercentEncodedWikilinkSuggestsTheDecodedName(@TempDir Path vault) throws Exception {
        write(vault, "Topics/Kubernetes Scheduling.md", "# K8s\n\n## Requests\n");
        write(vault, "Topics/C# Basics.md", "# C#\n");
        write(vault, "Links.md", "[[Kubernetes%20Scheduling#Requests|k8s]] and related: [[Topics/100%25 Gone]]\n"
                + "[[C%23 Basics]]\n");
        List<Finding> fs = lint(vault);
        assertEquals(List.of(
                "wikilink [[Kubernetes%20Scheduling#Requests|k8s]] points to \"Kubernetes%20Scheduling\", which does not "
                        + "exist in the vault; a wikilink is not percent-decoded (only Markdown links are): did you mean "
                        + "[[Kubernetes Scheduling#Requests|k8s]]?",
                "wikilink [[Topics/100%25 Gone]] points to \"Topics/100%25 Gone\", which does not exist in the vault "
                        + "(looked for \"Topics/100%25 Gone.md\" from the vault root, then for a path ending in "
                        + "\"/Topics/100%25 Gone.md\"); create the note or fix the link",
                "wikilink [[C%23 Basics]] points to \"C%23 Basics\", which does not exist in the vault; the closest file, "
                        + "Topics/C# Basics.md, has a '#' in its name, which a wikilink cannot hold: rename it without '#' and "
                        + "link to the new name"),
                fs.stream().map(Finding::message).toList());
    }

    @Test
    void aBlockIdWithCharactersObsidianRefusesSaysWhatToWrite(@TempDir Path vault) throws Exception {
        write(vault, "Stories.md", "# Stories\n\nLed the migration ^kafka_mm2\n\nMon résumé ^résumé\n\nProbe ^probe-1\n");
        write(vault, "Links.md", "[[Stories#^kafka_mm2]] and [[Stories#^résumé|cv]]\n[[Stories#^probe_1]]\n");
        List<Finding> fs = lint(vault);
        assertEquals(List.of(
                "wikilink [[Stories#^kafka_mm2]] points to block ^kafka_mm2, which is not defined in Stories.md; a block "
                        + "id holds only Latin letters, digits and dashes, so ^kafka_mm2 can never be one: write ^kafka-mm2 "
                        + "at the end of the block and [[Stories#^kafka-mm2]]",
                "wikilink [[Stories#^résumé|cv]] points to block ^résumé, which is not defined in Stories.md; a block id "
                        + "holds only Latin letters, digits and dashes, so ^résumé can never be one: write ^resume at the "
                        + "end of the block and [[Stories#^resume|cv]]",
                "wikilink [[Stories#^probe_1]] points to block ^probe_1, which is not defined in Stories.md; did you mean "
                        + "[[Stories#^probe-1]]?"),
                fs.stream().map(Finding::message).toList());
    }

    @Test
    void aPercentEscapeThatIsNotUtf8KeepsThePathAsWritten(@TempDir Path vault) throws Exception {
        // "%E9" is Latin-1 for "é": not UTF-8, so the link names no file Obsidian could decode it to. The
        // message quotes what was written, never a U+FFFD, and a file named exactly so is reached.
        write(vault, "Caf%E9 menu.md", "# Exported with its escape\n");
        write(vault, "Links.md", "[menu](Caf%E9.md) and [export](<Caf%E9 menu.md>)\n");
        List<Finding> fs = lint(vault);
        assertEquals(List.of("Markdown link [menu](Caf%E9.md) points to \"Caf%E9.md\", which does not exist in the vault; "
                        + "did you mean (Caf%25E9%20menu.md), the file Caf%E9 menu.md?"),
                fs.stream().map(Finding::message).toList());
    }

    @Test
    void aBlockIdTheNoteDefinesIsSuggestedBeforeAdviceToWriteANewOne(@TempDir Path vault) throws Exception {
        // "[[Prep#^ probe-id]]" (a space typed after the caret) means the block ^probe-id that Prep defines;
        // telling the user to add a new id "^-probe-id" to the note would be a wrong fix.
        write(vault, "Prep.md", "# Prep\n\nRan the latency probe every minute ^probe-id\n\nOwned the rollout ^rollout_2\n");
        write(vault, "Links.md", "[[Prep#^ probe-id]] and [[Prep#^probe_id|probe]]\n[[Prep#^ rollout_2]]\n");
        List<Finding> fs = lint(vault);
        assertEquals(List.of(
                "wikilink [[Prep#^ probe-id]] points to block ^ probe-id, which is not defined in Prep.md; did you mean "
                        + "[[Prep#^probe-id]]?",
                "wikilink [[Prep#^probe_id|probe]] points to block ^probe_id, which is not defined in Prep.md; did you "
                        + "mean [[Prep#^probe-id|probe]]?",
                "wikilink [[Prep#^ rollout_2]] points to block ^ rollout_2, which is not defined in Prep.md; a block id "
                        + "holds only Latin letters, digits and dashes, so ^ rollout_2 can never be one: write ^rollout-2 at "
                        + "the end of the block and [[Prep#^rollout-2]]"),
                fs.stream().map(Finding::message).toList());
    }

    @Test
    void aNoteWithoutHeadingsOrBlocksIsNamedTheSameWayForItselfAndOthers(@TempDir Path vault) throws Exception {
        write(vault, "Plain.md", "Just text.\n");
        write(vault, "Links.md", "Text only. [[#Setup]] [[#^step]] [[Plain#Setup]]\n");
        List<Finding> fs = lint(vault);
        assertEquals(List.of(
                "wikilink [[#Setup]] points to heading \"Setup\", which is not in this note; it has no headings: add the "
                        + "heading",
                "wikilink [[#^step]] points to block ^step, which is not defined in this note; it defines no block ids. "
                        + "Add \" ^step\" at the end of the paragraph or list item you mean",
                "wikilink [[Plain#Setup]] points to heading \"Setup\", which is not in Plain.md; it has no headings: link "
                        + "to the note itself or add the heading"),
                fs.stream().map(Finding::message).toList());
    }

    @Test
    void anAttachmentsExtensionIsNoBasisForDidYouMean(@TempDir Path vault) throws Exception {
        // Every screenshot shares "png": "missing.png" is no typo of "a.png" (the one word each has left
        // is the extension), nor "x.png" of "y.png" (one edit is the whole name, as for [[b]] and a.md).
        write(vault, "Attachments/a.png", "");
        write(vault, "Attachments/y.png", "");
        write(vault, "Attachments/latency chart.png", "");
        write(vault, "Attachments/offsite.jpeg", "");
        write(vault, "Links.md", "![[missing.png]] ![[x.png]]\n"
                // the name without its extension still decides: a typo, or another extension of the same name
                + "![[latency chrat.png]] ![[offsite.jpg]]\n");
        assertEquals(List.of(
                "embed ![[missing.png]] points to \"missing.png\", which does not exist in the vault; add the file to "
                        + "the vault or fix the link",
                "embed ![[x.png]] points to \"x.png\", which does not exist in the vault; add the file to the vault or "
                        + "fix the link",
                "embed ![[latency chrat.png]] points to \"latency chrat.png\", which does not exist in the vault; did "
                        + "you mean ![[latency chart.png]]?",
                "embed ![[offsite.jpg]] points to \"offsite.jpg\", which does not exist in the vault; did you mean "
                        + "![[offsite.jpeg]]?"),
                lint(vault).stream().map(Finding::message).toList());
    }

    @Test
    void aSuggestedHeadingHoldsNoBracketThatWouldEndTheLink(@TempDir Path vault) throws Exception {
        // "Footnote here[^1]" written as Obsidian's link form keeps "[ 1]", and "[[Prep#Footnote here[ 1]]]" ends
        // at its first "]]", leaving a stray "]". Brackets are dropped when headings are compared, so leave them out.
        write(vault, "Prep.md", "# Prep\n\n## Probe interval[^1]\n\n## Array [0] access\n\n[^1]: SRE book\n");
        write(vault, "Links.md", "[[Prep#Probe intervals]] [[Prep#Aray 0 access]]\n");
        assertEquals(List.of(
                "wikilink [[Prep#Probe intervals]] points to heading \"Probe intervals\", which is not in Prep.md; did "
                        + "you mean [[Prep#Probe interval 1]]?",
                "wikilink [[Prep#Aray 0 access]] points to heading \"Aray 0 access\", which is not in Prep.md; did you "
                        + "mean [[Prep#Array 0 access]]?"),
                lint(vault).stream().map(Finding::message).toList());
    }

    @Test
    void aWebAddressWithoutItsSchemeIsNamedAsSuch(@TempDir Path vault) throws Exception {
        // Without "https://" Obsidian reads a path in the vault: the link is broken, and the fix is the scheme.
        write(vault, "Links.md", "[SRE book](sre.google.com) and [docs](www.kafka.apache.org/documentation)\n"
                + "[site](example.com/careers) [note](Kafka.md)\n");
        assertEquals(List.of(
                "Markdown link [SRE book](sre.google.com) points to \"sre.google.com\", which does not exist in the vault; "
                        + "a web address needs its scheme, or Obsidian looks for a file: did you mean (https://sre.google.com)?",
                "Markdown link [docs](www.kafka.apache.org/documentation) points to \"www.kafka.apache.org/documentation\", "
                        + "which does not exist in the vault (looked for \"www.kafka.apache.org/documentation.md\" from the "
                        + "vault root, then for a path ending in \"/www.kafka.apache.org/documentation.md\"); a web address "
                        + "needs its scheme, or Obsidian looks for a file: did you mean "
                        + "(https://www.kafka.apache.org/documentation)?",
                "Markdown link [site](example.com/careers) points to \"example.com/careers\", which does not exist in the "
                        + "vault (looked for \"example.com/careers.md\" from the vault root, then for a path ending in "
                        + "\"/example.com/careers.md\"); a web address needs its scheme, or Obsidian looks for a file: did you "
                        + "mean (https://example.com/careers)?",
                "Markdown link [note](Kafka.md) points to \"Kafka.md\", which does not exist in the vault; create the note "
                        + "or fix the link"),
                lint(vault).stream().map(Finding::message).toList());
    }

    @Test
    void aLinkIntoAHiddenFolderSaysObsidianDoesNotIndexIt(@TempDir Path vault) throws Exception {
        // The files are on disk, so "does not exist" alone reads as a bug: Obsidian skips names starting with '.'.
        write(vault, ".private/Salary notes.md", "# Salary notes\n");
        write(vault, ".trash/Old debrief.md", "# Old debrief\n");
        write(vault, "Links.md", "[[.private/Salary notes]] and [pay](.private/Salary%20notes.md)\n"
                + "[[.trash/Old debrief]]\n");
        assertEquals(List.of(
                "wikilink [[.private/Salary notes]] points to \".private/Salary notes\", which does not exist in the "
                        + "vault (looked for \".private/Salary notes.md\" from the vault root, then for a path ending in "
                        + "\"/.private/Salary notes.md\"); \".private\" starts with '.', and Obsidian does not index hidden "
                        + "files and folders, so no link reaches it: rename it without the leading '.'",
                "Markdown link [pay](.private/Salary%20notes.md) points to \".private/Salary notes.md\", which does not "
                        + "exist in the vault (looked for \".private/Salary notes.md\" from the vault root, then for a path "
                        + "ending in \"/.private/Salary notes.md\"); \".private\" starts with '.', and Obsidian does not "
                        + "index hidden files and folders, so no link reaches it: rename it without the leading '.'",
                "wikilink [[.trash/Old debrief]] points to \".trash/Old debrief\", which does not exist in the vault "
                        + "(looked for \".trash/Old debrief.md\" from the vault root, then for a path ending in "
                        + "\"/.trash/Old debrief.md\"); \".trash\" is Obsidian's trash folder, which it does not index, so "
                        + "no link reaches a file there: restore the file from the trash, or link to another one"),
                lint(vault).stream().map(Finding::message).toList());
    }

    @Test
    void didYouMeanIsWrittenInTheVaultsNewLinkFormat(@TempDir Path vault) throws Exception {
        // Obsidian's "New link format" never changes what a link opens, only how Obsidian writes one: a vault set to
        // absolute paths reads [[Interviews/Globex/Debrief]] everywhere, and a suggestion should look the same.
        write(vault, "Interviews/Globex/Debrief.md", "# Globex debrief\n");
        write(vault, "Interviews/Acme/Onsite.md", "[[Debreif]] [notes](Debreif.md)\n");
        write(vault, "Prep/Old/Plan.md", "# Plan\n");
        write(vault, "Prep/New/Plan.md", "# Plan\n");
        write(vault, "Links.md", "[[Plan]]\n");
        write(vault, ".obsidian/app.json", "{\"newLinkFormat\": \"absolute\"}");
        assertEquals(List.of(
                "wikilink [[Debreif]] points to \"Debreif\", which does not exist in the vault; did you mean "
                        + "[[Interviews/Globex/Debrief]]?",
                "Markdown link [notes](Debreif.md) points to \"Debreif.md\", which does not exist in the vault; did you "
                        + "mean (Interviews/Globex/Debrief.md), the file Interviews/Globex/Debrief.md?",
                "wikilink [[Plan]] matches 2 files equally well: Prep/New/Plan.md, Prep/Old/Plan.md (none is at the exact "
                        + "path or nearer to this note, and their paths are equally long), so Obsidian opens whichever it "
                        + "indexed first. Write [[Prep/New/Plan]] or [[Prep/Old/Plan]] to pick one"),
                lint(vault).stream().map(Finding::message).toList());

        write(vault, ".obsidian/app.json", "{\"newLinkFormat\": \"relative\"}");
        assertEquals(List.of(
                "wikilink [[Debreif]] points to \"Debreif\", which does not exist in the vault; did you mean "
                        + "[[../Globex/Debrief]]?",
                "Markdown link [notes](Debreif.md) points to \"Debreif.md\", which does not exist in the vault; did you "
                        + "mean (../Globex/Debrief.md), the file Interviews/Globex/Debrief.md?",
                "wikilink [[Plan]] matches 2 files equally well: Prep/New/Plan.md, Prep/Old/Plan.md (none is at the exact "
                        + "path or nearer to this note, and their paths are equally long), so Obsidian opens whichever it "
                        + "indexed first. Write [[New/Plan]] or [[Old/Plan]] to pick one"),
                lint(vault).stream().map(Finding::message).toList());

        write(vault, ".obsidian/app.json", "{\"newLinkFormat\": \"shortest\"}");
        assertEquals("wikilink [[Debreif]] points to \"Debreif\", which does not exist in the vault; did you mean "
                + "[[Debrief]]?", lint(vault).get(0).message());
    }

    @Test
    void obsidiansSearchSyntaxLeftInALinkIsNamedAsSuch(@TempDir Path vault) throws Exception {
        // [[## and [[^^ make Obsidian's link suggester list headings or blocks of every note; typed out and left,
        // they look for a heading of this note, or a note named "^^...".
        write(vault, "Prep.md", "# Prep\n\n## Probe interval\n\nOne minute, tied to the SLO window ^probe\n");
        write(vault, "Links.md", "# Links\n\n[[##Probe interval]] and [[^^One minute]]\n");
        assertEquals(List.of(
                "wikilink [[##Probe interval]] points to heading \"Probe interval\", which is not in this note; [[## is "
                        + "Obsidian's search for a heading in every note, which works only while typing: pick a heading "
                        + "from its list, and Obsidian writes the link as [[Note#Heading]]",
                "wikilink [[^^One minute]] points to \"^^One minute\", which does not exist in the vault; [[^^ is "
                        + "Obsidian's search for a block in every note, which works only while typing: pick a block from "
                        + "its list, and Obsidian writes the link as [[Note#^block-id]]"),
                lint(vault).stream().map(Finding::message).toList());
    }

    /**
     * A Markdown link's character references are decoded (it opens "R&D plan.md"), and its message
     * quotes the link as written and names the decoded path; a wikilink is taken as written, and
     * when its decoded name is a note the message says so. A suggested Markdown path writes an '&'
     * that would start a reference as %26, so the suggestion opens the file it names.
     */
    @Test
    void characterReferencesAreDecodedInMarkdownLinksOnly(@TempDir Path vault) throws Exception {
        write(vault, "R&D plan.md", "# R&D plan\n");
        write(vault, "Q&amp;A log.md", "# Q&amp;A log\n");
        write(vault, "Links.md", "[ok](R&amp;D%20plan.md) [gone](R&amp;D%20budget.md)\n[[R&amp;D plan]]\n"
                + "[log](Q&amp;amp;A%20lg.md)\n");
        List<String> ms = lint(vault).stream().filter(f -> f.ruleId().equals("broken-link")).map(Finding::message).toList();
        assertEquals(List.of(
                "Markdown link [gone](R&amp;D%20budget.md) points to \"R&D budget.md\", which does not exist in the vault; "
                        + "create the note or fix the link",
                "wikilink [[R&amp;D plan]] points to \"R&amp;D plan\", which does not exist in the vault; a wikilink does not "
                        + "decode HTML character references such as &amp; (only Markdown links do): did you mean [[R&D plan]]?",
                "Markdown link [log](Q&amp;amp;A%20lg.md) points to \"Q&amp;A lg.md\", which does not exist in the vault; did you mean "
                        + "(Q%26amp;A%20log.md), the file Q&amp;A log.md?"), ms);
    }
}
