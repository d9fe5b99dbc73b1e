package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;

/** Reported by {@link io.github.vaultlint.suppress.Suppressor}, which runs after every other rule. */
@RuleInfo(id = "invalid-suppression", severity = Severity.WARNING, category = "suppressions",
        summary = "An inline suppression that names a rule id that does not exist, an unknown directive, or a malformed `vaultlint:` property.",
        description = "A misspelt rule id in `%% vaultlint-disable-next-line brokn-link %%` silences nothing. The "
                + "message suggests the closest rule id. Supported directives: `vaultlint-disable-next-line`, "
                + "`vaultlint-disable-line`, `vaultlint-disable` ... `vaultlint-enable`, `vaultlint-disable-file`. "
                + "The frontmatter property accepts `vaultlint: {disable: [rule-id, ...]}` (or `disable: rule-id`, or the "
                + "same as nested block YAML); anything else (`vaultlint: off`, a key other than `disable`, an empty or "
                + "nested `disable`) silences nothing and is reported where it is written.")
public final class InvalidSuppressionRule implements Rule {
}
