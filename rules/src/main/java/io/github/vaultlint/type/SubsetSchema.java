package io.github.vaultlint.type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small validator for the part of JSON Schema 2020-12 that frontmatter schemas mostly use: type,
 * properties, required, items, allOf, $ref, enum and const of text/true/false/null, format "date",
 * additionalProperties, and the length and item-count limits. The built-in schemas use nothing else.
 *
 * <p>Why: the full validator (networknt, on Jackson) costs a fresh JVM several hundred ms of class
 * loading and JIT before its first note, and a re-run that only needs one note validated pays all of
 * it. Within its subset this class gives exactly the full validator's failures, in its order
 * ("properties" first, then the keywords as written); {@code SubsetSchemaTest} compares the two
 * on many notes. A schema that uses any other keyword is not compiled here ({@link #compile} gives
 * null) and the full validator takes it; so does a single note whose value this class cannot judge
 * exactly ({@link Undecided}: a number checked against enum).
 */
final class SubsetSchema {
    /** A value this class does not judge exactly as the full validator would: validate that note with it. */
    static final class Undecided extends Exception {
        Undecided(String why) {
            super(why, null, false, false);
        }
    }

    /** Resolves a {@code $ref} found in the document at {@code baseIri}; null when it is not a local schema document. */
    interface Resolver {
        Target resolve(String baseIri, String ref);
    }

    /** What a {@code $ref} names: its document, the pointer in it, and the schema there as plain data. */
    record Target(String iri, String pointer, Object schema) {
    }

    /** Annotations: they never fail a value. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$comment", "title", "description", "default",
            "examples", "deprecated", "$defs");
    private static final Set<String> TYPES = Set.of("object", "array", "string", "integer", "number", "boolean", "null");
    private static final int MAX_DEPTH = 200;

    private final Node root;

    private SubsetSchema(Node root) {
        this.root = root;
    }

    /** The compiled schema, or null when it uses anything outside the subset. */
    static SubsetSchema compile(String iri, Object schema, Resolver resolver) {
        try {
            return new SubsetSchema(new Compiler(resolver).node(iri, "", schema));
        } catch (Unsupported e) {
            return null;
        }
    }

    /** The failures of {@code instance} (plain data, as {@code YamlNode.toPlain()} gives it), in the full validator's order. */
    List<SchemaFailure> validate(Object instance) throws Undecided {
        List<SchemaFailure> out = new ArrayList<>();
        root.validate(instance, new ArrayList<>(), out, 0);
        return out;
    }

    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private interface Check {
        void validate(Object v, List<String> path, List<SchemaFailure> out, int depth) throws Undecided;
    }

    private static final class Node {
        final List<Check> checks = new ArrayList<>();

        void validate(Object v, List<String> path, List<SchemaFailure> out, int depth) throws Undecided {
            if (depth > MAX_DEPTH) {
                throw new Undecided("schema nesting deeper than " + MAX_DEPTH);
            }
            for (int i = 0; i < checks.size(); i++) { // indexed: a cold JVM's C1 code would allocate an iterator
                checks.get(i).validate(v, path, out, depth + 1);
            }
        }
    }

    private static final class Compiler {
        private final Resolver resolver;
        /** Nodes by document and pointer, so a $ref cycle compiles to a cycle of nodes. */
        private final Map<String, Node> nodes = new HashMap<>();

        Compiler(Resolver resolver) {
            this.resolver = resolver;
        }

        Node node(String iri, String pointer, Object schema) throws Unsupported {
            String key = iri + "#" + pointer;
            Node known = nodes.get(key);
            if (known != null) {
                return known;
            }
            Node n = new Node();
            nodes.put(key, n);
            if (Boolean.TRUE.equals(schema)) {
                return n;
            }
            if (!(schema instanceof Map<?, ?> map)) {
                throw new Unsupported(); // false, or not a schema
            }
            // The full validator runs "properties" first, then every keyword in the order written.
            Object props = map.get("properties");
            if (props != null) {
                n.checks.add(properties(iri, pointer, props));
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String k = (String) e.getKey();
                if (!k.equals("properties") && !ANNOTATIONS.contains(k) && !k.startsWith("x-")) { // x-: the user's own annotations
                    n.checks.add(keyword(iri, pointer, k, e.getValue(), map));
                }
            }
            return n;
        }

        private Check keyword(String iri, String pointer, String k, Object value, Map<?, ?> schema) throws Unsupported {
            String at = pointer + "/" + Pointers.escape(k);
            switch (k) {
                case "type":
                    return type(value, schema);
                case "required":
                    return required(value);
                case "items":
                    return items(node(iri, at, value));
                case "allOf":
                    return allOf(iri, at, value);
                case "$ref":
                    return ref(iri, value);
                case "enum":
                    return enumCheck(value);
                case "const":
                    return constCheck(value);
                case "format":
                    if (!"date".equals(value)) {
                        throw new Unsupported();
                    }
                    return SubsetSchema::date;
                case "additionalProperties":
                    return additional(iri, at, value, schema);
                case "minLength":
                case "maxLength":
                    return length(k, value);
                case "minItems":
                case "maxItems":
                    return count(k, value);
                default:
                    throw new Unsupported();
            }
        }

        private Check properties(String iri, String pointer, Object props) throws Unsupported {
            if (!(props instanceof Map<?, ?> m)) {
                throw new Unsupported();
            }
            Map<String, Node> each = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String name = (String) e.getKey();
                each.put(name, node(iri, pointer + "/properties/" + Pointers.escape(name), e.getValue()));
            }
            return (v, path, out, depth) -> {
                if (v instanceof Map<?, ?> obj) {
                    for (Map.Entry<String, Node> e : each.entrySet()) {
                        if (obj.containsKey(e.getKey())) {
                            e.getValue().validate(obj.get(e.getKey()), with(path, e.getKey()), out, depth);
                        }
                    }
                }
            };
        }

        private static Check type(Object value, Map<?, ?> schema) throws Unsupported {
            List<String> types = new ArrayList<>();
            if (value instanceof String s) {
                types.add(s);
            } else if (value instanceof List<?> l && !l.isEmpty()) {
                for (Object t : l) {
                    if (!(t instanceof String s)) {
                        throw new Unsupported();
                    }
                    types.add(s);
                }
            } else {
                throw new Unsupported();
            }
            if (!TYPES.containsAll(types) || (types.contains("object") && schema.containsKey("enum"))) {
                throw new Unsupported(); // the full validator skips the type of an "enum object" schema
            }
            return (v, path, out, depth) -> {
                for (int i = 0; i < types.size(); i++) {
                    if (matches(types.get(i), v)) {
                        return;
                    }
                }
                out.add(new SchemaFailure("type", path, null, value, v, PlainJson.type(v), null));
            };
        }

        private static Check required(Object value) throws Unsupported {
            if (!(value instanceof List<?> l)) {
                throw new Unsupported();
            }
            List<String> names = new ArrayList<>();
            for (Object o : l) {
                if (!(o instanceof String s)) {
                    throw new Unsupported();
                }
                names.add(s);
            }
            return (v, path, out, depth) -> {
                if (v instanceof Map<?, ?> obj) {
                    for (String name : names) {
                        if (!obj.containsKey(name)) {
                            out.add(new SchemaFailure("required", path, name, value, v, name, null));
                        }
                    }
                }
            };
        }

        private static Check items(Node each) {
            return (v, path, out, depth) -> {
                if (v instanceof List<?> l) {
                    for (int i = 0; i < l.size(); i++) {
                        each.validate(l.get(i), with(path, String.valueOf(i)), out, depth);
                    }
                }
            };
        }

        private Check allOf(String iri, String pointer, Object value) throws Unsupported {
            if (!(value instanceof List<?> l) || l.isEmpty()) {
                throw new Unsupported();
            }
            List<Node> all = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                all.add(node(iri, pointer + "/" + i, l.get(i)));
            }
            return (v, path, out, depth) -> {
                for (Node n : all) {
                    n.validate(v, path, out, depth);
                }
            };
        }

        private Check ref(String iri, Object value) throws Unsupported {
            if (!(value instanceof String ref)) {
                throw new Unsupported();
            }
            Target t = resolver.resolve(iri, ref);
            if (t == null) {
                throw new Unsupported();
            }
            Node target = node(t.iri(), t.pointer(), t.schema());
            return target::validate;
        }

        private static Check enumCheck(Object value) throws Unsupported {
            if (!(value instanceof List<?> l)) {
                throw new Unsupported();
            }
            for (Object o : l) {
                if (!(o == null || o instanceof String || o instanceof Boolean)) {
                    throw new Unsupported(); // numbers compare by decimal value there, and lists element-wise
                }
            }
            return (v, path, out, depth) -> {
                if (isFinite(v) || (v instanceof List<?> items && items.stream().anyMatch(i -> i instanceof Number)
                        && items.stream().allMatch(i -> !(i instanceof Number) || isFinite(i)))) {
                    // The full validator rewrites numbers as decimals first (and fails on NaN and infinities,
                    // which are judged here: no text, true, false or null equals them).
                    throw new Undecided("a number checked against enum");
                }
                boolean scalar = !(v instanceof Map || v instanceof List);
                if (!scalar || !contains(l, v)) {
                    out.add(new SchemaFailure("enum", path, null, value, v, null, null));
                }
            };
        }

        private static boolean contains(List<?> values, Object v) {
            for (Object o : values) {
                if (o == null ? v == null : o.equals(v)) {
                    return true;
                }
            }
            return false;
        }

        private static Check constCheck(Object value) throws Unsupported {
            if (!(value == null || value instanceof String || value instanceof Boolean)) {
                throw new Unsupported();
            }
            return (v, path, out, depth) -> {
                if (value == null ? v != null : !value.equals(v)) {
                    out.add(new SchemaFailure("const", path, null, value, v, null, null));
                }
            };
        }

        private Check additional(String iri, String pointer, Object value, Map<?, ?> schema) throws Unsupported {
            if (schema.containsKey("patternProperties")) {
                throw new Unsupported();
            }
            Object props = schema.get("properties");
            Set<?> declared = props instanceof Map<?, ?> m ? m.keySet() : Set.of();
            if (Boolean.TRUE.equals(value)) {
                return (v, path, out, depth) -> { };
            }
            Node extra = Boolean.FALSE.equals(value) ? null : node(iri, pointer, value);
            return (v, path, out, depth) -> {
                if (!(v instanceof Map<?, ?> obj)) {
                    return;
                }
                for (Map.Entry<?, ?> e : obj.entrySet()) {
                    String name = (String) e.getKey();
                    if (name.startsWith("#") || declared.contains(name)) {
                        continue; // the full validator skips "#..." names
                    }
                    if (extra == null) {
                        out.add(new SchemaFailure("additionalProperties", path, name, value, v, name, null));
                    } else {
                        extra.validate(e.getValue(), with(path, name), out, depth);
                    }
                }
            };
        }

        private static Check length(String k, Object value) throws Unsupported {
            long limit = limit(value);
            boolean min = k.equals("minLength");
            return (v, path, out, depth) -> {
                if (v instanceof String s) {
                    int n = s.codePointCount(0, s.length());
                    if (min ? n < limit : n > limit) {
                        out.add(new SchemaFailure(k, path, null, value, v, String.valueOf(limit), null));
                    }
                }
            };
        }

        private static Check count(String k, Object value) throws Unsupported {
            long limit = limit(value);
            boolean min = k.equals("minItems");
            return (v, path, out, depth) -> {
                if (v instanceof List<?> l && (min ? l.size() < limit : l.size() > limit)) {
                    out.add(new SchemaFailure(k, path, null, value, v, String.valueOf(limit), null));
                }
            };
        }

        private static long limit(Object value) throws Unsupported {
            if (value instanceof Long || value instanceof Integer) {
                long n = ((Number) value).longValue();
                if (n >= 0 && n <= Integer.MAX_VALUE) { // networknt reads limits as int: a larger one wraps there
                    return n;
                }
            }
            throw new Unsupported();
        }
    }

    /** The full validator's rule: "number" takes integers, "integer" takes numbers without a fraction. */
    private static boolean matches(String type, Object v) {
        String actual = PlainJson.type(v);
        return actual.equals(type) || (type.equals("number") && actual.equals("integer"))
                || (type.equals("integer") && actual.equals("number") && PlainJson.isIntegral(v));
    }

    private static boolean isFinite(Object v) {
        return v instanceof Number n && !((v instanceof Double || v instanceof Float)
                && (Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue())));
    }

    private static void date(Object v, List<String> path, List<SchemaFailure> out, int depth) {
        if (v instanceof String s && !isDate(s)) {
            out.add(new SchemaFailure("format", path, null, "date", v, "date", null));
        }
    }

    /**
     * RFC 3339 full-date as the full validator checks it ({@code LocalDate.parse}, then a year from
     * 0 to 9999): four ASCII digits, two for the month and two for a day that exists in that month
     * (proleptic Gregorian, so 0000-02-29 exists). Without java.time's formatter, whose classes and
     * set-up cost a fresh JVM tens of milliseconds; {@code SubsetSchemaTest} compares the two.
     */
    static boolean isDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        int days = switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= days;
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static List<String> with(List<String> path, String segment) {
        List<String> out = new ArrayList<>(path.size() + 1);
        out.addAll(path);
        out.add(segment);
        return out;
    }
}
