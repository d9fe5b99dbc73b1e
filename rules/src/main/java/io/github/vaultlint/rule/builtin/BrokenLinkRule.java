package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.link.Resolution;
import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Link;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = "broken-link", severity = Severity.ERROR, category = "links",
        summary = "A wikilink, embed or Markdown link whose target file does not exist in the vault.",
        description = "Links are resolved as Obsidian resolves them: note names case-insensitively with or without "
                + "`.md`, other files only with their extension, folder paths, and Markdown paths relative to the "
                + "note. The message names what was looked for and suggests the closest existing note when there is "
                + "one. Create the missing note or fix the link.")
public final class BrokenLinkRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        for (Link link : note.links()) {
            Resolution r = ctx.resolver().resolve(note, link);
            if (r.status() == Resolution.Status.BROKEN) {
                ctx.report(note, link.line(), link.column(), link.endLine(), link.endColumn(),
                        LinkMessages.describe(link) + " points to \"" + link.target() + "\", which does not exist in the vault; "
                                + r.detail());
            }
        }
    }
}
