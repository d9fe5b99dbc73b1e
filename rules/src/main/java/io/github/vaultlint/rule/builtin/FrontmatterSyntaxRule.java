package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.util.OneLine;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.YamlNode;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

@RuleInfo(id = "frontmatter-syntax", severity = Severity.ERROR, category = "frontmatter", local = true,
        summary = "Frontmatter YAML that does not parse, has duplicate keys (in any case) or is never closed.",
        description = "Obsidian silently ignores frontmatter it cannot read, so every property in it is lost. "
                + "Reported at the exact line and column: YAML syntax errors, duplicate keys, tabs used for "
                + "indentation, a document that is not a mapping, a list or mapping as a property name (`? [company, role]`), unquoted `[[links]]` (YAML reads them as nested "
                + "lists), a value starting with `!` unquoted (`mood: !great`: YAML reads a type tag Obsidian does not "
                + "know) or a tag its value does not fit (`!!int two`), a merge key `<<` whose value is no mapping (`<<: remote`; "
                + "`<<: *defaults` itself is applied, as Obsidian applies it), control characters YAML does not allow, two properties whose names differ only in letter case (`Title:` and `title:`), which Obsidian takes for one, "
                + "a `---` block that is never closed (or closed with "
                + "YAML's `...`, which Obsidian does not accept), and frontmatter that is too large or expands too far "
                + "(alias bombs) to read safely.")
public final class FrontmatterSyntaxRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        ProblemReporter.reportNote("frontmatter-syntax", note, ctx);
        if (note.frontmatter() != null && note.frontmatter().entries().size() > 1) {
            sameNameInAnotherCase(note, ctx);
        }
    }

    /**
     * {@code Title:} and {@code title:} in one note: two keys to YAML (so no duplicate-key error), one
     * property to Obsidian, which takes property names in any case (one entry in All properties, one
     * type), so the note holds two values for it. A key written exactly as an earlier one is the
     * parser's duplicate-key finding.
     */
    private static void sameNameInAnotherCase(Note note, RuleContext ctx) {
        Map<String, YamlNode.Entry> first = new HashMap<>();
        for (YamlNode.Entry e : note.frontmatter().entries()) {
            YamlNode.Entry f = first.putIfAbsent(e.key().toLowerCase(Locale.ROOT), e);
            if (f != null && !f.key().equals(e.key())) {
                ctx.report(note, e.line(), e.column(), e.line(), e.column() + e.key().length(), "property \""
                        + OneLine.cut(e.key(), 80) + "\" is already set as \"" + OneLine.cut(f.key(), 80) + "\" on line " + f.line()
                        + ": Obsidian takes property names in any case as one property, so this note gives it two values; "
                        + "merge them into a single property");
            }
        }
    }
}
