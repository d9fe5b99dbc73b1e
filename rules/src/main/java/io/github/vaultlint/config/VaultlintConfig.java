package io.github.vaultlint.config;

import io.github.vaultlint.section.TemplateSet;
import io.github.vaultlint.vault.Glob;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The effective configuration of a run, from {@code .vaultlint.yml} at the vault root (absent means
 * defaults). {@code source} is the file it came from, or null. {@code templates} are the section
 * templates: the built-in ones with the user's {@code templates:} on top.
 */
public record VaultlintConfig(Path source, Map<String, RuleLevel> rules, List<Glob> ignore, long maxFileSize,
                              TemplateSet templates) {

    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

    public VaultlintConfig {
        rules = Map.copyOf(rules);
        ignore = List.copyOf(ignore);
        if (templates == null) {
            templates = TemplateSet.builtin();
        }
    }

    /** A configuration with the built-in section templates. */
    public VaultlintConfig(Path source, Map<String, RuleLevel> rules, List<Glob> ignore, long maxFileSize) {
        this(source, rules, ignore, maxFileSize, TemplateSet.builtin());
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
