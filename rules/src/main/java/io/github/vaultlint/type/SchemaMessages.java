package io.github.vaultlint.type;

import io.github.vaultlint.util.OneLine;
import io.github.vaultlint.util.Suggest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns failed schema keywords ({@link SchemaFailure}) into messages in Obsidian's words: the property path, what was expected
 * (type, allowed values, pattern, format) and what was found. Unknown keywords fall back to the
 * validator's own text.
 */
final class SchemaMessages {
    private SchemaMessages() {
    }

    /** The keyword of a failure vaultlint adds for an infinite or NaN number the validator cannot compare. */
    static final String NON_FINITE = "nonFinite";

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
     * The message for one failed keyword. {@code mergedTypes} carries the union of expected types
     * when several type errors hit the same value (anyOf/oneOf alternatives), else null.
     */
    static String message(SchemaFailure f, Set<String> mergedTypes, Set<String> declaredProperties) {
        return message(f, mergedTypes, declaredProperties, null);
    }

    /**
     * As {@link #message(SchemaFailure, Set, Set)}; {@code written} is the found number as the note writes
     * it ({@code 0755}, {@code 1e3}, {@code .inf}) when that differs from its value, or a list of plain words
     * written in brackets ({@code [WIP]}), else null: the message quotes what the user can find in the
     * note, not 755, 1000.0 or "Infinity", and says how to keep brackets as text.
     */
    static String message(SchemaFailure f, Set<String> mergedTypes, Set<String> declaredProperties, String written) {
        String text = unconditional(f, mergedTypes, declaredProperties, written);
        if (f.condition() == null || f.condition().isEmpty()) {
            return text;
        }
        // Under an if/then/else: say which condition made the schema ask for this.
        return text + " (" + ("required".equals(f.keyword()) ? "required" : "checked") + f.condition() + ")";
    }

    private static String unconditional(SchemaFailure f, Set<String> mergedTypes, Set<String> declaredProperties, String written) {
        String path = path(f.segments());
        String type = f.keyword() == null ? "" : f.keyword();
        switch (type) {
            case "required": {
                String in = path.isEmpty() ? "" : " in \"" + path + "\"";
                return "missing required property \"" + f.property() + "\"" + in;
            }
            case "additionalProperties":
            case "unevaluatedProperties": {
                String prop = f.property() != null ? f.property() : f.argument();
                String full = path.isEmpty() ? prop : path + "." + prop;
                return "property \"" + full + "\" is not allowed by the schema" + Suggest.didYouMean(prop, declaredProperties)
                        + "; remove it or add it to the schema's properties";
            }
            case "dependentRequired": {
                String in = path.isEmpty() ? "" : " in \"" + path + "\"";
                return "missing property \"" + f.argument() + "\"" + in + ", which the schema requires when \"" + f.property()
                        + "\" is present; add it, or remove \"" + f.property() + "\"";
            }
            case "propertyNames": {
                String text = stripLocation(f.validatorText());
                int why = text.indexOf("name is not valid: ");
                String full = path.isEmpty() ? f.property() : path + "." + f.property();
                return "property name \"" + full + "\" is not allowed by the schema"
                        + (why >= 0 ? " (" + text.substring(why + "name is not valid: ".length()) + ")" : "") + "; rename it";
            }
            case "false":
                // "false" forbids the value: the JSON Schema way to forbid one property (secret: false).
                if (path.isEmpty()) {
                    return "frontmatter: the schema is false, which accepts no frontmatter at all; "
                            + "remove the frontmatter or change the schema";
                }
                if (isIndex(f.segments().get(f.segments().size() - 1))) {
                    return path + ": no item is allowed here by the schema (its schema is false); remove it";
                }
                return "property \"" + path + "\" is not allowed by the schema (its schema is false); remove it";
            case "items":
                if (Boolean.FALSE.equals(f.schemaValue()) && f.argument() != null && isIndex(f.argument())) {
                    // items: false after prefixItems: the first item beyond them, named by its own path.
                    return path + "[" + f.argument() + "]: no item is allowed here by the schema (its items are false); remove it";
                }
                return prefix(path) + reason(f, mergedTypes, written);
            default:
                return prefix(path) + reason(f, mergedTypes, written);
        }
    }

    static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }

    /**
     * "; a date is text in the form YYYY-MM-DD: write 2025-01-01" for a number that reads as a date
     * written without dashes (date: 20250101, which YAML reads as a number); "" for any other value.
     */
    static String dateHint(Object found) {
        if (!(found instanceof Long n) || n < 10_000_101L || n > 99_991_231L) {
            return "";
        }
        long v = n;
        int day = (int) (v % 100);
        int month = (int) (v / 100 % 100);
        int year = (int) (v / 10_000);
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "; if it is a date, write it as text in the form YYYY-MM-DD: %04d-%02d-%02d",
                year, month, day);
    }

    /**
     * How to write {@code found} as the type wanted, when that is a matter of form: a number or true/false
     * where text is wanted is text in quotes ({@code title: 2024}; a date written without dashes gets
     * {@link #dateHint}), one text where only a list is wanted is a list of one ({@code tags: interview}).
     */
    private static String typeHint(Set<String> expected, Object found, String written) {
        if (expected.contains("string") && found instanceof List && written != null) {
            // title: [WIP]: the brackets were meant as text
            return "; YAML reads " + OneLine.cut(written, SHOWN_MAX) + " as a list: to keep it as text, put it in quotes: \""
                    + OneLine.cut(written, SHOWN_MAX) + "\"";
        }
        if (expected.contains("string") && (found instanceof Number || found instanceof Boolean)) {
            String date = dateHint(found);
            return !date.isEmpty() ? date : "; to keep it as text, put the value in quotes";
        }
        if (!expected.contains("string") && found instanceof String text) {
            String unquoted = unquotedHint(expected, text.strip());
            if (unquoted != null) {
                return unquoted;
            }
        }
        if (expected.contains("array") && found instanceof String text && !text.isBlank()) {
            String one = text.strip();
            if (plain(one)) {
                return "; write it as a list: [" + one + "]";
            }
            // topics: "a, b" is one item with a comma in it, to YAML and to Obsidian
            List<String> items = one.indexOf(',') >= 0 ? List.of(one.split("\\s*,\\s*", -1)) : List.of();
            if (items.size() > 1 && one.length() <= 120 && items.stream().allMatch(i -> plain(i)
                    && io.github.vaultlint.parse.YamlReader.plainScalar(i) instanceof String t && !t.isEmpty())) {
                // "if": a comma can be part of one item too (an alias "Acme, Inc")
                return "; one text with commas is one item: if these are " + items.size() + " items, write them as a YAML list: ["
                        + String.join(", ", items) + "]";
            }
            return "; write it as a list, one \"- \" item per line";
        }
        return "";
    }

    /** Text that reads back as the same text when written as an item of a [a, b] list. */
    private static boolean plain(String item) {
        return item.length() <= 60 && item.chars().noneMatch(c -> ",[]{}:#\"'&*!|>%@`".indexOf(c) >= 0);
    }

    /**
     * For text where true/false or a number is wanted: "; write it without quotes: true" when the text
     * is that value in quotes ({@code draft: "true"}, {@code rounds: "3"}), so "expected true or false,
     * found text "true"" does not read as a contradiction; for yes/no, on/off and y/n, which YAML 1.1 read
     * as true/false and YAML 1.2 (as Obsidian) reads as text, the word to write. Else null.
     */
    private static String unquotedHint(Set<String> expected, String text) {
        Object plain = io.github.vaultlint.parse.YamlReader.plainScalar(text);
        boolean fits = plain instanceof Boolean ? expected.contains("boolean")
                : plain instanceof Long || plain instanceof java.math.BigInteger
                        ? expected.contains("integer") || expected.contains("number")
                : plain instanceof Double && expected.contains("number");
        if (fits) {
            return "; the quotes make it text: write " + text + " without them";
        }
        if (expected.contains("boolean")) {
            switch (text.toLowerCase(Locale.ROOT)) {
                case "yes": case "on": case "y":
                    return "; YAML 1.2, as Obsidian reads properties, takes " + text + " as text: write true";
                case "no": case "off": case "n":
                    return "; YAML 1.2, as Obsidian reads properties, takes " + text + " as text: write false";
                default:
            }
        }
        return null;
    }

    /** What is wrong with a value, without naming where it is ("expected text, found a list"). */
    static String reason(SchemaFailure f, Set<String> mergedTypes) {
        return reason(f, mergedTypes, null);
    }

    /** As {@link #reason(SchemaFailure, Set)}, quoting a found number as {@code written} when that is not null. */
    static String reason(SchemaFailure f, Set<String> mergedTypes, String written) {
        Object found = f.found();
        Object schema = f.schemaValue();
        String type = f.keyword() == null ? "" : f.keyword();
        switch (type) {
            case "type": {
                Set<String> expected = mergedTypes != null ? mergedTypes : types(schema);
                return "expected " + expectedTypes(expected) + ", found " + describe(found, written) + typeHint(expected, found, written);
            }
            case "format": {
                String format = schema instanceof String s ? s : f.argument();
                String hint = found instanceof String text && ("date".equals(format) || DateTimeFormat.NAME.equals(format))
                        ? ObsidianDates.fixHint(text.strip(), !"date".equals(format)) : "";
                return quoted(found, written) + " is not a valid " + formatName(format) + hint;
            }
            case "enum": {
                List<String> allowed = new ArrayList<>();
                if (schema instanceof List<?> values) {
                    values.forEach(v -> allowed.add(PlainJson.render(v)));
                }
                String asWritten = sameButForQuotes(found, schema, written);
                if (asWritten != null) {
                    return asWritten;
                }
                String near = found instanceof String s ? Suggest.didYouMean(s, textValues(schema)) : "";
                return quoted(found, written) + " is not one of the allowed values " + String.join(", ", allowed) + near;
            }
            case "const":
                return "must be " + PlainJson.render(schema) + ", found " + quoted(found, written);
            case "pattern":
                return quoted(found, written) + " does not match the pattern " + (schema != null ? asText(schema) : "");
            case "minLength":
                return quoted(found, written) + " is shorter than " + PlainJson.render(schema) + " characters";
            case "maxLength":
                return quoted(found, written) + " is longer than " + PlainJson.render(schema) + " characters";
            case "minItems":
                return "has " + size(found) + " item(s), at least " + PlainJson.render(schema) + " expected";
            case "maxItems":
                return "has " + size(found) + " item(s), at most " + PlainJson.render(schema) + " allowed";
            case "minContains":
            case "contains":
                return "must contain at least " + f.argument() + ("1".equals(f.argument()) ? " item" : " items")
                        + " matching " + OneLine.cut(PlainJson.render(schema), 80) + ", found " + shown(found, written);
            case "maxContains":
                return "must contain at most " + f.argument() + ("1".equals(f.argument()) ? " item" : " items")
                        + " matching " + OneLine.cut(PlainJson.render(schema), 80) + ", found " + shown(found, written);
            case "minProperties":
                return "has " + properties(size(found)) + ", at least " + PlainJson.render(schema) + " expected";
            case "maxProperties":
                return "has " + properties(size(found)) + ", at most " + PlainJson.render(schema) + " allowed";
            case "uniqueItems": {
                int[] twice = PlainJson.firstRepeat(found);
                if (twice == null) {
                    return "has duplicate items; each item must be unique";
                }
                Object item = ((List<?>) found).get(twice[1]);
                return shown(item) + " is in the list twice ([" + twice[0] + "] and [" + twice[1] + "]); each item must be unique, "
                        + "remove one";
            }
            case "minimum":
                return shown(found, written) + " is below the minimum " + PlainJson.render(schema);
            case "maximum":
                return shown(found, written) + " is above the maximum " + PlainJson.render(schema);
            case "exclusiveMinimum":
                return shown(found, written) + " must be greater than " + PlainJson.render(schema);
            case "exclusiveMaximum":
                return shown(found, written) + " must be less than " + PlainJson.render(schema);
            case "multipleOf":
                return shown(found, written) + " is not a multiple of " + PlainJson.render(schema);
            case NON_FINITE:
                return shown(found, written) + " cannot be checked against the schema: JSON has no infinite number and no "
                        + "not-a-number; write a finite number, or put the value in quotes to keep it as text";
            case "not":
                return quoted(found, written) + " is ruled out by the schema (not: " + OneLine.cut(PlainJson.render(schema), 80) + ")";
            default:
                return stripLocation(f.validatorText());
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

    /** The type names a "type" keyword's value lists (one name or an array of them). */
    static Set<String> types(Object schema) {
        Set<String> out = new LinkedHashSet<>();
        if (schema == null) {
            return out;
        }
        if (schema instanceof List<?> l) {
            l.forEach(t -> out.add(asText(t)));
        } else {
            out.add(asText(schema));
        }
        return out;
    }

    /** A scalar's text as Jackson's {@code asText()} gives it (for containers: empty). */
    private static String asText(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map || v instanceof List) {
            return "";
        }
        return v.toString();
    }

    private static String prefix(String path) {
        return path.isEmpty() ? "frontmatter: " : path + ": ";
    }

    /** One JSON type in words: "text", "a number", "a list", ... */
    static String typeName(String type) {
        return expectedTypes(Set.of(type));
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
    static String describe(Object n) {
        return describe(n, null);
    }

    private static String describe(Object n, String written) {
        if (n == null) {
            return "an empty value";
        }
        if (n instanceof String) {
            return "text " + shown(n);
        }
        if (n instanceof Number) {
            return "number " + shown(n, written);
        }
        if (n instanceof Boolean) {
            return n.toString();
        }
        if (n instanceof List) {
            return "a list";
        }
        return "nested properties";
    }

    /**
     * For a value that is an allowed one but for its quotes ("2" where 1, 2, 3 are numbers, or 2
     * where "1", "2" are text): what it is and how to write it. Shown as written, "2" and 2 look the
     * same, so "is not one of the allowed values 1, 2, 3" alone reads as a contradiction. Else null.
     */
    private static String sameButForQuotes(Object found, Object schema, String written) {
        if (!(schema instanceof List<?> values) || found == null || found instanceof List || found instanceof Map) {
            return null;
        }
        String asText = found instanceof String s ? s.strip() : PlainJson.render(found);
        for (Object v : values) {
            if (v == null || v instanceof List || v instanceof Map || v.getClass() == found.getClass()
                    || (v instanceof Number && found instanceof Number)) {
                continue;
            }
            String allowed = v instanceof String t ? t : PlainJson.render(v);
            if (!allowed.equals(asText) && !allowed.equals(written)) {
                continue;
            }
            if (found instanceof String) {
                return quoted(found, null) + " is text, but the allowed value " + allowed + " is " + kind(v)
                        + "; write it without quotes: " + allowed;
            }
            return (written != null ? written : asText) + " is " + kind(found) + ", but the allowed value " + PlainJson.render(v)
                    + " is text; write it in quotes: " + PlainJson.render(v);
        }
        return null;
    }

    private static String kind(Object v) {
        return v instanceof Boolean ? "true/false" : v instanceof Number ? "a number" : "text";
    }

    private static String quoted(Object n, String written) {
        return n == null ? "(empty)" : shown(n, written);
    }

    /** A found number as the note writes it ({@code written}, when known), else as {@link #shown(Object)}. */
    private static String shown(Object v, String written) {
        return written != null && v instanceof Number ? OneLine.cut(written, SHOWN_MAX) : shown(v);
    }

    /** The most characters of a value a message quotes: a pasted paragraph must not make a paragraph-long message. */
    static final int SHOWN_MAX = 80;

    /**
     * {@code v} as JSON text, cut after {@link #SHOWN_MAX} characters when longer, with how long a
     * cut text is: {@code "Lorem ipsum…" (2,000 characters)}. The finding's range still covers all of it.
     */
    static String shown(Object v) {
        String s = PlainJson.render(v);
        if (s.length() <= SHOWN_MAX) {
            return s;
        }
        String cut = OneLine.cut(s, SHOWN_MAX);
        return v instanceof String t
                ? cut + "\" (" + String.format(Locale.ROOT, "%,d", t.codePointCount(0, t.length())) + " characters)"
                : cut;
    }

    private static String properties(int n) {
        return n == 1 ? "1 property" : n + " properties";
    }

    private static int size(Object n) {
        if (n instanceof List<?> l) {
            return l.size();
        }
        return n instanceof Map<?, ?> m ? m.size() : 0;
    }

    private static List<String> textValues(Object arr) {
        List<String> out = new ArrayList<>();
        if (arr instanceof List<?> l) {
            for (Object v : l) {
                if (v instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static String formatName(String format) {
        switch (format) {
            case "date": return "date (YYYY-MM-DD)";
            case "date-time": return "date and time (YYYY-MM-DDTHH:MM as Obsidian's Date & time property writes it, e.g. 2025-11-17T09:30; seconds and a time zone are optional)";
            case "time": return "time (HH:MM:SS with a time zone)";
            case "email": return "email address";
            case "uri": return "URI (e.g. https://example.com/page)";
            case "duration": return "ISO 8601 duration (e.g. PT1H30M)";
            case "regex": return "regular expression (ECMA-262)";
            default: return format + " value";
        }
    }
}
