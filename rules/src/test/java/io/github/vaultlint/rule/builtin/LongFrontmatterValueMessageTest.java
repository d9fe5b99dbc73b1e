package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import io.github.vaultlint.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A paragraph pasted into a frontmatter value is quoted cut short in a finding, never whole (it made 300 KB messages). */
class LongFrontmatterValueMessageTest {
    @Test
    void longTagsAndLinksAreCutInTheMessage(@TempDir Path vault) throws Exception {
        String many = IntStream.range(0, 5_000).mapToObj(i -> "topic" + i).collect(Collectors.joining(", "));
        Files.writeString(vault.resolve("Comma.md"), "---\ntags: " + many + "\n---\n# Comma\n");
        Files.writeString(vault.resolve("Spaces.md"), "---\ntags:\n  - \"#" + "x y ".repeat(5_000) + "\"\n---\n# Spaces\n");
        Files.writeString(vault.resolve("Comment.md"), "---\ntags: #" + "a".repeat(20_000) + "\n---\n# Comment\n");
        Files.writeString(vault.resolve("Link.md"), "---\nlinks:\n  - [[" + "B".repeat(20_000) + "]]\n---\n# Link\n");

        List<Finding> findings = new Linter().run(LintOptions.of(vault)).findings();

        assertEquals(List.of("Comma.md frontmatter-tags", "Comment.md frontmatter-tags", "Link.md frontmatter-syntax",
                "Spaces.md frontmatter-tags"), findings.stream().map(f -> f.file() + " " + f.ruleId()).toList());
        for (Finding f : findings) {
            assertTrue(f.message().length() < 500 && f.message().contains("\u2026"), f.file() + ": " + f.message().length()
                    + " chars: " + f.message().substring(0, 200));
        }
        assertTrue(findings.get(0).message().startsWith("\"tags\" is one comma-separated text (\"topic0, topic1, "), findings.get(0).message());
    }
}
