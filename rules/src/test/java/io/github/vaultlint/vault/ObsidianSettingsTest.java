package io.github.vaultlint.vault;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** .obsidian/app.json: missing is fine, malformed is a positioned warning with defaults. */
class ObsidianSettingsTest {
    @TempDir
    Path vault;

    private ObsidianSettings load(String json) throws IOException {
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.writeString(vault.resolve(".obsidian/app.json"), json);
        return ObsidianSettings.load(vault);
    }

    @Test
    void missingAppJsonMeansDefaultsAndNoProblem() {
        ObsidianSettings s = ObsidianSettings.load(vault);
        assertNull(s.problem());
        assertEquals(List.of(), s.userIgnoreFilters());
    }

    @Test
    void filtersArePathPrefixesOrSlashedRegexes() throws IOException {
        ObsidianSettings s = load("{\"userIgnoreFilters\": [\"Archive/\", \"/\\\\.excalidraw\\\\.md$/\"], \"other\": 1}");
        assertNull(s.problem());
        assertTrue(s.excludes("Archive/2023 Debrief.md"));
        assertTrue(s.excludes("Boards/sketch.excalidraw.md"));
        assertFalse(s.excludes("Interviews/Archive note.md"));
    }

    @Test
    void aFilterThatExcludesNothingIsAProblemAtItsEntryAndTheOthersStillApply() throws IOException {
        // Obsidian skips a filter whose regular expression does not compile; the user meant to exclude something.
        ObsidianSettings s = load("{\n  \"userIgnoreFilters\": [\n    \"Drafts/\",\n    \"/[Aa]rchive(/\"\n  ]\n}\n");
        assertEquals("userIgnoreFilters entry \"/[Aa]rchive(/\" is not a valid regular expression (unclosed group), so it "
                + "excludes nothing; fix the expression between the slashes, or write a plain folder path such as "
                + "\"Archive/\"", s.problem());
        assertEquals(4, s.problemLine());
        assertEquals(5, s.problemColumn());
        assertTrue(s.excludes("Drafts/x.md"));
        assertFalse(s.excludes("Archive/x.md"));

        ObsidianSettings number = load("{\"userIgnoreFilters\": [\"Drafts/\", 42]}");
        assertEquals("userIgnoreFilters entry 42 is not a path in quotes, so it excludes nothing; write the folder or file "
                + "path as a string, such as \"Archive/\"", number.problem());
        assertEquals(1, number.problemLine());
        assertEquals(35, number.problemColumn());
        assertTrue(number.excludes("Drafts/x.md"));
    }

    @Test
    void everyFilterThatExcludesNothingIsAProblemAtItsOwnEntry() throws IOException {
        // Only the first was reported: fixing it in Obsidian showed the next one a build later.
        ObsidianSettings s = load("{\n  \"userIgnoreFilters\": [\n    \"/[a-/\",\n    42,\n    \"Drafts/\",\n"
                + "    \"/(x/\", true, \"/[a-/\"\n  ]\n}\n");
        List<String> at = s.problems().stream().map(p -> p.file() + ":" + p.line() + ":" + p.column() + " " + p.message()
                .substring(0, p.message().indexOf(" is "))).toList();
        assertEquals(List.of(
                ".obsidian/app.json:3:5 userIgnoreFilters entry \"/[a-/\"",
                ".obsidian/app.json:4:5 userIgnoreFilters entry 42",
                ".obsidian/app.json:6:5 userIgnoreFilters entry \"/(x/\"",
                ".obsidian/app.json:6:13 userIgnoreFilters entry true",
                ".obsidian/app.json:6:19 userIgnoreFilters entry \"/[a-/\""), at, "each bad entry at its own place, a repeated one too");
        assertTrue(s.excludes("Drafts/x.md"), "the good entry still applies");
    }

    @Test
    void aBrokenTemplatesFileDoesNotHideABadFilter() throws IOException {
        write(".obsidian/templates.json", "{\"folder\": ");
        ObsidianSettings s = load("{\"userIgnoreFilters\": [\"/(x/\"]}");
        assertEquals(List.of(ObsidianSettings.APP_JSON, ObsidianSettings.TEMPLATES_JSON),
                s.problems().stream().map(ObsidianSettings.Issue::file).toList(), "one finding per file, both reported");
    }

    @Test
    void malformedJsonIsAPositionedProblemAndDefaultsApply() throws IOException {
        ObsidianSettings s = load("{\n  \"userIgnoreFilters\": [\"Drafts/\"],\n}\n");
        assertTrue(s.problem().startsWith("malformed JSON"), s.problem());
        assertEquals(3, s.problemLine());
        assertEquals(List.of(), s.userIgnoreFilters());
        assertFalse(s.excludes("Drafts/x.md"));
    }

    @Test
    void appJsonThatIsNotUtf8SaysWhere() throws IOException {
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.write(vault.resolve(".obsidian/app.json"), "{\n  \"userIgnoreFilters\": [\"Caf\u00e9/\"]\n}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ObsidianSettings s = ObsidianSettings.load(vault);
        assertEquals("not valid UTF-8 (byte 0xE9 at byte offset 30); save it as UTF-8; Obsidian's excluded files are not "
                + "applied until it is fixed", s.problem());
        assertEquals(2, s.problemLine());
        assertEquals(29, s.problemColumn());
    }

    @Test
    void aByteOrderMarkIsNamedNotShownAsAnInvisibleCharacter() throws IOException {
        ObsidianSettings s = load("\uFEFF{\"userIgnoreFilters\": [\"Templates/\"]}");
        assertEquals("starts with a byte order mark (BOM), which Obsidian's JSON reader rejects, so Obsidian's excluded files "
                + "are not applied; save it as UTF-8 without a BOM", s.problem());
        assertEquals(1, s.problemLine());
        assertEquals(1, s.problemColumn());
        assertFalse(s.excludes("Templates/Debrief.md"));
    }

    @Test
    void anUnclosedListNamesWhereItOpenedOnOneLine() throws IOException {
        ObsidianSettings s = load("{\"userIgnoreFilters\": [");
        assertEquals("malformed JSON at line 1, column 24 (Unexpected end-of-input: expected close marker for Array "
                + "(start marker at line 1, column 23)); Obsidian's excluded files are not applied until it is fixed. "
                + "Fix the JSON at that position (a missing closing bracket or quote, a trailing comma)", s.problem());
        assertEquals(1, s.problemLine());
        assertEquals(24, s.problemColumn());
    }

    @Test
    void trailingGarbageIsMalformedToo() throws IOException {
        ObsidianSettings s = load("{\"userIgnoreFilters\": [\"Drafts/\"]} }");
        assertTrue(s.problem() != null && s.problem().startsWith("malformed JSON"), String.valueOf(s.problem()));
        assertFalse(s.excludes("Drafts/x.md"));
    }

    @Test
    void filtersThatAreNotAListAreAProblem() throws IOException {
        ObsidianSettings s = load("{\"userIgnoreFilters\": \"Drafts/\"}");
        assertTrue(s.problem().contains("should be a list"), s.problem());
        assertFalse(s.excludes("Drafts/x.md"));
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(vault.resolve(path).getParent());
        Files.writeString(vault.resolve(path), text);
    }

    @Test
    void theTemplatesFoldersOfTheCorePluginAndOfTemplaterAreExcluded() throws IOException {
        write(".obsidian/templates.json", "{\"folder\": \"/Templates/\", \"dateFormat\": \"YYYY-MM-DD\"}");
        write(".obsidian/plugins/templater-obsidian/data.json", "{\"templates_folder\": \"Meta/Templater\"}");
        ObsidianSettings s = ObsidianSettings.load(vault);
        assertNull(s.problem());
        assertEquals(List.of("Templates", "Meta/Templater"), s.templateFolders());
        assertTrue(s.excludes("Templates/Debrief Template.md"));
        assertTrue(s.excludes("Meta/Templater/Daily.md"));
        assertFalse(s.excludes("Templates of answers.md"), "a folder ends at a slash");
        assertFalse(s.excludes("Meta/Notes.md"));
        assertFalse(s.ignoreFiltersExclude("Templates/Debrief Template.md"), "not one of Obsidian's excluded files");
    }

    @Test
    void anEmptyTemplatesFolderSettingNamesNoFolder() throws IOException {
        write(".obsidian/templates.json", "{\"folder\": \"/\"}");
        write(".obsidian/plugins/templater-obsidian/data.json", "{\"templates_folder\": \"\"}");
        ObsidianSettings s = ObsidianSettings.load(vault);
        assertEquals(List.of(), s.templateFolders());
        assertFalse(s.excludes("Home.md"), "\"/\" would be the whole vault: no folder is set");
    }

    @Test
    void aMalformedTemplatesJsonIsAPositionedProblemAboutThatFile() throws IOException {
        write(".obsidian/templates.json", "{\n  \"folder\": \"Templates\",\n}\n");
        ObsidianSettings s = ObsidianSettings.load(vault);
        assertEquals(ObsidianSettings.TEMPLATES_JSON, s.problemFile());
        assertTrue(s.problem().startsWith("malformed JSON at line 3, column 1"), s.problem());
        assertEquals(3, s.problemLine());
        assertFalse(s.excludes("Templates/Debrief.md"), "the defaults apply");
    }

    @Test
    void aTemplateIsNeitherLintedNorAnInterviewButStaysALinkTarget() throws Exception {
        write(".obsidian/templates.json", "{\"folder\": \"Templates\"}");
        write("Templates/Debrief.md", "---\ndate: {{date}}\ncompany: \"[[{{company}}]]\"\ntags: [real-interview]\n---\n"
                + "## Topic\n### What I was asked\n### How I responded\n### What was weak\n### How I should improve\n");
        write("Home.md", "# Home\n\nStart from [[Debrief#Topic]].\n");
        io.github.vaultlint.engine.LintResult r = new io.github.vaultlint.engine.Linter().run(io.github.vaultlint.engine.LintOptions.of(vault));
        assertEquals(List.of(), r.findings());
        assertEquals(List.of(), r.insights().interviews(), "a debrief template is no interview of company {{company}}");
    }

    /**
     * An app.json that is a symbolic link out of the vault (or inside a linked .obsidian folder) is not
     * read, like every link out of the vault: its content reached the reports through the
     * malformed-JSON message ("Unrecognized token 'root'" for /etc/passwd).
     */
    @Test
    void appJsonLinkedFromOutsideTheVaultIsNeverRead(@TempDir Path outside) throws IOException {
        Path secret = outside.resolve("secret.txt");
        Files.writeString(secret, "TOKEN-1234 {\"userIgnoreFilters\": [\"Drafts/\"]}");
        Files.createDirectories(vault.resolve(".obsidian"));
        try {
            Files.createSymbolicLink(vault.resolve(".obsidian/app.json"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here");
        }
        ObsidianSettings s = ObsidianSettings.load(vault);
        assertTrue(s.problem().startsWith("is a symbolic link (or inside one) to a file outside the vault, so it was not read"), s.problem());
        assertFalse(s.problem().contains("TOKEN"), s.problem());
        assertEquals(List.of(), s.userIgnoreFilters());

        Files.delete(vault.resolve(".obsidian/app.json"));
        Files.delete(vault.resolve(".obsidian"));
        Files.createDirectories(outside.resolve("shared"));
        Files.copy(secret, outside.resolve("shared/app.json"));
        Files.createSymbolicLink(vault.resolve(".obsidian"), outside.resolve("shared"));
        assertTrue(ObsidianSettings.load(vault).problem().contains("outside the vault"), "a linked .obsidian folder too");

        Files.delete(vault.resolve(".obsidian"));
        Files.createDirectories(vault.resolve("Settings"));
        Files.writeString(vault.resolve("Settings/app.json"), "{\"userIgnoreFilters\": [\"Drafts/\"]}");
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.createSymbolicLink(vault.resolve(".obsidian/app.json"), vault.resolve("Settings/app.json"));
        ObsidianSettings inside = ObsidianSettings.load(vault);
        assertNull(inside.problem(), "a link within the vault is read");
        assertEquals(List.of("Drafts/"), inside.userIgnoreFilters());
    }

    @Test
    void aTemplatesSettingLinkedFromOutsideTheVaultIsNeverRead(@TempDir Path outside) throws IOException {
        Path secret = outside.resolve("templates.json");
        Files.writeString(secret, "TOKEN-1234 {\"folder\": \"Templates\"}");
        Files.createDirectories(vault.resolve(".obsidian"));
        try {
            Files.createSymbolicLink(vault.resolve(ObsidianSettings.TEMPLATES_JSON), secret);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here");
        }
        ObsidianSettings s = ObsidianSettings.load(vault);
        assertEquals(ObsidianSettings.TEMPLATES_JSON, s.problemFile());
        assertTrue(s.problem().startsWith("is a symbolic link (or inside one) to a file outside the vault, so it was not read"), s.problem());
        assertFalse(s.problem().contains("TOKEN"), s.problem());
        assertEquals(List.of(), s.templateFolders());
    }

    /**
     * A settings file that is there but no file (a folder, a link to nothing, a named pipe) was taken
     * as absent with no word, so Obsidian's excluded files were linted; a pipe is never opened.
     */
    @Test
    void aSettingsFileThatIsNoFileIsAProblemNotSilence() throws Exception {
        Files.createDirectories(vault.resolve(".obsidian/app.json"));
        ObsidianSettings folder = ObsidianSettings.load(vault);
        assertEquals(ObsidianSettings.APP_JSON, folder.problemFile());
        assertEquals("is a folder, not a file, so it was not read and Obsidian's excluded files are not applied; "
                + "remove the folder (Obsidian writes the file again)", folder.problem());
        assertEquals(1, folder.problemLine());
        assertEquals(1, folder.problemColumn());

        Files.delete(vault.resolve(".obsidian/app.json"));
        Files.createSymbolicLink(vault.resolve(".obsidian/app.json"), Path.of("../Settings/app.json"));
        assertEquals("is a symbolic link to ../Settings/app.json, which does not exist, so it was not read and Obsidian's excluded "
                + "files are not applied; point the link at the file or remove it", ObsidianSettings.load(vault).problem());

        Files.delete(vault.resolve(".obsidian/app.json"));
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", vault.resolve(ObsidianSettings.TEMPLATES_JSON).toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo is not available here");
        ObsidianSettings pipe = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> ObsidianSettings.load(vault), "a named pipe must never be opened");
        assertEquals(ObsidianSettings.TEMPLATES_JSON, pipe.problemFile());
        assertEquals("is not a regular file (a named pipe, socket or device), so it was not read and the templates folder it names "
                + "is linted as notes; replace it with a regular file or remove it", pipe.problem());
    }
}
