package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = "invalid-encoding", severity = Severity.ERROR, category = "files", local = true,
        summary = "A note that is not valid UTF-8.",
        description = "Obsidian reads notes as UTF-8; invalid bytes show as replacement characters and can corrupt "
                + "the note when it is saved again. Reported at the first invalid byte, or on line 1 for a note saved "
                + "as UTF-16 (a Windows \"Unicode\" file) or UTF-32. The note is still checked "
                + "by the other rules, read with replacement characters. Re-save the file as UTF-8. A file or folder "
                + "whose name is not UTF-8 is reported too (on line 1): Obsidian shows the name garbled and no link can "
                + "reach it; rename it.")
public final class InvalidEncodingRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        ProblemReporter.reportNote("invalid-encoding", note, ctx);
    }

    @Override
    public void checkVault(RuleContext ctx) {
        ProblemReporter.reportVault("invalid-encoding", ctx); // a file or folder name that is not UTF-8
    }
}
