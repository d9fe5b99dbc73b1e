package io.github.vaultlint.analysis;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user who renames the debrief template's parts keeps the analysis: a part takes the role of the
 * built-in part its name or a synonym names ("Gaps" is weak, "Went well" a strength), or the one
 * its {@code role:} gives.
 */
class AnalyzerRenamedPartsTest {
    @TempDir
    Path vault;

    private static final String NOTE = "---\ntags: [real-interview]\ncompany: Acme\ndate: 2025-09-01\n---\n"
            + "## Streaming\n### Questions\n- How do consumer groups rebalance?\n### My answer\n- Partitions move\n"
            + "### Went well\n- Knew the basics\n### Gaps\n- Could not explain cooperative rebalancing\n"
            + "### Plan\n- Read the rebalance protocol docs\n- [ ] Try it on a local cluster\n";

    private Insights analyze(String config) throws Exception {
        Files.writeString(vault.resolve(".vaultlint.yml"), config);
        Files.writeString(vault.resolve("2025-09-01 Acme.md"), NOTE);
        return new Linter().run(LintOptions.of(vault)).insights();
    }

    private static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).toList();
    }

    @Test
    void renamedPartsKeepTheirRolesByNameOrByRole() throws Exception {
        Insights in = analyze("templates:\n  debrief:\n    parts:\n      - Questions\n      - My answer\n"
                + "      - name: Went well\n        required: false\n      - Gaps\n      - name: Plan\n        role: action\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of("Could not explain cooperative rebalancing"), texts(iv.weak()), "Gaps names the weak part");
        assertEquals(List.of("Knew the basics"), texts(iv.strengths()), "Went well names the strength part");
        assertEquals(List.of("Read the rebalance protocol docs", "Try it on a local cluster"), texts(iv.actions()),
                "role: action makes Plan's items actions");
        assertEquals(2, in.actions().size(), "the task is counted once");
        assertEquals(java.util.Arrays.asList(null, false), iv.actions().stream().map(Item::done).toList());
    }

    @Test
    void roleOverridesWhatTheNameSuggests() throws Exception {
        Insights in = analyze("templates:\n  debrief:\n    parts:\n      - Questions\n      - My answer\n"
                + "      - name: Went well\n        role: none\n        required: false\n      - name: Gaps\n        role: weak\n"
                + "      - name: Plan\n        id: improve\n");
        Interview iv = in.interviews().get(0);
        assertEquals(List.of(), iv.strengths(), "role: none: its items are no strengths");
        assertEquals(List.of("Could not explain cooperative rebalancing"), texts(iv.weak()));
        assertEquals(2, iv.actions().size(), "id: improve is an action part, as in the built-in template");
    }

    @Test
    void anUnknownRoleIsAConfigurationErrorWithDidYouMean() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> analyze(
                "templates:\n  debrief:\n    parts:\n      - Questions\n      - name: Gaps\n        role: strenght\n"));
        assertTrue(e.getMessage().contains(".vaultlint.yml:6:15: role \"strenght\" of a part of template \"debrief\" is not one of weak, strength, action, none"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean \"strength\"?"), e.getMessage());
    }
}
