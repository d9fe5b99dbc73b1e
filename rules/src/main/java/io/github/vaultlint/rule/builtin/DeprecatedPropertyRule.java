package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.YamlNode;

import java.util.Locale;
import java.util.Map;

@RuleInfo(id = "deprecated-property", severity = Severity.INFO, category = "frontmatter", local = true,
        summary = "The singular properties tag, alias and cssclass, which Obsidian dropped.",
        description = "Obsidian 1.4 replaced `tag`, `alias` and `cssclass` with the list properties `tags`, `aliases` "
                + "and `cssclasses`, and later versions stopped reading the old names (in any case: `Alias:` too). Rename the property (and merge "
                + "it into the new one when the note has both).")
public final class DeprecatedPropertyRule implements Rule {
    private static final Map<String, String> REPLACED = Map.of("tag", "tags", "alias", "aliases", "cssclass", "cssclasses");

    @Override
    public void checkNote(Note note, RuleContext ctx) {
        if (note.frontmatter() == null) {
            return;
        }
        for (YamlNode.Entry e : note.frontmatter().entries()) {
            String now = REPLACED.get(e.key().toLowerCase(Locale.ROOT)); // Obsidian matches these names in any case
            if (now == null) {
                continue;
            }
            String fix = has(note, now)
                    ? "merge its value into the \"" + now + "\" list this note already has and remove it"
                    : "rename it to \"" + now + "\" (a list)";
            ctx.report(note, e.line(), e.column(), e.line(), e.column() + e.key().length(),
                    "property \"" + e.key() + "\" is deprecated: Obsidian dropped it for \"" + now + "\"; " + fix);
        }
    }

    private static boolean has(Note note, String key) {
        for (YamlNode.Entry e : note.frontmatter().entries()) {
            if (e.key().equalsIgnoreCase(key)) {
                return true;
            }
        }
        return false;
    }
}
