package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.link.Resolution;
import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = "broken-anchor", severity = Severity.ERROR, category = "links", links = true,
        summary = "A link to a heading or block (`[[Note#Heading]]`, `[[Note#^id]]`, `[[#Heading]]`) that the "
                + "target note does not have.",
        description = "The file exists but the part after `#` does not. Headings are compared the way Obsidian "
                + "compares them: punctuation such as `# | ^ : %% [[ ]]` is ignored, whitespace collapses and case "
                + "does not matter. `#A#B` means heading B somewhere below heading A. `#^id` needs a block id "
                + "`^id` at the end of a paragraph or list item, or on its own line after a block. Same-note links "
                + "are checked against the note itself. Suffixes of non-note embeds (`#page=3`, `#height=200`) are "
                + "not anchors. The message names the closest heading or block id, or lists the note's headings.")
public final class BrokenAnchorRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        for (Resolution r : ctx.resolver().resolutions(note)) {
            if (r.status() == Resolution.Status.BROKEN_ANCHOR) {
                LinkMessages.report(ctx, note, r, r.detail());
            }
        }
    }
}
