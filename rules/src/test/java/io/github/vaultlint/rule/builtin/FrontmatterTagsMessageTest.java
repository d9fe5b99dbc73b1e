package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What frontmatter-tags says about a tag with punctuation Obsidian does not allow, and the fix it offers. */
class FrontmatterTagsMessageTest {
    private static final String ALLOWED = ", which Obsidian does not allow in a tag (letters, digits, emoji, '_', '-' and '/' only); ";

    @Test
    void punctuationIsNamedWithAFixWhereADashCanStandForIt(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Prep.md"), String.join("\n", "---", "tags:",
                "  - q&a", // 3: a dash stands for the '&'
                "  - \"#node.js\"", // 4: a leading '#' too, both fixed
                "  - \"c++\"", // 5: no dash can stand for a trailing "++"
                "  - \"(draft)?\"", // 6: two kinds of punctuation at the ends
                "  - job search.", // 7: a space and a trailing '.'
                "  - 1.5", // 8: a number's '.' as written
                "  - 1e3", // 9: a number written with an exponent has no punctuation
                "  - système/café", // 10: letters of any script
                "---", "# Prep", ""));

        List<String> messages = new Linter().run(LintOptions.of(vault)).findings().stream()
                .filter(f -> f.ruleId().equals("frontmatter-tags")).map(f -> f.line() + " " + f.message()).toList();

        assertEquals(List.of(
                "3 tag \"q&a\" contains '&'" + ALLOWED + "write it as q-a",
                "4 tag \"#node.js\" starts with '#', which Obsidian does not accept in frontmatter, contains '.'" + ALLOWED
                        + "write it as node-js",
                "5 tag \"c++\" contains '+'" + ALLOWED + "rename it without it",
                "6 tag \"(draft)?\" contains '(', ')' and '?'" + ALLOWED + "rename it without them",
                "7 tag \"job search.\" contains spaces, which end a tag, contains '.'" + ALLOWED + "rename it without it",
                "8 tag \"1.5\" contains '.'" + ALLOWED + "write it as 1-5"), messages);
    }

    @Test
    void oneTextOfTagsWithSpacesIsReadAsSeveralTagsAsObsidianAndTheTypeMatchReadIt(@TempDir Path vault) throws Exception {
        // It was "contains spaces, which end a tag; write it as real-interview-onsite": a fix that loses the
        // real-interview tag this very note is typed a debrief by.
        Files.writeString(vault.resolve("Globex.md"), "---\ndate: 2025-03-02\ntags: real-interview onsite\n---\n# Globex\n");

        List<Finding> findings = new Linter().run(LintOptions.of(vault)).findings();

        assertEquals(List.of("frontmatter-tags 3 \"tags\" is one text (\"real-interview onsite\") that Obsidian reads as 2 tags, split "
                + "at the spaces; write them as a list: tags: [real-interview, onsite], or as one tag: tags: real-interview-onsite"),
                findings.stream().map(f -> f.ruleId() + " " + f.line() + " " + f.message()).toList(),
                "a debrief by its tag, whose schema's \"expected a list\" is left to frontmatter-tags");
    }

    @Test
    void severalTagsInOneValueAreSplitWithTheirPunctuationFixed(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("Prep.md"), "---\ntags: q&a, system design\n---\n# Prep\n");

        List<Finding> findings = new Linter().run(LintOptions.of(vault)).findings();

        assertEquals(List.of("\"tags\" is one comma-separated text (\"q&a, system design\"), not a list; write it as a list: "
                + "tags: [q-a, system-design]"), findings.stream().map(Finding::message).toList());
    }
}
