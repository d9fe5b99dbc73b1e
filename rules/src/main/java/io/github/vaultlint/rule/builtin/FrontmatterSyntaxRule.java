package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Note;

@RuleInfo(id = "frontmatter-syntax", severity = Severity.ERROR, category = "frontmatter", local = true,
        summary = "Frontmatter YAML that does not parse, has duplicate keys or is never closed.",
        description = "Obsidian silently ignores frontmatter it cannot read, so every property in it is lost. "
                + "Reported at the exact line and column: YAML syntax errors, duplicate keys, tabs used for "
                + "indentation, a document that is not a mapping, a list or mapping as a property name (`? [company, role]`), unquoted `[[links]]` (YAML reads them as nested "
                + "lists), a value starting with `!` unquoted (`mood: !great`: YAML reads a type tag Obsidian does not "
                + "know) or a tag its value does not fit (`!!int two`), a merge key `<<` whose value is no mapping (`<<: remote`; "
                + "`<<: *defaults` itself is applied, as Obsidian applies it), control characters YAML does not allow, a `---` block that is never closed (or closed with "
                + "YAML's `...`, which Obsidian does not accept), and frontmatter that is too large or expands too far "
                + "(alias bombs) to read safely.")
public final class FrontmatterSyntaxRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        ProblemReporter.reportNote("frontmatter-syntax", note, ctx);
    }
}
