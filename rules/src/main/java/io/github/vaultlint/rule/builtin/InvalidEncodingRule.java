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
                + "as UTF-16 (a Windows \"Unicode\" file). The note is still checked "
                + "by the other rules, read with replacement characters. Re-save the file as UTF-8.")
public final class InvalidEncodingRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        ProblemReporter.reportNote("invalid-encoding", note, ctx);
    }
}
