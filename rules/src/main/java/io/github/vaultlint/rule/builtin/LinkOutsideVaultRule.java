package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.link.Resolution;
import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = "link-outside-vault", severity = Severity.ERROR, category = "links", links = true,
        summary = "A link whose path leaves the vault root, such as `../../etc/passwd`.",
        description = "Obsidian cannot open files outside the vault, and a link that climbs out of it breaks as soon "
                + "as the vault is moved or shared. vaultlint never reads the target. Move the file into the vault "
                + "and link to it there. Obsidian itself ignores a `..` above the root: when the path without it names a "
                + "file in the vault (`../../../Prep.md` from a note two folders deep), the message says Obsidian opens "
                + "that file and gives the path to write (`../../Prep.md`).")
public final class LinkOutsideVaultRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        for (Resolution r : ctx.resolver().resolutions(note)) {
            if (r.status() == Resolution.Status.OUTSIDE_VAULT) {
                LinkMessages.report(ctx, note, r, r.detail());
            }
        }
    }
}
