package io.github.vaultlint.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Arguments a message tells the user to pass survive being pasted into a shell as one argument. */
class ShellArgTest {

    @Test
    void plainArgumentsStayAsTheyAre() {
        assertEquals("-Dvaultlint.baseline=notes/vaultlint-baseline.json", ShellArg.quote("-Dvaultlint.baseline=notes/vaultlint-baseline.json"));
        assertEquals("-Dvaultlint.baseline=C:\\notes\\b.json", ShellArg.quote("-Dvaultlint.baseline=C:\\notes\\b.json"));
    }

    @Test
    void spacesAndNonAsciiAreDoubleQuoted() {
        assertEquals("\"-Dvaultlint.baseline=My Vault — Ünïcode/vaultlint-baseline.json\"",
                ShellArg.quote("-Dvaultlint.baseline=My Vault — Ünïcode/vaultlint-baseline.json"));
        assertEquals("\"\"", ShellArg.quote(""));
    }

    @Test
    void charactersSpecialInDoubleQuotesAreSingleQuoted() {
        assertEquals("'-Dvaultlint.baseline=$HOME/it'\\''s \"notes\"/b.json'",
                ShellArg.quote("-Dvaultlint.baseline=$HOME/it's \"notes\"/b.json"));
    }
}
