package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = "empty-note", severity = Severity.WARNING, category = "files", local = true,
        summary = "A note with no content at all: an empty or whitespace-only file.",
        description = "Obsidian creates an empty note when you click a link to a note that does not exist yet, and "
                + "such placeholders are easy to forget: they satisfy every link to them while holding nothing. "
                + "Write the note, or delete it (its links then show up as broken-link, which is honest).")
public final class EmptyNoteRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        boolean empty = note.frontmatter() == null && note.headings().isEmpty() && note.blocks().isEmpty()
                && note.links().isEmpty() && note.comments().isEmpty() && note.problems().isEmpty();
        if (empty) {
            ctx.report(note, 1, 1, "note " + note.path() + " is empty; write its content or delete it");
        }
    }
}
