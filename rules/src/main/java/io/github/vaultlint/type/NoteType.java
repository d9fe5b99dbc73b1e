package io.github.vaultlint.type;

import io.github.vaultlint.config.LevelSetting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * @param rules    rule levels for notes of this type (its own {@code rules:} over the inherited ones);
 *                 they win over the config's levels
 */
public record NoteType(String name, TypeMatch match, String schema, String sections, String source,
                       Map<String, LevelSetting> rules) {

    public NoteType {
        rules = rules == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** A type that sets no rule levels. */
    public NoteType(String name, TypeMatch match, String schema, String sections, String source) {
        this(name, match, schema, sections, source, Map.of());
    }

    public boolean hasSchema() {
        return schema != null;
    }
}
