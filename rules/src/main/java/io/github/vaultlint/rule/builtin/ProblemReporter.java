package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.Problem;
import io.github.vaultlint.vault.VaultIndex;

/** Shared by the rules that report what the reader, parser or scanner recorded under their id. */
final class ProblemReporter {
    private ProblemReporter() {
    }

    static void reportNote(String ruleId, Note note, RuleContext ctx) {
        for (Problem p : note.problems()) {
            if (p.ruleId().equals(ruleId)) {
                ctx.report(note, p.line(), p.column(), p.endLine(), p.endColumn(), p.message());
            }
        }
    }

    static void reportVault(String ruleId, RuleContext ctx) {
        for (VaultIndex.VaultProblem p : ctx.vault().problems()) {
            if (p.ruleId().equals(ruleId)) {
                ctx.report(p.path(), p.line(), p.column(), p.line(), p.column(), p.message());
            }
        }
    }
}
