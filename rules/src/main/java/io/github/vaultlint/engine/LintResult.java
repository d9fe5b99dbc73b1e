package io.github.vaultlint.engine;

import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.vault.VaultIndex;

import java.util.List;
import java.util.Map;

/** Everything a run produced: sorted findings, counts, the parsed vault and phase timings (ms). */
public record LintResult(String vault, VaultlintConfig config, VaultIndex index, List<Finding> findings,
                         Summary summary, Map<String, Long> timings) {
}
