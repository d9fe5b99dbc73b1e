package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;

/** Reported by {@link io.github.vaultlint.suppress.Suppressor}, which runs after every other rule. */
@RuleInfo(id = "invalid-suppression", severity = Severity.WARNING, category = "suppressions",
        summary = "An inline suppression that names a rule id that does not exist, an unknown directive, a directive comment never closed, or a malformed `vaultlint:` property.",
        description = "A misspelt rule id in `%% vaultlint-disable-next-line brokn-link %%` silences nothing. The "
                + "message suggests the closest rule id. Supported directives: `vaultlint-disable-next-line`, "
                + "`vaultlint-disable-line`, `vaultlint-disable` ... `vaultlint-enable`, `vaultlint-disable-file`. "
                + "The frontmatter property accepts `vaultlint: {disable: [rule-id, ...]}` (or `disable: rule-id`, or the "
                + "same as nested block YAML); anything else (`vaultlint: off`, a key other than `disable`, an empty or "
                + "nested `disable`) silences nothing and is reported where it is written. A directive whose comment is "
                + "never closed (`%% vaultlint-disable-next-line broken-link` with no closing `%%`) runs to the end of the "
                + "note, which Obsidian then hides: it silences nothing and is reported once, at its opening `%%` or `<!--`.")
public final class InvalidSuppressionRule implements Rule {
}
