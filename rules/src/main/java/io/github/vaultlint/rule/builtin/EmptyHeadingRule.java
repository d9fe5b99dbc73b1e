package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = "empty-heading", severity = Severity.WARNING, category = "content", local = true,
        summary = "A heading with no text, such as a lone `##`.",
        description = "An empty heading shows as a blank line in the outline, cannot be linked to, and usually marks "
                + "a section that was started and forgotten. Write the heading text or remove the marker. Empty "
                + "H1 headings are reported by `empty-title` instead.")
public final class EmptyHeadingRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        for (Heading h : note.headings()) {
            if (h.level() > 1 && h.text().isEmpty()) {
                ctx.report(note, h.line(), h.column(), h.line(), h.endColumn(),
                        "H" + h.level() + " heading has no text; write the heading after \"" + "#".repeat(h.level())
                                + " \" or remove the line");
            }
        }
    }
}
