package io.github.vaultlint.type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why a failure under an {@code if}/{@code then}/{@code else} applies: "because status is "offer""
 * for {@code then}, "unless status is "offer"" for {@code else}. A property required only under a
 * condition looks arbitrary without it. The {@code if} is found by walking the failure's evaluation
 * path through the schema (following {@code $ref}s), so a {@code then} inside {@code allOf} or behind
 * a {@code $ref} is found too. Simple conditions ({@code const}, {@code enum}, {@code type},
 * {@code pattern}, {@code required}) are put in words; any other names the schema's pointer.
 */
final class IfCondition {
    /** Keywords whose subschema applies to a value inside the one they sit on. */
    private static final java.util.Set<String> INTO_DATA = java.util.Set.of("properties", "patternProperties", "additionalProperties",
            "unevaluatedProperties", "items", "prefixItems", "additionalItems", "unevaluatedItems", "contains");
    /** Of those, the ones followed on the path by a property name, pattern or index. */
    private static final java.util.Set<String> NAMED = java.util.Set.of("properties", "patternProperties", "prefixItems");

    private final String iri;
    private final Object schema;
    private final SubsetSchema.Resolver refs;

    /** {@code refs} may be null (a lone schema): then a {@code $ref} on the way is not followed. */
    IfCondition(String iri, Object schema, SubsetSchema.Resolver refs) {
        this.iri = iri;
        this.schema = schema;
        this.refs = refs;
    }

    /**
     * " because ..." or " unless ..." for the failure at {@code evaluationPath} (names and indexes
     * from the root schema) on the instance at {@code segments} of {@code data}; "" when the failure is
     * under no {@code then} or {@code else}.
     */
    String of(List<Object> evaluationPath, List<String> segments, Object data) {
        Object here = schema;
        String hereIri = iri;
        String pointer = "";
        Object holder = null;
        String holderPointer = null;
        boolean inElse = false;
        int deeper = 0; // steps into the data after the if's holder: its object is that much above the failure's value
        boolean skip = false;
        for (Object step : evaluationPath) {
            String name = String.valueOf(step);
            if (skip) {
                skip = false; // a property name, pattern or index after its keyword: no keyword itself
            } else if (INTO_DATA.contains(name)) {
                deeper++;
                skip = NAMED.contains(name);
            } else if ("dependentSchemas".equals(name)) {
                skip = true;
            }
            if (!(here instanceof Map<?, ?> m)) {
                if (here instanceof List<?> l && step instanceof Integer i && i >= 0 && i < l.size()) {
                    here = l.get(i);
                    pointer += "/" + i;
                    continue;
                }
                if (Boolean.FALSE.equals(here) && "false".equals(name)) {
                    break; // the validator names a false schema's failure "false", one step past the schema itself
                }
                return "";
            }
            if ("$ref".equals(name)) {
                if (!(m.get("$ref") instanceof String ref) || refs == null || hereIri == null) {
                    return "";
                }
                SubsetSchema.Target t = refs.resolve(hereIri, ref);
                if (t == null) {
                    return "";
                }
                here = t.schema();
                hereIri = t.iri();
                pointer = t.pointer();
                continue;
            }
            if (("then".equals(name) || "else".equals(name)) && m.containsKey("if")) {
                holder = m;
                holderPointer = pointer;
                inElse = "else".equals(name);
                deeper = 0;
            }
            here = m.get(name);
            pointer += "/" + Pointers.escape(name);
        }
        if (holder == null) {
            return "";
        }
        if (deeper > segments.size()) {
            return "";
        }
        List<String> where = segments.subList(0, segments.size() - deeper);
        Object test = ((Map<?, ?>) holder).get("if");
        Object object = at(data, where);
        String words = test instanceof Map<?, ?> t ? words(t, where, object) : null;
        if (words == null) {
            return " because the schema's \"if\" at " + (holderPointer.isEmpty() ? "/" : holderPointer) + "/if "
                    + (inElse ? "does not hold" : "holds");
        }
        return (inElse ? " unless " : " because ") + words;
    }

    /** The conditions of {@code test} joined by "and", or null when one is not simple enough to say. */
    private static String words(Map<?, ?> test, List<String> segments, Object object) {
        List<String> parts = new ArrayList<>();
        Map<?, ?> props = test.get("properties") instanceof Map<?, ?> p ? p : Map.of();
        List<?> required = test.get("required") instanceof List<?> r ? r : List.of();
        for (Object k : test.keySet()) {
            String key = String.valueOf(k);
            if (!key.equals("properties") && !key.equals("required") && !key.equals("$comment") && !key.equals("description")
                    && !key.equals("title") && !(key.equals("type") && "object".equals(test.get("type")))) {
                return null;
            }
        }
        for (Map.Entry<?, ?> e : props.entrySet()) {
            String name = String.valueOf(e.getKey());
            String shown = SchemaMessages.path(with(segments, name));
            if (object instanceof Map<?, ?> o && !o.containsKey(name) && !required.contains(name)) {
                // The "if" holds without the property: say so, or the message claims a value the note lacks.
                parts.add(shown + " is not set (the \"if\" holds without it)");
                continue;
            }
            String said = value(e.getValue());
            if (said == null) {
                return null;
            }
            parts.add(shown + said);
        }
        for (Object r : required) {
            if (!props.containsKey(r)) {
                parts.add(SchemaMessages.path(with(segments, String.valueOf(r))) + " is set");
            }
        }
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    /** " is "offer"", " is "a" or "b"", " is a number", ...; null for a schema not said in a few words. */
    private static String value(Object s) {
        if (!(s instanceof Map<?, ?> m) || m.size() != 1) {
            return null;
        }
        Map.Entry<?, ?> only = m.entrySet().iterator().next();
        Object v = only.getValue();
        switch (String.valueOf(only.getKey())) {
            case "const":
                return " is " + SchemaMessages.shown(v);
            case "enum":
                if (!(v instanceof List<?> l) || l.isEmpty()) {
                    return null;
                }
                List<String> shown = new ArrayList<>();
                l.forEach(x -> shown.add(SchemaMessages.shown(x)));
                return " is " + String.join(" or ", shown);
            case "pattern":
                return v instanceof String p ? " matches " + io.github.vaultlint.util.OneLine.cut(p, SchemaMessages.SHOWN_MAX) : null;
            case "type":
                return v instanceof String t ? " is " + SchemaMessages.typeName(t) : null;
            default:
                return null;
        }
    }

    private static Object at(Object data, List<String> segments) {
        Object here = data;
        for (String s : segments) {
            if (here instanceof Map<?, ?> m) {
                here = m.get(s);
            } else if (here instanceof List<?> l && !s.isEmpty() && s.chars().allMatch(Character::isDigit)
                    && s.length() < 10 && Integer.parseInt(s) < l.size()) {
                here = l.get(Integer.parseInt(s));
            } else {
                return null;
            }
        }
        return here;
    }

    private static List<String> with(List<String> segments, String name) {
        List<String> out = new ArrayList<>(segments);
        out.add(name);
        return out;
    }
}
