package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;

/** Reported by {@link io.github.vaultlint.suppress.Suppressor}, which runs after every other rule. */
@RuleInfo(id = "invalid-suppression", severity = Severity.WARNING, category = "suppressions",
        summary = "An inline suppression that names a rule id that does not exist, or an unknown directive.",
        description = "A misspelt rule id in `%% vaultlint-disable-next-line brokn-link %%` silences nothing. The "
                + "message suggests the closest rule id. Supported directives: `vaultlint-disable-next-line`, "
                + "`vaultlint-disable-line`, `vaultlint-disable` ... `vaultlint-enable`, `vaultlint-disable-file`.")
public final class InvalidSuppressionRule implements Rule {
}
