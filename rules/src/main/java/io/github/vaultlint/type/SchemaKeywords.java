package io.github.vaultlint.type;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vaultlint.util.Suggest;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The keywords of JSON Schema draft 2020-12. JSON Schema ignores keywords it does not know, so a
 * typo such as {@code requried} would silently check nothing; vaultlint treats one as a schema
 * error instead. Own annotations can be added with an {@code x-} prefix.
 */
final class SchemaKeywords {
    private SchemaKeywords() {
    }

    private static final Set<String> MAP_OF_SCHEMAS = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas");
    private static final Set<String> ONE_SCHEMA = Set.of("additionalProperties", "propertyNames", "items", "contains",
            "not", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties", "contentSchema");
    private static final Set<String> LIST_OF_SCHEMAS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> OTHER = Set.of("$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor",
            "$vocabulary", "$comment", "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
            "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains",
            "minContains", "maxProperties", "minProperties", "required", "dependentRequired", "title", "description",
            "default", "deprecated", "readOnly", "writeOnly", "examples", "format", "contentEncoding", "contentMediaType");
    static final Set<String> ALL;
    /** The formats of draft 2020-12 that the validator checks (format assertions are on). */
    static final Set<String> FORMATS = new java.util.TreeSet<>(Set.of("date", "date-time", "time", "duration", "email",
            "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference",
            "uri-template", "json-pointer", "relative-json-pointer", "regex", "uuid"));

    static {
        java.util.Set<String> all = new java.util.TreeSet<>(OTHER);
        all.addAll(MAP_OF_SCHEMAS);
        all.addAll(ONE_SCHEMA);
        all.addAll(LIST_OF_SCHEMAS);
        ALL = Set.copyOf(all);
    }

    /** An unknown keyword (or a known one that could never hold, an empty enum): where it is (pointer of the key) and the message. */
    record Unknown(String pointer, String message) {
    }

    /** The first unknown keyword in {@code schema} (or empty enum), or null. */
    static Unknown firstUnknown(JsonNode schema) {
        return check(schema, "");
    }

    private static Unknown check(JsonNode n, String pointer) {
        if (!n.isObject()) {
            return null; // true/false schemas, or a shape error the meta-schema reports
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String p = pointer + "/" + Pointers.escape(key);
            if (!ALL.contains(key) && !key.startsWith("x-")) {
                return new Unknown(p, "unknown keyword \"" + key + "\"" + Suggest.didYouMean(key, ALL)
                        + "; JSON Schema ignores unknown keywords, so it would check nothing: fix the name, or prefix "
                        + "an annotation of your own with x-");
            }
            Unknown u = null;
            JsonNode v = e.getValue();
            if (key.equals("format") && v.isTextual() && !FORMATS.contains(v.asText()) && !v.asText().startsWith("x-")) {
                return new Unknown(p, "unknown format \"" + v.asText() + "\"" + Suggest.didYouMean(v.asText(), FORMATS)
                        + "; JSON Schema ignores formats it does not know, so it would check nothing: use one of "
                        + String.join(", ", FORMATS) + " (or pattern: for a shape of your own)");
            }
            if (key.equals("enum") && v.isArray() && v.isEmpty()) {
                return new Unknown(p, "enum lists no value, so every value would be rejected; list the allowed values (enum: [a, b]), "
                        + "or write false as the property's schema to forbid it");
            }
            if (MAP_OF_SCHEMAS.contains(key) && v.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> sub = v.fields(); sub.hasNext() && u == null; ) {
                    Map.Entry<String, JsonNode> s = sub.next();
                    u = check(s.getValue(), p + "/" + Pointers.escape(s.getKey()));
                }
            } else if (ONE_SCHEMA.contains(key)) {
                u = check(v, p);
            } else if (LIST_OF_SCHEMAS.contains(key) && v.isArray()) {
                for (int i = 0; i < v.size() && u == null; i++) {
                    u = check(v.get(i), p + "/" + i);
                }
            }
            if (u != null) {
                return u;
            }
        }
        return null;
    }
}
