package io.github.vaultlint.report;

import io.github.vaultlint.baseline.Baseline;
import io.github.vaultlint.engine.LintResult;
import io.github.vaultlint.rule.Finding;

import java.util.Map;
import java.util.Set;

/**
 * Everything the report writers render: the run, the tool version, each finding's fingerprint, and
 * the baseline comparison ({@code null} when no baseline is used). {@code baselined} holds the
 * findings (by identity) that the baseline accepts.
 */
public record ReportData(LintResult result, String version, Map<Finding, String> fingerprints,
                         Baseline.Comparison baseline, Set<Finding> baselined) {

    /** A run without baseline or fingerprints. */
    public static ReportData of(LintResult result, String version) {
        return new ReportData(result, version, Map.of(), null, Set.of());
    }

    public boolean isBaselined(Finding f) {
        return baselined.contains(f);
    }
}
