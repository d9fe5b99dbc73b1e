package io.github.vaultlint.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code noteTypes} entry as written in a config file, before built-ins and {@code extends} are
 * applied. A null field was not given (inherited from the type it extends); an empty string or list
 * was given as empty (clears the inherited value).
 *
 * @param name        the type's name, also what a note's {@code type:} property names
 * @param tags        {@code match.tags}: frontmatter tags, lower case, without '#'
 * @param paths       {@code match.paths}: vault-relative globs
 * @param labels      {@code match.labels}: words that must all appear in headings or bold labels,
 *                    each entry a set of alternatives separated by '|'
 * @param schema      JSON Schema file for the frontmatter, relative to {@code base}
 * @param sections    name of the required-sections template (checked by the section rules)
 * @param extendsType type to inherit unset fields from; "none" to inherit nothing; null for the
 *                    built-in type of the same name
 * @param base        what {@code schema} is relative to: null for the vault root, else a classpath
 *                    IRI prefix for the built-in types
 * @param where       file:line:col of the entry, for messages
 * @param schemaWhere file:line:col of the schema value, for messages (null when not given)
 * @param rules       {@code rules:} of the type, levels that win over the config's for its notes;
 *                    merged per rule id with the inherited ones. Null when not given.
 * @param parts       {@code match.parts}: parts of the type's {@code sections} template (ids or names) that
 *                    must all be found in the note, each entry a set of alternatives separated by '|'
 * @param sectionsWhere file:line:col of the {@code sections} value, for messages (null when not given)
 * @param declaredAt  file:line:col of the entry this one overrides (an entry of the same name in a
 *                    parent folder's config, the first one declared), null when it overrides none
 * @param partsWhere  file:line:col of each {@code match.parts} entry, for messages (null when not known)
 * @param extendsWhere file:line:col of the {@code extends} value, for messages (null when not given or not known)
 */
public record NoteTypeSpec(String name, List<String> tags, List<String> paths, List<String> labels,
                           String schema, String sections, String extendsType, String base,
                           String where, String schemaWhere, Map<String, LevelSetting> rules,
                           List<String> parts, String sectionsWhere, String declaredAt, List<String> partsWhere,
                           String extendsWhere) {

    /** An entry whose {@code extends} position is not known. */
    public NoteTypeSpec(String name, List<String> tags, List<String> paths, List<String> labels,
                        String schema, String sections, String extendsType, String base,
                        String where, String schemaWhere, Map<String, LevelSetting> rules,
                        List<String> parts, String sectionsWhere, String declaredAt, List<String> partsWhere) {
        this(name, tags, paths, labels, schema, sections, extendsType, base, where, schemaWhere, rules, parts, sectionsWhere,
                declaredAt, partsWhere, null);
    }

    /** An entry whose {@code match.parts} positions are not known. */
    public NoteTypeSpec(String name, List<String> tags, List<String> paths, List<String> labels,
                        String schema, String sections, String extendsType, String base,
                        String where, String schemaWhere, Map<String, LevelSetting> rules,
                        List<String> parts, String sectionsWhere, String declaredAt) {
        this(name, tags, paths, labels, schema, sections, extendsType, base, where, schemaWhere, rules, parts, sectionsWhere,
                declaredAt, null);
    }

    /** An entry that overrides none in a parent folder's config. */
    public NoteTypeSpec(String name, List<String> tags, List<String> paths, List<String> labels,
                        String schema, String sections, String extendsType, String base,
                        String where, String schemaWhere, Map<String, LevelSetting> rules,
                        List<String> parts, String sectionsWhere) {
        this(name, tags, paths, labels, schema, sections, extendsType, base, where, schemaWhere, rules, parts, sectionsWhere, null);
    }

    public NoteTypeSpec {
        tags = tags == null ? null : List.copyOf(tags);
        paths = paths == null ? null : List.copyOf(paths);
        labels = labels == null ? null : List.copyOf(labels);
        parts = parts == null ? null : List.copyOf(parts);
        partsWhere = partsWhere == null ? null : List.copyOf(partsWhere);
        rules = rules == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** An entry without {@code match.parts} and without the position of {@code sections}. */
    public NoteTypeSpec(String name, List<String> tags, List<String> paths, List<String> labels,
                        String schema, String sections, String extendsType, String base,
                        String where, String schemaWhere, Map<String, LevelSetting> rules) {
        this(name, tags, paths, labels, schema, sections, extendsType, base, where, schemaWhere, rules, null, null);
    }

    /** An entry without {@code rules:}. */
    public NoteTypeSpec(String name, List<String> tags, List<String> paths, List<String> labels,
                        String schema, String sections, String extendsType, String base,
                        String where, String schemaWhere) {
        this(name, tags, paths, labels, schema, sections, extendsType, base, where, schemaWhere, null);
    }

    /** This spec with schema paths relative to {@code newBase}. */
    public NoteTypeSpec withBase(String newBase) {
        return new NoteTypeSpec(name, tags, paths, labels, schema, sections, extendsType, newBase, where, schemaWhere, rules,
                parts, sectionsWhere, declaredAt, partsWhere, extendsWhere);
    }

    /**
     * This entry with {@code deeper} (an entry of the same name in a sub-folder's config) on top, key
     * by key: what {@code deeper} gives wins, the rest is kept; {@code rules} merge per rule id.
     */
    public NoteTypeSpec overriddenBy(NoteTypeSpec deeper) {
        Map<String, LevelSetting> mergedRules = rules;
        if (deeper.rules != null) {
            mergedRules = new LinkedHashMap<>(rules == null ? Map.of() : rules);
            mergedRules.putAll(deeper.rules);
        }
        return new NoteTypeSpec(name,
                deeper.tags != null ? deeper.tags : tags,
                deeper.paths != null ? deeper.paths : paths,
                deeper.labels != null ? deeper.labels : labels,
                deeper.schema != null ? deeper.schema : schema,
                deeper.sections != null ? deeper.sections : sections,
                deeper.extendsType != null ? deeper.extendsType : extendsType,
                deeper.schema != null ? deeper.base : base,
                deeper.where,
                deeper.schema != null ? deeper.schemaWhere : schemaWhere,
                mergedRules,
                deeper.parts != null ? deeper.parts : parts,
                deeper.sections != null ? deeper.sectionsWhere : sectionsWhere,
                declaredAt != null ? declaredAt : where,
                deeper.parts != null ? deeper.partsWhere : partsWhere,
                deeper.extendsType != null ? deeper.extendsWhere : extendsWhere);
    }
}
