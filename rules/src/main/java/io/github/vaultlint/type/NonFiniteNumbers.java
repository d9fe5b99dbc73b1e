package io.github.vaultlint.type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The infinite and NaN numbers of a frontmatter ({@code .inf}, {@code .nan}: YAML has them, JSON has
 * not), for when the full validator throws on one (it compares enum, const, minimum and multipleOf as
 * decimals). The frontmatter is validated again with 0 standing in for each, so the rest of it is
 * still checked and each such value gets a finding of its own.
 */
final class NonFiniteNumbers {
    /** The frontmatter as read. */
    private final Object original;
    /** The frontmatter with 0.0 for each infinite or NaN number. */
    private final Object finite;
    /** Each such number under its path. */
    private final Map<List<String>, Double> odd;

    private NonFiniteNumbers(Object original, Object finite, Map<List<String>, Double> odd) {
        this.original = original;
        this.finite = finite;
        this.odd = odd;
    }

    /** The infinite and NaN numbers of {@code data} (plain data), or null when it has none. */
    static NonFiniteNumbers in(Object data) {
        Map<List<String>, Double> odd = new LinkedHashMap<>();
        Object finite = finite(data, new ArrayList<>(), odd);
        return odd.isEmpty() ? null : new NonFiniteNumbers(data, finite, odd);
    }

    /**
     * The failures of a note whose .inf or .nan (YAML numbers JSON has not) made the validator throw
     * (it compares enum, const, minimum and multipleOf as decimals): validated with 0 standing in for
     * each, the rest of the frontmatter is still checked. A failure on such a value itself is one
     * finding on it (or its wrong type, where the schema wants no number there); a failure on a list or
     * object holding one is kept with the value as written; nothing is said about a stand-in.
     * {@code validate} gives the failures of data, {@code throwsOn} whether the validator throws on it.
     */
    List<SchemaFailure> failures(Function<Object, List<SchemaFailure>> validate, Predicate<Object> throwsOn) {
        List<SchemaFailure> out = new ArrayList<>();
        java.util.Set<List<String>> covered = new java.util.HashSet<>();
        for (SchemaFailure f : validate.apply(finite)) {
            boolean at = odd.containsKey(f.segments());
            // A number where the schema wants another type, or one of values none of which is a number, is wrong
            // whatever the number: that failure stays.
            boolean anyNumber = "type".equals(f.keyword())
                    || ("enum".equals(f.keyword()) || "const".equals(f.keyword())) && !hasNumber(f.schemaValue());
            if (!at || anyNumber && !covered.contains(f.segments())) {
                boolean holds = holds(f.segments(), odd.keySet());
                if (holds && WHOLE_VALUE.contains(f.keyword())) {
                    covered.add(f.segments()); // the list or object holding the value is wrong as a whole
                }
                out.add(holds ? withFound(f, valueAt(original, f.segments())) : f);
            }
        }
        odd.forEach((path, value) -> {
            if (covered.stream().noneMatch(c -> path.size() >= c.size() && path.subList(0, c.size()).equals(c))
                    && (odd.size() == 1 || throwsOn.test(withValue(finite, path, 0, value)))) {
                out.add(new SchemaFailure(SchemaMessages.NON_FINITE, path, null, null, value, null, null));
            }
        });
        return out;
    }

    /** A copy of {@code data} with {@code value} at {@code path} (from {@code from} on). */
    private static Object withValue(Object data, List<String> path, int from, Object value) {
        if (from == path.size()) {
            return value;
        }
        String s = path.get(from);
        if (data instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>(m);
            out.put(s, withValue(m.get(s), path, from + 1, value));
            return out;
        }
        if (data instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l);
            int i = Integer.parseInt(s);
            out.set(i, withValue(l.get(i), path, from + 1, value));
            return out;
        }
        return data;
    }

    /** Keywords that judge a value as a whole: a failure of one on a list says all there is about its items. */
    private static final java.util.Set<String> WHOLE_VALUE = java.util.Set.of("type", "enum", "const");

    private static boolean hasNumber(Object schemaValue) {
        return schemaValue instanceof Number || schemaValue instanceof List<?> l && l.stream().anyMatch(v -> v instanceof Number);
    }

    /** Whether the value at {@code segments} is or holds one of {@code paths}. */
    private static boolean holds(List<String> segments, java.util.Set<List<String>> paths) {
        return paths.stream().anyMatch(p -> p.size() >= segments.size() && p.subList(0, segments.size()).equals(segments));
    }

    private static SchemaFailure withFound(SchemaFailure f, Object found) {
        return new SchemaFailure(f.keyword(), f.segments(), f.property(), f.schemaValue(), found, f.argument(), f.validatorText(),
                f.condition());
    }

    /** The plain value at {@code segments} (names and list indexes), or null. */
    private static Object valueAt(Object data, List<String> segments) {
        Object v = data;
        for (String s : segments) {
            if (v instanceof Map<?, ?> m) {
                v = m.get(s);
            } else if (v instanceof List<?> l && SchemaMessages.isIndex(s) && Integer.parseInt(s) < l.size()) {
                v = l.get(Integer.parseInt(s));
            } else {
                return null;
            }
        }
        return v;
    }

    /** {@code v} with 0.0 for each infinite or NaN number, which is put in {@code odd} under its path. */
    private static Object finite(Object v, List<String> path, Map<List<String>, Double> odd) {
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            odd.put(List.copyOf(path), d);
            return 0.0;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (int i = 0; i < l.size(); i++) {
                path.add(String.valueOf(i));
                out.add(finite(l.get(i), path, odd));
                path.remove(path.size() - 1);
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                path.add(String.valueOf(e.getKey()));
                out.put(e.getKey(), finite(e.getValue(), path, odd));
                path.remove(path.size() - 1);
            }
            return out;
        }
        return v;
    }
}
