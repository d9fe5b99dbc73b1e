package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;

/** Reported by {@link io.github.vaultlint.suppress.Suppressor}, which runs after every other rule. */
@RuleInfo(id = "unused-suppression", severity = Severity.INFO, category = "suppressions",
        summary = "An inline suppression that suppresses nothing.",
        description = "A `%% vaultlint-disable... %%` comment (or `<!-- vaultlint-disable... -->`, or the "
                + "`vaultlint: {disable: [...]}` property) that matched no finding in this run, or a "
                + "`%% vaultlint-enable %%` that re-enables nothing (no `vaultlint-disable` of that rule is open above it). "
                + "Stale suppressions hide the next real problem, so remove them once the finding is fixed. "
                + "To keep them in a note on purpose, name the rule: `%% vaultlint-disable-file unused-suppression %%` "
                + "(or `invalid-suppression`) silences these reports; silencing every rule (`%% vaultlint-disable-file %%`) "
                + "does not, and a suppression of unused-suppression that silences nothing is reported itself.")
public final class UnusedSuppressionRule implements Rule {
}
