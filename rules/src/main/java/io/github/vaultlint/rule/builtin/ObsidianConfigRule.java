package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;

@RuleInfo(id = "obsidian-config", severity = Severity.WARNING, category = "files",
        summary = "Obsidian's own settings (.obsidian/app.json, the templates folder settings, types.json) cannot be read.",
        description = "vaultlint honours Obsidian's \"Excluded files\" (`userIgnoreFilters` in `.obsidian/app.json`) "
                + "and leaves the templates folder unlinted (`folder` in `.obsidian/templates.json`, Templater's "
                + "`templates_folder`): a template is no note of its own. `property-type` checks values against the property "
                + "types Obsidian stores in `.obsidian/types.json`. When one of these files is malformed, the "
                + "defaults are used and this warning says where the JSON breaks. When it is a symbolic link out of the "
                + "vault (or `.obsidian` is), it is not read, as no link out of the vault is, and this warning says so. "
                + "Each excluded-files entry that excludes nothing (not a string, or a `/regex/` that does not compile) "
                + "is reported on its own line; the other entries still apply. Each settings file's problem is a finding of its own.")
public final class ObsidianConfigRule implements Rule {
    @Override
    public void checkVault(RuleContext ctx) {
        ProblemReporter.reportVault("obsidian-config", ctx);
    }
}
