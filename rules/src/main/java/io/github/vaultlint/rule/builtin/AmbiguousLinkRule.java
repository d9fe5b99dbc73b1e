package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.link.Resolution;
import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = "ambiguous-link", severity = Severity.WARNING, category = "links", links = true,
        summary = "A link that several files match equally well, so which one Obsidian opens is arbitrary.",
        description = "When several files share a name, Obsidian picks the file at the exact vault path, then one "
                + "in (or below) the linking note's folder, then the one with the shortest path. Only when that "
                + "order still leaves a tie is the link reported. The message names the candidates and the "
                + "`[[Folder/Note]]` forms that pick each one.")
public final class AmbiguousLinkRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        for (Resolution r : ctx.resolver().resolutions(note)) {
            if (r.ambiguous()) {
                LinkMessages.report(ctx, note, r, r.ambiguity());
            }
        }
    }
}
