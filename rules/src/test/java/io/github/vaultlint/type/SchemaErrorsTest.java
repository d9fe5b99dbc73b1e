package io.github.vaultlint.type;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.config.ConfigLoader;
import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An unusable schema is a configuration error naming the schema file, the position, the pointer and the reason. */
class SchemaErrorsTest {
    @TempDir
    Path vault;

    private void write(String path, String text) throws IOException {
        Path p = vault.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private String error(String schemaFile) throws IOException {
        write(".vaultlint.yml", "noteTypes:\n  debrief:\n    match: { tags: [x] }\n    schema: " + schemaFile + "\n");
        return assertThrows(ConfigException.class, () -> NoteTypes.load(
                new ConfigLoader(RuleRegistry.builtin()).load(vault.resolve(".vaultlint.yml"), true), vault)).getMessage();
    }

    private static void assertContains(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "expected \"" + p + "\" in:\n" + message);
        }
    }

    @Test
    void invalidKeywordValueNamesFileLinePointerAndReason() throws IOException {
        write("schemas/d.schema.yaml", "type: object\nproperties:\n  date:\n    type: strin\n");
        String m = error("schemas/d.schema.yaml");
        assertContains(m, "schemas/d.schema.yaml:4:11: invalid JSON Schema at /properties/date/type:", "fix the schema");
    }

    @Test
    void misspelledKeywordIsAnErrorNotSilentlyIgnored() throws IOException {
        write("schemas/d.schema.yaml", "type: object\nproperties:\n  company:\n    type: string\n    minLenght: 2\n");
        assertContains(error("schemas/d.schema.yaml"), "schemas/d.schema.yaml:5:5: invalid JSON Schema at /properties/company/minLenght: "
                + "unknown keyword \"minLenght\" (did you mean \"minLength\"?)", "prefix an annotation of your own with x-");
    }

    @Test
    void propertyNamesAndXAnnotationsAreNotKeywords() throws IOException, ConfigException {
        write("schemas/d.schema.yaml", "x-owner: me\nproperties:\n  requried: { type: string }\n$defs:\n  minLenght: { type: string }\n");
        write(".vaultlint.yml", "noteTypes:\n  debrief:\n    schema: schemas/d.schema.yaml\n");
        NoteTypes.load(new ConfigLoader(RuleRegistry.builtin()).load(vault.resolve(".vaultlint.yml"), true), vault);
    }

    @Test
    void requiredMustBeAList() throws IOException {
        write("schemas/d.schema.yaml", "type: object\nrequired: company\n");
        assertContains(error("schemas/d.schema.yaml"), "schemas/d.schema.yaml:2:11: invalid JSON Schema at /required: expected a list, found text \"company\"");
    }

    @Test
    void missingSchemaFileNamesTheConfigEntryAndSuggests() throws IOException {
        write("schemas/debrief.schema.yaml", "type: object\n");
        String m = error("schemas/debrief.schema.yml");
        assertContains(m, "schema file schemas/debrief.schema.yml does not exist",
                "note type \"debrief\" (" + vault.resolve(".vaultlint.yml") + ":4:13)", "(did you mean \"debrief.schema.yaml\"?)");
    }

    /**
     * A schema file that is there but no file was "does not exist (did you mean" the same name); a
     * link to nothing names its target. A named pipe is never opened.
     */
    @Test
    void aSchemaThatIsNoFileSaysWhatItIs() throws Exception {
        Files.createDirectories(vault.resolve("schemas"));
        Files.createSymbolicLink(vault.resolve("schemas/d.schema.yaml"), Path.of("moved/d.schema.yaml"));
        assertContains(error("schemas/d.schema.yaml"), "schema file schemas/d.schema.yaml is a symbolic link to moved/d.schema.yaml, "
                + "which does not exist (used by note type \"debrief\" (" + vault.resolve(".vaultlint.yml") + ":4:13)); "
                + "point the link at the schema file or fix the path");
        Files.delete(vault.resolve("schemas/d.schema.yaml"));
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", vault.resolve("schemas/d.schema.yaml").toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo is not available here");
        String m = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> error("schemas/d.schema.yaml"), "a named pipe must never be opened");
        assertContains(m, "schema file schemas/d.schema.yaml is not a regular file (a named pipe, socket or device) (used by note type "
                + "\"debrief\" (" + vault.resolve(".vaultlint.yml") + ":4:13)); replace it with the schema file");
        assertTrue(!m.contains("did you mean"), m);
    }

    @Test
    void schemaPathOutsideTheVaultIsRefusedUnread() throws IOException {
        Path secret = vault.getParent().resolve(vault.getFileName() + "-secret.yaml");
        Files.writeString(secret, "type: object\nrequired: [api-key-1234]\n");
        try {
            for (String path : new String[] {secret.toString(), "../" + secret.getFileName()}) {
                String m = error(path);
                assertContains(m, "is outside the vault", "note type \"debrief\"", "move the file into it");
                assertTrue(!m.contains("api-key-1234"), m);
            }
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void schemaReachedThroughASymbolicLinkOutOfTheVaultIsRefused() throws IOException {
        Path secret = vault.getParent().resolve(vault.getFileName() + "-linked.yaml");
        Files.writeString(secret, "type: object\nrequired: [api-key-1234]\n");
        try {
            Files.createDirectories(vault.resolve("schemas"));
            Files.createSymbolicLink(vault.resolve("schemas/d.schema.yaml"), secret);
            String m = error("schemas/d.schema.yaml");
            assertContains(m, "is outside the vault");
            assertTrue(!m.contains("api-key-1234"), m);
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void refOutsideTheVaultIsRefusedUnread() throws IOException {
        write("schemas/d.schema.yaml", "properties:\n  date:\n    $ref: /etc/passwd\n  role:\n    $ref: ../../x.yaml\n");
        assertContains(error("schemas/d.schema.yaml"), "schemas/d.schema.yaml:3:11: $ref \"/etc/passwd\" at /properties/date/$ref "
                + "points outside the vault (/etc/passwd)", "move the file into it");
        write("schemas/d.schema.yaml", "properties:\n  role:\n    $ref: ../../x.yaml#/$defs/a\n");
        assertContains(error("schemas/d.schema.yaml"), "schemas/d.schema.yaml:3:11: $ref \"../../x.yaml#/$defs/a\" at /properties/role/$ref "
                + "points outside the vault");
    }

    @Test
    void schemaPathWithABackslashSaysToWriteASlash() throws IOException {
        write("schemas/d.schema.yaml", "type: object\n");
        assertContains(error("schemas\\d.schema.yaml"), ".vaultlint.yml:4:13: schema path \"schemas\\d.schema.yaml\" of note type "
                + "\"debrief\" uses '\\'; write it with '/' (schemas/d.schema.yaml)");
    }

    @Test
    void schemaPathThatIsAnAddressIsRefusedAsRemote() throws IOException {
        String m = error("https://example.com/debrief.json");
        assertContains(m, "schema https://example.com/debrief.json (used by note type \"debrief\"", "is not a local file; "
                + "vaultlint does not download schemas");
        assertTrue(!m.contains("https:/example.com"), "not taken for a file name: " + m);
    }

    @Test
    void schemaPathNamingAFolderSaysSo() throws IOException {
        write("schemas/debrief.schema.yaml", "type: object\n");
        assertContains(error("schemas"), "schema file schemas (used by note type \"debrief\"", "is a folder, not a file (it holds "
                + "debrief.schema.yaml); name the schema file itself");
    }

    @Test
    void refToMissingFile() throws IOException {
        write("schemas/d.schema.yaml", "type: object\nproperties:\n  date:\n    $ref: commn.schema.yaml#/$defs/date\n");
        write("schemas/common.schema.yaml", "$defs:\n  date: { type: string }\n");
        assertContains(error("schemas/d.schema.yaml"), "schemas/d.schema.yaml:4:11: $ref \"commn.schema.yaml#/$defs/date\" at /properties/date/$ref names a file that does not exist",
                "(did you mean \"common.schema.yaml\"?)");
    }

    @Test
    void refToMissingPointer() throws IOException {
        write("schemas/d.schema.yaml", "type: object\nproperties:\n  date:\n    $ref: common.schema.yaml#/$defs/dat\n");
        write("schemas/common.schema.yaml", "$defs:\n  date: { type: string }\n");
        assertContains(error("schemas/d.schema.yaml"), "schemas/d.schema.yaml:4:11:",
                "common.schema.yaml has nothing at /$defs/dat (did you mean #/$defs/date?)");
    }

    @Test
    void referencedSchemaIsCheckedToo() throws IOException {
        write("schemas/d.schema.yaml", "properties:\n  date:\n    $ref: common.schema.yaml#/$defs/date\n");
        write("schemas/common.schema.yaml", "$defs:\n  date:\n    minLength: -1\n");
        assertContains(error("schemas/d.schema.yaml"), "schemas/common.schema.yaml:3:16: invalid JSON Schema at /$defs/date/minLength");
    }

    @Test
    void remoteRefIsRefused() throws IOException {
        write("schemas/d.schema.yaml", "properties:\n  date:\n    $ref: https://example.com/date.json\n");
        assertContains(error("schemas/d.schema.yaml"), "schemas/d.schema.yaml:3:11:", "points outside the local files",
                "copy it into the vault");
    }

    @Test
    void otherDraftsAreRefused() throws IOException {
        write("schemas/d.schema.yaml", "$schema: http://json-schema.org/draft-07/schema#\ntype: object\n");
        assertContains(error("schemas/d.schema.yaml"), "schemas/d.schema.yaml:1:10: invalid JSON Schema at /$schema",
                "draft 2020-12");
    }

    @Test
    void idIsRefusedBecauseItMovesRelativeRefs() throws IOException {
        write("schemas/d.schema.yaml", "$id: https://example.com/d.json\ntype: object\n");
        assertContains(error("schemas/d.schema.yaml"), "schemas/d.schema.yaml:1:6: invalid JSON Schema at /$id");
    }

    @Test
    void yamlSyntaxErrorInSchemaIsPositioned() throws IOException {
        write("schemas/d.schema.yaml", "type: object\nproperties:\n  date: { type: string\n");
        assertContains(error("schemas/d.schema.yaml"), "schemas/d.schema.yaml:3:9: schema file does not parse");
    }

    @Test
    void jsonSyntaxErrorInAJsonSchemaIsInJsonsWords() throws IOException {
        // Was "schema file does not parse: YAML does not parse: expected the node content, but found ','".
        write("schemas/d.schema.json", "{\n  \"type\": \"object\",,\n  \"required\": [\"company\"]\n}\n");
        String m = error("schemas/d.schema.json");
        assertContains(m, "schemas/d.schema.json:2:20: schema file is not valid JSON (", "fix the JSON syntax at this position");
        assertTrue(!m.contains("YAML"), m);
    }

    @Test
    void duplicateKeyInASchemaIsNotTalkedAboutAsAnObsidianProperty() throws IOException {
        write("schemas/d.schema.yaml", "type: object\ntype: string\n");
        String m = error("schemas/d.schema.yaml");
        assertContains(m, "schemas/d.schema.yaml:2:1: schema file does not parse: duplicate key \"type\" (first defined on line 1); "
                + "only one of them would count, merge them into one");
        assertTrue(!m.contains("Obsidian"), m);
    }

    @Test
    void badRegexIsAConfigError() throws IOException {
        write("schemas/d.schema.yaml", "properties:\n  company:\n    pattern: \"[A-Z\"\n");
        assertContains(error("schemas/d.schema.yaml"), "schemas/d.schema.yaml");
    }

    @Test
    void jsonSchemaIndentedWithTabsLoads() throws IOException, ConfigException {
        write("schemas/d.schema.json", "{\n\t\"type\": \"object\",\n\t\"required\": [\"company\"]\n}\n");
        write(".vaultlint.yml", "noteTypes:\n  debrief:\n    schema: schemas/d.schema.json\n");
        NoteTypes t = NoteTypes.load(new ConfigLoader(RuleRegistry.builtin()).load(vault.resolve(".vaultlint.yml"), true), vault);
        assertTrue(t.schema(t.find("debrief")).requiredProperties().contains("company"));
    }

    @Test
    void theRunStopsBeforeAnyNoteIsLinted() throws IOException {
        write("schemas/d.schema.yaml", "type: nothing\n");
        write(".vaultlint.yml", "noteTypes:\n  debrief:\n    schema: schemas/d.schema.yaml\n");
        write("note.md", "text\n");
        String m = assertThrows(ConfigException.class, () -> new Linter().run(LintOptions.of(vault))).getMessage();
        assertContains(m, "schemas/d.schema.yaml:1:7: invalid JSON Schema at /type");
    }

    @Test
    void refCycleInOneFileIsAConfigError() throws IOException {
        write("schemas/d.schema.yaml", "type: object\nproperties: {a: {$ref: \"#/$defs/loop\"}}\n$defs: {loop: {$ref: \"#/$defs/loop\"}}\n");
        assertContains(error("schemas/d.schema.yaml"), "schemas/d.schema.yaml:3:",
                "invalid JSON Schema at /$defs/loop/$ref: $ref cycle /$defs/loop -> /$defs/loop never reaches a schema");
    }

    @Test
    void refCycleAcrossFilesIsAConfigError() throws IOException {
        write("schemas/a.yaml", "type: object\nproperties: {a: {$ref: \"b.yaml\"}}\n");
        write("schemas/b.yaml", "$ref: \"a.yaml#/properties/a\"\n");
        assertContains(error("schemas/a.yaml"), "$ref cycle", "b.yaml", "a.yaml#/properties/a", "point one of these $refs at a real schema");
    }

    @Test
    void refCycleThroughAllOfIsAConfigError() throws IOException {
        write("schemas/d.schema.yaml", "$defs:\n  x:\n    type: object\n    allOf:\n      - $ref: \"#/$defs/y\"\n  y:\n    anyOf: [{$ref: \"#/$defs/x\"}]\n");
        assertContains(error("schemas/d.schema.yaml"), "$ref cycle", "/$defs/x", "/$defs/y");
    }

    @Test
    void recursionThroughPropertiesAndItemsIsFine() throws IOException, ConfigException {
        write("schemas/d.schema.yaml", "type: object\nproperties:\n  children:\n    type: array\n    items: {$ref: \"#\"}\n"
                + "  parent: {$ref: \"#/$defs/node\"}\n$defs:\n  node:\n    type: object\n    properties: {next: {$ref: \"#/$defs/node\"}}\n");
        write(".vaultlint.yml", "noteTypes:\n  debrief:\n    schema: schemas/d.schema.yaml\n");
        NoteTypes.load(new ConfigLoader(RuleRegistry.builtin()).load(vault.resolve(".vaultlint.yml"), true), vault);
    }

    @Test
    void aLongRefChainIsCheckedWithoutOverflowingTheStack() throws IOException, ConfigException {
        StringBuilder sb = new StringBuilder("type: object\nproperties: {a: {$ref: \"#/$defs/d0\"}}\n$defs:\n");
        int n = 6_000;
        for (int i = 0; i < n; i++) {
            sb.append("  d").append(i).append(": {$ref: \"#/$defs/d").append(i + 1).append("\"}\n");
        }
        sb.append("  d").append(n).append(": {type: string}\n");
        write("schemas/d.schema.yaml", sb.toString());
        write(".vaultlint.yml", "noteTypes:\n  debrief:\n    match: { tags: [x] }\n    schema: schemas/d.schema.yaml\n");
        write("n.md", "---\ntags: [x]\ndate: 2025-01-01\na: 1\n---\nbody\n");
        try {
            new Linter().run(LintOptions.of(vault));
        } catch (ConfigException e) {
            assertContains(e.getMessage(), "schemas/d.schema.yaml"); // too deep to compile: a config error is fine, a crash is not
        }
    }

    @Test
    void unknownFormatIsAConfigErrorWithDidYouMean() throws IOException {
        write("schemas/d.schema.yaml", "type: object\nproperties:\n  a: {type: string, format: dat}\n");
        assertContains(error("schemas/d.schema.yaml"), "schemas/d.schema.yaml:3:",
                "invalid JSON Schema at /properties/a/format: unknown format \"dat\" (did you mean \"date\"?)", "pattern:");
    }

    @Test
    void aPatternInBracketsSaysYamlReadItAsAList() throws IOException {
        write("schemas/p.schema.yaml", "type: object\nproperties:\n  id:\n    type: string\n    pattern: [a-z]\n");
        assertContains(error("schemas/p.schema.yaml"), "schemas/p.schema.yaml:5:14: invalid JSON Schema at /properties/id/pattern: "
                + "expected text, found a list; YAML reads [a-z] as a list: to keep it as text, put it in quotes: \"[a-z]\"");
    }

    @Test
    void anEmptyEnumIsAConfigErrorNotAFindingOnEveryNote() throws IOException {
        // The meta-schema allows it, but it rejects every value: each note got "is not one of the allowed values " (none listed).
        write("schemas/e.schema.yaml", "type: object\nproperties:\n  stage:\n    enum: []\n");
        assertContains(error("schemas/e.schema.yaml"), "schemas/e.schema.yaml:4:5: invalid JSON Schema at /properties/stage/enum: "
                + "enum lists no value, so every value would be rejected; list the allowed values (enum: [a, b])");
    }
}
