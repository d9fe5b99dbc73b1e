package io.github.vaultlint.testutil;

import io.github.vaultlint.engine.LintResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writing test notes and comparing whole runs: the helpers the cache tests share. */
public final class VaultFiles {
    private VaultFiles() {
    }

    /** Writes {@code text} to {@code path} under {@code vault}, creating its folders. */
    public static void write(Path vault, String path, String text) throws IOException {
        Path p = vault.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** Each finding as one line with its full range, severity, rule and message, in the run's order. */
    public static List<String> brief(LintResult r) {
        return r.findings().stream().map(f -> f.file() + ":" + f.line() + ":" + f.column() + "-" + f.endLine() + ":"
                + f.endColumn() + " " + f.severity() + " " + f.ruleId() + " " + f.message()).toList();
    }
}
