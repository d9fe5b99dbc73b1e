package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.type.NoteType;
import io.github.vaultlint.type.TypeSchema;
import io.github.vaultlint.vault.Note;

import java.util.List;

@RuleInfo(id = "frontmatter-missing", severity = Severity.ERROR, category = "frontmatter", local = true,
        summary = "A note without frontmatter whose type requires properties.",
        description = "When a note's type has a schema with required properties and the note has no frontmatter at "
                + "all, every required property is missing at once. Reported once, on line 1, naming the type and "
                + "the properties to add. (Schema checks on existing frontmatter are `frontmatter-schema`.)")
public final class FrontmatterMissingRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        if (note.frontmatter() != null || !note.problems("frontmatter-syntax").isEmpty()
                || !note.problems("unreadable-file").isEmpty()) {
            return; // has frontmatter, an unclosed one (frontmatter-syntax), or could not be read at all
        }
        NoteType type = ctx.types().typeOf(note);
        TypeSchema schema = ctx.types().schema(type);
        if (schema == null || schema.requiredProperties().isEmpty()) {
            return;
        }
        List<String> req = schema.requiredProperties();
        StringBuilder block = new StringBuilder("---");
        for (String p : req) {
            block.append(" / ").append(p).append(": ...");
        }
        block.append(" / ---");
        ctx.report(note, 1, 1, "note of type \"" + type.name() + "\" has no frontmatter, but the type requires "
                + String.join(", ", req) + "; add a frontmatter block at the top of the note (" + block + ")");
    }
}
