package io.github.vaultlint.engine;

import java.nio.file.Path;

/**
 * What to lint. {@code configFile} null means {@code <vault>/.vaultlint.yml} if present;
 * {@code configRequired} makes a missing explicit config an error. {@code threads} &lt;= 0 uses
 * one thread per core.
 */
public record LintOptions(Path vault, Path configFile, boolean configRequired, int threads) {

    public static LintOptions of(Path vault) {
        return new LintOptions(vault, null, false, 0);
    }

    public Path effectiveConfig() {
        return configFile != null ? configFile : vault.resolve(".vaultlint.yml");
    }
}
