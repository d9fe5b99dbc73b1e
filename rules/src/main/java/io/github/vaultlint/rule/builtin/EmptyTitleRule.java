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
        description = "A `title:` property (in any case, as Obsidian matches property names) that is empty, blank or "
                + "only no-break and zero-width spaces, and an H1 heading with no text, leave the note "
                + "without a visible title in Obsidian, search and the report. Fill in the title, or remove the "
                + "empty property. (A missing `title` property is not reported; note types can require it.)")
public final class EmptyTitleRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        if (note.frontmatter() != null) {
            YamlNode.Entry e = titleEntry(note);
            if (e != null && e.value().isScalar() && (e.value().value() == null || invisible(String.valueOf(e.value().value())))) {
                ctx.report(note, e.line(), e.column(), e.line(), e.column() + e.key().length() + 1,
                        "property \"" + e.key() + "\" is empty" + (e.value().value() == null
                                || String.valueOf(e.value().value()).isBlank() ? "" : " (it holds only invisible spaces)")
                                + "; give the note a title (" + e.key() + ": \"" + note.name() + "\") or remove the property");
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

    /** "title", or else "Title" or "TITLE": Obsidian matches property names in any case. */
    private static YamlNode.Entry titleEntry(Note note) {
        YamlNode.Entry exact = note.frontmatter().entry("title");
        if (exact != null) {
            return exact;
        }
        for (YamlNode.Entry e : note.frontmatter().entries()) {
            if (e.key().equalsIgnoreCase("title")) {
                return e;
            }
        }
        return null;
    }

    /** Blank, or only no-break and zero-width spaces, which show as nothing too. */
    static boolean invisible(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u2007' && c != '\u202F'
                    && !(c >= '\u200B' && c <= '\u200D') && c != '\u2060' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }
}
