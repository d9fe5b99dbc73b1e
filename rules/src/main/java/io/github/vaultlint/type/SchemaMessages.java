package io.github.vaultlint.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import io.github.vaultlint.util.Suggest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns validator output into messages in Obsidian's words: the property path, what was expected
 * (type, allowed values, pattern, format) and what was found. Unknown keywords fall back to the
 * validator's own text.
 */
final class SchemaMessages {
    private SchemaMessages() {
    }

    /** "tags[0]", "meta.company", "" for the root; from pointer segments. */
    static String path(List<String> segments) {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(s).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }

    /**
     * The message for one validator error. {@code mergedTypes} carries the union of expected types
     * when several type errors hit the same value (anyOf/oneOf alternatives), else null.
     */
    static String message(ValidationMessage m, List<String> segments, Set<String> mergedTypes, Set<String> declaredProperties) {
        String path = path(segments);
        String type = m.getType() == null ? "" : m.getType();
        switch (type) {
            case "required": {
                String in = path.isEmpty() ? "" : " in \"" + path + "\"";
                return "missing required property \"" + m.getProperty() + "\"" + in;
            }
            case "additionalProperties":
            case "unevaluatedProperties": {
                String prop = m.getProperty() != null ? m.getProperty() : String.valueOf(m.getArguments()[0]);
                String full = path.isEmpty() ? prop : path + "." + prop;
                return "property \"" + full + "\" is not allowed by the schema" + Suggest.didYouMean(prop, declaredProperties)
                        + "; remove it or add it to the schema's properties";
            }
            default:
                return prefix(path) + reason(m, mergedTypes);
        }
    }

    /** What is wrong with a value, without naming where it is ("expected text, found a list"). */
    static String reason(ValidationMessage m, Set<String> mergedTypes) {
        JsonNode found = m.getInstanceNode();
        JsonNode schema = m.getSchemaNode();
        String type = m.getType() == null ? "" : m.getType();
        switch (type) {
            case "type": {
                Set<String> expected = mergedTypes != null ? mergedTypes : types(schema);
                return "expected " + expectedTypes(expected) + ", found " + describe(found);
            }
            case "format": {
                String format = schema != null && schema.isTextual() ? schema.asText() : String.valueOf(m.getArguments()[0]);
                return quoted(found) + " is not a valid " + formatName(format);
            }
            case "enum": {
                List<String> allowed = new ArrayList<>();
                if (schema != null && schema.isArray()) {
                    schema.forEach(v -> allowed.add(v.toString()));
                }
                String near = found != null && found.isTextual()
                        ? Suggest.didYouMean(found.asText(), textValues(schema)) : "";
                return quoted(found) + " is not one of the allowed values " + String.join(", ", allowed) + near;
            }
            case "const":
                return "must be " + schema + ", found " + quoted(found);
            case "pattern":
                return quoted(found) + " does not match the pattern " + (schema != null ? schema.asText() : "");
            case "minLength":
                return quoted(found) + " is shorter than " + schema + " characters";
            case "maxLength":
                return quoted(found) + " is longer than " + schema + " characters";
            case "minItems":
                return "has " + size(found) + " item(s), at least " + schema + " expected";
            case "maxItems":
                return "has " + size(found) + " item(s), at most " + schema + " allowed";
            case "uniqueItems":
                return "has duplicate items; each item must be unique";
            case "minimum":
                return found + " is below the minimum " + schema;
            case "maximum":
                return found + " is above the maximum " + schema;
            case "exclusiveMinimum":
                return found + " must be greater than " + schema;
            case "exclusiveMaximum":
                return found + " must be less than " + schema;
            case "multipleOf":
                return found + " is not a multiple of " + schema;
            default:
                return stripLocation(m.getMessage());
        }
    }

    /** The validator's message without its leading "/pointer: ". */
    static String stripLocation(String message) {
        if (message == null) {
            return "";
        }
        int colon = message.indexOf(": ");
        if (colon >= 0 && (message.startsWith("/") || message.startsWith("$") || colon == 0)) {
            return message.substring(colon + 2);
        }
        return message.startsWith(": ") ? message.substring(2) : message;
    }

    static Set<String> types(JsonNode schema) {
        Set<String> out = new LinkedHashSet<>();
        if (schema == null) {
            return out;
        }
        if (schema.isArray()) {
            schema.forEach(t -> out.add(t.asText()));
        } else {
            out.add(schema.asText());
        }
        return out;
    }

    private static String prefix(String path) {
        return path.isEmpty() ? "frontmatter: " : path + ": ";
    }

    private static String expectedTypes(Set<String> types) {
        List<String> words = new ArrayList<>();
        boolean orEmpty = types.contains("null") && types.size() > 1;
        for (String t : types) {
            if (orEmpty && t.equals("null")) {
                continue;
            }
            switch (t) {
                case "string": words.add("text"); break;
                case "number": words.add("a number"); break;
                case "integer": words.add("a whole number"); break;
                case "boolean": words.add("true or false"); break;
                case "array": words.add("a list"); break;
                case "object": words.add("nested properties"); break;
                case "null": words.add("an empty value"); break;
                default: words.add(t);
            }
        }
        return String.join(" or ", words) + (orEmpty ? " (or leave it empty)" : "");
    }

    /** What a value is, with the value itself when short: text "yes", number 3, a list, nothing. */
    static String describe(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "an empty value";
        }
        if (n.isTextual()) {
            return "text " + n;
        }
        if (n.isNumber()) {
            return "number " + n;
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isArray()) {
            return "a list";
        }
        return "nested properties";
    }

    private static String quoted(JsonNode n) {
        if (n == null || n.isNull()) {
            return "(empty)";
        }
        return n.isTextual() ? n.toString() : n.toString();
    }

    private static int size(JsonNode n) {
        return n == null ? 0 : n.size();
    }

    private static List<String> textValues(JsonNode arr) {
        List<String> out = new ArrayList<>();
        if (arr != null && arr.isArray()) {
            arr.forEach(v -> {
                if (v.isTextual()) {
                    out.add(v.asText());
                }
            });
        }
        return out;
    }

    private static String formatName(String format) {
        switch (format) {
            case "date": return "date (YYYY-MM-DD)";
            case "date-time": return "date and time (YYYY-MM-DDTHH:MM:SS with a time zone, e.g. 2025-11-17T09:30:00Z)";
            case "time": return "time (HH:MM:SS with a time zone)";
            case "email": return "email address";
            case "uri": return "URI (e.g. https://example.com/page)";
            case "duration": return "ISO 8601 duration (e.g. PT1H30M)";
            case "regex": return "regular expression (ECMA-262)";
            default: return format + " value";
        }
    }
}
