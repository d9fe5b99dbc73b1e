package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** property-type against the types Obsidian stores in .obsidian/types.json. */
class PropertyTypeDeclaredTest extends PropertyTypeVault {

    @Test
    void theDeclaredTypeWinsOverWhatMostNotesHold() throws Exception {
        // Two notes hold text, one a checkbox: the majority rule told the checkbox note to write text,
        // the opposite of what Obsidian, typing the property as a checkbox, shows as valid.
        write(".obsidian/types.json", "{\"types\": {\"directReport\": \"checkbox\"}}");
        write("A.md", "---\ndirectReport: yes\n---\n");
        write("B.md", "---\ndirectReport: no\n---\n");
        write("C.md", "---\ndirectReport: true\n---\n");
        String tail = ", but .obsidian/types.json types it as a checkbox (true/false), so Obsidian shows this value as "
                + "invalid; write it as a checkbox (true/false), or change the property's type in Obsidian";
        assertEquals(List.of(
                "A.md:2:1 property \"directReport\" is text here (\"yes\" is text: write true or false)" + tail,
                "B.md:2:1 property \"directReport\" is text here (\"no\" is text: write true or false)" + tail), findings());
    }

    @Test
    void notesThatAllAgreeAreStillReportedWhenTheyContradictTheDeclaredType() throws Exception {
        write(".obsidian/types.json", "{\"types\": {\"lastTalk\": \"date\", \"topics\": \"multitext\"}}");
        write("A.md", "---\nlastTalk: soon\nTopics: 3\n---\n");
        assertEquals(List.of(
                "A.md:2:1 property \"lastTalk\" is text here, but .obsidian/types.json types it as a date, so Obsidian "
                        + "shows this value as invalid; write it as a date, or change the property's type in Obsidian",
                "A.md:3:1 property \"Topics\" is a number here, but .obsidian/types.json types it as a list, so Obsidian "
                        + "shows this value as invalid; write it as a list, or change the property's type in Obsidian"),
                findings());
    }

    @Test
    void oneTextInAListPropertyIsAListOfOneNotAnInvalidValue() throws Exception {
        // Obsidian shows "topics: kafka" in a multitext property as the list [kafka] (and writes it back as a
        // list when edited), as the built-in schema's aliases and cssclasses say: not invalid, whatever other notes hold.
        write(".obsidian/types.json", "{\"types\": {\"topics\": \"multitext\", \"aliases\": \"aliases\"}}");
        write("A.md", "---\ntopics: kafka\naliases: HM\n---\n");
        write("B.md", "---\ntopics: [k8s, sre]\naliases: [Recruiter]\n---\n");
        write("C.md", "---\ntopics: 2025-04-08\n---\n");
        assertEquals(List.of(), findings());
    }

    @Test
    void aDateThatDoesNotExistInADateOrDateAndTimePropertyIsReportedOnTheValueWithTheReason() throws Exception {
        write(".obsidian/types.json", "{\"types\": {\"lastTalk\": \"date\", \"followUp\": \"datetime\"}}");
        write("A.md", "---\nlastTalk: 2025-02-30\nfollowUp: 2025-04-08T25:00\n---\n");
        write("B.md", "---\nlastTalk: 2025-13-45\nfollowUp: 2025-04-31\n---\n");
        write("C.md", "---\nlastTalk: 2024-02-29\nfollowUp: 2025-04-30T23:59\n---\n");
        assertEquals(List.of(
                "A.md:2:11 property \"lastTalk\" is 2025-02-30, which is not a real date (February 2025 has 28 days), so "
                        + "Obsidian shows this value as invalid (.obsidian/types.json types it as a date); write one that "
                        + "exists, as YYYY-MM-DD",
                "A.md:3:11 property \"followUp\" is 2025-04-08T25:00, which is not a real date & time (there is no hour 25), "
                        + "so Obsidian shows this value as invalid (.obsidian/types.json types "
                        + "it as a date & time); write one that exists, as YYYY-MM-DDTHH:MM",
                "B.md:2:11 property \"lastTalk\" is 2025-13-45, which is not a real date (there is no month 13), so "
                        + "Obsidian shows this value as invalid (.obsidian/types.json types it as a date); write one that "
                        + "exists, as YYYY-MM-DD",
                "B.md:3:11 property \"followUp\" is 2025-04-31, which is not a real date (April has 30 days), so "
                        + "Obsidian shows this value as invalid (.obsidian/types.json types it as a date & time); write one "
                        + "that exists, as YYYY-MM-DD"),
                findings());
    }

    @Test
    void withoutAReadableTypesFileTheMajorityDecidesAsBefore() throws Exception {
        write(".obsidian/types.json", "{\"types\": ");
        write("A.md", "---\nlastTalk: soon\n---\n");
        write("B.md", "---\nlastTalk: 2025-11-17\n---\n");
        write("C.md", "---\nlastTalk: 2025-11-18\n---\n");
        assertEquals(1, findings().size());
        // ... and the file itself gets an obsidian-config warning saying where it is malformed.
        List<String> config = new Linter().run(LintOptions.of(vault)).findings().stream()
                .filter(f -> f.ruleId().equals("obsidian-config"))
                .map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.message()).toList();
        assertEquals(1, config.size(), config.toString());
        assertTrue(config.get(0).startsWith(".obsidian/types.json:1:11 .obsidian/types.json: malformed JSON at line 1, column 11 ("),
                config.get(0));
        assertTrue(config.get(0).contains("property types are not checked against it until it is fixed"), config.get(0));
    }

    @Test
    void aTypesFileWithAByteOrderMarkSaysSoAsAppJsonDoes() throws Exception {
        // Jackson's "Unexpected character ('\uFEFF' (code 65279 / 0xfeff))" showed the BOM as an invisible character.
        write(".obsidian/types.json", "\uFEFF{\"types\": {\"lastTalk\": \"date\"}}");
        write("A.md", "---\nlastTalk: soon\n---\n");
        List<String> config = new Linter().run(LintOptions.of(vault)).findings().stream()
                .filter(f -> f.ruleId().equals("obsidian-config")).map(f -> f.file() + ":" + f.line() + " " + f.message()).toList();
        assertEquals(List.of(".obsidian/types.json:1 .obsidian/types.json: starts with a byte order mark (BOM), which Obsidian's "
                + "JSON reader rejects; property types are not checked against it until it is fixed; save it as UTF-8 without a BOM"),
                config);
    }

    @Test
    void aTypesFileThatIsAFolderIsAProblemNotSilence() throws Exception {
        Files.createDirectories(vault.resolve(".obsidian/types.json"));
        write("A.md", "---\nlastTalk: soon\n---\n");
        List<String> config = new Linter().run(LintOptions.of(vault)).findings().stream()
                .filter(f -> f.ruleId().equals("obsidian-config")).map(f -> f.file() + ":" + f.line() + " " + f.message()).toList();
        assertEquals(List.of(".obsidian/types.json:1 .obsidian/types.json: is a folder, not a file, so it was not read and property "
                + "types are not checked against it; remove the folder (Obsidian writes the file again)"), config);
    }

    @Test
    void aTypesFileLinkedFromOutsideTheVaultIsNeverRead() throws Exception {
        Path outside = Files.createTempFile("types", ".json");
        try {
            Files.writeString(outside, "{\"types\": {\"lastTalk\": \"date\"}}");
            Files.createDirectories(vault.resolve(".obsidian"));
            try {
                Files.createSymbolicLink(vault.resolve(".obsidian/types.json"), outside);
            } catch (UnsupportedOperationException | IOException e) {
                org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
            }
            write("A.md", "---\nlastTalk: soon\n---\n");
            assertEquals(List.of(), findings()); // the declared date type was not read
            assertTrue(new Linter().run(LintOptions.of(vault)).findings().stream()
                    .anyMatch(f -> f.ruleId().equals("obsidian-config") && f.message().contains("outside the vault")));
        } finally {
            Files.deleteIfExists(outside);
        }
    }
}
