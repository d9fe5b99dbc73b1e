package io.github.vaultlint.config;

import java.util.List;

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
 */
public record NoteTypeSpec(String name, List<String> tags, List<String> paths, List<String> labels,
                           String schema, String sections, String extendsType, String base,
                           String where, String schemaWhere) {

    public NoteTypeSpec {
        tags = tags == null ? null : List.copyOf(tags);
        paths = paths == null ? null : List.copyOf(paths);
        labels = labels == null ? null : List.copyOf(labels);
    }

    /** This spec with schema paths relative to {@code newBase}. */
    public NoteTypeSpec withBase(String newBase) {
        return new NoteTypeSpec(name, tags, paths, labels, schema, sections, extendsType, newBase, where, schemaWhere);
    }
}
