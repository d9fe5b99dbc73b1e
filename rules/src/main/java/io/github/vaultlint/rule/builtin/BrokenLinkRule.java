package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.link.Resolution;
import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = "broken-link", severity = Severity.ERROR, category = "links", links = true,
        summary = "A wikilink, embed or Markdown link whose target file does not exist in the vault.",
        description = "Links are resolved exactly as Obsidian resolves them: note names case-insensitively with or "
                + "without `.md`, any other file only with its extension (`[[report]]` does not reach "
                + "`report.pdf`), `folder/Note` as a vault path or a path suffix, Markdown paths percent-decoded "
                + "and relative to the note (or to the vault root with a leading `/`). Embeds of missing images or "
                + "PDFs count too. A link to a folder, or to another note's alias (Obsidian does not resolve "
                + "aliases), is broken. The message says what was looked for and where, and suggests the closest "
                + "existing note, path or the `[[Real Note|Alias]]` form. Create the missing file or fix the link.")
public final class BrokenLinkRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        for (Resolution r : ctx.resolver().resolutions(note)) {
            if (r.status() == Resolution.Status.BROKEN) {
                LinkMessages.report(ctx, note, r, r.detail());
            }
        }
    }
}
