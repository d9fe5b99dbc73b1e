package io.github.vaultlint.suppress;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An unknown rule id in a suppression is reported on the id itself, so an editor or PR annotation marks it. */
class InvalidSuppressionPositionTest {

    private static List<String> invalid(Path vault) throws Exception {
        return new Linter().run(LintOptions.of(vault)).findings().stream()
                .filter(f -> f.ruleId().equals("invalid-suppression"))
                .map(f -> f.line() + ":" + f.column() + "-" + f.endLine() + ":" + f.endColumn() + " " + f.message()).toList();
    }

    @Test
    void eachUnknownIdIsMarkedWhereItIsWritten(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Debrief.md"), String.join("\n",
                "# Debrief",
                "%% vaultlint-disable brokn-link %%",
                "%%   vaultlint-disable-next-line no-such-rule, broken-link %%",
                "[[Missing]]",
                "<!-- vaultlint-disable empty-heading, brokenlink -->",
                "<!--",
                "vaultlint-disable",
                "  Broken-Link",
                "-->",
                "%% vaultlint-enable empty-headng %%",
                ""));
        String hint = "; see docs/rules.md for rule ids";
        assertEquals(List.of(
                "2:22-2:32 suppression names unknown rule \"brokn-link\" (did you mean \"broken-link\"?)" + hint,
                "3:34-3:46 suppression names unknown rule \"no-such-rule\"" + hint,
                "5:39-5:49 suppression names unknown rule \"brokenlink\" (did you mean \"broken-link\"?)" + hint,
                "8:3-8:14 suppression names unknown rule \"Broken-Link\" (did you mean \"broken-link\"?)" + hint,
                "10:21-10:33 suppression names unknown rule \"empty-headng\" (did you mean \"empty-heading\"?)" + hint), invalid(vault));
    }

    @Test
    void anUnknownVerbIsMarkedOnTheVerb(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Note.md"), "# Note\n\nText. %%  vaultlint-disabel broken-link %%\n");
        assertEquals(List.of("3:11-3:28 unknown suppression \"vaultlint-disabel\" (did you mean \"vaultlint-disable\"?); it has no effect"),
                invalid(vault));
    }

    @Test
    void aRepeatedIdIsMarkedEachTimeAtItsOwnPlace(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Twice.md"), "# Twice\n%% vaultlint-disable nope, nope %%\n");
        String m = " suppression names unknown rule \"nope\"; see docs/rules.md for rule ids";
        assertEquals(List.of("2:22-2:26" + m, "2:28-2:32" + m), invalid(vault));
    }

    @Test
    void crlfLineBreaksInAMultiLineCommentCountAsOne(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Windows.md"), "# Windows\r\n%% vaultlint-disable\r\n\tbroken-lnk %%\r\nText.\r\n");
        assertEquals(List.of("3:2-3:12 suppression names unknown rule \"broken-lnk\" (did you mean \"broken-link\"?)"
                + "; see docs/rules.md for rule ids"), invalid(vault));
    }
}
