package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A property written twice in different cases (Title: and title:) is one property to Obsidian, given two values. */
class FrontmatterSyntaxCaseTest {
    @Test
    void theSecondSpellingIsNamedWithTheFirst(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Prep.md"), "\uFEFF---\r\nTitle: Hooli\r\nstatus: open\r\ntitle: Hooli 2\r\nTITLE: x\r\n---\r\n# Prep\r\n");
        List<String> found = new Linter().run(LintOptions.of(vault)).findings().stream()
                .filter(f -> f.ruleId().equals("frontmatter-syntax"))
                .map(f -> f.line() + ":" + f.column() + "-" + f.endLine() + ":" + f.endColumn() + " " + f.message()).toList();
        String same = ": Obsidian takes property names in any case as one property, so this note gives it two values; "
                + "merge them into a single property";
        assertEquals(List.of("4:1-4:6 property \"title\" is already set as \"Title\" on line 2" + same,
                "5:1-5:6 property \"TITLE\" is already set as \"Title\" on line 2" + same), found);
    }

    @Test
    void oneSpellingOfEachNameIsFine(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Prep.md"), "---\nTitle: Hooli\nStatus: open\ntags: [a]\n---\n# Prep\n");
        assertEquals(List.of(), new Linter().run(LintOptions.of(vault)).findings().stream()
                .filter(f -> f.ruleId().equals("frontmatter-syntax")).toList());
    }
}
