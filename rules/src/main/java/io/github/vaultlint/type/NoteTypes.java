package io.github.vaultlint.type;

import io.github.vaultlint.config.ConfigException;
import io.github.vaultlint.config.LevelSetting;
import io.github.vaultlint.config.NoteTypeSpec;
import io.github.vaultlint.config.VaultlintConfig;
import io.github.vaultlint.section.Template;
import io.github.vaultlint.section.TemplateSet;
import io.github.vaultlint.util.Suggest;
import io.github.vaultlint.vault.Glob;
import io.github.vaultlint.vault.Note;
import io.github.vaultlint.vault.YamlNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The note types of a run, resolved from the built-ins and {@code noteTypes} in .vaultlint.yml, with
 * their schemas loaded and compiled once. {@link #typeOf} classifies a note (computed once per note
 * and cached, so every rule sees the same answer). Thread-safe.
 *
 * <p>Classification: a {@code type:} property naming a type wins; otherwise the first type, in
 * order (the user's types in file order, then the remaining built-ins), whose tags, paths or labels
 * match; otherwise the fallback type {@value #FALLBACK}.
 */
public final class NoteTypes {
    public static final String FALLBACK = "note";
    /** The frontmatter property that names a note's type explicitly. */
    public static final String TYPE_PROPERTY = "type";

    private final List<NoteType> ordered;
    private final Map<String, NoteType> byName;
    /** Each type's schema by type name: where it is, and who names it (for messages). */
    private final Map<String, SchemaRef> schemaRefs;
    /** Compiled schemas by type name, filled by {@link #compileAll} or on first {@link #schema} use. */
    private final Map<String, TypeSchema> schemas = new ConcurrentHashMap<>();
    /** Types whose schema failed to compile in this run (reported by {@link #compileAll}). */
    private final java.util.Set<String> broken = ConcurrentHashMap.newKeySet();
    private final NoteType fallback;
    private final Map<String, NoteType> cache = new ConcurrentHashMap<>();
    /** Where the schemas came from; shared with {@link #derive}d type sets so each file loads once. */
    private final SchemaStore store;
    /** Whether the built-in types take part; {@link #derive}d sets keep the root config's choice. */
    private final boolean extendsDefaults;
    /** The run's section templates, which {@code sections:} names; {@link #derive}d sets share them. */
    private final TemplateSet templates;

    /** Why a note has its type, for explanations. */
    public record Classification(NoteType type, String reason) {
    }

    /** A type's schema before it is compiled. */
    private record SchemaRef(String iri, String usedBy) {
    }

    private NoteTypes(List<NoteType> ordered, Map<String, SchemaRef> schemaRefs, SchemaStore store, boolean extendsDefaults,
                      TemplateSet templates) {
        this.store = store;
        this.extendsDefaults = extendsDefaults;
        this.templates = templates;
        this.ordered = List.copyOf(ordered);
        Map<String, NoteType> names = new LinkedHashMap<>();
        for (NoteType t : ordered) {
            names.put(t.name().toLowerCase(Locale.ROOT), t);
        }
        NoteType fb = names.get(FALLBACK);
        if (fb == null) {
            fb = new NoteType(FALLBACK, TypeMatch.none(), null, null, "built-in fallback");
            names.put(FALLBACK, fb);
        }
        this.fallback = fb;
        this.byName = Collections.unmodifiableMap(names);
        this.schemaRefs = Map.copyOf(schemaRefs);
    }

    /** Only the fallback type, without a schema: for contexts that have no configuration. */
    public static final NoteTypes FALLBACK_ONLY = new NoteTypes(List.of(), Map.of(), null, false, TemplateSet.builtin());

    /** Resolves the configured and built-in types and loads their schemas (relative to {@code vaultRoot}). */
    public static NoteTypes load(VaultlintConfig config, Path vaultRoot) throws ConfigException {
        NoteTypes t = resolve(config, vaultRoot);
        t.compileAll();
        return t;
    }

    /**
     * Resolves the configured and built-in types without compiling their schemas: a schema is
     * compiled on its first {@link #schema} use, or by {@link #compileAll}, which the caller must run
     * (on any thread) before trusting the run, since only it reports a broken schema. Sets
     * {@link #derive}d from this one compile the same way. A configuration error outside the schemas
     * (unknown or cyclic {@code extends}) is still thrown here.
     */
    public static NoteTypes resolve(VaultlintConfig config, Path vaultRoot) throws ConfigException {
        return load(config.extendsDefaults(), config.noteTypes(), new SchemaStore(vaultRoot), config.templates());
    }

    /**
     * Compiles every schema of these types that is not compiled yet, in type order.
     *
     * @throws ConfigException for the first schema that is missing, unreadable or invalid
     */
    public void compileAll() throws ConfigException {
        for (NoteType t : ordered) {
            SchemaRef ref = schemaRefs.get(t.name());
            if (ref != null && !schemas.containsKey(t.name())) {
                synchronized (store) { // the store is shared by derived sets and not thread-safe
                    schemas.put(t.name(), store.load(ref.iri(), ref.usedBy()));
                }
            }
        }
    }

    /**
     * Fails like {@link #compileAll} for a schema this run tried to compile on demand and could not,
     * and compiles nothing else. Enough when an earlier run under the same configuration hash (which
     * covers every schema file) compiled them all: a schema can then only fail to load now, and only
     * where a note needed it.
     *
     * @throws ConfigException for the first such schema, with what is wrong with it
     */
    public void compileTried() throws ConfigException {
        for (NoteType t : ordered) {
            SchemaRef ref = schemaRefs.get(t.name());
            if (ref != null && broken.contains(t.name())) {
                synchronized (store) {
                    schemas.put(t.name(), store.load(ref.iri(), ref.usedBy()));
                }
            }
        }
    }

    /**
     * The types of other {@code noteTypes} entries (a sub-folder's, merged over the root's), with the
     * same built-ins, against the same vault. Schema files already loaded by this set are not read again.
     */
    public NoteTypes derive(List<NoteTypeSpec> specs) throws ConfigException {
        if (store == null) {
            throw new IllegalStateException("the fallback-only note types have no vault to load schemas from");
        }
        return load(extendsDefaults, specs, store, templates);
    }

    private static NoteTypes load(boolean extendsDefaults, List<NoteTypeSpec> specs, SchemaStore store, TemplateSet templates)
            throws ConfigException {
        List<NoteTypeSpec> builtins = extendsDefaults ? BuiltinTypes.specs() : List.of();
        Resolver r = new Resolver(builtins, specs);
        List<Resolved> resolved = r.resolveAll();
        List<NoteType> types = new ArrayList<>();
        Map<String, SchemaRef> schemas = new HashMap<>();
        for (Resolved t : resolved) {
            if (t.sections != null && !t.sections.isEmpty() && templates.find(t.sections) == null) {
                throw new ConfigException((t.sectionsWhere != null ? t.sectionsWhere : t.where) + ": note type \"" + t.name
                        + "\" names unknown section template \"" + t.sections + "\" in sections:"
                        + Suggest.didYouMean(t.sections, templates.names()) + "; known templates are "
                        + String.join(", ", templates.names()) + " (define it under templates:, or write sections: with no value for none)");
            }
            String display = null;
            if (t.schema != null) {
                String where = t.schemaWhere != null ? t.schemaWhere : t.where;
                String usedBy = "note type \"" + t.name + "\" (" + where + ")";
                if (t.base == null && t.schema.indexOf('\\') >= 0) {
                    // On Linux (CI) a backslash is part of a file name: "schemas\d.yaml" is no file in schemas/.
                    throw new ConfigException(where + ": schema path \"" + t.schema + "\" of note type \"" + t.name + "\" uses '\\'; "
                            + "write it with '/' (" + t.schema.replace('\\', '/') + "), which works on every system");
                }
                String iri = store.iriOf(t.schema, t.base);
                store.name(iri);
                schemas.put(t.name, new SchemaRef(iri, usedBy));
                display = store.display(iri);
            }
            List<Glob> globs = t.paths.stream().map(Glob::new).toList();
            PartsMatch parts = null;
            if (!t.parts.isEmpty()) {
                String tn = t.sections == null || t.sections.isEmpty() ? null : t.sections;
                Template template = tn == null ? null : templates.find(tn);
                // Only parts written in this entry are checked: inherited ones may name another template's parts.
                parts = t.partsOwn ? PartsMatch.of(template, t.parts, t.name, tn, t.where, t.partsWhere) : PartsMatch.inherited(template, t.parts);
            }
            types.add(new NoteType(t.name, new TypeMatch(t.tags, globs, t.labels, parts), display,
                    t.sections == null || t.sections.isEmpty() ? null : t.sections, t.where, t.rules));
        }
        return new NoteTypes(types, schemas, store, extendsDefaults, templates);
    }

    /**
     * Every schema file in the vault that these types and the sets {@link #derive}d from them name,
     * with the files their {@code $ref}s name, found without compiling anything (a file that cannot
     * be read or parsed is listed, not followed; compiling it fails the run): what the result cache
     * hashes into its key.
     */
    public List<Path> schemaFiles() {
        if (store == null) {
            return List.of();
        }
        return store.files(); // needs no lock: it never waits for a compile
    }

    /** Types in matching order, the fallback included if it was declared. */
    public List<NoteType> all() {
        return ordered;
    }

    /** The type named {@code name} (case-insensitive), or null. */
    public NoteType find(String name) {
        return name == null ? null : byName.get(name.strip().toLowerCase(Locale.ROOT));
    }

    public List<String> names() {
        return byName.values().stream().map(NoteType::name).toList();
    }

    public NoteType fallback() {
        return fallback;
    }

    /**
     * The compiled schema of {@code type}, or null when it has none. Compiled on first use when
     * {@link #compileAll} has not done it yet; a schema that does not compile gives null here, and
     * the caller's {@link #compileAll} fails the run.
     */
    public TypeSchema schema(NoteType type) {
        TypeSchema ts = schemas.get(type.name());
        if (ts != null) {
            return ts;
        }
        SchemaRef ref = schemaRefs.get(type.name());
        if (ref == null) {
            return null;
        }
        if (broken.contains(type.name())) {
            return null; // tried once: compileAll() reports it; no retry for every note of the type
        }
        synchronized (store) {
            ts = schemas.get(type.name());
            if (ts == null) {
                try {
                    ts = store.load(ref.iri(), ref.usedBy());
                } catch (ConfigException e) {
                    broken.add(type.name());
                    return null;
                }
                schemas.put(type.name(), ts);
            }
            return ts;
        }
    }

    /** The note's type. Computed once per note path and cached. */
    public NoteType typeOf(Note note) {
        return cache.computeIfAbsent(note.path(), p -> classify(note, false).type());
    }

    /** The text of the note's {@code type:} property, or null when absent or not text. */
    public static String declaredType(Note note) {
        YamlNode.Entry e = typeEntry(note);
        YamlNode v = e == null ? null : e.value();
        return v != null && v.isScalar() && v.value() instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /**
     * The note's {@code type} property, its name in any case ({@code Type:}), as Obsidian matches property
     * names; {@code type} itself when both are written. Null without one.
     */
    public static YamlNode.Entry typeEntry(Note note) {
        if (note.frontmatter() == null) {
            return null;
        }
        YamlNode.Entry any = null;
        for (YamlNode.Entry e : note.frontmatter().entries()) {
            if (e.key().equals(TYPE_PROPERTY)) {
                return e;
            }
            if (any == null && e.key().equalsIgnoreCase(TYPE_PROPERTY)) {
                any = e;
            }
        }
        return any;
    }

    /**
     * The note's type and why: its {@code type:} property, which of the first fitting type's
     * {@code match} keys fit, or the fallback. The same decision {@link #typeOf} caches.
     */
    public Classification explain(Note note) {
        return classify(note, true);
    }

    /** One decision for both {@link #typeOf} and {@link #explain}; the reason is only built when asked. */
    private Classification classify(Note note, boolean why) {
        String declaredName = declaredType(note);
        NoteType declared = find(declaredName);
        if (declared != null) {
            return new Classification(declared, why ? "its " + TYPE_PROPERTY + ": property names \"" + declaredName + "\"" : null);
        }
        String prefix = !why || declaredName == null ? "" : "its " + TYPE_PROPERTY + ": property \"" + declaredName
                + "\" names no known type" + Suggest.didYouMean(declaredName, names()) + ", so ";
        List<String> labels = null; // read on first need: most notes get their type from a tag or path first
        for (NoteType t : ordered) {
            TypeMatch m = t.match();
            String tag = m.matchedTag(note);
            if (tag != null) {
                return new Classification(t, why ? prefix + "its frontmatter tag \"" + tag + "\" fits match.tags " + m.tags() : null);
            }
            String glob = m.matchedPath(note);
            if (glob != null) {
                return new Classification(t, why ? prefix + "its path fits match.paths \"" + glob + "\"" : null);
            }
            if (!m.labels().isEmpty() || !m.parts().isEmpty()) {
                if (labels == null) {
                    labels = NoteLabels.of(note);
                }
                if (!m.labels().isEmpty() && m.matchesLabels(labels)) {
                    return new Classification(t, why ? prefix + "its headings and labels contain every match.labels entry "
                            + m.labels() : null);
                }
                if (m.matchesParts(labels)) {
                    return new Classification(t, why ? prefix + "its headings and labels name every match.parts entry "
                            + m.parts() + " (parts of section template \"" + m.partsTemplate() + "\")" : null);
                }
            }
        }
        return new Classification(fallback, why ? prefix + "no type's match fits, so it gets the fallback type \""
                + fallback.name() + "\"" : null);
    }

    /**
     * A type with built-ins and extends applied, before its schema is loaded. {@code partsOwn}: its
     * {@code match.parts} were written in its own entry, not inherited.
     */
    private record Resolved(String name, List<String> tags, List<String> paths, List<String> labels, List<String> parts,
                            boolean partsOwn, List<String> partsWhere, String schema, String base, String schemaWhere,
                            String sections, String sectionsWhere, String where, Map<String, LevelSetting> rules) {
    }

    /** Applies overrides and {@code extends} between built-in and user entries. */
    private static final class Resolver {
        private final Map<String, NoteTypeSpec> builtins = new LinkedHashMap<>();
        private final Map<String, NoteTypeSpec> users = new LinkedHashMap<>();
        private final Map<NoteTypeSpec, Resolved> done = new HashMap<>();
        private final List<NoteTypeSpec> resolving = new ArrayList<>();

        Resolver(List<NoteTypeSpec> builtins, List<NoteTypeSpec> users) {
            for (NoteTypeSpec s : builtins) {
                this.builtins.put(key(s.name()), s);
            }
            for (NoteTypeSpec s : users) {
                this.users.put(key(s.name()), s);
            }
        }

        List<Resolved> resolveAll() throws ConfigException {
            List<Resolved> out = new ArrayList<>();
            for (NoteTypeSpec s : users.values()) {
                out.add(resolve(s, false));
            }
            for (Map.Entry<String, NoteTypeSpec> e : builtins.entrySet()) {
                if (!users.containsKey(e.getKey())) {
                    out.add(resolve(e.getValue(), true));
                }
            }
            return out;
        }

        private Resolved resolve(NoteTypeSpec s, boolean builtin) throws ConfigException {
            Resolved r = done.get(s);
            if (r != null) {
                return r;
            }
            if (resolving.contains(s)) {
                List<String> chain = new ArrayList<>();
                for (NoteTypeSpec c : resolving.subList(resolving.indexOf(s), resolving.size())) {
                    chain.add(c.name());
                }
                chain.add(s.name());
                throw new ConfigException((s.extendsWhere() != null ? s.extendsWhere() : s.where()) + ": note type \"" + s.name()
                        + "\" extends itself ("
                        + String.join(" -> ", chain) + "); break the cycle");
            }
            resolving.add(s);
            Resolved parent = parent(s, builtin);
            resolving.remove(resolving.size() - 1);
            String schema = s.schema();
            String base = s.base();
            String schemaWhere = s.schemaWhere();
            if (schema == null && parent != null) {
                schema = parent.schema;
                base = parent.base;
                schemaWhere = parent.schemaWhere;
            }
            r = new Resolved(s.name(),
                    pick(s.tags(), parent == null ? null : parent.tags),
                    pick(s.paths(), parent == null ? null : parent.paths),
                    pick(s.labels(), parent == null ? null : parent.labels),
                    pick(s.parts(), parent == null ? null : parent.parts),
                    s.parts() != null && !builtin, // a built-in's parts are not the user's to fix (their template may be)
                    s.parts() != null && !builtin ? s.partsWhere() : null,
                    schema == null || schema.isEmpty() ? null : schema, base, schemaWhere,
                    s.sections() != null ? s.sections() : parent == null ? null : parent.sections,
                    s.sections() != null ? (builtin ? "built-in" : s.sectionsWhere()) : parent == null ? null : parent.sectionsWhere,
                    builtin ? "built-in" : s.declaredAt() != null ? s.declaredAt() + ", overridden at " + s.where() : s.where(),
                    rules(s.rules(), parent == null ? null : parent.rules));
            done.put(s, r);
            return r;
        }

        private Resolved parent(NoteTypeSpec s, boolean builtin) throws ConfigException {
            String ext = s.extendsType();
            if (ext == null) {
                NoteTypeSpec same = builtin ? null : builtins.get(key(s.name()));
                return same == null ? null : resolve(same, true);
            }
            if (ext.equalsIgnoreCase("none")) {
                return null;
            }
            NoteTypeSpec p = users.get(key(ext));
            if (p != null && p != s) {
                return resolve(p, false);
            }
            p = builtins.get(key(ext));
            if (p != null && (p != s)) {
                return resolve(p, true);
            }
            List<String> known = new ArrayList<>();
            users.values().forEach(u -> known.add(u.name()));
            builtins.values().forEach(b -> known.add(b.name()));
            known.remove(s.name());
            // On the misspelt value, where the fix goes, not on the type's name.
            throw new ConfigException((s.extendsWhere() != null ? s.extendsWhere() : s.where()) + ": note type \"" + s.name()
                    + "\" extends unknown type \"" + ext + "\""
                    + Suggest.didYouMean(ext, known) + "; known types are " + String.join(", ", known)
                    + " (or write extends: none)");
        }

        /** Inherited rule levels with the type's own on top, per rule id. */
        private static Map<String, LevelSetting> rules(Map<String, LevelSetting> own, Map<String, LevelSetting> inherited) {
            if (own == null || own.isEmpty()) {
                return inherited == null ? Map.of() : inherited;
            }
            Map<String, LevelSetting> out = new LinkedHashMap<>(inherited == null ? Map.of() : inherited);
            out.putAll(own);
            return out;
        }

        private static List<String> pick(List<String> own, List<String> inherited) {
            return own != null ? own : inherited != null ? inherited : List.of();
        }

        private static String key(String name) {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
