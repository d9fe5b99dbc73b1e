package io.github.vaultlint.engine;

import io.github.vaultlint.analysis.Insights;
import io.github.vaultlint.config.RuleLevel;
import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.rule.Finding;
import io.github.vaultlint.scope.ConfigScopes;
import io.github.vaultlint.vault.VaultIndex;

import java.util.List;
import java.util.Map;

/**
 * Everything a run produced: sorted findings (after inline suppressions), counts, the parsed vault,
 * phase timings (ms), how many findings inline suppressions removed, and the analysis of every
 * interview in the vault. {@code scopes} holds the root config with every sub-folder config merged
 * (null for results built without them). {@code suppressedFindings} are the findings inline
 * suppressions silenced, sorted: not gated, not on the console or in {@code findings}, but kept for
 * reports that show them as suppressed (SARIF's {@code suppressions}).
 */
public record LintResult(String vault, VaultlintConfig config, VaultIndex index, List<Finding> findings,
                         Summary summary, Map<String, Long> timings, int suppressed, Insights insights,
                         ConfigScopes scopes, List<Finding> suppressedFindings) {

    /** A result that kept no suppressed findings, only their count. */
    public LintResult(String vault, VaultlintConfig config, VaultIndex index, List<Finding> findings,
                      Summary summary, Map<String, Long> timings, int suppressed, Insights insights,
                      ConfigScopes scopes) {
        this(vault, config, index, findings, summary, timings, suppressed, insights, scopes, List.of());
    }

    /** A result without sub-folder configs: the root config is the only scope. */
    public LintResult(String vault, VaultlintConfig config, VaultIndex index, List<Finding> findings,
                      Summary summary, Map<String, Long> timings, int suppressed, Insights insights) {
        this(vault, config, index, findings, summary, timings, suppressed, insights, null);
    }

    /** True when the rule ran on some file: on at the root, in a folder config or for a note type. */
    public boolean ruleRan(String ruleId) {
        return scopes != null ? scopes.enabledAnywhere(ruleId) : config.level(ruleId) != RuleLevel.OFF;
    }
}
