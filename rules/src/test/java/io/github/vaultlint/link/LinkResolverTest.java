package io.github.vaultlint.link;

import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.VaultIndex;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.github.vaultlint.link.Resolution.Status.AMBIGUOUS;
import static io.github.vaultlint.link.Resolution.Status.BROKEN;
import static io.github.vaultlint.link.Resolution.Status.BROKEN_ANCHOR;
import static io.github.vaultlint.link.Resolution.Status.OUTSIDE_VAULT;
import static io.github.vaultlint.link.Resolution.Status.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which file Obsidian would open, for each rule of getLinkpathDest, asserted on the target path. */
class LinkResolverTest {

    private static Resolution only(VaultIndex v, String from) {
        List<Resolution> rs = TestVault.resolve(v, from);
        assertEquals(1, rs.size(), "links in " + from);
        return rs.get(0);
    }

    private static String target(VaultIndex v, String from) {
        Resolution r = only(v, from);
        return r.target() == null ? null : r.target().path();
    }

    @Test
    void bareNamesMatchCaseInsensitivelyWithOrWithoutMd() {
        VaultIndex v = new TestVault().note("Topics/Kubernetes Basics.md", "# K")
                .note("a.md", "[[kubernetes BASICS]]").note("b.md", "[[Kubernetes Basics.MD]]")
                .note("c.md", "[[KUBERNETES basics.md]]").build();
        assertEquals("Topics/Kubernetes Basics.md", target(v, "a.md"));
        assertEquals("Topics/Kubernetes Basics.md", target(v, "b.md"));
        assertEquals("Topics/Kubernetes Basics.md", target(v, "c.md"));
    }

    @Test
    void otherFilesNeedTheirExtension() {
        VaultIndex v = new TestVault().file("Attachments/report.pdf").file("img/Diagram.PNG")
                .note("a.md", "[[report]]").note("b.md", "[[report.pdf]]").note("c.md", "![[diagram.png]]")
                .note("d.md", "[[v1.2 notes]]").note("v1.2 notes.md", "# dotted name").build();
        Resolution a = only(v, "a.md");
        assertEquals(BROKEN, a.status());
        assertTrue(a.detail().contains("did you mean [[report.pdf]]"), a.detail());
        assertEquals("Attachments/report.pdf", target(v, "b.md"));
        assertEquals("img/Diagram.PNG", target(v, "c.md"));
        assertEquals("v1.2 notes.md", target(v, "d.md"), "a dot in a note name is not an extension");
    }

    @Test
    void aFileWithoutExtensionIsReachedByItsNameAsInObsidian() {
        // getLinkpathDest looks the name up as written before it adds ".md".
        VaultIndex v = new TestVault().file("ops/Makefile").file("docs/v1.2").note("docs/v1.2.md", "# notes")
                .note("a.md", "[[Makefile]]").note("b.md", "![[ops/makefile]]").note("c.md", "[[other/v1.2]]")
                .note("d.md", "[[Dockerfile]]").build();
        assertEquals("ops/Makefile", target(v, "a.md"));
        assertEquals("ops/Makefile", target(v, "b.md"));
        assertEquals(null, target(v, "c.md"), "neither docs/v1.2 nor docs/v1.2.md is under other/");
        assertEquals(BROKEN, only(v, "d.md").status());
        VaultIndex w = new TestVault().file("x/v1.2").note("y/v1.2.md", "# notes").note("a.md", "[[y/v1.2]]").build();
        assertEquals("y/v1.2.md", target(w, "a.md"), "nothing at y/v1.2: then the name with .md");
    }

    @Test
    void exactVaultPathBeatsTheLinkingNotesFolder() {
        VaultIndex v = new TestVault().note("Meeting.md", "").note("Team/Meeting.md", "")
                .note("Team/Standup.md", "[[Meeting]]").build();
        Resolution r = only(v, "Team/Standup.md");
        assertEquals(RESOLVED, r.status());
        assertEquals("Meeting.md", r.target().path());
    }

    @Test
    void theLinkingNotesFolderBeatsAShorterPath() {
        VaultIndex v = new TestVault().note("Work/Retro.md", "").note("Archive/2024/Retro.md", "")
                .note("Archive/2024/Review.md", "[[Retro]]").build();
        assertEquals("Archive/2024/Retro.md", target(v, "Archive/2024/Review.md"));
    }

    @Test
    void filesBelowTheLinkingNotesFolderCountAsNearLikeInObsidian() {
        VaultIndex v = new TestVault().note("Work/Retro.md", "").note("Archive/2024/Retro.md", "")
                .note("Archive/Index.md", "[[Retro]]").build();
        assertEquals("Archive/2024/Retro.md", target(v, "Archive/Index.md"));
    }

    @Test
    void theLinkingNotesFolderEndsAtASlash() {
        VaultIndex v = new TestVault().note("projects/Dup.md", "").note("zz/Dup.md", "")
                .note("proj/src.md", "[[Dup]]").build();
        assertEquals("zz/Dup.md", target(v, "proj/src.md"), "projects/ is not inside proj/: the shortest path wins");
    }

    @Test
    void otherwiseTheShortestPathWins() {
        VaultIndex v = new TestVault().note("Work/Retro.md", "").note("Archive/2024/Retro.md", "")
                .note("Notes/Weekly.md", "[[Retro]]").build();
        Resolution r = only(v, "Notes/Weekly.md");
        assertEquals(RESOLVED, r.status());
        assertEquals("Work/Retro.md", r.target().path());
        assertTrue(r.candidates().isEmpty());
    }

    @Test
    void aRemainingTieIsAmbiguousAndNamesTheDisambiguatedForms() {
        VaultIndex v = new TestVault().note("Alpha/Plan.md", "").note("Gamma/Plan.md", "")
                .note("Root.md", "[[Plan|the plan]]").note("Zeta/Far.md", "[[Plan]]").build();
        for (String from : List.of("Root.md", "Zeta/Far.md")) {
            Resolution r = only(v, from);
            assertEquals(AMBIGUOUS, r.status(), from);
            assertEquals(List.of("Alpha/Plan.md", "Gamma/Plan.md"), r.candidates().stream().map(f -> f.path()).toList());
            assertTrue(r.ambiguity().contains("[[Alpha/Plan") && r.ambiguity().contains("[[Gamma/Plan"), r.ambiguity());
        }
        assertTrue(only(v, "Root.md").ambiguity().contains("[[Alpha/Plan|the plan]]"));
    }

    @Test
    void filesDifferingOnlyInCaseAreATieUnlessTheLinkSpellsOneExactly() {
        // Only on a case-sensitive file system; kept in memory so the repository checks out anywhere.
        VaultIndex v = new TestVault().note("Same.md", "# Upper").note("same.md", "# Lower")
                .note("a.md", "[[SAME]] [[same]] [[Same#Upper]] [x](SAME.md) [[Same#Lower]]").build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        assertEquals(AMBIGUOUS, rs.get(0).status());
        assertTrue(rs.get(0).ambiguity().contains("matches 2 files whose paths differ only in letter case: Same.md, same.md"),
                rs.get(0).ambiguity());
        assertEquals("same.md", rs.get(1).target().path());
        assertEquals(RESOLVED, rs.get(1).status());
        assertEquals(RESOLVED, rs.get(2).status());
        assertEquals("Same.md", rs.get(2).target().path());
        assertEquals(AMBIGUOUS, rs.get(3).status());
        assertEquals(BROKEN_ANCHOR, rs.get(4).status(), "the exact spelling picks Same.md, which has no Lower");
    }

    @Test
    void folderPathsMatchTheVaultPathOrASuffixOnAFolderBoundary() {
        VaultIndex v = new TestVault().note("Areas/Topics/Note.md", "").note("Topics/Note.md", "")
                .note("a.md", "[[Topics/Note]]").note("b.md", "[[areas/topics/note]]").note("c.md", "[[opics/Note]]")
                .note("d.md", "[[Wrong/Note]]").build();
        assertEquals("Topics/Note.md", target(v, "a.md"), "the exact vault path first");
        assertEquals("Areas/Topics/Note.md", target(v, "b.md"));
        assertEquals(BROKEN, only(v, "c.md").status(), "a suffix must start at a folder boundary");
        Resolution d = only(v, "d.md");
        assertEquals(BROKEN, d.status());
        assertTrue(d.detail().contains("files with that name exist at Areas/Topics/Note.md, Topics/Note.md"), d.detail());
    }

    @Test
    void aWrongFolderIsCorrectedOnlyWhenOneSameNamedFileIsClearlyMeant() {
        VaultIndex v = new TestVault().note("Topics/Index.md", "").note("Stories/Index.md", "").note("Mock/Index.md", "")
                .note("a.md", "[[Topic/Index]] [[Nowhere/Index]]").build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        assertTrue(rs.get(0).detail().contains("did you mean [[Topics/Index]]?"), rs.get(0).detail());
        assertTrue(rs.get(1).detail().endsWith("files with that name exist at Mock/Index.md, Stories/Index.md, "
                + "Topics/Index.md: write the path of the one you mean"), rs.get(1).detail());
    }

    @Test
    void relativeAndRootedPaths() {
        VaultIndex v = new TestVault().note("A/B/Here.md", "[[./Sibling]] [[../Up]] [x](../../Root%20Note.md) [y](/A/Up.md) [z](/Up.md)")
                .note("A/B/Sibling.md", "").note("A/Up.md", "").note("Root Note.md", "").build();
        List<Resolution> rs = TestVault.resolve(v, "A/B/Here.md");
        assertEquals("A/B/Sibling.md", rs.get(0).target().path());
        assertEquals("A/Up.md", rs.get(1).target().path());
        assertEquals("Root Note.md", rs.get(2).target().path(), "Markdown paths are percent-decoded and relative");
        assertEquals("A/Up.md", rs.get(3).target().path());
        assertEquals(BROKEN, rs.get(4).status(), "a leading / gets no vault-wide fallback");
    }

    @Test
    void innerDotSegmentsAreNormalisedRatherThanReported() {
        VaultIndex v = new TestVault().note("Top.md", "").note("Projects/Plan.md", "[a](../Projects/../Top.md) [[Projects/../Top]]")
                .note("Root.md", "[b](Projects/../Top.md) [c](Projects/./Plan.md) [d](Projects/../Gone.md)").build();
        List<Resolution> p = TestVault.resolve(v, "Projects/Plan.md");
        assertEquals("Top.md", p.get(0).target().path());
        assertEquals("Top.md", p.get(1).target().path());
        List<Resolution> r = TestVault.resolve(v, "Root.md");
        assertEquals("Top.md", r.get(0).target().path());
        assertEquals("Projects/Plan.md", r.get(1).target().path());
        assertEquals(BROKEN, r.get(2).status());
    }

    @Test
    void markdownPathsFallBackToAVaultWideMatch() {
        VaultIndex v = new TestVault().note("Notes/Daily.md", "[x](Topics/Pods.md) [y](Pods.md)")
                .note("Areas/Topics/Pods.md", "").build();
        List<Resolution> rs = TestVault.resolve(v, "Notes/Daily.md");
        assertEquals("Areas/Topics/Pods.md", rs.get(0).target().path());
        assertEquals("Areas/Topics/Pods.md", rs.get(1).target().path());
    }

    @Test
    void markdownPathsAreRelativeToTheNoteBeforeTheVaultRoot() {
        VaultIndex v = new TestVault().note("Note.md", "").note("a/Note.md", "").note("a/Topics/Pods.md", "")
                .note("Topics/Pods.md", "").note("a/src.md", "[x](Note.md) [y](Topics/Pods.md) [z](/Note.md) [[Note]]")
                .note("b/src.md", "[x](Note.md) [y](Topics/Pods.md)").build();
        List<Resolution> a = TestVault.resolve(v, "a/src.md");
        assertEquals("a/Note.md", a.get(0).target().path());
        assertEquals("a/Topics/Pods.md", a.get(1).target().path());
        assertEquals("Note.md", a.get(2).target().path());
        assertEquals("Note.md", a.get(3).target().path(), "wikilinks keep the exact vault path first");
        List<Resolution> b = TestVault.resolve(v, "b/src.md");
        assertEquals("Note.md", b.get(0).target().path(), "no b/Note.md: the vault path");
        assertEquals("Topics/Pods.md", b.get(1).target().path());
    }

    @Test
    void escapingTheVaultIsOutsideAndFoldersAreBroken() {
        VaultIndex v = new TestVault().note("Sub/n.md", "[a](../../x.md) [[../../x]] [[Projects]] [p](../Projects/)")
                .note("Projects/Probe.md", "").build();
        List<Resolution> rs = TestVault.resolve(v, "Sub/n.md");
        assertEquals(OUTSIDE_VAULT, rs.get(0).status());
        assertEquals(OUTSIDE_VAULT, rs.get(1).status());
        assertEquals(BROKEN, rs.get(2).status());
        assertTrue(rs.get(2).detail().contains("which is the folder \"Projects\", not a file"), rs.get(2).detail());
        assertEquals(BROKEN, rs.get(3).status());
        assertTrue(rs.get(3).detail().contains("which is the folder \"Projects\""), rs.get(3).detail());
    }

    @Test
    void aPathWithOneDotDotTooManyNamesTheVaultFileObsidianOpensInstead() {
        // Obsidian drops a ".." that would climb above the root, so these open Prep.md and Attachments/arch.png;
        // "move the file into the vault" would be wrong advice for files that are in it.
        VaultIndex v = new TestVault().note("Prep.md", "## Intro").file("Attachments/arch.png")
                .note("Interviews/Acme/Onsite.md",
                        "[[../../../Prep#Intro|prep]] [p](../../../Prep.md#Intro) ![[../../../Attachments/arch.png|300]] "
                                + "[q](../../../Secrets/passwords.md)")
                .build();
        List<Resolution> rs = TestVault.resolve(v, "Interviews/Acme/Onsite.md");
        for (Resolution r : rs) {
            assertEquals(OUTSIDE_VAULT, r.status(), r.detail());
        }
        assertEquals("climbs out of the vault root: from \"Interviews/Acme\" it goes 1 folder above the root. Obsidian "
                + "ignores the extra \"..\" and opens Prep.md; write [[../../Prep#Intro|prep]]", rs.get(0).detail());
        assertTrue(rs.get(1).detail().endsWith("opens Prep.md; write (../../Prep.md#Intro)"), rs.get(1).detail());
        assertTrue(rs.get(2).detail().endsWith("opens Attachments/arch.png; write ![[../../Attachments/arch.png|300]]"),
                rs.get(2).detail());
        assertTrue(rs.get(3).detail().endsWith("Move the file into the vault and link to it there"), rs.get(3).detail());
    }

    @Test
    void aliasesNeverResolveButAreSuggested() {
        VaultIndex v = new TestVault().note("Topics/Kubernetes.md", "---\naliases: [K8s, kube]\n---\n# Kubernetes")
                .note("Old.md", "---\nalias: Legacy Name\n---\n## Intro\n").note("a.md", "[[k8s]] [[Legacy Name#Intro|old]]").build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        assertEquals(BROKEN, rs.get(0).status());
        assertTrue(rs.get(0).detail().contains("Write [[Kubernetes|K8s]]"), rs.get(0).detail());
        assertTrue(rs.get(1).detail().contains("Write [[Old#Intro|old]]"), rs.get(1).detail());
    }

    @Test
    void aBlockIdWrittenWithoutItsHashIsSuggestedWithIt() {
        VaultIndex v = new TestVault().note("Prep.md", "# Prep\n\nProbe every 15s ^probe-id\n")
                .note("Topics/Self.md", "Key point ^key-point\n\n[[^key-point]] ![[Prep^Probe-ID|300]] [[Prep ^nope]]"
                        + " [p](Prep.md^probe-id)")
                .build();
        List<Resolution> rs = TestVault.resolve(v, "Topics/Self.md");
        assertEquals(4, rs.size());
        rs.forEach(r -> assertEquals(BROKEN, r.status(), r.detail()));
        assertTrue(rs.get(0).detail().endsWith("a block id needs '#' before its '^': did you mean [[#^key-point]]?"),
                rs.get(0).detail());
        assertTrue(rs.get(1).detail().endsWith("did you mean ![[Prep#^Probe-ID|300]]?"), rs.get(1).detail());
        assertTrue(!rs.get(2).detail().contains("#^nope"), "no such block, so no block link: " + rs.get(2).detail());
        assertTrue(rs.get(3).detail().endsWith("did you mean (Prep.md#^probe-id)?"), rs.get(3).detail());
    }

    @Test
    void aFolderLinkNextToTheNoteOfThatNameSuggestsTheNote() {
        VaultIndex v = new TestVault().note("Projects.md", "# Projects").note("Projects/Infra.md", "# Infra")
                .folder("Archive").note("a.md", "[[Projects/|all projects]] [p](Projects/) [[Archive/]]").build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        rs.forEach(r -> assertEquals(BROKEN, r.status(), r.detail()));
        assertTrue(rs.get(0).detail().endsWith("Did you mean [[Projects|all projects]], the file Projects.md?"), rs.get(0).detail());
        assertTrue(rs.get(1).detail().endsWith("Did you mean (Projects.md), the file Projects.md?"), rs.get(1).detail());
        assertTrue(rs.get(2).detail().endsWith("Link to a note inside it, or create \"Archive.md\""), rs.get(2).detail());
    }

    @Test
    void aHeadingOfThisNoteLinkedWithoutItsHashIsSuggestedWithIt() {
        VaultIndex v = new TestVault().note("Retro Notes Archive.md", "# Old")
                .note("Acme.md", "# Acme\n\n## Retro notes\n\nSee [[Retro Notes|the retro]] and [r](Retro%20Notes) and [[Retro Note]]\n").build();
        List<Resolution> rs = TestVault.resolve(v, "Acme.md");
        rs.forEach(r -> assertEquals(BROKEN, r.status(), r.detail()));
        assertTrue(rs.get(0).detail().endsWith("this note has a heading \"Retro Notes\": did you mean [[#Retro Notes|the retro]]?"),
                rs.get(0).detail());
        assertTrue(rs.get(1).detail().endsWith("did you mean (#Retro%20Notes)?"), rs.get(1).detail());
        assertTrue(!rs.get(2).detail().contains("[[#"), "no heading reads like it: " + rs.get(2).detail());
    }

    @Test
    void anEmptyBlockIdSaysWhatIsMissing() {
        VaultIndex v = new TestVault().note("Prep.md", "# Prep\n\nProbe every 15s ^probe-id\n").note("Bare.md", "# Bare\n")
                .note("a.md", "[[Prep#^]] [x](Bare.md#^)").build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        assertEquals(BROKEN_ANCHOR, rs.get(0).status());
        assertEquals("points to a block without naming it: nothing follows the '^'; write the block's id after it, "
                + "as in [[Prep#^probe-id]], or drop the '#^'", rs.get(0).detail());
        assertTrue(rs.get(1).detail().endsWith("as in (Bare.md#^block-id), or drop the '#^'"), rs.get(1).detail());
    }

    @Test
    void decomposedFileNamesMatchComposedLinks() {
        String nfd = Normalizer.normalize("Café Notes.md", Normalizer.Form.NFD);
        VaultIndex v = new TestVault().note(nfd, "# Café").note("a.md", "[[café notes]]").build();
        assertEquals(nfd, target(v, "a.md"));
    }

    @Test
    void headingsCompareLikeObsidian() {
        assertEquals("q a nat vs igw", HeadingKey.of("Q&A: NAT  vs IGW"));
        assertEquals("see other", HeadingKey.of("See [[Other]]"));
        assertEquals("bold heading", HeadingKey.of("**Bold** heading"));
        assertEquals(HeadingKey.of("Latency | numbers ^ here %% x %%"), HeadingKey.of("latency numbers here x"));
        VaultIndex v = new TestVault().note("T.md", "# T\n## Q&A: NAT vs IGW\n## See [[Other]]\n")
                .note("a.md", "[[T#q&a nat vs igw]] [[T#See Other]] [[T#see-other]]").build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        assertEquals(RESOLVED, rs.get(0).status());
        assertEquals(RESOLVED, rs.get(1).status());
        assertEquals(BROKEN_ANCHOR, rs.get(2).status(), "a hyphen is not stripped, so slugs do not match");
        assertTrue(rs.get(2).detail().contains("did you mean [[T#See Other]]"), rs.get(2).detail());
    }

    @Test
    void nestedHeadingsMustSitUnderTheHeadingBeforeThem() {
        // Issue 3: "Nested #A#B means B is a heading under A, at any depth below it."
        String text = "# Top\n## A\n### X\n## C\n### B\n#### Deep\n## A\n### Y\n";
        VaultIndex v = new TestVault().note("T.md", text)
                .note("a.md", "[[T#A#B]] [[T#Top#Deep]] [[T#C#B#Deep]] [[T#A#X#Deep]] [[T#B#A]] [[T#C#Top]] [[T#A##X]] [[T#A#Y]]").build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        assertEquals(BROKEN_ANCHOR, rs.get(0).status(), "B comes after A, deeper, but under C");
        assertEquals(RESOLVED, rs.get(1).status(), "any depth below");
        assertEquals(RESOLVED, rs.get(2).status());
        assertEquals(BROKEN_ANCHOR, rs.get(3).status(), "Deep is not under X");
        assertEquals(BROKEN_ANCHOR, rs.get(4).status(), "A does not come after B");
        assertEquals(BROKEN_ANCHOR, rs.get(5).status(), "Top is not under C");
        assertEquals(RESOLVED, rs.get(6).status(), "empty parts are dropped");
        assertEquals(RESOLVED, rs.get(7).status(), "the second A holds Y");
        assertTrue(rs.get(0).detail().contains("\"B\" exists elsewhere in the note: write [[T#B]]"), rs.get(0).detail());
    }

    @Test
    void blockIdsAreCaseInsensitiveAndFallBackToHeadings() {
        VaultIndex v = new TestVault().note("T.md", "# T\n\n- item one ^Item-1\n\n## block-like\n")
                .note("a.md", "[[T#^item-1]] [[T#^ITEM-1]] [[T#^block-like]] [[T#^itme-1]]").build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        assertEquals(RESOLVED, rs.get(0).status());
        assertEquals(RESOLVED, rs.get(1).status());
        assertEquals(RESOLVED, rs.get(2).status(), "Obsidian falls back to a heading with that text");
        assertEquals(BROKEN_ANCHOR, rs.get(3).status());
        assertTrue(rs.get(3).detail().contains("did you mean [[T#^Item-1]]"), rs.get(3).detail());
    }

    @Test
    void anchorsOfAttachmentsAreDisplaySuffixesNotHeadings() {
        VaultIndex v = new TestVault().file("doc.pdf").file("img.png")
                .note("a.md", "![[doc.pdf#page=3]] ![[doc.pdf#height=400]] ![[img.png#anything]]").build();
        for (Resolution r : TestVault.resolve(v, "a.md")) {
            assertEquals(RESOLVED, r.status(), r.link().raw());
        }
    }

    @Test
    void anchorsIntoANoteThatCouldNotBeParsedAreNeverReported() {
        VaultIndex v = new TestVault().unreadable("Binary.md").note("a.md", "[[Binary#Any Heading]] [[Binary#^any]] [[Binary]]")
                .build();
        for (Resolution r : TestVault.resolve(v, "a.md")) {
            assertEquals(RESOLVED, r.status(), r.link().raw());
            assertEquals("Binary.md", r.target().path());
        }
    }

    @Test
    void sameNoteAnchors() {
        VaultIndex v = new TestVault().note("a.md", "# A\n## Plan\nWeek one ^w1\n\n[[#Plan]] [[#^w1]] [[#Nope]] [x](#Plan)")
                .build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        assertEquals(List.of(RESOLVED, RESOLVED, BROKEN_ANCHOR, RESOLVED), rs.stream().map(Resolution::status).toList());
        assertTrue(rs.get(2).detail().contains("is not in this note"), rs.get(2).detail());
    }

    @Test
    void anAnchorPresentInOneTiedCandidateIsStillAmbiguousButNotBroken() {
        VaultIndex v = new TestVault().note("Alpha/Plan.md", "## Alpha goals").note("Gamma/Plan.md", "## Gamma goals")
                .note("Root.md", "[[Plan#Alpha goals]] [[Plan#Beta]]").build();
        List<Resolution> rs = TestVault.resolve(v, "Root.md");
        assertEquals(AMBIGUOUS, rs.get(0).status());
        assertTrue(rs.get(0).ambiguity().contains("[[Alpha/Plan#Alpha goals]] (the only one with that heading)"),
                rs.get(0).ambiguity());
        assertEquals(BROKEN_ANCHOR, rs.get(1).status());
        assertTrue(rs.get(1).ambiguous());
    }

    @Test
    void brokenNamesGetSuggestionsOnlyWithABasis() {
        VaultIndex v = new TestVault().note("Topics/Capacity Planning.md", "").note("Topics/AWS Networking Fundamentals.md", "")
                .note("a.md", "[[Capacity Planing]] [[AWS Networking]] [[Zebra Crossing]]").build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        assertTrue(rs.get(0).detail().contains("did you mean [[Capacity Planning]]"), rs.get(0).detail());
        assertTrue(rs.get(1).detail().contains("did you mean [[AWS Networking Fundamentals]]"), rs.get(1).detail());
        assertTrue(rs.get(2).detail().endsWith("create the note or fix the link"), rs.get(2).detail());
        assertTrue(rs.get(2).detail().startsWith("points to \"Zebra Crossing\", which does not exist in the vault;"));
    }

    @Test
    void aSuggestionAmongSameNamedFilesIsTheOneTheLinkWouldOpenFromThisNote() {
        // Each company folder has its own Debrief: a typo in Globex's notes means Globex's Debrief,
        // which [[Debrief]] opens from there, not Acme's, whose path merely sorts first.
        VaultIndex v = new TestVault().note("Interviews/Acme/Debrief.md", "").note("Interviews/Globex/Debrief.md", "## Intro\n")
                .file("Interviews/Acme/diagram.png").file("Interviews/Globex/diagram.png")
                .note("Interviews/Globex/Onsite.md", "[[Debrif]] [x](Debrif.md) ![[diagrm.png]] [[Debrif#Intro|intro]]")
                .note("Interviews/Globex/Round 2/Prep.md", "[[Debrif]] [y](Debrif.md)")
                .note("Interviews/Index.md", "[[Debrif]]").build();
        List<Resolution> rs = TestVault.resolve(v, "Interviews/Globex/Onsite.md");
        assertTrue(rs.get(0).detail().endsWith("did you mean [[Debrief]]?"), rs.get(0).detail());
        assertTrue(rs.get(1).detail().endsWith("did you mean (Debrief.md), the file Interviews/Globex/Debrief.md?"),
                rs.get(1).detail());
        assertTrue(rs.get(2).detail().endsWith("did you mean ![[diagram.png]]?"), rs.get(2).detail());
        assertTrue(rs.get(3).detail().endsWith("did you mean [[Debrief#Intro|intro]]?"), rs.get(3).detail());
        // From a subfolder, [[Debrief]] opens Acme's (the shorter path): only the folder form reaches Globex's.
        List<Resolution> sub = TestVault.resolve(v, "Interviews/Globex/Round 2/Prep.md");
        assertTrue(sub.get(0).detail().endsWith("did you mean [[Globex/Debrief]]?"), sub.get(0).detail());
        assertTrue(sub.get(1).detail().endsWith("did you mean (../Debrief.md), the file Interviews/Globex/Debrief.md?"),
                sub.get(1).detail());
        // Where neither is nearer, the suggestion is what the bare name opens from there (the shorter path).
        assertTrue(only(v, "Interviews/Index.md").detail().endsWith("did you mean [[Debrief]]?"),
                only(v, "Interviews/Index.md").detail());
        VaultIndex tie = new TestVault().note("A/Plan.md", "").note("B/Plan.md", "").note("C/Src.md", "[[Pln]]").build();
        assertTrue(only(tie, "C/Src.md").detail().endsWith("did you mean [[A/Plan]]?"), "a real tie keeps the "
                + "folder form, which alone picks one: " + only(tie, "C/Src.md").detail());
    }

    @Test
    void shortNamesGetNoSuggestionWithNothingInCommon() {
        VaultIndex v = new TestVault().note("a.md", "[[b]] [[ab]] [[xy]]").note("Zed.md", "").note("c.md", "[[Zee]]").build();
        for (Resolution r : TestVault.resolve(v, "a.md")) {
            assertEquals(BROKEN, r.status());
            assertTrue(!r.detail().contains("did you mean"), r.detail());
        }
        assertTrue(only(v, "c.md").detail().contains("did you mean [[Zed]]?"), "one edit in three letters is a basis");
    }

    @Test
    void aNestedAnchorIsOnlySuggestedWhenItResolves() {
        VaultIndex v = new TestVault().note("Note.md", "# Note\n### Bee\n## H\n## A\n### Bean\n")
                .note("a.md", "[[Note#h#x]] [[Note#H#Beep]] [[Note#A#Beam]]").build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        assertEquals(List.of(BROKEN_ANCHOR, BROKEN_ANCHOR, BROKEN_ANCHOR), rs.stream().map(Resolution::status).toList());
        assertTrue(!rs.get(0).detail().contains("did you mean"), "[[Note#h#H]] is broken too: " + rs.get(0).detail());
        assertTrue(!rs.get(1).detail().contains("did you mean"), "Bee comes before H: " + rs.get(1).detail());
        assertTrue(rs.get(2).detail().contains("did you mean [[Note#A#Bean]]?"), rs.get(2).detail());
    }

    @Test
    void headingsWithInlineCodeAndMarkupResolveAsObsidianWritesThem() {
        VaultIndex v = new TestVault().note("N.md", "# N\n## **Bold** _it_ `code`\n## `Backtick` heading\n")
                .note("a.md", "[[N#**Bold** _it_ `code`]] [[N#`Backtick` heading]] [[N#Bold it code]] `[[N#Nope]]`").build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        assertEquals(List.of(RESOLVED, RESOLVED, BROKEN_ANCHOR), rs.stream().map(Resolution::status).toList());
        assertTrue(rs.get(2).detail().contains("did you mean [[N#**Bold** _it_ `code`]]?"),
                "_ is kept by Obsidian's heading match: " + rs.get(2).detail());
    }

    @Test
    void invisibleAndLookAlikeCharactersAreNamed() {
        VaultIndex v = new TestVault().note("Foo Bar.md", "# Foo Bar\n## Setup\nPara ^step-one\n")
                .note("a.md", "[[Foo\u00A0Bar]] [[Foo Bar#Set\u200Bup]] [[Foo Bar#^step\u2013one]]").build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        assertEquals(BROKEN, rs.get(0).status());
        assertTrue(rs.get(0).detail().contains("did you mean [[Foo Bar]]? What was written contains a non-breaking space "
                + "(U+00A0), which looks like an ordinary character but does not match it: retype it"), rs.get(0).detail());
        assertTrue(rs.get(1).detail().contains("did you mean [[Foo Bar#Setup]]? What was written contains a zero width "
                + "space (U+200B)"), rs.get(1).detail());
        assertTrue(rs.get(2).detail().contains("an en dash (U+2013)"), rs.get(2).detail());
    }

    @Test
    void aTypographicCharacterOnlyTheSuggestionHasIsNamed() {
        VaultIndex v = new TestVault().note("Prep.md", "# Prep\n## Why CPU won\u2019t cause kill\n## Overall \u2014 next\n")
                .note("Tianran\u2019s Stories.md", "# Stories\n")
                .note("a.md", "[[Prep#Why CPU won't cause kill]] [[Prep#Overall - next]] [[Tianran's Stories]] "
                        + "[[Prep#Overal \u2014 nxt]]").build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        assertEquals(List.of(BROKEN_ANCHOR, BROKEN_ANCHOR, BROKEN, BROKEN_ANCHOR), rs.stream().map(Resolution::status).toList());
        assertTrue(rs.get(0).detail().endsWith("did you mean [[Prep#Why CPU won\u2019t cause kill]]? The suggestion contains "
                + "a right single quotation mark (U+2019) where what was written has an ordinary character that looks the "
                + "same: copy it from the suggestion"), rs.get(0).detail());
        assertTrue(rs.get(1).detail().endsWith("did you mean [[Prep#Overall \u2014 next]]? The suggestion contains an em dash "
                + "(U+2014) where what was written has an ordinary character that looks the same: copy it from the "
                + "suggestion"), rs.get(1).detail());
        assertTrue(rs.get(2).detail().endsWith("did you mean [[Tianran\u2019s Stories]]? The suggestion contains a right "
                + "single quotation mark (U+2019) where what was written has an ordinary character that looks the same: "
                + "copy it from the suggestion"), rs.get(2).detail());
        assertTrue(rs.get(3).detail().endsWith("did you mean [[Prep#Overall \u2014 next]]?"),
                "a visible difference needs no hint: " + rs.get(3).detail());
    }

    /** An emoji heading link typed without the emoji's variation selector looks identical to the heading. */
    @Test
    void anEmojiVariationSelectorIsNamed() {
        VaultIndex v = new TestVault().note("Prep.md", "# Prep\n## \u2699\uFE0F Systems round\n## \u2705 Done\n")
                .note("a.md", "[[Prep#\u2699 Systems round]] [[Prep#\u2705\uFE0F Done]]").build();
        List<Resolution> rs = TestVault.resolve(v, "a.md");
        assertEquals(List.of(BROKEN_ANCHOR, BROKEN_ANCHOR), rs.stream().map(Resolution::status).toList());
        assertTrue(rs.get(0).detail().endsWith("did you mean [[Prep#\u2699\uFE0F Systems round]]? The suggestion contains a "
                + "variation selector-16 (U+FE0F), an invisible character that what was written lacks: copy the link from the "
                + "suggestion"), rs.get(0).detail());
        assertTrue(rs.get(1).detail().endsWith("did you mean [[Prep#\u2705 Done]]? What was written contains a variation "
                + "selector-16 (U+FE0F), which looks like an ordinary character but does not match it: retype it"), rs.get(1).detail());
    }

    @Test
    void aMissingHeadingThatASameNamedNoteHasPointsThere() {
        VaultIndex v = new TestVault().note("Work/Retro.md", "## Work retro").note("Archive/2024/Retro.md", "## Archived retro")
                .note("Notes/Weekly.md", "[[Retro#Archived retro]]").build();
        Resolution r = only(v, "Notes/Weekly.md");
        assertEquals(BROKEN_ANCHOR, r.status());
        assertTrue(r.detail().contains("it is in Archive/2024/Retro.md") && r.detail().contains("write [[2024/Retro#Archived retro]]"),
                r.detail());
    }

    @Test
    void resolutionsAreComputedOncePerNoteAcrossThreads() throws Exception {
        TestVault tv = new TestVault();
        for (int i = 0; i < 50; i++) {
            tv.note("n" + i + ".md", "[[n" + ((i + 1) % 50) + "]] [[missing" + i + "]]");
        }
        VaultIndex v = tv.build();
        LinkResolver resolver = new LinkResolver(v);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Resolution>>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Note n : v.notes()) {
                    futures.add(pool.submit(() -> resolver.resolutions(n)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                Note n = v.notes().get(i % v.notes().size());
                List<Resolution> rs = futures.get(i).get();
                assertSame(resolver.resolutions(n), rs, "one shared list per note");
                assertEquals(RESOLVED, rs.get(0).status());
                assertEquals(BROKEN, rs.get(1).status());
            }
        } finally {
            pool.shutdown();
        }
        assertNull(new LinkResolver(v).resolve(v.note("n0.md"), v.note("n0.md").links().get(1)).target());
    }
}
