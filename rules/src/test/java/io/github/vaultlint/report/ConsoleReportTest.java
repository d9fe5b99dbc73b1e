package io.github.vaultlint.report;

import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConsoleReportTest {

    @Test
    void compactLine() {
        Finding f = new Finding("broken-link", Severity.ERROR, "Interviews/2025-11-17 Acme.md", 23, 5, 23, 12, "gone");
        assertEquals("Interviews/2025-11-17 Acme.md:[23,5] (broken-link) gone", ConsoleReport.line(f));
    }

    @Test
    void fullFormatShowsSourceAndCaret(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("a.md"), "# A\n\tSee [[Gone]] now\n");
        Finding f = new Finding("broken-link", Severity.ERROR, "a.md", 2, 6, 2, 14, "gone");
        assertEquals("a.md:[2,6] (broken-link) gone\n    \tSee [[Gone]] now\n    \t    ^^^^^^^^",
                ConsoleReport.full(f, new SourceLines(vault)));
    }
}
