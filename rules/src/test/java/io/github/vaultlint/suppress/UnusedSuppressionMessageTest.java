package io.github.vaultlint.suppress;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What an unused vaultlint-disable-next-line says about the line it looked at. */
class UnusedSuppressionMessageTest {

    @Test
    void aDirectiveOnTheLastLineSaysTheNoteEndsNotALineThatIsNotThere(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Last.md"), "# Last\n\nSome text.\n%% vaultlint-disable-next-line broken-link %%");
        Files.writeString(vault.resolve("Blank.md"), "# Blank\n%% vaultlint-disable-next-line broken-link %%\n\nText.\n");
        List<String> messages = new Linter().run(LintOptions.of(vault)).findings().stream()
                .filter(f -> f.ruleId().equals("unused-suppression")).map(f -> f.file() + ":" + f.line() + " " + f.message()).toList();
        assertEquals(List.of(
                "Blank.md:2 vaultlint-disable-next-line for broken-link suppresses nothing on line 3; remove it (or the rule id)"
                        + " so stale suppressions don't pile up",
                "Last.md:4 vaultlint-disable-next-line for broken-link suppresses nothing: the note ends before a next line;"
                        + " remove it (or the rule id) so stale suppressions don't pile up"), messages);
    }

    @Test
    void aRangeThatAnEnableClosesForSomeRulesIsOneSuppressionNamingItsIdleRulesOnce(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Split.md"), String.join("\n",
                "# Split",
                "%% vaultlint-disable broken-link empty-heading heading-syntax %%",
                "[[Gone]]",
                "%% vaultlint-enable broken-link %%",
                "Text.",
                "%% vaultlint-enable %%",
                ""));
        List<String> messages = new Linter().run(LintOptions.of(vault)).findings().stream()
                .map(f -> f.file() + ":" + f.line() + " " + f.ruleId() + " " + f.message()).toList();
        assertEquals(List.of("Split.md:2 unused-suppression vaultlint-disable for empty-heading, heading-syntax suppresses nothing;"
                + " remove it (or the rule id) so stale suppressions don't pile up"), messages);
    }
}
