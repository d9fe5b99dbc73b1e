package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;

/** Reports what the linter found when it matched the config's {@code ignore:} globs against the walk. */
@RuleInfo(id = "unused-ignore", severity = Severity.INFO, category = "files",
        summary = "An `ignore:` glob in .vaultlint.yml that matches no file or folder in the vault, such as a misspelt folder name.",
        description = "A glob that matches nothing ignores nothing, so a typo (`Templtes/**`) leaves the notes it was meant "
                + "to skip linted, with no word. Each such glob is reported on its line of the config, with the nearest "
                + "existing name (\"did you mean Templates/**?\"; globs are case-sensitive). A glob that only names dot "
                + "folders (`.trash/`) or `target/` is reported as not needed: vaultlint never reads those. The run goes on: "
                + "a glob that matches nothing is not invalid, and it may match once the folder exists (so the rule is info, not a warning: a glob kept for files still to come is fine). Reported on the root "
                + "config, at its path relative to the vault (or its full path when `vaultlint.config` names a file elsewhere).")
public final class UnusedIgnoreRule implements Rule {
    @Override
    public void checkVault(RuleContext ctx) {
        ProblemReporter.reportVault("unused-ignore", ctx);
    }
}
