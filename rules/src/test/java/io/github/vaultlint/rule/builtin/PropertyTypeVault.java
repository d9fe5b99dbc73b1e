package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.engine.LintOptions;
import io.github.vaultlint.engine.Linter;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A temporary vault for property-type tests: notes written into it, its property-type findings as text. */
abstract class PropertyTypeVault {
    @TempDir
    Path vault;

    void write(String path, String text) throws IOException {
        Path p = vault.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** Each property-type finding as "file:line:column message". */
    List<String> findings() throws Exception {
        return new Linter().run(LintOptions.of(vault)).findings().stream()
                .filter(f -> f.ruleId().equals("property-type"))
                .map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.message()).toList();
    }
}
