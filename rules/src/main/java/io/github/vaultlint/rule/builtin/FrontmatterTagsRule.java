package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.YamlNode;

import java.util.ArrayList;
import java.util.List;

@RuleInfo(id = "frontmatter-tags", severity = Severity.WARNING, category = "frontmatter", local = true,
        summary = "Frontmatter tags Obsidian will not read as tags.",
        description = "In the `tags` property Obsidian expects a list of bare tag names. Reported: a tag written with "
                + "a leading `#` (`- \"#real-interview\"`), a tag with spaces, a tag made only of digits, and `tags` "
                + "given as one comma-separated text instead of a list. The message shows the corrected form.")
public final class FrontmatterTagsRule implements Rule {
    @Override
    public void checkNote(Note note, RuleContext ctx) {
        if (note.frontmatter() == null) {
            return;
        }
        for (YamlNode.Entry e : note.frontmatter().entries()) {
            if (e.key().equals("tags") || e.key().equals("tag")) {
                check(note, e, ctx);
            }
        }
    }

    private static void check(Note note, YamlNode.Entry e, RuleContext ctx) {
        YamlNode v = e.value();
        if (v.kind() == YamlNode.Kind.SEQUENCE) {
            for (YamlNode item : v.items()) {
                if (item.isScalar() && item.value() != null) {
                    checkTag(note, String.valueOf(item.value()), item, ctx);
                }
            }
        } else if (v.isScalar() && v.value() != null) {
            String text = String.valueOf(v.value());
            if (text.contains(",")) {
                List<String> parts = new ArrayList<>();
                for (String p : text.split(",")) {
                    if (!p.isBlank()) {
                        parts.add(fixed(p.strip()));
                    }
                }
                ctx.report(note, v.line(), v.column(), v.endLine(), v.endColumn(), "\"" + e.key()
                        + "\" is one comma-separated text (\"" + text + "\"), not a list; write it as a list: "
                        + e.key() + ": [" + String.join(", ", parts) + "]");
            } else {
                checkTag(note, text, v, ctx);
            }
        }
    }

    private static void checkTag(Note note, String tag, YamlNode at, RuleContext ctx) {
        List<String> why = new ArrayList<>();
        String bare = tag.strip();
        if (bare.startsWith("#")) {
            why.add("starts with '#', which Obsidian does not accept in frontmatter");
            bare = bare.replaceFirst("^#+", "");
        }
        if (bare.chars().anyMatch(Character::isWhitespace)) {
            why.add("contains spaces, which end a tag");
        }
        if (!bare.isEmpty() && bare.chars().allMatch(Character::isDigit)) {
            why.add("is only digits, and a tag needs at least one non-digit character");
        }
        if (why.isEmpty()) {
            return;
        }
        ctx.report(note, at.line(), at.column(), at.endLine(), at.endColumn(),
                "tag \"" + tag + "\" " + String.join(", ", why) + "; write it as " + fixed(tag));
    }

    /** The tag as Obsidian would accept it: no '#', spaces as '-', digits-only prefixed. */
    static String fixed(String tag) {
        String t = tag.strip().replaceFirst("^#+", "").strip().replaceAll("\\s+", "-");
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
            t = "y" + t;
        }
        return t;
    }
}
