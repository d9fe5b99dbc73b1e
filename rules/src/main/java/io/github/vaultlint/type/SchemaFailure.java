package io.github.vaultlint.type;

import java.util.List;

/**
 * One failed schema keyword, whichever validator found it: the keyword ("type", "required", ...),
 * where the value is (pointer segments; the object itself for "required"), the property it names
 * ("required", "additionalProperties"), the keyword's value in the schema and the value found, as
 * plain data ({@link PlainJson}), plus the validator's own first argument and text for keywords
 * {@link SchemaMessages} has no words for.
 */
record SchemaFailure(String keyword, List<String> segments, String property, Object schemaValue, Object found,
                     String argument, String validatorText) {
}
