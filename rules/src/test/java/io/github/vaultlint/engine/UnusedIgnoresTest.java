package io.github.vaultlint.engine;

import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An {@code ignore:} glob that matches nothing ignores nothing: a typo used to leave the folder it
 * meant linted, silently. Each is an {@code unused-ignore} finding (info) at its place in the config, with
 * the nearest existing name, and the run goes on.
 */
class UnusedIgnoresTest {
    @TempDir
    Path vault;

    private void write(String path, String text) throws IOException {
        Path p = vault.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private List<String> unused(LintResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("unused-ignore"))
                .map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.message()).toList();
    }

    private void notes() throws IOException {
        write("Templates/Debrief template.md", "# {{title}}\n\n## \n");
        write("Interviews/Drafts/2025-03-04 Acme.md", "# Acme\n\nNotes.\n");
        write("Boards/plan.excalidraw.md", "# plan\n");
        write("Home.md", "# Home\n\n[[Debrief template]]\n");
        Files.createDirectories(vault.resolve("Empty"));
    }

    @Test
    void aGlobThatMatchesNothingIsAWarningOnItsLineWithTheNearestName() throws Exception {
        notes();
        write(".vaultlint.yml", "ignore:\n  - Templtes/**\n  - \"**/*.excalidraw.md\"\n  - templates/\n"
                + "  - \"**/Drafs/*.md\"\n  - Interviews/Draft/\n  - Empty/\n  - Nowhere/**\n");
        LintResult r = new Linter().run(LintOptions.of(vault));
        String not = " matches no file or folder in the vault, so it ignores nothing";
        assertEquals(List.of(
                ".vaultlint.yml:2:5 .vaultlint.yml: ignore glob \"Templtes/**\"" + not + " (did you mean \"Templates/**\"?); fix the pattern or remove it",
                ".vaultlint.yml:4:5 .vaultlint.yml: ignore glob \"templates/\"" + not + " (did you mean \"Templates/\"? paths are case-sensitive); fix the pattern or remove it",
                ".vaultlint.yml:5:5 .vaultlint.yml: ignore glob \"**/Drafs/*.md\"" + not + " (did you mean \"**/Drafts/*.md\"?); fix the pattern or remove it",
                ".vaultlint.yml:6:5 .vaultlint.yml: ignore glob \"Interviews/Draft/\"" + not + " (did you mean \"Interviews/Drafts/\"?); fix the pattern or remove it",
                ".vaultlint.yml:8:5 .vaultlint.yml: ignore glob \"Nowhere/**\"" + not + "; fix the pattern (paths are relative to the vault root and case-sensitive) or remove it"),
                unused(r), "an empty folder is matched, a quoted glob is placed at its quote");
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("unused-ignore")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, f.severity());
        assertTrue(r.findings().stream().anyMatch(x -> x.ruleId().equals("empty-heading") && x.file().startsWith("Templates/")),
                "what the misspelt glob meant to ignore is linted, which the warning explains");
    }

    @Test
    void dotFoldersAndTargetAreNeverReadSoTheirGlobsAreNotNeeded() throws Exception {
        notes();
        Files.createDirectories(vault.resolve(".trash"));
        write(".trash/old.md", "# old\n");
        write(".vaultlint.yml", "ignore: [.trash/, \"target/**\", Templates/]\n");
        assertEquals(List.of(
                ".vaultlint.yml:1:10 .vaultlint.yml: ignore glob \".trash/\" matches no file or folder in the vault, so it ignores "
                        + "nothing: vaultlint never reads files or folders whose name starts with \".\" (.obsidian, .trash), so the "
                        + "entry is not needed; remove it",
                ".vaultlint.yml:1:19 .vaultlint.yml: ignore glob \"target/**\" matches no file or folder in the vault, so it ignores "
                        + "nothing: vaultlint never reads the target/ folder, so the entry is not needed; remove it"),
                unused(new Linter().run(LintOptions.of(vault))));
    }

    @Test
    void aLinkOutOfTheVaultIgnoredOnPurposeIsMatched(@TempDir Path elsewhere) throws Exception {
        notes();
        Files.writeString(elsewhere.resolve("shared.md"), "# shared\n");
        try {
            Files.createSymbolicLink(vault.resolve("Shared"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here");
        }
        write(".vaultlint.yml", "ignore:\n  - Shared/\n");
        LintResult r = new Linter().run(LintOptions.of(vault));
        assertEquals(List.of(), unused(r), "the link is what the glob ignores (its unreadable-file finding is silenced)");
        assertTrue(r.findings().stream().noneMatch(x -> x.file().startsWith("Shared")), r.findings().toString());
    }

    @Test
    void aConfigOutsideTheVaultIsNamedByItsPath(@TempDir Path elsewhere) throws Exception {
        notes();
        Path config = elsewhere.resolve("team.vaultlint.yml");
        Files.writeString(config, "ignore:\n  - Templtes/\n");
        LintResult r = new Linter().run(new LintOptions(vault, config, true, 0));
        List<String> u = unused(r);
        assertEquals(1, u.size(), u.toString());
        assertTrue(u.get(0).startsWith(config + ":2:5 " + config + ": ignore glob \"Templtes/\""), u.get(0));
    }
}
