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

    @Test
    void neverReadsThroughASymbolicLinkOutOfTheVault(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("secret.md"), "api key\n");
        Files.createSymbolicLink(vault.resolve("leak.md"), outside.resolve("secret.md"));
        Files.createDirectories(vault.resolve("sub"));
        Files.writeString(vault.resolve("sub/real.md"), "inside\n");
        Files.createSymbolicLink(vault.resolve("alias.md"), vault.resolve("sub/real.md"));
        SourceLines lines = new SourceLines(vault);
        lines.preload(List.of("leak.md", "alias.md"));
        assertEquals("", lines.line("leak.md", 1));
        assertEquals("inside", lines.line("alias.md", 1)); // a link that stays in the vault is read
    }

    /** A name that is not UTF-8 is known by its text with U+FFFD; its lines are read through its own bytes. */
    @Test
    void quotesLinesOfANoteWhoseNameIsNotUtf8() throws Exception {
        try {
            Path folder = Files.createDirectories(Path.of(java.net.URI.create(vault.toUri() + "R%E9sum%E9s")));
            Files.writeString(Path.of(java.net.URI.create(folder.toUri() + "Caf%E9.md")), "# Cafe\nSee [[Gone]]\n");
        } catch (java.io.IOException | RuntimeException e) {
            org.junit.jupiter.api.Assumptions.abort("this file system does not take names that are not UTF-8: " + e);
        }
        SourceLines lines = new SourceLines(vault);
        assertEquals("See [[Gone]]", lines.line("R\uFFFDsum\uFFFDs/Caf\uFFFD.md", 2));
        assertEquals("", lines.line("R\uFFFDsum\uFFFDs/Nope\uFFFD.md", 1));
    }

    @Test
    void quotesNothingOfABinaryFile() throws Exception {
        Files.write(vault.resolve("b.md"), new byte[] {'a', 0, 'b', '\n', 'c'});
        assertEquals("", new SourceLines(vault).line("b.md", 1));
        assertEquals("", new SourceLines(vault).line("b.md", 2));
    }
}
