package io.github.vaultlint.type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The full validator's failures with {@code anyOf}/{@code oneOf} alternatives condensed to one
 * problem per value. networknt reports every alternative that failed, and for {@code oneOf} also
 * "must be valid to one and only one schema", so one wrong value read as three findings. Here an
 * alternative that wants another kind of value (a number where text was written) is left out when
 * another wants this kind; the one alternative left keeps its own failures (they are what the user
 * meant); several left, or none, are one failure that names what each alternative wanted.
 */
final class Alternatives {
    private Alternatives() {
    }

    /** One failure and its evaluation path in the schema (names and indexes: properties, rating, oneOf, 0, maximum). */
    record Located(List<Object> eval, SchemaFailure failure) {
    }

    /** {@code failures}, in their order, with every anyOf/oneOf group replaced by what it comes to. */
    static List<SchemaFailure> condense(List<Located> failures) {
        return condense(failures, 0);
    }

    private static List<SchemaFailure> condense(List<Located> failures, int from) {
        // Each failure on its own, or in the group of the first combinator on its path after "from".
        Map<List<Object>, List<Located>> groups = new LinkedHashMap<>();
        List<Object> slots = new ArrayList<>(); // a Located, or a group's key
        for (Located l : failures) {
            int at = combinator(l.eval(), from);
            if (at < 0) {
                slots.add(l);
                continue;
            }
            List<Object> key = List.copyOf(l.eval().subList(0, at + 1));
            if (!groups.containsKey(key)) {
                groups.put(key, new ArrayList<>());
                slots.add(key);
            }
            groups.get(key).add(l);
        }
        List<SchemaFailure> out = new ArrayList<>();
        for (Object slot : slots) {
            if (slot instanceof Located l) {
                out.add(l.failure());
            } else {
                List<?> key = (List<?>) slot;
                out.addAll(group(String.valueOf(key.get(key.size() - 1)), key.size(), groups.get(key)));
            }
        }
        return out;
    }

    /** Where the first anyOf/oneOf at or after {@code from} is on {@code eval} (its summary or one of its alternatives), or -1. */
    private static int combinator(List<Object> eval, int from) {
        for (int i = Math.max(from, 0); i < eval.size(); i++) {
            Object e = eval.get(i);
            if (("anyOf".equals(e) || "oneOf".equals(e)) && (i + 1 == eval.size() || eval.get(i + 1) instanceof Integer)) {
                return i;
            }
        }
        return -1;
    }

    private static List<SchemaFailure> group(String keyword, int keyLength, List<Located> members) {
        SchemaFailure summary = null;
        TreeMap<Integer, List<Located>> byAlternative = new TreeMap<>();
        for (Located l : members) {
            if (l.eval().size() == keyLength) {
                summary = l.failure();
            } else {
                byAlternative.computeIfAbsent((Integer) l.eval().get(keyLength), k -> new ArrayList<>()).add(l);
            }
        }
        if (byAlternative.isEmpty()) {
            // oneOf with several alternatives that fit: the only failure is the summary.
            return summary == null ? List.of() : List.of(tooMany(summary));
        }
        Map<Integer, List<SchemaFailure>> alternatives = new LinkedHashMap<>();
        byAlternative.forEach((i, ls) -> alternatives.put(i, condense(ls, keyLength + 1)));
        List<String> where = summary != null ? summary.segments() : shortest(alternatives);
        List<Integer> fitting = new ArrayList<>();
        boolean allByType = true;
        for (Map.Entry<Integer, List<SchemaFailure>> a : alternatives.entrySet()) {
            if (!wantsOtherKind(a.getValue(), where)) {
                fitting.add(a.getKey());
            } else if (a.getValue().stream().noneMatch(f -> "type".equals(f.keyword()) && f.segments().equals(where))) {
                allByType = false;
            }
        }
        if (fitting.size() == 1) {
            return alternatives.get(fitting.get(0));
        }
        if (fitting.isEmpty() && allByType) {
            // Each wants another type: their type failures merge into one "expected A or B" (TypeSchema).
            List<SchemaFailure> out = new ArrayList<>();
            alternatives.values().forEach(fs -> fs.stream()
                    .filter(f -> "type".equals(f.keyword()) && f.segments().equals(where)).forEach(out::add));
            return out;
        }
        List<Integer> shown = fitting.isEmpty() ? List.copyOf(alternatives.keySet()) : fitting;
        List<String> parts = new ArrayList<>();
        Object found = null;
        for (int i : shown) {
            List<String> says = new ArrayList<>();
            for (SchemaFailure f : alternatives.get(i)) {
                if (fitting.isEmpty() && !f.segments().equals(where)) {
                    continue; // an alternative for another kind: what it wants of the value itself is enough
                }
                says.add(relative(f, where));
                if (f.segments().equals(where) && found == null) {
                    found = f.found();
                }
            }
            parts.add("(" + (i + 1) + ") " + String.join(", ", says));
        }
        String text = "fits none of the " + byAlternative.size() + " alternatives of the schema's " + keyword + ": "
                + String.join("; ", parts) + "; change the value to fit one of them";
        return List.of(new SchemaFailure(keyword, where, null, null, found, null, text));
    }

    /** The oneOf summary when more than one alternative fits: the schema cannot tell them apart. */
    private static SchemaFailure tooMany(SchemaFailure summary) {
        String text = summary.validatorText();
        int but = text == null ? -1 : text.indexOf("but ");
        String count = but < 0 ? "more than one" : text.substring(but + 4).replaceFirst(" are valid.*", "").trim();
        return new SchemaFailure(summary.keyword(), summary.segments(), null, summary.schemaValue(), summary.found(),
                summary.argument(), "fits " + count + " of the alternatives of the schema's oneOf, but must fit exactly one; "
                + "make the alternatives exclude each other in the schema, or use anyOf");
    }

    /** The shortest value path among the failures: the value the combinator applies to. */
    private static List<String> shortest(Map<Integer, List<SchemaFailure>> alternatives) {
        List<String> best = null;
        for (List<SchemaFailure> fs : alternatives.values()) {
            for (SchemaFailure f : fs) {
                if (best == null || f.segments().size() < best.size()) {
                    best = f.segments();
                }
            }
        }
        return best == null ? List.of() : best;
    }

    /** Whether the alternative wants another kind of value: a type, or allowed values of which none is of the found kind. */
    private static boolean wantsOtherKind(List<SchemaFailure> failures, List<String> where) {
        for (SchemaFailure f : failures) {
            if (!f.segments().equals(where)) {
                continue;
            }
            if ("type".equals(f.keyword())) {
                return true;
            }
            if ("enum".equals(f.keyword()) && f.schemaValue() instanceof List<?> values
                    && values.stream().noneMatch(v -> kind(v).equals(kind(f.found())))) {
                return true;
            }
            if ("const".equals(f.keyword()) && !kind(f.schemaValue()).equals(kind(f.found()))) {
                return true;
            }
        }
        return false;
    }

    private static String kind(Object v) {
        String t = PlainJson.type(v);
        return "integer".equals(t) ? "number" : t;
    }

    private static final Set<String> NAMING = Set.of("required", "additionalProperties", "unevaluatedProperties",
            "dependentRequired", "propertyNames");

    /** One failure in words, its path relative to the value the alternatives are about. */
    private static String relative(SchemaFailure f, List<String> where) {
        List<String> rel = f.segments().size() >= where.size() && f.segments().subList(0, where.size()).equals(where)
                ? f.segments().subList(where.size(), f.segments().size()) : f.segments();
        if (rel.isEmpty() && !NAMING.contains(f.keyword())) {
            return SchemaMessages.reason(f, null);
        }
        return SchemaMessages.message(new SchemaFailure(f.keyword(), List.copyOf(rel), f.property(), f.schemaValue(),
                f.found(), f.argument(), f.validatorText()), null, Set.of());
    }
}
