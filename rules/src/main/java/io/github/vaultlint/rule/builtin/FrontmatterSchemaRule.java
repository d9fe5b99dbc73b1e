package io.github.vaultlint.rule.builtin;

import io.github.vaultlint.config.NoteTypeSpec;
import io.github.vaultlint.rule.Rule;
import io.github.vaultlint.rule.RuleContext;
import io.github.vaultlint.rule.RuleInfo;
import io.github.vaultlint.rule.Severity;
import io.github.vaultlint.type.BuiltinTypes;
import io.github.vaultlint.type.NoteType;
import io.github.vaultlint.type.NoteTypes;
import io.github.vaultlint.type.SchemaViolation;
import io.github.vaultlint.type.TypeSchema;
import io.github.vaultlint.util.OneLine;
import io.github.vaultlint.util.Suggest;
import io.github.vaultlint.vault.Frontmatter;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.YamlNode;

@RuleInfo(id = "frontmatter-schema", severity = Severity.ERROR, category = "frontmatter", local = true,
        summary = "Frontmatter that breaks the JSON Schema of the note's type.",
        description = "Each note type (`noteTypes` in .vaultlint.yml, or the built-in debrief, story-bank, "
                + "mock-interview and note types) can name a JSON Schema (draft 2020-12, YAML or JSON) for its "
                + "frontmatter. Values are checked as written (YAML 1.2: `2025-11-17` and `yes` are text). Each "
                + "finding sits on the offending value or key, or on the frontmatter's first line for a missing "
                + "required property, and names the property, what was expected and what was found, with how to write "
                + "it (a date that does not exist is named with the reason, `2024-3-1` gets its form `2024-03-01`, one "
                + "text with commas where a list is wanted gets the list). A property the schema does not declare that "
                + "is a typo away from one it declares and the note lacks (`compnay` for `company`) is reported with a "
                + "\"did you mean\", as its value would go unchecked; a name shorter than five letters only when its "
                + "letters are swapped (`rloe`), since `data` or `mode` are words of their own. A `type:` "
                + "that misspells a note type (`type: debreif`), or holds one in a list (`type: [debrief]`), is "
                + "reported too; any other `type:` value (`type: book`) is the vault's own property and is left alone.")
public final class FrontmatterSchemaRule implements Rule {
    static final String ID = "frontmatter-schema";

    @Override
    public void checkNote(Note note, RuleContext ctx) {
        if (note.frontmatter() == null || note.frontmatter().root() == null) {
            return; // no frontmatter (frontmatter-missing) or unreadable YAML (frontmatter-syntax)
        }
        NoteTypes types = ctx.types();
        String declared = NoteTypes.declaredType(note);
        // "type" is one of the most used properties of Obsidian vaults (type: book, type: person, for
        // Dataview and Bases): a value naming none of vaultlint's types is the user's own, not an error.
        // Only a near miss of a type name ("debreif", "story bank"), or a built-in type that extends: none
        // switched off, is a mistake worth reporting.
        if (declared != null && types.find(declared) == null && meantAType(declared, types)) {
            YamlNode.Entry typeEntry = NoteTypes.typeEntry(note);
            YamlNode v = typeEntry.value();
            ctx.report(note, v.line(), v.column(), v.endLine(), v.endColumn(), typeEntry.key() + ": \""
                    + OneLine.cut(declared, 80) + "\" is not a note type" + Suggest.didYouMean(declared, types.names())
                    + "; known types are " + String.join(", ", types.names())
                    + " (define it under noteTypes in .vaultlint.yml, or fix the name)");
        }
        if (declared == null) {
            notOneName(note, ctx, types);
        }
        NoteType type = types.typeOf(note);
        TypeSchema schema = types.schema(type);
        if (schema == null) {
            return;
        }
        java.util.List<FrontmatterTagsRule.Span> tagSpans = null;
        for (SchemaViolation v : schema.validate(note.frontmatter())) {
            if (tagSpans == null) {
                // A value frontmatter-tags reports (comma-separated tags, a "- #tag" item YAML read as a
                // comment) is reported once, there, with the tag fix: as empty-title does for title.
                tagSpans = ctx.enabled(FrontmatterTagsRule.ID, note) ? FrontmatterTagsRule.reportedSpans(note) : java.util.List.of();
            }
            if (isTagsViolation(note, v) && tagSpans.stream().anyMatch(s -> s.overlaps(v.line(), v.column(), v.endLine(), v.endColumn()))) {
                continue;
            }
            ctx.report(note, v.line(), v.column(), v.endLine(), v.endColumn(),
                    v.message() + " (note type \"" + type.name() + "\", " + schema.display() + ")");
        }
    }

    /**
     * A {@code type:} written as a list that holds a type name (or a near miss of one) names no type,
     * and the note silently got the type its match gives: say so, with the one name to write when the
     * list holds one.
     */
    private static void notOneName(Note note, RuleContext ctx, NoteTypes types) {
        YamlNode.Entry typeEntry = NoteTypes.typeEntry(note);
        YamlNode v = typeEntry == null ? null : typeEntry.value();
        if (v == null || v.isNull() || (v.isScalar() && v.value() instanceof String)) {
            return; // absent, empty or text (blank text names nothing, as an empty value)
        }
        if (v.kind() != YamlNode.Kind.SEQUENCE || !namesAType(v, types)) {
            return; // type: 2, type: [book, fiction]: the user's own property, meant for no note type
        }
        String fix = "";
        if (v.items().size() == 1 && v.items().get(0).value() instanceof String one && types.find(one) != null) {
            fix = "; write " + typeEntry.key() + ": " + OneLine.cut(one.strip(), 80);
        } else {
            fix = "; write one of " + String.join(", ", types.names());
        }
        String found = "a list";
        ctx.report(note, v.line(), v.column(), v.endLine(), v.endColumn(), typeEntry.key()
                + ": expected the name of one note type, found " + found + ", so it names none and the note's type comes from"
                + " the match rules" + fix);
    }

    /** Whether a name no type has was meant for one: a near miss of a type, or a built-in switched off. */
    private static boolean meantAType(String name, NoteTypes types) {
        if (Suggest.closest(name, types.names()) != null) {
            return true;
        }
        for (NoteTypeSpec b : BuiltinTypes.specs()) {
            if (b.name().equalsIgnoreCase(name.strip())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a list item names a note type, or nearly does ({@code type: [debrief]}, {@code [debreif]}). */
    private static boolean namesAType(YamlNode list, NoteTypes types) {
        for (YamlNode item : list.items()) {
            if (item.value() instanceof String s && (types.find(s) != null || meantAType(s, types))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the violation sits on the value of {@code tags} or {@code tag}. */
    private static boolean isTagsViolation(Note note, SchemaViolation v) {
        for (YamlNode.Entry e : note.frontmatter().entries()) {
            YamlNode t = e.value();
            if (Frontmatter.isTagsKey(e.key()) && v.line() >= t.line() && v.line() <= Math.max(t.line(), t.endLine())) {
                return true;
            }
        }
        return false;
    }
}
