package io.github.vaultlint.type;

import com.networknt.schema.JsonSchema;
import io.github.vaultlint.util.Suggest;
import io.github.vaultlint.vault.Frontmatter;
import io.github.vaultlint.vault.YamlNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A compiled frontmatter schema. Validates what the user wrote (YAML 1.2 data: dates and "yes" are
 * text) and positions each violation on the offending value, its key, or the frontmatter's first
 * line for a missing top-level property. Schemas within {@link SubsetSchema}'s subset (the
 * built-in ones among them) are checked by it; the full validator is compiled only for a schema
 * outside it, or on the first note the subset cannot judge. Thread-safe.
 */
public final class TypeSchema {
    private final String display;
    private final SubsetSchema subset;
    private final Supplier<JsonSchema> full;
    private final List<String> required;
    /** The schema as plain data, to find the properties a nested object declares. */
    private final Object schema;
    /** The schema document's IRI and its {@code $ref} resolver, to follow refs there; null for a lone schema. */
    private final String iri;
    private final SubsetSchema.Resolver refs;
    /** The top-level property names the schema declares, for {@link #misspeltOptional}. */
    private final Supplier<Set<String>> rootDeclared = memoize(() -> declaredAt(List.of()));

    /**
     * @param subset the fast validator, or null
     * @param full   the full validator; called at most once, and only when {@code subset} is null or undecided
     */
    TypeSchema(String display, Object schema, SubsetSchema subset, Supplier<JsonSchema> full) {
        this(display, null, schema, null, subset, full);
    }

    /**
     * @param iri  the schema document's IRI, which its relative {@code $ref}s resolve against
     * @param refs resolves those {@code $ref}s (for the property names a "did you mean" offers), or null
     */
    TypeSchema(String display, String iri, Object schema, SubsetSchema.Resolver refs, SubsetSchema subset, Supplier<JsonSchema> full) {
        this.display = display;
        this.subset = subset;
        this.full = memoize(full);
        this.schema = schema;
        this.iri = iri;
        this.refs = refs;
        // Whatever an empty frontmatter lacks is required, however the schema says it ($ref, allOf, ...).
        Set<String> req = new LinkedHashSet<>();
        for (SchemaFailure f : failures(new LinkedHashMap<String, Object>())) {
            if ("required".equals(f.keyword()) && f.segments().isEmpty() && f.property() != null) {
                req.add(f.property());
            }
        }
        this.required = List.copyOf(req);
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        Object[] box = new Object[1];
        return () -> {
            synchronized (box) {
                if (box[0] == null) {
                    box[0] = s.get();
                }
                @SuppressWarnings("unchecked")
                T t = (T) box[0];
                return t;
            }
        };
    }

    /** Where the schema came from, as shown to users. */
    public String display() {
        return display;
    }

    /** Top-level properties a note of this type must have. */
    public List<String> requiredProperties() {
        return required;
    }

    /** Whether notes are checked without the full validator (for tests and timings). */
    boolean usesSubset() {
        return subset != null;
    }

    /** The failures of {@code data} (plain data), from the subset validator when it can judge them. */
    List<SchemaFailure> failures(Object data) {
        if (subset != null) {
            try {
                return subset.validate(data);
            } catch (SubsetSchema.Undecided e) {
                // the full validator judges this note
            }
        }
        return fullFailures(data);
    }

    /** The subset validator's failures of {@code data} (for tests); the schema must be in the subset. */
    List<SchemaFailure> subsetFailures(Object data) throws SubsetSchema.Undecided {
        return subset.validate(data);
    }

    /** The full validator's failures of {@code data}, whatever the subset could do (for tests). */
    List<SchemaFailure> fullFailures(Object data) {
        try {
            // compiled here on the first note the subset leaves to it: a failure is this note's finding
            return ValidatorFailures.validate(full.get(), data, new IfCondition(iri, schema, refs));
        } catch (RuntimeException e) {
            NonFiniteNumbers odd = NonFiniteNumbers.in(data);
            if (odd != null) {
                return odd.failures(this::fullFailures, d -> {
                    try {
                        ValidatorFailures.validate(full.get(), d);
                        return false;
                    } catch (RuntimeException thrown) {
                        return true;
                    }
                });
            }
            // networknt fails on some values (NaN in an enum of numbers): a finding, not a failed run
            return List.of(new SchemaFailure("validator", List.of(), null, null, null, null,
                    "the schema validator could not check this frontmatter (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); check the values of the properties the schema limits"));
        } catch (StackOverflowError e) {
            // A schema nesting deeper than the stack (cycles are refused when it loads): a finding, not a crash.
            return List.of(new SchemaFailure("validator", List.of(), null, null, null, null,
                    "the schema validator ran out of stack checking this frontmatter (the schema nests too deeply); "
                            + "flatten the schema"));
        }
    }

    /** Violations of {@code fm}, sorted by position. {@code fm.root()} must be non-null. */
    public List<SchemaViolation> validate(Frontmatter fm) {
        return violations(fm, failures(fm.root().toPlain()));
    }

    /** {@code failures} of {@code fm} as positioned messages, deduplicated and sorted by position. */
    List<SchemaViolation> violations(Frontmatter fm, List<SchemaFailure> failures) {
        // anyOf/oneOf report one type error per alternative: merge them into one "expected A or B".
        Map<List<String>, Set<String>> typesAt = new HashMap<>();
        for (SchemaFailure f : failures) {
            if ("type".equals(f.keyword())) {
                typesAt.computeIfAbsent(f.segments(), k -> new LinkedHashSet<>()).addAll(SchemaMessages.types(f.schemaValue()));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<SchemaViolation> out = new ArrayList<>();
        for (SchemaFailure f : failures) {
            List<String> segs = f.segments();
            Set<String> merged = "type".equals(f.keyword()) ? typesAt.get(segs) : null;
            Set<String> declaredHere = declaredAt(segs);
            String text = SchemaMessages.message(f, merged, declaredHere, writtenNumber(fm, segs));
            if ("required".equals(f.keyword()) && f.property() != null) {
                text += misspelt(fm, segs, f.property(), declaredHere);
            }
            SchemaViolation v = position(fm, segs, f, text);
            if (seen.add(v.line() + ":" + v.column() + ":" + text)) {
                out.add(v);
            }
        }
        misspeltOptional(fm, out);
        out.sort(Comparator.comparingInt(SchemaViolation::line).thenComparingInt(SchemaViolation::column)
                .thenComparing(SchemaViolation::message));
        return out;
    }

    /**
     * The number at {@code segs} as the note writes it, when that is not how its value reads
     * ({@code 0755} is 755, {@code 1e3} 1000.0, {@code .inf} Infinity); else null.
     */
    private static String writtenNumber(Frontmatter fm, List<String> segs) {
        return written(fm.root(), segs);
    }

    /**
     * How the value at {@code segs} of {@code root} is written, when its value does not show it: a number
     * ({@code 0755} is 755, {@code 1e3} 1000.0, {@code .inf} Infinity), or a property's one plain word in
     * brackets on its line ({@code title: [WIP]}, which was likely meant as text); else null.
     */
    static String written(YamlNode root, List<String> segs) {
        YamlNode n = Pointers.find(root, segs);
        YamlNode.Entry e = n == null || segs.isEmpty() ? null : Pointers.entry(root, segs);
        if (n != null && n.kind() == YamlNode.Kind.SEQUENCE && e != null && e.value() == n && n.line() == e.line()
                && n.endLine() == n.line() && n.items().size() == 1 && n.items().get(0).isScalar() && !n.items().get(0).quoted()
                && n.items().get(0).value() instanceof String && n.items().get(0).text() != null) {
            return "[" + n.items().get(0).text().strip() + "]"; // [a, b] was likely meant as a list, [WIP] as text
        }
        if (n == null || !n.isScalar() || n.quoted() || !(n.value() instanceof Number) || n.text() == null) {
            return null;
        }
        String written = n.text().strip();
        return written.equals(PlainJson.render(n.value())) ? null : written;
    }

    /**
     * " (is "compnay" on line 2 a misspelling? rename it to company)" when the object missing
     * {@code property} holds a key the schema does not declare that is close to it ("Date" for
     * "date" too: schema names are case-sensitive, Obsidian's are not); "" otherwise.
     */
    private static String misspelt(Frontmatter fm, List<String> segs, String property, Set<String> declared) {
        YamlNode object = segs.isEmpty() ? fm.root() : Pointers.find(fm.root(), segs);
        if (object == null || object.entries() == null) {
            return "";
        }
        Map<String, YamlNode.Entry> undeclared = new LinkedHashMap<>();
        for (YamlNode.Entry e : object.entries()) {
            if (!declared.contains(e.key()) && !e.key().equals(property)) {
                undeclared.putIfAbsent(e.key(), e);
            }
        }
        String near = io.github.vaultlint.util.Suggest.closest(property, undeclared.keySet());
        return near == null ? "" : " (is \"" + near + "\" on line " + undeclared.get(near).line() + " a misspelling? rename it to "
                + property + ")";
    }

    /**
     * An undeclared top-level key a typo away from an optional property the schema declares and the note
     * lacks in any case ({@code compnay} for {@code company}): where the schema lets other properties
     * through, its value would go unchecked and unread without a word. Required ones are named by their
     * "missing" finding, a key with a finding of its own (additionalProperties: false) already has its
     * "did you mean", and Obsidian's own names (tag, alias, cssclass, type) are left to their rules. A key
     * shorter than five letters counts only as a swap of letters: one edit from a short name is often a word.
     */
    private void misspeltOptional(Frontmatter fm, List<SchemaViolation> out) {
        List<YamlNode.Entry> entries = fm.root().entries();
        if (entries == null || entries.isEmpty()) {
            return;
        }
        Set<String> present = new HashSet<>();
        entries.forEach(e -> present.add(e.key().toLowerCase(Locale.ROOT)));
        List<String> absent = new ArrayList<>();
        Set<String> declared = rootDeclared.get();
        for (String d : declared) {
            if (!present.contains(d.toLowerCase(Locale.ROOT)) && !required.contains(d)) {
                absent.add(d);
            }
        }
        if (absent.isEmpty()) {
            return;
        }
        for (YamlNode.Entry e : entries) {
            String key = e.key();
            if (OBSIDIAN_NAMES.contains(key.toLowerCase(Locale.ROOT)) || out.stream().anyMatch(v -> v.line() == e.line())) {
                continue;
            }
            String near = declared.contains(key) ? null : Suggest.closest(key, absent);
            if (near != null && (key.length() >= 5 || sameLetters(key, near))) {
                out.add(onKey(e, "property \"" + key + "\" is not declared by the schema (did you mean \"" + near
                        + "\"?); if it is a misspelling, rename it to " + near + ", or its value goes unchecked"));
            }
        }
    }

    /**
     * Whether two names have the same letters (rloe, role): a short name one edit from another is as
     * often a word of its own (mode for code, data for date) as a typo, a swap of letters rarely is.
     */
    private static boolean sameLetters(String a, String b) {
        char[] x = a.toLowerCase(Locale.ROOT).toCharArray();
        char[] y = b.toLowerCase(Locale.ROOT).toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    /** Property names Obsidian itself reads, whose near misses of a declared name are no misspelling (tag for tags). */
    private static final Set<String> OBSIDIAN_NAMES = Set.of("tag", "tags", "alias", "aliases", "cssclass", "cssclasses", "type");

    /** A subschema and the IRI of the document it is in (what its {@code $ref}s are relative to). */
    private record At(String iri, Object schema) {
    }

    /**
     * The property names the schema declares for the object at {@code segs} ("meta" in
     * {@code meta: {properties: {owner: ...}}}, or the root for none), followed through
     * {@code properties} and {@code items}, and through {@code $ref} and {@code allOf}/{@code anyOf}/
     * {@code oneOf} where they apply to the same value, so a misspelt key of an object whose schema
     * is a {@code $ref} ({@code items: {$ref: common.yaml#/$defs/person}}) gets its "did you mean" too.
     */
    private Set<String> declaredAt(List<String> segs) {
        List<At> here = inPlace(List.of(new At(iri, schema)));
        for (String seg : segs) {
            List<At> next = new ArrayList<>();
            for (At a : here) {
                Map<?, ?> m = (Map<?, ?>) a.schema();
                Object sub = m.get("properties") instanceof Map<?, ?> props ? props.get(seg) : null;
                if (sub == null && !seg.isEmpty() && seg.chars().allMatch(Character::isDigit)) {
                    sub = m.get("items");
                }
                if (sub instanceof Map<?, ?>) {
                    next.add(new At(a.iri(), sub));
                }
            }
            here = inPlace(next);
        }
        Set<String> out = new LinkedHashSet<>();
        for (At a : here) {
            if (((Map<?, ?>) a.schema()).get("properties") instanceof Map<?, ?> props) {
                props.keySet().forEach(k -> out.add(String.valueOf(k)));
            }
        }
        return out;
    }

    /** {@code from} with every schema they apply to the same value through $ref and allOf/anyOf/oneOf; maps only, each once. */
    private List<At> inPlace(List<At> from) {
        List<At> out = new ArrayList<>();
        java.util.ArrayDeque<At> pending = new java.util.ArrayDeque<>(from);
        Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty() && out.size() < 200) {
            At a = pending.pop();
            if (!(a.schema() instanceof Map<?, ?> m) || !seen.add(m)) {
                continue;
            }
            out.add(a);
            if (m.get("$ref") instanceof String ref && refs != null && a.iri() != null) {
                SubsetSchema.Target t = refs.resolve(a.iri(), ref);
                if (t != null) {
                    pending.add(new At(t.iri(), t.schema()));
                }
            }
            for (String k : List.of("allOf", "anyOf", "oneOf")) {
                if (m.get(k) instanceof List<?> list) {
                    list.forEach(item -> pending.add(new At(a.iri(), item)));
                }
            }
        }
        return out;
    }

    private static SchemaViolation position(Frontmatter fm, List<String> segs, SchemaFailure f, String text) {
        YamlNode root = fm.root();
        String type = f.keyword();
        if ("additionalProperties".equals(type) || "unevaluatedProperties".equals(type) || "propertyNames".equals(type)
                || "dependentRequired".equals(type)) {
            // On the key at fault: the extra or badly named one, or the one whose presence requires another.
            List<String> withProp = new ArrayList<>(segs);
            withProp.add(f.property() != null ? f.property() : f.argument());
            YamlNode.Entry e = Pointers.entry(root, withProp);
            if (e != null) {
                return onKey(e, text);
            }
        }
        if ("false".equals(type) && !segs.isEmpty() && !SchemaMessages.isIndex(segs.get(segs.size() - 1))) {
            // A property whose schema is false is one the schema forbids: on its key, as for additionalProperties.
            YamlNode.Entry e = Pointers.entry(root, segs);
            if (e != null) {
                return onKey(e, text);
            }
        }
        if ("items".equals(type) && Boolean.FALSE.equals(f.schemaValue()) && f.argument() != null
                && SchemaMessages.isIndex(f.argument())) {
            List<String> item = new ArrayList<>(segs);
            item.add(f.argument());
            YamlNode n = Pointers.find(root, item);
            if (n != null && n.isScalar() && !n.isNull()) {
                return new SchemaViolation(n.line(), n.column(), n.endLine(), n.endColumn(), text);
            }
        }
        int[] twice = "uniqueItems".equals(type) ? PlainJson.firstRepeat(f.found()) : null;
        if (twice != null) {
            // On the repeat, which is the item to remove.
            List<String> item = new ArrayList<>(segs);
            item.add(String.valueOf(twice[1]));
            YamlNode n = Pointers.find(root, item);
            if (n != null && n.isScalar() && !n.isNull()) {
                return new SchemaViolation(n.line(), n.column(), n.endLine(), n.endColumn(), text);
            }
        }
        if ("required".equals(type) && segs.isEmpty()) {
            return new SchemaViolation(fm.startLine(), 1, fm.startLine(), 4, text);
        }
        YamlNode.Entry e = Pointers.entry(root, segs);
        YamlNode n = Pointers.find(root, segs);
        if (n != null && n.isScalar() && !n.isNull()) {
            return new SchemaViolation(n.line(), n.column(), n.endLine(), n.endColumn(), text);
        }
        if (e != null) {
            return onKey(e, text);
        }
        if (segs.isEmpty()) {
            // The frontmatter as a whole (minProperties, not, ...): its first line, not whichever key comes first.
            return new SchemaViolation(fm.startLine(), 1, fm.startLine(), 4, text);
        }
        if (n != null) {
            // A list item that is no text ({x: 1}, ~): the whole value when it is on one line, else its first key or item.
            if (n.endLine() == n.line() && n.endColumn() > n.column()) {
                return new SchemaViolation(n.line(), n.column(), n.endLine(), n.endColumn(), text);
            }
            if (n.entries() != null && !n.entries().isEmpty()) {
                return onKey(n.entries().get(0), text);
            }
            if (n.items() != null && !n.items().isEmpty() && n.items().get(0).endLine() == n.line()) {
                YamlNode first = n.items().get(0); // "- - 3": from the nested list's dash to its first item's end
                return new SchemaViolation(n.line(), n.column(), first.endLine(), first.endColumn(), text);
            }
            return new SchemaViolation(n.line(), n.column(), n.line(), n.column(), text);
        }
        return new SchemaViolation(fm.startLine(), 1, fm.startLine(), 4, text);
    }

    private static SchemaViolation onKey(YamlNode.Entry e, String text) {
        return new SchemaViolation(e.line(), e.column(), e.line(), e.column() + e.key().length(), text);
    }
}
