package io.github.vaultlint.engine;

import io.github.vaultlint.analysis.Insights;
import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.vault.VaultIndex;

import java.util.List;
import java.util.Map;

/**
 * Everything a run produced: sorted findings (after inline suppressions), counts, the parsed vault,
 * phase timings (ms), how many findings inline suppressions removed, and the analysis of every
 * interview in the vault.
 */
public record LintResult(String vault, VaultlintConfig config, VaultIndex index, List<Finding> findings,
                         Summary summary, Map<String, Long> timings, int suppressed, Insights insights) {
}
