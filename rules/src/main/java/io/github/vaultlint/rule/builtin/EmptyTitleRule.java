package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Heading;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.YamlNode;

@RuleInfo(id = "empty-title", severity = Severity.WARNING, category = "content", local = true,
        summary = "A title property with no value, or a `# ` heading with no text.",
        description = "A `title:` property that is empty or blank, and an H1 heading with no text, leave the note "
                + "without a visible title in Obsidian, search and the report. Fill in the title, or remove the "
                + "empty property. (A missing `title` property is not reported; note types can require it.)")
public final class EmptyTitleRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        if (note.frontmatter() != null) {
            YamlNode.Entry e = note.frontmatter().entry("title");
            if (e != null && e.value().isScalar() && (e.value().value() == null || String.valueOf(e.value().value()).isBlank())) {
                ctx.report(note, e.line(), e.column(), e.line(), e.column() + e.key().length() + 1,
                        "property \"title\" is empty; give the note a title (title: \"" + note.name()
                                + "\") or remove the property");
            }
        }
        for (Heading h : note.headings()) {
            if (h.level() == 1 && EmptyHeadingRule.shownText(h).isEmpty()) {
                ctx.report(note, h.line(), h.column(), h.line(), h.endColumn(),
                        "H1 heading has no text" + EmptyHeadingRule.onlyComment(h)
                                + "; write the title after \"# \" or remove the line");
            }
        }
    }
}
