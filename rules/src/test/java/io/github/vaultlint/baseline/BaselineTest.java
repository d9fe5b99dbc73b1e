package io.github.vaultlint.baseline;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.report.SourceLines;
import io.github.vaultlint.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The adoption round trip: baseline, unrelated edit, new breakage, fix. */
class BaselineTest {

    private static LintResult lint(Path vault) throws Exception {
        return new Linter().run(LintOptions.of(vault));
    }

    private static Map<Finding, String> fps(LintResult r, Path vault) {
        return Fingerprints.compute(r.findings(), new SourceLines(vault));
    }

    @Test
    void roundTrip(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("v");
        Files.createDirectories(vault);
        Path note = vault.resolve("Debrief.md");
        Files.writeString(note, "# Debrief\n\nSee [[Gone]] and [[Gone]] again.\n\n## ## Stray\n");
        LintResult r0 = lint(vault);
        assertEquals(3, r0.findings().size(), r0.findings().toString());
        Path file = vault.resolve(Baseline.FILE);
        Baseline.of(r0.findings(), fps(r0, vault)).write(file);
        Baseline baseline = Baseline.read(file);
        assertEquals(3, baseline.entries().size());

        // Unrelated edit above the findings moves every line: nothing new, nothing fixed.
        Files.writeString(note, "# Debrief\n\nA new first paragraph.\n\nMore text.\n\nSee [[Gone]] and [[Gone]] again.\n\n## ## Stray\n");
        LintResult r1 = lint(vault);
        Baseline.Comparison c1 = baseline.compare(r1.findings(), fps(r1, vault));
        assertEquals(0, c1.fresh().size(), c1.fresh().toString());
        assertEquals(3, c1.baselined().size());
        assertEquals(0, c1.fixed().size());

        // Break a new link: exactly one new finding.
        Files.writeString(note, "# Debrief\n\nA new first paragraph.\n\nMore text [[Also gone]].\n\nSee [[Gone]] and [[Gone]] again.\n\n## ## Stray\n");
        LintResult r2 = lint(vault);
        Baseline.Comparison c2 = baseline.compare(r2.findings(), fps(r2, vault));
        assertEquals(1, c2.fresh().size());
        assertEquals(7 - 2, c2.fresh().get(0).line());

        // Fix one of the two identical links: one fixed, counted as such, and pruned on update.
        Files.writeString(note, "# Debrief\n\nA new first paragraph.\n\nSee [[Gone]] again.\n\n## ## Stray\n");
        LintResult r3 = lint(vault);
        Baseline.Comparison c3 = baseline.compare(r3.findings(), fps(r3, vault));
        assertEquals(0, c3.fresh().size());
        assertEquals(2, c3.baselined().size());
        assertEquals(1, c3.fixed().size());
        assertEquals(2, baseline.pruned(c3).entries().size());
    }

    /** A note-wide finding sits on line 1, which was hashed: retitling the note made it new again. */
    @Test
    void findingsAboutTheWholeNoteStayBaselinedWhenItsFirstLineChanges(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("v");
        Files.createDirectories(vault.resolve("Interviews"));
        Path debrief = vault.resolve("Interviews/2025-04-01 Globex.md");
        Files.writeString(debrief, "# Globex onsite\n\n## Kafka\n\n### What I was asked\n- Partitions\n\n### How I responded\n"
                + "- Guessed\n\n### What was weak\n- Sizing\n\n### How I should improve\n- Read the docs\n");
        Path blank = vault.resolve("Blank.md");
        Files.writeString(blank, "   \n");
        LintResult r0 = lint(vault);
        assertEquals(java.util.List.of("frontmatter-missing", "empty-note"), r0.findings().stream()
                .map(Finding::ruleId).sorted(java.util.Comparator.reverseOrder()).toList(), r0.findings().toString());
        Baseline baseline = Baseline.of(r0.findings(), fps(r0, vault));

        Files.writeString(debrief, Files.readString(debrief).replace("# Globex onsite", "# Globex onsite (final round)"));
        Files.writeString(blank, "\t\n\n");
        LintResult r1 = lint(vault);
        Baseline.Comparison c = baseline.compare(r1.findings(), fps(r1, vault));
        assertEquals(0, c.fresh().size(), c.fresh().toString());
        assertEquals(2, c.baselined().size());
    }

    /**
     * A baseline written where the note's name reads in NFC (macOS, whose Java hands out NFC names)
     * holds on a Linux checkout whose file name is NFD, and the other way round: it matched nothing,
     * so every finding of such a note was new on CI and its entries counted as fixed.
     */
    @Test
    void aBaselineHoldsWhetherTheNoteNameIsNfcOrNfd(@TempDir Path dir) throws Exception {
        String nfc = "R\u00e9sum\u00e9 caf\u00e9.md";
        String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
        for (String[] names : new String[][] {{nfc, nfd}, {nfd, nfc}}) {
            Path vault = Files.createTempDirectory(dir, "v");
            Files.writeString(vault.resolve(names[0]), "# R\n\nSee [[Gone]] and [[Gone]].\n");
            LintResult r0 = lint(vault);
            assertEquals(2, r0.findings().size(), r0.findings().toString());
            assertEquals(names[0], r0.findings().get(0).file());
            Baseline baseline = Baseline.of(r0.findings(), fps(r0, vault));

            Files.move(vault.resolve(names[0]), vault.resolve(names[1]));
            LintResult r1 = lint(vault);
            assertEquals(names[1], r1.findings().get(0).file());
            Baseline.Comparison c = baseline.compare(r1.findings(), fps(r1, vault));
            assertEquals(0, c.fresh().size(), c.fresh().toString());
            assertEquals(2, c.baselined().size());
            assertEquals(0, c.fixed().size(), c.fixed().toString());
        }
    }

    /**
     * A note named in Latin-1 (an old tool's export) could not be read back by its vault path, so every
     * finding in it hashed no text: a broken link replaced by another one kept the old fingerprint and
     * the new breakage passed as baselined.
     */
    @Test
    void aNewFindingInANoteWhoseNameIsNotUtf8IsNew(@TempDir Path dir) throws Exception {
        Path vault = Files.createDirectories(dir.resolve("v"));
        Path note;
        try {
            note = Files.writeString(Path.of(java.net.URI.create(vault.toUri() + "Caf%E9%20notes.md")), "# Cafe\n\nSee [[Gone]].\n");
        } catch (java.io.IOException | RuntimeException e) {
            org.junit.jupiter.api.Assumptions.abort("this file system does not take names that are not UTF-8: " + e);
            return;
        }
        LintResult r0 = lint(vault);
        assertEquals(java.util.List.of("broken-link", "invalid-encoding"),
                r0.findings().stream().map(Finding::ruleId).sorted().toList(), r0.findings().toString());
        Baseline baseline = Baseline.of(r0.findings(), fps(r0, vault));

        Files.writeString(note, "# Cafe\n\nIntro.\n\nSee [[Gone]].\n"); // lines move: still baselined
        LintResult r1 = lint(vault);
        Baseline.Comparison c1 = baseline.compare(r1.findings(), fps(r1, vault));
        assertEquals(0, c1.fresh().size(), c1.fresh().toString());
        assertEquals(2, c1.baselined().size());

        Files.writeString(note, "# Cafe\n\nSee [[Elsewhere]].\n"); // one link fixed, another broken
        LintResult r2 = lint(vault);
        Baseline.Comparison c2 = baseline.compare(r2.findings(), fps(r2, vault));
        assertEquals(1, c2.fresh().size(), c2.fresh().toString());
        assertEquals("broken-link", c2.fresh().get(0).ruleId());
        assertEquals(1, c2.fixed().size(), c2.fixed().toString());
    }

    /** Entries whose fingerprints differ only in the normalisation of the name are both matched, neither left as fixed. */
    @Test
    void entriesThatDifferOnlyInNormalisationAreMatchedTogether(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("v");
        Files.createDirectories(vault);
        String nfc = "Caf\u00e9.md";
        Files.writeString(vault.resolve(nfc), "# C\n\n[[Gone]]\n");
        LintResult r = lint(vault);
        String fp = fps(r, vault).get(r.findings().get(0));
        String nfdFp = java.text.Normalizer.normalize(fp, java.text.Normalizer.Form.NFD);
        Baseline baseline = new Baseline(new java.util.LinkedHashMap<>(Map.of(
                fp, new Baseline.Entry(fp, "broken-link", nfc, "m"),
                nfdFp, new Baseline.Entry(nfdFp, "broken-link", nfc, "m"))));
        Baseline.Comparison c = baseline.compare(r.findings(), fps(r, vault));
        assertEquals(1, c.baselined().size());
        assertEquals(0, c.fixed().size(), c.fixed().toString());
    }

    @Test
    void baselineThatIsNotUtf8IsAConfigErrorSayingWhere(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vaultlint-baseline.json");
        Files.write(file, new byte[] {'{', '\n', ' ', (byte) 0xC3, '(', '\n'});
        io.github.vaultlint.config.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.vaultlint.config.ConfigException.class, () -> Baseline.read(file));
        assertEquals(file + ":2:2: the baseline is not valid UTF-8 (byte 0xC3 at byte offset 3); regenerate it with "
                + "mvn vaultlint:baseline, or save it as UTF-8", e.getMessage());
    }

    @Test
    void baselineThatIsNotJsonNamesThePositionWithoutJacksonsSource(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vaultlint-baseline.json");
        Files.writeString(file, "{\"findings\": [");
        io.github.vaultlint.config.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.vaultlint.config.ConfigException.class, () -> Baseline.read(file));
        assertEquals(file + ":1:15: baseline is not valid JSON (Unexpected end-of-input: expected close marker for Array "
                + "(start marker at line 1, column 14)); regenerate it with mvn vaultlint:baseline", e.getMessage());
    }

    /**
     * A baseline of another version was read as version 1: its entries matched nothing, so every
     * finding was new, every entry fixed, and updateBaseline pruned them all.
     */
    @Test
    void aBaselineOfAnotherVersionIsAConfigErrorNotAnEmptyMatch(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vaultlint-baseline.json");
        Files.writeString(file, "{\"version\": 2, \"findings\": [{\"fingerprint\": \"broken-link:a.md:x:0\"}]}");
        io.github.vaultlint.config.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.vaultlint.config.ConfigException.class, () -> Baseline.read(file));
        assertEquals(file + ": baseline version 2 is not one this vaultlint reads (1); use the vaultlint that wrote it, "
                + "or regenerate it with mvn vaultlint:baseline", e.getMessage());
        Files.writeString(file, "{\"version\": \"1\", \"findings\": [{\"fingerprint\": \"broken-link:a.md:x:0\"}]}");
        assertEquals(1, Baseline.read(file).entries().size(), "a version written as text \"1\" is read");
        Files.writeString(file, "{\"findings\": [{\"fingerprint\": \"broken-link:a.md:x:0\"}]}");
        assertEquals(1, Baseline.read(file).entries().size(), "no version: read as version 1");
    }

    /** An entry without a fingerprint (a bad hand edit or merge) was skipped: its finding showed as new with no word why. */
    @Test
    void anEntryWithoutAFingerprintIsAConfigErrorNamingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vaultlint-baseline.json");
        Files.writeString(file, "{\"version\": 1, \"findings\": [{\"fingerprint\": \"broken-link:a.md:x:0\"}, "
                + "{\"fingreprint\": \"broken-link:a.md:y:0\", \"ruleId\": \"broken-link\"}]}");
        io.github.vaultlint.config.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.vaultlint.config.ConfigException.class, () -> Baseline.read(file));
        assertEquals(file + ": finding 2 of the baseline has no \"fingerprint\", so it can match no finding; restore it from "
                + "version control or regenerate the baseline with mvn vaultlint:baseline", e.getMessage());
    }
}
