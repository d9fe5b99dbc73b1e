package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.section.Labels;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = "empty-heading", severity = Severity.WARNING, category = "content", local = true,
        summary = "A heading with no text, such as a lone `##`.",
        description = "An empty heading shows as a blank line in the outline, cannot be linked to, and usually marks "
                + "a section that was started and forgotten. A heading holding only a `%% comment %%` is empty too, as "
                + "Obsidian does not show comments. Write the heading text or remove the marker. Empty "
                + "H1 headings are reported by `empty-title` instead.")
public final class EmptyHeadingRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        for (Heading h : note.headings()) {
            if (h.level() > 1 && shownText(h).isEmpty()) {
                ctx.report(note, h.line(), h.column(), h.line(), h.endColumn(),
                        "H" + h.level() + " heading has no text" + onlyComment(h) + "; write the heading after \""
                                + "#".repeat(h.level()) + " \" or remove the line");
            }
        }
    }

    /** The heading text as Obsidian shows it: %% comments %% and HTML comments do not render. */
    static String shownText(Heading h) {
        return h.text().isEmpty() ? "" : Labels.stripComments(h.text()).strip();
    }

    /** " (only a comment)" for "## %% TODO %%", which renders as an empty heading; else "". */
    static String onlyComment(Heading h) {
        return h.text().isEmpty() ? "" : " (only a comment, which Obsidian does not show)";
    }
}
