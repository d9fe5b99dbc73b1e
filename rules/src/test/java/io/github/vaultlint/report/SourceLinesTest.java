package io.github.vaultlint.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceLinesTest {
    @TempDir
    Path vault;

    @Test
    void splitsAtEveryLineBreakAsTheRegexDid() {
        for (String t : List.of("", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb", "a\r\rb", "a\n\r\nb", "\n\n", "\r", "x\r\n\ny")) {
            assertEquals(List.of(t.split("\r\n|\r|\n", -1)), SourceLines.lines(t), t.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    @Test
    void quotesLinesOfFilesInsideTheVaultOnly() throws Exception {
        Files.writeString(vault.resolve("a.md"), "\uFEFFone\r\ntwo\rthree\n");
        SourceLines lines = new SourceLines(vault);
        assertEquals("one", lines.line("a.md", 1));
        assertEquals("two", lines.line("a.md", 2));
        assertEquals("three", lines.line("a.md", 3));
        assertEquals("", lines.line("a.md", 5));
        assertEquals("", lines.line("../outside.md", 1));
    }
}
