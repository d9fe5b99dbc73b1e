package io.github.vaultlint.config;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A {@code .vaultlint.yml} that is there but is no file (a dangling symbolic link, a folder, a named
 * pipe) is a configuration error that says so: it was silently the defaults (a shared config linked
 * in and since moved), or a pipe at the vault root hung the build forever.
 */
class ConfigFileKindTest {

    private static String failure(Path vault) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ConfigException.class, () -> new Linter().run(LintOptions.of(vault))),
                "a config that is a named pipe must never be opened").getMessage();
    }

    private static void vault(Path vault) throws IOException {
        Files.writeString(vault.resolve("Note.md"), "# Note\n\n## \n");
        Files.createDirectories(vault.resolve("Archive"));
        Files.writeString(vault.resolve("Archive/Old.md"), "# Old\n\n## \n");
    }

    private static void fifo(Path file) throws Exception {
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", file.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        Assumptions.assumeTrue(made, "mkfifo is not available here");
    }

    @Test
    void aDanglingLinkAsTheVaultConfigIsAnErrorNotTheDefaults(@TempDir Path vault) throws Exception {
        vault(vault);
        Files.createSymbolicLink(vault.resolve(".vaultlint.yml"), Path.of("../shared/vaultlint.yml"));
        assertEquals("config file .vaultlint.yml is a symbolic link to ../shared/vaultlint.yml, which does not "
                + "exist, so no config was read; point the link at the config file or remove it", failure(vault));
    }

    @Test
    void aNamedPipeAsTheVaultConfigIsAnErrorAndNeverOpened(@TempDir Path vault) throws Exception {
        vault(vault);
        fifo(vault.resolve(".vaultlint.yml"));
        assertEquals("config file .vaultlint.yml is not a regular file (a named pipe, socket or device), "
                + "so it was not read; replace it with a YAML file or remove it", failure(vault));
    }

    @Test
    void aDanglingLinkAsAFolderConfigIsAnError(@TempDir Path vault) throws Exception {
        vault(vault);
        Files.createSymbolicLink(vault.resolve("Archive/.vaultlint.yml"), Path.of("../../shared/archive.yml"));
        assertEquals("Archive/.vaultlint.yml is a symbolic link to ../../shared/archive.yml, which does not exist, so no config "
                + "was read; point the link at the config file or remove it", failure(vault));
    }

    @Test
    void aFolderNamedLikeAFolderConfigIsAnError(@TempDir Path vault) throws Exception {
        vault(vault);
        Files.createDirectories(vault.resolve("Archive/.vaultlint.yml"));
        assertEquals("Archive/.vaultlint.yml is a folder, not a config file; a folder's config is a YAML file named .vaultlint.yml: "
                + "rename or remove the folder", failure(vault));
    }

    @Test
    void aNamedPipeAsAFolderConfigIsAnErrorAndNeverOpened(@TempDir Path vault) throws Exception {
        vault(vault);
        fifo(vault.resolve("Archive/.vaultlint.yml"));
        assertEquals("Archive/.vaultlint.yml is not a regular file (a named pipe, socket or device), so it was not read; "
                + "replace it with a YAML file or remove it", failure(vault));
    }

    @Test
    void aFolderConfigLinkedToAFileInTheVaultStillApplies(@TempDir Path vault) throws Exception {
        vault(vault);
        Files.writeString(vault.resolve("archive-rules.yml"), "rules:\n  empty-heading: off\n");
        Files.createSymbolicLink(vault.resolve("Archive/.vaultlint.yml"), Path.of("../archive-rules.yml"));
        LintResult result = new Linter().run(LintOptions.of(vault));
        assertEquals(java.util.List.of("Note.md"),
                result.findings().stream().filter(f -> f.ruleId().equals("empty-heading")).map(Finding::file).toList());
    }
}
