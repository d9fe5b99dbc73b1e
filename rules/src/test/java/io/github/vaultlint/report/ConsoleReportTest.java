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

    /** A one-note vault was summed up as "1 notes, 1 files checked". */
    @Test
    void summaryCountsOfOneAreSingular() {
        assertEquals("vaultlint: 1 note, 1 file checked: 1 error, 0 warnings, 0 info",
                ConsoleReport.summary(new io.github.vaultlint.engine.Summary(1, 1, 1, 0, 0)));
        assertEquals("vaultlint: 16 notes, 20 files checked: 8 errors, 5 warnings, 2 info",
                ConsoleReport.summary(new io.github.vaultlint.engine.Summary(16, 20, 8, 5, 2)));
    }

    @Test
    void fullFormatShowsSourceAndCaret(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("a.md"), "# A\n\tSee [[Gone]] now\n");
        Finding f = new Finding("broken-link", Severity.ERROR, "a.md", 2, 6, 2, 14, "gone");
        assertEquals("a.md:[2,6] (broken-link) gone\n    \tSee [[Gone]] now\n    \t    ^^^^^^^^",
                ConsoleReport.full(f, new SourceLines(vault)));
    }

    @Test
    void controlCharactersFromNotesAreWrittenOut() {
        Finding f = new Finding("broken-link", Severity.ERROR, "bad\u001b[2Jname.md", 3, 1, 3, 20,
                "wikilink [[bad\u0001\u001b[31mname\u000b]] is broken\n[ERROR] forged line\u202e");
        assertEquals("bad\\u001B[2Jname.md:[3,1] (broken-link) wikilink [[bad\\u0001\\u001B[31mname\\u000B]] is broken"
                + "\\n[ERROR] forged line\\u202E", ConsoleReport.line(f));
    }

    @Test
    void fullFormatEscapesTheSourceLineAndKeepsTheCaretUnderTheColumn(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("c.md"), "# t\n\n[[bad\u0001\u001b[31mname]] x\n");
        Finding f = new Finding("broken-link", Severity.ERROR, "c.md", 3, 17, 3, 18, "m");
        assertEquals("c.md:[3,17] (broken-link) m\n    [[bad\\u0001\\u001B[31mname]] x\n"
                + "    " + " ".repeat(26) + "^", ConsoleReport.full(f, new SourceLines(vault)));
    }

    @Test
    void caretCountsWideCharactersAsTwoColumnsAndCombiningMarksAsNone(@TempDir Path vault) throws Exception {
        // 面试 (two wide characters), then e + combining acute, then the link.
        Files.writeString(vault.resolve("z.md"), "# t\n面试 e\u0301 [[Gone]]\n");
        Finding f = new Finding("broken-link", Severity.ERROR, "z.md", 2, 7, 2, 15, "gone");
        assertEquals("z.md:[2,7] (broken-link) gone\n    面试 e\u0301 [[Gone]]\n    " + " ".repeat(7) + "^".repeat(8),
                ConsoleReport.full(f, new SourceLines(vault)));
        Finding wide = new Finding("broken-link", Severity.ERROR, "z.md", 2, 1, 2, 3, "wide");
        assertEquals("    ^^^^", ConsoleReport.full(wide, new SourceLines(vault)).lines().toList().get(2));
    }
}
