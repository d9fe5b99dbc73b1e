package io.github.vaultlint.config;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** .vaultlint.yml: valid keys load; anything unusable names file:line:column, the problem and the fix. */
class ConfigLoaderTest {
    private static final Path FILE = Path.of("vault", ".vaultlint.yml");

    private static VaultlintConfig parse(String yaml) throws ConfigException {
        return new ConfigLoader(RuleRegistry.builtin()).parse(FILE, yaml);
    }

    private static String failure(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void validConfigLoads() throws ConfigException {
        VaultlintConfig c = parse("rules:\n  broken-link: warning\n  empty-heading: off\nignore:\n  - \"Drafts/**\"\n  - Templates/\nmaxFileSize: 5MB\n");
        assertEquals(RuleLevel.WARNING, c.level("broken-link"));
        assertEquals(RuleLevel.OFF, c.level("empty-heading"));
        assertNull(c.level("empty-title"));
        assertTrue(c.ignored("Drafts/2025/Half written.md"));
        assertTrue(c.ignored("Templates/Debrief.md"));
        assertFalse(c.ignored("Interviews/Drafts.md"));
        assertEquals(5L * 1024 * 1024, c.maxFileSize());
    }

    @Test
    void emptyConfigIsTheDefaults() throws ConfigException {
        VaultlintConfig c = parse("# nothing yet\n");
        assertTrue(c.rules().isEmpty() && c.ignore().isEmpty());
        assertEquals(VaultlintConfig.DEFAULT_MAX_FILE_SIZE, c.maxFileSize());
    }

    @Test
    void unknownRuleIdNamesPositionAndSuggestion() {
        String m = failure("rules:\n  broken-links: off\n");
        assertEquals(FILE + ":2:3: unknown rule id \"broken-links\" (did you mean \"broken-link\"?); see docs/rules.md for the list of rules", m);
    }

    @Test
    void theRootConfigIsNamedRelativeToTheVaultAsFolderConfigsAre(@TempDir Path dir) throws Exception {
        // Root config errors named /home/me/notes/.vaultlint.yml:2:3 while a folder config's named
        // Archive/.vaultlint.yml:2:3 and the docs show .vaultlint.yml:2:3.
        Path vault = dir.resolve("my vault");
        Files.createDirectories(vault.resolve("Archive"));
        Files.writeString(vault.resolve(".vaultlint.yml"), "rules:\n  empty-titel: off\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new Linter().run(LintOptions.of(vault)));
        assertEquals(".vaultlint.yml:2:3: unknown rule id \"empty-titel\" (did you mean \"empty-title\"?); see docs/rules.md for the list "
                + "of rules", e.getMessage());

        // A note type's position, quoted in a schema error, is vault-relative too.
        Files.writeString(vault.resolve(".vaultlint.yml"), "noteTypes:\n  debrief:\n    schema: schemas/debrief.schema.yml\n");
        ConfigException schema = assertThrows(ConfigException.class, () -> new Linter().run(LintOptions.of(vault)));
        assertTrue(schema.getMessage().contains("(.vaultlint.yml:3:13)"), schema.getMessage());
        assertFalse(schema.getMessage().contains(vault + "/.vaultlint.yml"), schema.getMessage());

        // A config named with vaultlint.config outside the vault keeps its full path: there is no shorter name for it.
        Path outside = dir.resolve("shared.yml");
        Files.writeString(outside, "rules:\n  empty-titel: off\n");
        ConfigException out = assertThrows(ConfigException.class,
                () -> new Linter().run(new LintOptions(vault, outside, true, 0)));
        assertTrue(out.getMessage().startsWith(outside + ":2:3: unknown rule id"), out.getMessage());

        // One in a sub-folder of the vault, named on purpose, is named from the vault root.
        Path inside = vault.resolve("Archive/strict.yml");
        Files.writeString(inside, "rules: [a]\n");
        ConfigException in = assertThrows(ConfigException.class,
                () -> new Linter().run(new LintOptions(vault, inside, true, 0)));
        assertTrue(in.getMessage().startsWith("Archive/strict.yml:1:8: "), in.getMessage());
    }

    @Test
    void configThatIsNotUtf8SaysWhereAndHowToFix(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault.resolve("Archive"));
        // "café" saved as Latin-1: the é is the byte 0xE9, on line 2 after 12 characters.
        byte[] latin1 = "ignore:\n  - \"Caf\u00e9/**\"\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path root = vault.resolve(".vaultlint.yml");
        Files.write(root, latin1);
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(RuleRegistry.builtin()).load(root, false));
        assertEquals(root + ":2:9: the config is not valid UTF-8 (byte 0xE9 at byte offset 16); save it as UTF-8 "
                + "(most editors offer it under \"Save with encoding\")", e.getMessage());

        Files.delete(root);
        Files.write(vault.resolve("Archive/.vaultlint.yml"), new byte[] {'r', 'u', 'l', 'e', 's', ':', (byte) 0xFF, '\n'});
        ConfigException folder = assertThrows(ConfigException.class,
                () -> new ConfigLoader(RuleRegistry.builtin()).loadFolder(vault, "Archive"));
        assertEquals("Archive/.vaultlint.yml:1:7: the config is not valid UTF-8 (byte 0xFF at byte offset 6); save it as UTF-8 "
                + "(most editors offer it under \"Save with encoding\")", folder.getMessage());
    }

    @Test
    void aConfigNotInUtf8CarriesNoCauseTheBuildErrorWouldRepeat(@TempDir Path dir) throws Exception {
        // Maven appends every cause's message its own message lacks: the decoder's "not valid UTF-8:
        // byte 0xE9 at line 1, column 9 (byte offset 8)" came out a second time after the fix.
        Path root = dir.resolve(".vaultlint.yml");
        Files.write(root, "ignore: [Caf\u00e9]\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(RuleRegistry.builtin()).load(root, false));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            assertTrue(e.getMessage().contains(String.valueOf(cause.getMessage())), "repeated in the build error: " + cause);
        }
    }

    @Test
    void aConfigSavedAsUtf16SaysSo(@TempDir Path dir) throws Exception {
        Path root = dir.resolve(".vaultlint.yml");
        Files.write(root, "rules:\n  empty-note: off\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(RuleRegistry.builtin()).load(root, false));
        assertEquals(root + ":1:1: the config is encoded as UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8; save it "
                + "as UTF-8 (most editors offer it under \"Save with encoding\")", e.getMessage());
    }

    @Test
    void aConfigSavedAsUtf16WithoutByteOrderMarkSaysSo(@TempDir Path dir) throws Exception {
        // Its ASCII is valid UTF-8 with a NUL byte per character: it was reported as "the control
        // character U+0000 is not allowed; remove it" (little-endian), or by a byte offset past its
        // first non-ASCII character (big-endian), never as what it is.
        Path root = dir.resolve(".vaultlint.yml");
        Files.write(root, "rules:\n  empty-note: off\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        ConfigException le = assertThrows(ConfigException.class, () -> new ConfigLoader(RuleRegistry.builtin()).load(root, false));
        assertEquals(root + ":1:1: the config is saved as UTF-16, little-endian, without a byte order mark, not UTF-8; save it "
                + "as UTF-8 (most editors offer it under \"Save with encoding\")", le.getMessage());

        Files.createDirectories(dir.resolve("Coaching"));
        Files.write(dir.resolve("Coaching/.vaultlint.yml"),
                "rules:\n  empty-note: off # r\u00e9sum\u00e9 \u65e5\u672c\n".getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
        ConfigException be = assertThrows(ConfigException.class, () -> new ConfigLoader(RuleRegistry.builtin()).loadFolder(dir, "Coaching"));
        assertEquals("Coaching/.vaultlint.yml:1:1: the config is saved as UTF-16, big-endian, without a byte order mark, not UTF-8; "
                + "save it as UTF-8 (most editors offer it under \"Save with encoding\")", be.getMessage());
    }

    @Test
    void theVaultConfigBeingAFolderSaysToRemoveTheFolder(@TempDir Path vault) throws Exception {
        // Nobody set vaultlint.config: "point vaultlint.config at .vaultlint.yml/.vaultlint.yml, or
        // leave it out to use <vault>/.vaultlint.yml" told the user to do what they had done.
        Path root = vault.resolve(".vaultlint.yml");
        Files.createDirectories(root);
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(RuleRegistry.builtin()).load(root, false));
        assertEquals("config file " + root + " is a folder, not a config file; a folder's config is a YAML file named "
                + ".vaultlint.yml: rename or remove the folder", e.getMessage());
    }

    @Test
    void aTabBetweenKeyAndValueIsYamlAsInFrontmatter() throws ConfigException {
        // YAML 1.2 lets a tab separate "key:" or "-" from the value, and frontmatter accepts it; the
        // config refused it as "Do not use \t(TAB) for indentation", which it is not.
        VaultlintConfig c = parse("rules:\n  empty-heading:\toff\nignore:\n  -\tTemplates/\n");
        assertEquals(RuleLevel.OFF, c.level("empty-heading"));
        assertTrue(c.ignored("Templates/Debrief.md"));
    }

    @Test
    void aTabOfIndentationSaysSoInPlainWords() {
        assertEquals(FILE + ":2:1: invalid YAML: a tab is used for indentation, and YAML allows only spaces there; "
                + "replace the tab with spaces", failure("rules:\n\tempty-heading: off\n"));
    }

    @Test
    void controlCharacterInTheConfigIsReportedWhereItIs() {
        assertEquals(FILE + ":2:18: invalid YAML: the control character U+0007 is not allowed; remove it",
                failure("rules:\n  broken-link: \"a\u0007\"\n"));
    }

    @Test
    void configTextQuotedInAMessageCannotReachTheTerminalRaw() {
        String m = failure("rules:\n  \"broken\\e[2J-link\": off\n"); // YAML's \e escape is an ESC
        assertTrue(m.contains("unknown rule id \"broken\\u001B[2J-link\"") && m.indexOf('\u001b') < 0, m);
    }

    @Test
    void aMisspeltLevelGetsADidYouMean() {
        assertEquals(FILE + ":2:16: rule \"broken-link\" has level \"eror\" (did you mean \"error\"?); use one of error, "
                + "warning, info, off", failure("rules:\n  broken-link: eror\n"));
        assertEquals(FILE + ":4:22: rule \"empty-section\" in note type \"debrief\" has level \"warnign\" (did you mean "
                + "\"warning\"?); use one of error, warning, info, off",
                failure("noteTypes:\n  debrief:\n    rules:\n      empty-section: warnign\n"));
    }

    /** Globs that could match no vault path ignored nothing, silently: the notes were linted after all. */
    @Test
    void anIgnoreGlobThatCanMatchNothingIsAnError() throws ConfigException {
        assertEquals(FILE + ":2:5: ignore glob \"\" is empty; write a path or glob from the vault root, e.g. Templates/ or "
                + "\"**/*.excalidraw.md\"", failure("ignore:\n  - \"\"\n"));
        assertEquals(FILE + ":2:5: ignore glob \"Templates\\**\" has a \"\\\"; vault paths use \"/\" on every system: write "
                + "\"Templates/**\"", failure("ignore:\n  - 'Templates\\**'\n"));
        assertEquals(FILE + ":2:5: ignore glob \"../Shared/\" goes above the vault root with \"..\"; globs are relative to "
                + "the vault root, e.g. Templates/", failure("ignore:\n  - ../Shared/\n"));
        assertEquals(FILE + ":4:27: match.paths glob \"Interviews\\2025\" has a \"\\\"; vault paths use \"/\" on every "
                + "system: write \"Interviews/2025\"",
                failure("noteTypes:\n  debrief:\n    match:\n      paths: [Interviews, 'Interviews\\2025']\n"));
        VaultlintConfig c = parse("ignore:\n  - ./Templates/\n  - /Archive\n");
        assertTrue(c.ignored("Templates/Debrief.md") && c.ignored("Archive/2023/Old.md"), "./ and / mean the vault root");
        assertFalse(c.ignored("Notes/Templates/x.md"));
    }

    @Test
    void aMergeKeyJoinsTheKeysOfTheMappingItNames() throws ConfigException {
        // It was refused ("not supported here"); YAML tools (and editors' schema checks) apply it.
        VaultlintConfig c = parse("noteTypes:\n  debrief:\n    rules: &loose {empty-section: off, section-order: off}\n"
                + "  mock:\n    rules:\n      <<: *loose\n      section-order: warning\n"
                + "  scratch:\n    match: {tags: [scratch]}\n    rules: {<<: [{broken-link: off}, *loose], empty-section: info}\n");
        NoteTypeSpec mock = c.noteTypes().stream().filter(t -> t.name().equals("mock")).findFirst().orElseThrow();
        assertEquals(RuleLevel.OFF, mock.rules().get("empty-section").level(), "merged");
        assertEquals(RuleLevel.WARNING, mock.rules().get("section-order").level(), "the mapping's own key wins over the merged one");
        assertEquals(FILE + ":3:20", mock.rules().get("empty-section").where(), "a merged entry is placed where it is written");
        NoteTypeSpec scratch = c.noteTypes().stream().filter(t -> t.name().equals("scratch")).findFirst().orElseThrow();
        assertEquals(RuleLevel.OFF, scratch.rules().get("broken-link").level());
        assertEquals(RuleLevel.OFF, scratch.rules().get("section-order").level(), "from the second mapping of the list");
        assertEquals(RuleLevel.INFO, scratch.rules().get("empty-section").level(), "written after the merge, and it wins");
        // A whole-mapping alias still works.
        VaultlintConfig alias = parse("noteTypes:\n  debrief:\n    rules: &loose {empty-section: off}\n  mock:\n    rules: *loose\n");
        assertEquals(RuleLevel.OFF, alias.noteTypes().stream().filter(t -> t.name().equals("mock")).findFirst().orElseThrow()
                .rules().get("empty-section").level());
    }

    @Test
    void aMergeKeyThatNamesNoMappingOrAMissingLevelSaysWhatItIs() throws ConfigException {
        assertEquals(FILE + ":2:7: the merge key << takes a mapping (<<: *defaults) or a list of them, but its value is the single "
                + "value \"off\"; point it at a mapping's anchor, or write the keys out", failure("rules:\n  <<: off\n"));
        assertEquals(FILE + ":3:3: the merge key << takes mappings, but this item of its list is the single value \"warning\"; list "
                + "anchors of mappings (<<: [*defaults, *more]) or write the keys out",
                failure("rules:\n  empty-section: &w warning\n  <<: [*w]\n"));
        assertEquals(FILE + ":2:15: rule \"broken-link\" has no level; write one of error, warning, info, off after "
                + "\"broken-link: \"", failure("rules:\n  broken-link:\n"));
    }

    @Test
    void aConfigFileThatIsAFolderSaysSo(@TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(RuleRegistry.builtin()).load(dir, true));
        assertEquals("config file " + dir + " is a folder; point vaultlint.config at the config file, e.g. "
                + dir.resolve(".vaultlint.yml") + ", or leave it out to use <vault>/.vaultlint.yml", e.getMessage());
    }

    @Test
    void aConfigThatIsOnlyNullIsTheDefaults() throws ConfigException {
        for (String yaml : new String[] {"null\n", "~\n", "--- ~\n"}) {
            VaultlintConfig c = parse(yaml);
            assertTrue(c.rules().isEmpty() && c.ignore().isEmpty(), yaml);
        }
        assertTrue(failure("\"null\"\n").contains("is the single value \"null\""), "a quoted null is text");
    }

    @Test
    void unknownKeyNamesKnownKeys() {
        String m = failure("rule:\n  broken-link: off\n");
        assertTrue(m.startsWith(FILE + ":1:1: unknown key \"rule\" (did you mean \"rules\"?)"), m);
        assertTrue(m.contains("known keys are extends, ignore, maxFileSize, noteTypes, rules"), m);
    }

    @Test
    void aMisspeltExtendsValueGetsADidYouMean() {
        assertEquals(FILE + ":1:10: extends \"defualt\" is not supported (did you mean \"default\"?); use \"none\" to switch the "
                + "built-in note types off, or \"default\" to keep them", failure("extends: defualt\n"));
        assertEquals(FILE + ":1:10: extends \"builtin\" is not supported; use \"none\" to switch the "
                + "built-in note types off, or \"default\" to keep them", failure("extends: builtin\n"), "no near word, no guess");
    }

    @Test
    void badLevelAndBadShapes() {
        assertTrue(failure("rules:\n  broken-link: loud\n").startsWith(FILE + ":2:16: rule \"broken-link\" has level \"loud\"; use one of error, warning, info, off"));
        assertEquals(FILE + ":1:9: \"ignore\" must be a list, one entry per line starting with \"- \" or written [a, b],"
                + " e.g. ignore: [\"Templates/**\"]", failure("ignore: Drafts\n"));
        assertEquals(FILE + ":1:1: the config is a list, but must be a mapping of keys (rules:, ignore:, ...), "
                + "e.g. rules: { empty-heading: off }", failure("- rules\n- ignore\n"));
        assertEquals(FILE + ":1:1: the config is the single value \"broken-link off\", but must be a mapping of keys "
                + "(rules:, ignore:, ...), e.g. rules: { empty-heading: off }", failure("broken-link off\n"));
        assertTrue(failure("maxFileSize: big\n").contains("maxFileSize \"big\" is not a size"));
        // A NumberFormatException ended the run; an overflow made a negative limit that refused every note.
        assertTrue(failure("maxFileSize: 99999999999999999999\n").endsWith(":1:14: maxFileSize \"99999999999999999999\" is too "
                + "large to count; notes above 2GB cannot be read anyway, so write a size of at most 2GB, such as 10MB or 1GB"), failure("maxFileSize: 99999999999999999999\n"));
        assertTrue(failure("maxFileSize: 9999999999GB\n").contains("maxFileSize \"9999999999GB\" is too large"));
        assertTrue(failure("maxFileSize: 0\n").endsWith(":1:14: maxFileSize is 0, which would leave every note unread; "
                + "write a size such as 10MB (the default)"));
    }

    /** Both stopped the run as "vaultlint failed ... please report this" with a Java exception before. */
    @Test
    void anUnclosedBraceInAGlobAndAnUncountableSizeAreConfigurationErrors() {
        assertEquals(FILE + ":3:5: ignore glob \"Archive/{2023,2024\" has a \"{\" that is never closed; close it with \"}\""
                + " ({a,b} means a or b) or remove it", failure("ignore:\n  - Templates/\n  - Archive/{2023,2024\n"));
        assertEquals(FILE + ":4:24: match.paths glob \"{a,b\" has a \"{\" that is never closed; close it with \"}\""
                + " ({a,b} means a or b) or remove it",
                failure("noteTypes:\n  scratch:\n    match:\n      paths: [Drafts/, \"{a,b\"]\n"));
        assertTrue(failure("noteTypes:\n  scratch:\n    match: {paths: \"x/{y\"}\n").startsWith(FILE + ":3:20: match.paths glob \"x/{y\""));
        assertEquals(FILE + ":1:14: maxFileSize \"99999999999999999999\" is too large to count; notes above 2GB cannot be read"
                + " anyway, so write a size of at most 2GB, such as 10MB or 1GB", failure("maxFileSize: 99999999999999999999\n"));
        assertTrue(failure("maxFileSize: 9999999999GB\n").contains("is too large to count"), "overflowed to a negative limit");
    }

    @Test
    void duplicateKeysAreRejectedNotSilentlyOverridden() {
        assertEquals(FILE + ":3:3: \"broken-link\" is set twice (first on line 2); keep one",
                failure("rules:\n  broken-link: off\n  broken-link: error\n"));
        assertTrue(failure("ignore: []\nignore: [a]\n").startsWith(FILE + ":2:1: \"ignore\" is set twice"));
    }

    @Test
    void layoutMistakesInTheConfigSayWhatToWrite() {
        assertEquals(FILE + ":3:4: invalid YAML: \"empty-title:\" is indented deeper than \"broken-link:\" on line 2, which "
                + "already has a value, so YAML reads it as more of that value; indent it by 2 spaces, as \"broken-link\" is",
                failure("rules:\n  broken-link: error\n   empty-title: warning\n"));
        assertEquals(FILE + ":3:2: invalid YAML: line 3 is indented by 1 space, which lines up with no property above it; indent it "
                + "by 2 spaces, as \"broken-link\" is, or start it at the line's beginning, as \"rules\" does",
                failure("rules:\n  broken-link: error\n empty-title: warning\n"));
        assertEquals(FILE + ":1:1: invalid YAML: \"rules\" has no ':' after it, so YAML reads it and the indented lines under it "
                + "as one text; write \"rules:\"", failure("rules\n  broken-link: error\n"));
    }

    @Test
    void malformedYamlPointsAtTheUnclosedBracket() {
        assertEquals(FILE + ":1:8: invalid YAML: the list opened with '[' on line 1 is never closed; add ']' after its last item "
                + "(or quote the value if the '[' is part of the text)", failure("rules: [broken-link\n"));
        assertEquals(FILE + ":2:9: invalid YAML: the value opened with \" here is never closed, so it runs to the end of the file; "
                + "add the closing \" at the end of the value", failure("rules: {}\nignore: \"Drafts/**\n"));
    }

    @Test
    void theLinterStopsOnABadConfigAndNamesIt(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Note.md"), "# Note\n");
        Files.writeString(vault.resolve(".vaultlint.yml"), "rules:\n  empty-titel: off\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new Linter().run(LintOptions.of(vault)));
        assertTrue(e.getMessage().contains(".vaultlint.yml:2:3: unknown rule id \"empty-titel\" (did you mean \"empty-title\"?)"),
                e.getMessage());
    }

    @Test
    void aRequiredConfigThatIsMissingFails(@TempDir Path vault) {
        Path missing = vault.resolve("custom.yml");
        ConfigException e = assertThrows(ConfigException.class,
                () -> new Linter().run(new LintOptions(vault, missing, true, 0)));
        assertTrue(e.getMessage().contains("custom.yml does not exist"), e.getMessage());
    }

    @Test
    void taxonomyLoadsAndBadTaxonomyIsPositioned() throws ConfigException {
        VaultlintConfig c = parse("taxonomy:\n  Kubernetes: [k8s, \"autoscal*\"]\n  Terraform: terraform\n");
        assertEquals(java.util.List.of("k8s", "autoscal*"), c.taxonomy().get("Kubernetes"));
        assertEquals(java.util.List.of("terraform"), c.taxonomy().get("Terraform"));
        assertTrue(failure("taxonomy: [k8s]\n").startsWith(FILE + ":1:11: \"taxonomy\" must map topics to keyword lists"));
        assertTrue(failure("taxonomy:\n  Kubernetes: [k8s, \"\"]\n").startsWith(FILE + ":2:21: topic \"Kubernetes\" has an empty keyword"));
        assertTrue(failure("taxonomy:\n  Kubernetes: []\n").startsWith(FILE + ":2:15: topic \"Kubernetes\" has no keywords"));
    }

    /** Only a trailing '*' is a prefix: one elsewhere was dropped, so "*script" silently matched only "script". */
    @Test
    void aTaxonomyKeywordTheMatcherWouldMisreadIsPositioned() throws ConfigException {
        VaultlintConfig c = parse("taxonomy:\n  Linux: [linux, \"(memory)\", \"(process*)\"]\n");
        assertEquals(java.util.List.of("linux", "(memory)", "(process*)"), c.taxonomy().get("Linux"), "everyday words load as written");
        String star = failure("taxonomy:\n  TypeScript: [typescript, \"*script\"]\n");
        assertTrue(star.startsWith(FILE + ":2:28: keyword \"*script\" of topic \"TypeScript\" has a '*' before its end;"), star);
        assertTrue(failure("taxonomy:\n  React: [\"use*Effect\"]\n").startsWith(FILE + ":2:11: keyword \"use*Effect\""));
        assertTrue(failure("taxonomy:\n  Linux: [\"(*mem)\"]\n").startsWith(FILE + ":2:11: keyword \"(*mem)\""));
        String none = failure("taxonomy:\n  Odd: [\"()\"]\n");
        assertTrue(none.startsWith(FILE + ":2:9: keyword \"()\" of topic \"Odd\" has no letter or digit, so it matches nothing;"), none);
        assertTrue(failure("taxonomy:\n  Odd: [\"(-)\"]\n").contains("has no letter or digit"));
        String twice = failure("taxonomy:\n  React: [react]\n  react: [jsx]\n");
        assertTrue(twice.startsWith(FILE + ":3:3: topic \"react\" is listed twice (as \"React\"; topic names are not case-sensitive);"),
                twice);
    }
}
