package io.github.vaultlint.config;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Sub-folder .vaultlint.yml files and note types' rules: they load, and every mistake names the file
 * (relative to the vault for folder configs), line and column, what is wrong and the fix.
 */
class FolderConfigTest {
    private static final ConfigLoader LOADER = new ConfigLoader(RuleRegistry.builtin());

    private static FolderConfig folder(String yaml) throws ConfigException {
        return LOADER.parseFolder("Archive", "Archive/.vaultlint.yml", yaml);
    }

    private static String folderFailure(String yaml) {
        return assertThrows(ConfigException.class, () -> folder(yaml)).getMessage();
    }

    private static String rootFailure(String yaml) {
        return assertThrows(ConfigException.class, () -> LOADER.parse(Path.of(".vaultlint.yml"), yaml)).getMessage();
    }

    @Test
    void folderConfigLoadsRulesAndNoteTypesWithPositions() throws ConfigException {
        FolderConfig f = folder("rules:\n  required-section: off\n  empty-heading: error\nnoteTypes:\n  debrief:\n    rules: { section-order: off }\n");
        assertEquals("Archive", f.folder());
        assertEquals(new LevelSetting(RuleLevel.OFF, "Archive/.vaultlint.yml:2:3"), f.rules().get("required-section"));
        assertEquals(RuleLevel.ERROR, f.rules().get("empty-heading").level());
        NoteTypeSpec debrief = f.noteTypes().get(0);
        assertEquals("debrief", debrief.name());
        assertEquals(new LevelSetting(RuleLevel.OFF, "Archive/.vaultlint.yml:6:14"), debrief.rules().get("section-order"));
        // only what was written: the built-in match and schema are inherited later, not copied here
        assertNull(debrief.schema());
        assertNull(debrief.tags());
    }

    @Test
    void emptyFolderConfigChangesNothing() throws ConfigException {
        FolderConfig f = folder("# nothing here yet\n");
        assertEquals(0, f.rules().size());
        assertEquals(List.of(), f.noteTypes());
    }

    @Test
    void vaultWideKeysInAFolderConfigSayWhichKeysAreAllowed() {
        assertEquals("Archive/.vaultlint.yml:3:1: \"ignore\" applies to the whole vault and cannot be set in a folder config; "
                + "a .vaultlint.yml in a sub-folder may only set rules, noteTypes (move \"ignore\" to the root .vaultlint.yml)",
                folderFailure("rules:\n  broken-link: off\nignore: [\"Old/**\"]\n"));
        for (String key : List.of("maxFileSize: 1MB", "extends: none", "templates: {}")) {
            String m = folderFailure(key + "\n");
            String name = key.substring(0, key.indexOf(':'));
            assertEquals("Archive/.vaultlint.yml:1:1: \"" + name + "\" applies to the whole vault and cannot be set in a folder config; "
                    + "a .vaultlint.yml in a sub-folder may only set rules, noteTypes (move \"" + name + "\" to the root .vaultlint.yml)", m);
        }
    }

    @Test
    void unknownKeyInAFolderConfigSuggestsTheAllowedOne() {
        assertEquals("Archive/.vaultlint.yml:1:1: unknown key \"rule\" (did you mean \"rules\"?); "
                + "a .vaultlint.yml in a sub-folder may only set rules, noteTypes", folderFailure("rule:\n  broken-link: off\n"));
        assertEquals("Archive/.vaultlint.yml:2:1: unknown key \"notetypes\" (did you mean \"noteTypes\"?); "
                + "a .vaultlint.yml in a sub-folder may only set rules, noteTypes", folderFailure("rules: {}\nnotetypes: {}\n"));
    }

    @Test
    void folderConfigRuleIdsAndLevelsAreChecked() {
        assertEquals("Archive/.vaultlint.yml:2:3: unknown rule id \"requried-section\" (did you mean \"required-section\"?); "
                + "see docs/rules.md for the list of rules", folderFailure("rules:\n  requried-section: off\n"));
        assertEquals("Archive/.vaultlint.yml:2:21: rule \"required-section\" has level \"quiet\"; use one of error, warning, info, off",
                folderFailure("rules:\n  required-section: quiet\n"));
        assertEquals("Archive/.vaultlint.yml:1:1: the config is a list, but must be a mapping of keys (rules:, noteTypes:), "
                + "e.g. rules: { empty-heading: off }", folderFailure("- rules\n"));
    }

    @Test
    void unknownRuleIdInATypesRulesNamesTheTypeAndSuggests() {
        assertEquals(".vaultlint.yml:4:7: unknown rule id \"star-result-measureable\" in rules of note type \"story-bank\" "
                        + "(did you mean \"star-result-measurable\"?); see docs/rules.md for the list of rules",
                rootFailure("noteTypes:\n  story-bank:\n    rules:\n      star-result-measureable: off\n"));
        assertEquals("Archive/.vaultlint.yml:3:34: unknown rule id \"brokenlink\" in rules of note type \"scratch\" "
                        + "(did you mean \"broken-link\"?); see docs/rules.md for the list of rules",
                folderFailure("noteTypes:\n  scratch:\n    rules: { section-order: off, brokenlink: off }\n"));
    }

    @Test
    void badTypeRulesLevelsAndShapesAreErrors() {
        assertEquals(".vaultlint.yml:3:29: rule \"empty-section\" in note type \"debrief\" has level \"silent\"; "
                + "use one of error, warning, info, off", rootFailure("noteTypes:\n  debrief:\n    rules: { empty-section: silent }\n"));
        assertEquals(".vaultlint.yml:3:12: \"rules\" of note type \"debrief\" must map rule ids to error|warning|info|off, "
                + "e.g. rules: { empty-section: off }", rootFailure("noteTypes:\n  debrief:\n    rules: [empty-section]\n"));
        assertEquals(".vaultlint.yml:3:5: unknown key \"rule\" in note type \"debrief\" (did you mean \"rules\"?); "
                + "known keys are match, schema, sections, extends, rules", rootFailure("noteTypes:\n  debrief:\n    rule: {}\n"));
    }

    @Test
    void aBrokenFolderConfigStopsTheRunNamingTheFile(@TempDir Path vault) throws Exception {
        Files.createDirectories(vault.resolve("Archive/2023"));
        Files.writeString(vault.resolve("Archive/2023/Old.md"), "# Old\n");
        Files.writeString(vault.resolve("Archive/2023/.vaultlint.yml"), "rules:\n  empty-heading: off\nmaxFileSize: 1MB\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new Linter().run(LintOptions.of(vault)));
        assertEquals("Archive/2023/.vaultlint.yml:3:1: \"maxFileSize\" applies to the whole vault and cannot be set in a folder "
                + "config; a .vaultlint.yml in a sub-folder may only set rules, noteTypes (move \"maxFileSize\" to the root .vaultlint.yml)",
                e.getMessage());
    }

    @Test
    void aFolderTypesMissingSchemaIsReportedRelativeToTheVaultRoot(@TempDir Path vault) throws Exception {
        Files.createDirectories(vault.resolve("Coaching/schemas"));
        Files.writeString(vault.resolve("Coaching/schemas/prep.schema.yaml"), "type: object\n");
        Files.writeString(vault.resolve("Coaching/.vaultlint.yml"), "noteTypes:\n  prep:\n    schema: schemas/prep.schema.yaml\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new Linter().run(LintOptions.of(vault)));
        // "schemas/..." is looked up at the vault root, not next to Coaching/.vaultlint.yml
        assertEquals(true, e.getMessage().startsWith("schema file schemas/prep.schema.yaml does not exist (used by note type \"prep\" "
                + "(Coaching/.vaultlint.yml:3:13)"), e.getMessage());
    }
}
