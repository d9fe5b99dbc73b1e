package io.github.vaultlint.scope;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.config.ConfigLoader;
import io.github.vaultlint.config.LevelSetting;
import io.github.vaultlint.config.NoteTypeSpec;
import io.github.vaultlint.config.RuleLevel;
import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.RuleRegistry;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.type.NoteTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sub-folder configs and note types' rules decide each finding's level: the fixture vaults check
 * which findings appear, these tests check the levels and the merging behind them.
 */
class ConfigScopesTest {

    static Path fixture(String name) {
        try {
            return Paths.get(ConfigScopesTest.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "path rule" -> severity of every finding of a run. */
    private static Map<String, Severity> severities(LintResult r) {
        Map<String, Severity> out = new TreeMap<>();
        for (Finding f : r.findings()) {
            out.put(f.file() + " " + f.ruleId(), f.severity());
        }
        return out;
    }

    @Test
    void aFolderConfigRaisesAWarningToAnErrorAndADeeperOneLowersItAgain() throws Exception {
        LintResult r = new Linter().run(LintOptions.of(fixture("scope-folder-raise")));
        assertEquals(Map.of(
                "Interviews/Acme recruiter call.md empty-heading", Severity.ERROR,
                // a vault-wide rule's finding gets the level of the note it is on
                "Interviews/Acme recruiter call.md property-type", Severity.ERROR,
                "Interviews/Drafts/Umbrella prep.md empty-heading", Severity.INFO,
                "Reading list.md empty-heading", Severity.WARNING), severities(r));
        assertEquals(2, r.summary().errors(), "the raised empty heading and the raised property type");
    }

    @Test
    void aRuleOffAtTheRootRunsWhereASubFolderTurnsItOn() throws Exception {
        LintResult r = new Linter().run(LintOptions.of(fixture("scope-folder-enable")));
        assertEquals(Map.of(
                "Stories/Bank.md property-type", Severity.WARNING,
                "Stories/Bank.md star-result-measurable", Severity.WARNING,
                "Stories/Bank.md unused-suppression", Severity.INFO), severities(r));
        assertTrue(r.ruleRan("star-result-measurable"), "reports (SARIF) list the rule: it ran in Stories/");
        assertEquals(RuleLevel.OFF, r.config().level("star-result-measurable"), "the root config itself is unchanged");
    }

    @Test
    void aTypesLevelWinsOverTheFolderLevelsAndTheFolderOverTheRoot(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve(".vaultlint.yml"), "rules:\n  broken-link: warning\nnoteTypes:\n  scratch:\n"
                + "    match: { tags: [scratch] }\n    rules: { broken-link: info }\n");
        Files.createDirectories(vault.resolve("Archive"));
        Files.writeString(vault.resolve("Archive/.vaultlint.yml"), "rules:\n  broken-link: off\n");
        Files.writeString(vault.resolve("Archive/Scratch.md"), "---\ntags: [scratch]\n---\n# Scratch\n\n[[Nowhere]]\n");
        Files.writeString(vault.resolve("Archive/Old.md"), "# Old\n\n[[Nowhere]]\n");
        Files.writeString(vault.resolve("Current.md"), "# Current\n\n[[Nowhere]]\n");
        Files.writeString(vault.resolve("Ideas.md"), "---\ntags: [scratch]\n---\n# Ideas\n\n[[Nowhere]]\n");
        assertEquals(Map.of(
                "Archive/Scratch.md broken-link", Severity.INFO,
                "Current.md broken-link", Severity.WARNING,
                "Ideas.md broken-link", Severity.INFO), severities(new Linter().run(LintOptions.of(vault))));
    }

    @Test
    void eachFileGetsItsNearestFoldersScopeWithTheChainOfFiles(@TempDir Path vault) throws Exception {
        Files.createDirectories(vault.resolve("A/B/C"));
        Files.createDirectories(vault.resolve("Other"));
        Files.writeString(vault.resolve(".vaultlint.yml"), "rules:\n  empty-heading: info\n  broken-link: warning\n");
        Files.writeString(vault.resolve("A/.vaultlint.yml"), "rules:\n  empty-heading: error\n");
        Files.writeString(vault.resolve("A/B/.vaultlint.yml"), "rules:\n  empty-heading: off\n");
        ConfigScopes scopes = load(vault, List.of("A/B/C", "A", "Other", "A/B"));

        Scope b = scopes.scopeOf("A/B/C/deep.md");
        assertEquals("A/B", b.folder());
        assertEquals(List.of(".vaultlint.yml", "A/.vaultlint.yml", "A/B/.vaultlint.yml"), b.files());
        assertEquals(new LevelSetting(RuleLevel.OFF, "folder config A/B/.vaultlint.yml:2:3"), b.rules().get("empty-heading"));
        assertEquals(new LevelSetting(RuleLevel.WARNING, "root config .vaultlint.yml"), b.rules().get("broken-link"));
        assertSame(scopes.root().config(), b.config(), "vault-wide keys (ignore, templates) come from the root config only");
        assertEquals(RuleLevel.ERROR, scopes.scopeOf("A/note.md").rules().get("empty-heading").level());
        assertSame(scopes.root(), scopes.scopeOf("Other/x.md"));
        assertSame(scopes.root(), scopes.scopeOf("top.md"));
        assertSame(scopes.root(), scopes.scopeOf("Ab/x.md"), "a folder named like a prefix is not a sub-folder");
        assertSame(b.types(), scopes.root().types(), "no noteTypes in the folder configs: the root's types are shared");
        assertTrue(scopes.enabledAnywhere("empty-heading"));
    }

    @Test
    void offEverywhereMeansTheRuleDoesNotRun(@TempDir Path vault) throws Exception {
        Files.createDirectories(vault.resolve("A"));
        Files.writeString(vault.resolve(".vaultlint.yml"), "rules:\n  section-order: off\n");
        Files.writeString(vault.resolve("A/.vaultlint.yml"), "rules:\n  empty-heading: off\n");
        ConfigScopes scopes = load(vault, List.of("A"));
        assertFalse(scopes.enabledAnywhere("section-order"));
        assertTrue(scopes.enabledAnywhere("empty-heading"), "on at the root");
        assertFalse(scopes.typeRules());
    }

    @Test
    void folderTypesComeFirstAndOverrideInheritedOnesKeyByKey() {
        NoteTypeSpec prep = new NoteTypeSpec("prep", List.of("prep"), null, null, "schemas/prep.yaml", null, null, null,
                ".vaultlint.yml:2:3", ".vaultlint.yml:4:13", Map.of("broken-link", new LevelSetting(RuleLevel.OFF, "root")));
        NoteTypeSpec retro = new NoteTypeSpec("retro", List.of("retro"), null, null, null, null, null, null, ".vaultlint.yml:5:3", null);
        NoteTypeSpec prepHere = new NoteTypeSpec("Prep", null, List.of("Coaching/**"), null, null, "star", null, null,
                "Coaching/.vaultlint.yml:2:3", null, Map.of("empty-section", new LevelSetting(RuleLevel.INFO, "deep")));
        NoteTypeSpec session = new NoteTypeSpec("session", List.of("session"), null, null, null, null, null, null,
                "Coaching/.vaultlint.yml:6:3", null);

        List<NoteTypeSpec> merged = ConfigScopes.mergeTypes(List.of(prep, retro), List.of(session, prepHere));

        assertEquals(List.of("session", "prep", "retro"), merged.stream().map(NoteTypeSpec::name).toList());
        NoteTypeSpec p = merged.get(1);
        assertEquals(List.of("prep"), p.tags(), "kept: the folder did not give tags");
        assertEquals(List.of("Coaching/**"), p.paths(), "added by the folder");
        assertEquals("schemas/prep.yaml", p.schema());
        assertEquals(".vaultlint.yml:4:13", p.schemaWhere());
        assertEquals("star", p.sections());
        assertEquals("Coaching/.vaultlint.yml:2:3", p.where());
        assertEquals(List.of("broken-link", "empty-section"), List.copyOf(p.rules().keySet()), "rules merge per id");
    }

    @Test
    void aFolderTypeOverrideChangesTheSchemaOnlyInItsSubtree() throws Exception {
        LintResult r = new Linter().run(LintOptions.of(fixture("scope-folder-types")));
        Map<String, String> messages = new TreeMap<>();
        for (Finding f : r.findings()) {
            messages.put(f.file() + " " + f.ruleId(), f.message());
        }
        assertTrue(messages.get("Prep/Week 1.md frontmatter-schema").contains("missing required property \"minutes\""), messages::toString);
        assertTrue(messages.get("Coaching/Session two.md frontmatter-schema").contains("missing required property \"coach\""),
                messages::toString);
        assertTrue(messages.get("Coaching/Session two.md frontmatter-schema").contains("schemas/coaching.schema.yaml"),
                messages::toString);
        assertTrue(messages.get("Coaching/Retros/After the Globex loop.md frontmatter-schema").contains("note type \"retro\""),
                messages::toString);
    }

    private static ConfigScopes load(Path vault, List<String> folders) throws ConfigException {
        RuleRegistry registry = RuleRegistry.builtin();
        VaultlintConfig config = new ConfigLoader(registry).load(vault.resolve(".vaultlint.yml"), false);
        return ConfigScopes.load(registry, config, NoteTypes.load(config, vault), vault, folders);
    }
}
