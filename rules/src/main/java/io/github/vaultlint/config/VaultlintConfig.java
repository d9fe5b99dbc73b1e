package io.github.vaultlint.config;

import io.github.vaultlint.vault.Glob;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The effective configuration of a run, from {@code .vaultlint.yml} at the vault root (absent means
 * defaults). {@code source} is the file it came from, or null.
 */
public record VaultlintConfig(Path source, Map<String, RuleLevel> rules, List<Glob> ignore, long maxFileSize) {

    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

    public VaultlintConfig {
        rules = Map.copyOf(rules);
        ignore = List.copyOf(ignore);
    }

    public static VaultlintConfig defaults() {
        return new VaultlintConfig(null, Map.of(), List.of(), DEFAULT_MAX_FILE_SIZE);
    }

    /** The configured level for a rule, or null to use its default severity. */
    public RuleLevel level(String ruleId) {
        return rules.get(ruleId);
    }

    public boolean ignored(String path) {
        for (Glob g : ignore) {
            if (g.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
