package io.github.vaultlint.type;

/**
 * A kind of note (debrief, story-bank, ...) after built-ins, overrides and {@code extends} are
 * resolved.
 *
 * @param name     the type's name; a note's {@code type:} property selects it directly
 * @param match    how notes are recognised
 * @param schema   where the frontmatter schema comes from, as shown in messages (vault-relative path
 *                 or "built-in schemas/x.schema.yaml"), or null when the type has no schema
 * @param sections name of the required-sections template, or null (resolved by the section rules)
 * @param source   where the type was declared ("built-in" or file:line:col), for messages
 */
public record NoteType(String name, TypeMatch match, String schema, String sections, String source) {

    public boolean hasSchema() {
        return schema != null;
    }
}
